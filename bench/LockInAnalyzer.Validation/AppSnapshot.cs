using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace LockInAnalyzer.Validation;

/// <summary>
/// One application's C# sources and project files at one commit, read from a git snapshot with <c>git ls-tree</c> and
/// <c>git show</c>: nothing is checked out, built or run.
/// </summary>
public sealed class AppSnapshot
{
    private AppSnapshot(string repository, string commit, IReadOnlyList<SourceProject> projects)
    {
        Repository = repository;
        Commit = commit;
        Projects = projects;
    }

    public string Repository { get; }

    public string Commit { get; }

    public IReadOnlyList<SourceProject> Projects { get; }

    public IEnumerable<SourceFile> Files => Projects.SelectMany(p => p.Files);

    /// <summary>Reads <paramref name="repository"/> at <paramref name="commit"/> from <c>MIRROR/owner+name/repo</c>.</summary>
    public static AppSnapshot Read(string mirror, string repository, string commit)
    {
        var gitDir = Path.Combine(mirror, repository.Replace('/', '+'), "repo");
        if (!Directory.Exists(gitDir))
        {
            throw new InvalidOperationException($"{repository}: no snapshot at {gitDir}; fetch github:{repository} first (docs/validation.md)");
        }

        var paths = Git(gitDir, "ls-tree", "-r", "--name-only", commit).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var projectFiles = paths.Where(p => p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).ToList();
        var sources = paths.Where(IsAnalysedSource).ToList();

        // Each source belongs to the project file nearest above it, as MSBuild's default globs would give it; files
        // with no project above them (snippets, scripts) form one loose project per folder.
        var byProject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var owner = projectFiles
                .Where(p => IsUnder(source, Dir(p)))
                .OrderByDescending(p => Dir(p).Length)
                .FirstOrDefault() ?? "(loose)/" + Dir(source);
            if (!byProject.TryGetValue(owner, out var list))
            {
                byProject[owner] = list = new List<string>();
            }

            list.Add(source);
        }

        var projects = byProject
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new SourceProject(
                p.Key,
                p.Key.StartsWith("(loose)", StringComparison.Ordinal) ? null : Git(gitDir, "show", commit + ":" + p.Key),
                p.Value.OrderBy(s => s, StringComparer.Ordinal).Select(s => new SourceFile(s, Git(gitDir, "show", commit + ":" + s))).ToList()))
            .ToList();
        return new AppSnapshot(repository, commit, projects);
    }

    private static bool IsAnalysedSource(string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
        && !path.Split('/').Any(segment => segment is "bin" or "obj" or "node_modules")
        && !path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase);

    private static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    private static bool IsUnder(string path, string dir) => dir.Length == 0 || path.StartsWith(dir + "/", StringComparison.Ordinal);

    private static string Git(string gitDir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--git-dir=" + gitDir);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed in {gitDir}: {error.Trim()}");
        }

        return output;
    }
}

/// <summary>A project file (null for loose sources) and the sources it compiles.</summary>
public sealed record SourceProject(string Path, string? ProjectXml, IReadOnlyList<SourceFile> Files);

/// <summary>One C# file: its path inside the repository and its text.</summary>
public sealed record SourceFile(string Path, string Text);
