using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace LockInAnalyzer.Cli.Projects
{
    /// <summary>What an audit path names: the projects to audit, the report root and problems with the input.</summary>
    internal sealed class DiscoveryResult
    {
        public DiscoveryResult(string name, string root, IReadOnlyList<string> projects, IReadOnlyList<string> problems, string? solution)
        {
            Name = name;
            Root = root;
            Projects = projects;
            Problems = problems;
            Solution = solution;
        }

        /// <summary>
        /// What the reports call the audited thing, from the content, never from the folder it is checked out in (the
        /// same repository gives the same bytes in any clone): the solution's or project's name, for a directory its one
        /// solution or its one project, else its path relative to the root (<c>repository</c> for the root itself).
        /// </summary>
        public string Name { get; }

        /// <summary>The directory report paths are relative to: the repository root (the nearest folder with .git) or the input's folder.</summary>
        public string Root { get; }

        /// <summary>Full paths of existing C# project files, sorted by their path relative to <see cref="Root"/>.</summary>
        public IReadOnlyList<string> Projects { get; }

        public IReadOnlyList<string> Problems { get; }

        public string? Solution { get; }
    }

    /// <summary>Finds the projects of a solution (.sln, .slnx), a project file or a directory tree.</summary>
    internal static class ProjectDiscovery
    {
        private static readonly Regex SlnProject = new Regex("^Project\\(\"\\{[^}]+\\}\"\\)\\s*=\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]+)\"", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", "artifacts", "TestResults", "packages" };

        /// <summary>Throws <see cref="UsageException"/> when the path does not exist or is not something auditable.</summary>
        public static DiscoveryResult Discover(string path)
        {
            var full = Path.GetFullPath(path);
            var problems = new List<string>();
            List<string> projects;
            string? solution = null;
            string inputDirectory;
            if (Directory.Exists(full))
            {
                inputDirectory = full;
                projects = FindInDirectory(full);
                if (projects.Count == 0)
                {
                    problems.Add(Relative(full, full) + ": no C# project (*.csproj) found under this directory");
                }
            }
            else if (File.Exists(full))
            {
                inputDirectory = Path.GetDirectoryName(full)!;
                var extension = Path.GetExtension(full).ToLowerInvariant();
                switch (extension)
                {
                    case ".sln":
                        solution = full;
                        projects = FromSln(full, problems);
                        break;
                    case ".slnx":
                        solution = full;
                        projects = FromSlnx(full, problems);
                        break;
                    case ".csproj":
                        projects = new List<string> { full };
                        break;
                    default:
                        throw new UsageException("'" + path + "' is not a solution (.sln, .slnx), a C# project (.csproj) or a directory");
                }
            }
            else
            {
                throw new UsageException("the path '" + path + "' does not exist");
            }

            var root = RepositoryRoot(inputDirectory);
            var ordered = projects.Distinct(StringComparer.Ordinal).OrderBy(p => Relative(root, p), StringComparer.Ordinal).ToList();
            var name = Directory.Exists(full) ? DirectoryName(full, root, ordered) : Path.GetFileNameWithoutExtension(full);
            return new DiscoveryResult(name, root, ordered, problems.Select(p => p).ToList(), solution);
        }

        private static string DirectoryName(string directory, string root, List<string> projects)
        {
            var solutions = Directory.EnumerateFiles(directory, "*.sln").Concat(Directory.EnumerateFiles(directory, "*.slnx")).ToList();
            if (solutions.Count == 1)
            {
                return Path.GetFileNameWithoutExtension(solutions[0]);
            }

            if (projects.Count == 1)
            {
                return Path.GetFileNameWithoutExtension(projects[0]);
            }

            var relative = Relative(root, directory);
            return relative == "." ? "repository" : relative;
        }

        /// <summary>The nearest ancestor with a .git entry (a clone or worktree), else the input's own directory.</summary>
        public static string RepositoryRoot(string directory)
        {
            for (var current = new DirectoryInfo(directory); current != null; current = current.Parent)
            {
                var git = Path.Combine(current.FullName, ".git");
                if (Directory.Exists(git) || File.Exists(git))
                {
                    return current.FullName;
                }
            }

            return directory;
        }

        public static string Relative(string root, string path)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            return relative == "." ? "." : relative;
        }

        private static List<string> FindInDirectory(string directory)
        {
            var result = new List<string>();
            var pending = new Stack<string>();
            pending.Push(directory);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                try
                {
                    result.AddRange(Directory.EnumerateFiles(current, "*.csproj"));
                    foreach (var child in Directory.EnumerateDirectories(current))
                    {
                        var name = Path.GetFileName(child);
                        var attributes = File.GetAttributes(child);
                        if (name.StartsWith('.') || SkippedDirectories.Contains(name) || (attributes & FileAttributes.ReparsePoint) != 0)
                        {
                            continue;
                        }

                        pending.Push(child);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    // An unreadable folder holds nothing we can audit; the rest of the tree still is.
                }
            }

            return result;
        }

        private static List<string> FromSln(string solution, List<string> problems)
        {
            string text;
            try
            {
                text = File.ReadAllText(solution);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new UsageException("cannot read the solution '" + solution + "': " + e.Message);
            }

            var directory = Path.GetDirectoryName(solution)!;
            var result = new List<string>();
            foreach (Match match in SlnProject.Matches(text))
            {
                AddSolutionEntry(directory, match.Groups[2].Value, Path.GetFileName(solution), result, problems);
            }

            return result;
        }

        private static List<string> FromSlnx(string solution, List<string> problems)
        {
            XDocument document;
            try
            {
                using var reader = XmlReader.Create(solution, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                document = XDocument.Load(reader);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is XmlException)
            {
                throw new UsageException("cannot read the solution '" + solution + "': " + ProjectEvaluator.OneLine(e.Message));
            }

            var directory = Path.GetDirectoryName(solution)!;
            var result = new List<string>();
            foreach (var project in document.Descendants().Where(e => e.Name.LocalName == "Project"))
            {
                var entry = (string?)project.Attribute("Path");
                if (!string.IsNullOrWhiteSpace(entry))
                {
                    AddSolutionEntry(directory, entry, Path.GetFileName(solution), result, problems);
                }
            }

            return result;
        }

        private static void AddSolutionEntry(string directory, string entry, string solutionName, List<string> result, List<string> problems)
        {
            var relative = entry.Replace('\\', Path.DirectorySeparatorChar);
            if (!relative.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var full = Path.GetFullPath(Path.Combine(directory, relative));
            if (File.Exists(full))
            {
                result.Add(full);
            }
            else
            {
                problems.Add(entry.Replace('\\', '/') + ": listed in " + solutionName + " but the project file does not exist");
            }
        }
    }
}
