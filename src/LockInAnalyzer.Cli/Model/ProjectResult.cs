using System.Collections.Generic;
using LockInAnalyzer.Policy.Audit;

namespace LockInAnalyzer.Cli.Model
{
    /// <summary>How far the audit of one project got.</summary>
    internal enum ProjectStatus
    {
        /// <summary>Audited; no findings.</summary>
        Clean,

        /// <summary>Audited; it has findings.</summary>
        Findings,

        /// <summary>Only part of the audit ran (for example the code was analysed but the project was never restored).</summary>
        Partial,

        /// <summary>Nothing could be audited (the project file is missing or unreadable).</summary>
        Failed,
    }

    /// <summary>Everything the audit learned about one project.</summary>
    internal sealed class ProjectResult
    {
        public ProjectResult(string name, string path)
        {
            Name = name;
            Path = path;
        }

        public string Name { get; set; }

        /// <summary>The project file, relative to the report root.</summary>
        public string Path { get; }

        public List<string> Frameworks { get; } = new List<string>();

        /// <summary>The policy layers (<c>preset:default</c>, relative file paths).</summary>
        public List<string> Policy { get; } = new List<string>();

        public bool IsAdapterProject { get; set; }

        public bool PackagesAudited { get; set; }

        public bool CodeAnalyzed { get; set; }

        public int SourceFiles { get; set; }

        /// <summary>One line each: why part of this project's audit did not run.</summary>
        public List<string> Problems { get; } = new List<string>();

        /// <summary>One line each: how the audit was approximated (never a failure; not counted as a problem).</summary>
        public List<string> Notes { get; } = new List<string>();

        public List<Finding> Findings { get; } = new List<Finding>();

        public List<PackageReport> Packages { get; } = new List<PackageReport>();

        /// <summary>The restored package graph the packages were audited from (null when it could not be read).</summary>
        public LockInAnalyzer.Policy.Assets.ProjectAssets? Assets { get; set; }

        /// <summary>Open model ids in code and model files the project ships (closed ids are its LOCK003 findings).</summary>
        public List<ModelUse> Models { get; } = new List<ModelUse>();

        /// <summary>Set when any problem is a configuration error (broken policy, bad settings): exit code 2.</summary>
        public bool HasConfigurationError { get; set; }

        public ProjectStatus Status =>
            !PackagesAudited && !CodeAnalyzed ? ProjectStatus.Failed
            : Problems.Count > 0 ? ProjectStatus.Partial
            : Findings.Count > 0 ? ProjectStatus.Findings
            : ProjectStatus.Clean;
    }
}
