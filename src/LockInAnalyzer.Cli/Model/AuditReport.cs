using System;
using System.Collections.Generic;
using System.Linq;

namespace LockInAnalyzer.Cli.Model
{
    /// <summary>The aggregated result of one <c>lockin audit</c>: every project, in a stable order.</summary>
    internal sealed class AuditReport
    {
        public AuditReport(string rootName, IReadOnlyList<ProjectResult> projects, IReadOnlyList<string> problems)
        {
            RootName = rootName;
            Projects = projects;
            Problems = problems;
        }

        /// <summary>The audited solution, project or directory's name from the content (never the checkout folder's name: reports are the same wherever the repository is).</summary>
        public string RootName { get; }

        public IReadOnlyList<ProjectResult> Projects { get; }

        /// <summary>Problems that belong to no project (a solution entry whose file is missing).</summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>Only with <c>--timestamp</c>: reports are deterministic otherwise.</summary>
        public DateTimeOffset? Timestamp { get; set; }

        public static string ToolVersion { get; } =
            typeof(AuditReport).Assembly.GetName().Version is { } v ? v.Major + "." + v.Minor + "." + v.Build : "0.0.0";

        /// <summary>Every problem once, in report order (a policy shared by many projects reports its problem once).</summary>
        public IReadOnlyList<string> AllProblems => Problems.Concat(Projects.SelectMany(p => p.Problems)).Distinct(StringComparer.Ordinal).ToList();

        public IEnumerable<Finding> AllFindings => Projects.SelectMany(p => p.Findings);

        public int Count(Severity severity) => AllFindings.Count(f => f.Severity == severity);

        public bool HasConfigurationErrors => Projects.Any(p => p.HasConfigurationError);

        public bool IsIncomplete => Problems.Count > 0 || Projects.Any(p => p.Problems.Count > 0);
    }
}
