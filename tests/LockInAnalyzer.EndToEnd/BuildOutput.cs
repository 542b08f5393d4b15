using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.EndToEnd
{
    /// <summary>One diagnostic as the console logger printed it.</summary>
    public sealed record Diagnostic(string File, int Line, int Column, string Severity, string Code, string Message, string? Project)
    {
        /// <summary>"severity CODE file-name[(line,col)]: message" with the file named relative to <paramref name="root"/>.</summary>
        public string Describe(string root)
        {
            var file = Path.GetRelativePath(root, File).Replace('\\', '/');
            return Severity + " " + Code + " " + file + (Line > 0 ? "(" + Line + "," + Column + ")" : string.Empty) + ": " + Message;
        }
    }

    /// <summary>Parses console-logger output (any verbosity, with or without node prefixes) into LOCK diagnostics.</summary>
    public static class BuildOutput
    {
        private static readonly Regex Line = new Regex(
            @"^\s*(?:\d+>)?(?<file>[^\s].*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s?: (?<severity>warning|error|message) (?<code>LOCK\d{3}): (?<message>.*?)(?: \[(?<project>[^\]]*\.csproj)(?:::[^\]]*)?\])?$",
            RegexOptions.Compiled);

        public static IReadOnlyList<Diagnostic> Diagnostics(string output) =>
            output.Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .Select(l => Line.Match(l))
                .Where(m => m.Success)
                .Select(m => new Diagnostic(
                    m.Groups["file"].Value.Trim(),
                    m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                    m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                    m.Groups["severity"].Value,
                    m.Groups["code"].Value,
                    m.Groups["message"].Value,
                    m.Groups["project"].Success ? m.Groups["project"].Value : null))
                .Distinct()
                .ToList();

        /// <summary>Diagnostics of one project (by its file, or by the project suffix for source/policy files), described relative to the repository.</summary>
        public static IReadOnlyList<string> For(IReadOnlyList<Diagnostic> diagnostics, string root, string projectName, string? codePrefix = "LOCK")
        {
            var projectFile = Path.Combine(root, projectName, projectName + ".csproj");
            return diagnostics
                .Where(d => d.Code.StartsWith(codePrefix ?? string.Empty, StringComparison.Ordinal))
                .Where(d => string.Equals(d.Project ?? d.File, projectFile, StringComparison.Ordinal))
                .Select(d => d.Describe(root))
                .Distinct()
                .OrderBy(d => d, StringComparer.Ordinal)
                .ToList();
        }
    }
}
