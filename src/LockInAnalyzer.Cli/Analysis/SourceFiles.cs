using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LockInAnalyzer.Cli.Projects;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// The project's C# sources as the SDK's default globs give them (<c>**/*.cs</c> minus bin/, obj/, hidden folders),
    /// plus <c>Compile Include</c> and minus <c>Compile Remove</c>. Folders holding another project file are left to that
    /// project (a build would otherwise compile them twice).
    /// </summary>
    internal static class SourceFiles
    {
        public static List<string> Collect(EvaluatedProject project)
        {
            var directory = project.Directory;
            var files = new SortedSet<string>(StringComparer.Ordinal);
            var excluded = new[]
            {
                ProjectEvaluator.Resolve(project["BaseOutputPath"] ?? "bin", directory),
                ProjectEvaluator.Resolve(project["BaseIntermediateOutputPath"] ?? "obj", directory),
            }.Select(p => p.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();

            if (project.IsTrue("EnableDefaultCompileItems") && !string.Equals(project["EnableDefaultItems"], "false", StringComparison.OrdinalIgnoreCase))
            {
                Walk(directory, directory, excluded, files);
            }

            foreach (var include in project.ItemsOf("Compile"))
            {
                foreach (var file in Glob(include.Include, directory))
                {
                    if (!excluded.Any(e => file.StartsWith(e, StringComparison.Ordinal)) || !IsGlob(include.Include))
                    {
                        files.Add(file);
                    }
                }

                if (include.Get("Exclude") is { Length: > 0 } exclude)
                {
                    foreach (var file in exclude.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(e => Glob(e, directory)))
                    {
                        files.Remove(file);
                    }
                }
            }

            foreach (var remove in project.RemovedCompile)
            {
                var regex = ToRegex(remove.Include, directory);
                files.RemoveWhere(f => regex.IsMatch(f));
            }

            return files.ToList();
        }

        private static void Walk(string root, string current, List<string> excluded, SortedSet<string> files)
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(current, "*.cs"))
                {
                    files.Add(file);
                }

                foreach (var child in Directory.EnumerateDirectories(current))
                {
                    var name = Path.GetFileName(child);
                    var withSlash = child + Path.DirectorySeparatorChar;
                    if (name.StartsWith('.') || excluded.Any(e => withSlash.Equals(e, StringComparison.Ordinal))
                        || (File.GetAttributes(child) & FileAttributes.ReparsePoint) != 0
                        || Directory.EnumerateFiles(child, "*.*proj").Any(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    Walk(root, child, excluded, files);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Unreadable folders hold nothing to analyse.
            }
        }

        private static bool IsGlob(string pattern) => pattern.IndexOfAny(new[] { '*', '?' }) >= 0;

        /// <summary>The files an MSBuild item pattern names (one pattern, no ';').</summary>
        public static IEnumerable<string> Glob(string pattern, string baseDirectory)
        {
            var normalized = pattern.Replace('\\', '/');
            if (!IsGlob(normalized))
            {
                var full = ProjectEvaluator.Resolve(normalized, baseDirectory);
                return File.Exists(full) ? new[] { full } : Array.Empty<string>();
            }

            // Enumerate from the longest wildcard-free prefix.
            var segments = normalized.Split('/');
            var fixedCount = segments.TakeWhile(s => !IsGlob(s)).Count();
            var start = ProjectEvaluator.Resolve(fixedCount == 0 ? "." : string.Join("/", segments.Take(fixedCount)), baseDirectory);
            if (!Directory.Exists(start))
            {
                return Array.Empty<string>();
            }

            var regex = ToRegex(normalized, baseDirectory);
            try
            {
                return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories).Where(f => regex.IsMatch(f)).ToList();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }

        /// <summary>An MSBuild glob (<c>**</c>, <c>*</c>, <c>?</c>) relative to <paramref name="baseDirectory"/> as a regex over full paths.</summary>
        public static Regex ToRegex(string pattern, string baseDirectory)
        {
            var normalized = pattern.Replace('\\', '/');
            var absolute = Path.IsPathRooted(normalized) ? normalized : baseDirectory.Replace('\\', '/').TrimEnd('/') + "/" + normalized;
            var builder = new StringBuilder("^");
            for (var i = 0; i < absolute.Length; i++)
            {
                var c = absolute[i];
                if (c == '*' && i + 1 < absolute.Length && absolute[i + 1] == '*')
                {
                    builder.Append(".*");
                    i++;
                    if (i + 1 < absolute.Length && absolute[i + 1] == '/')
                    {
                        i++;
                        builder.Append("(?:/|)");
                    }
                }
                else if (c == '*')
                {
                    builder.Append("[^/]*");
                }
                else if (c == '?')
                {
                    builder.Append("[^/]");
                }
                else
                {
                    builder.Append(Regex.Escape(c.ToString()));
                }
            }

            builder.Append('$');
            var regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None));
            return Path.DirectorySeparatorChar == '/' ? regex : new Regex(builder.ToString().Replace("/", "[\\\\/]"), regex.Options);
        }
    }
}
