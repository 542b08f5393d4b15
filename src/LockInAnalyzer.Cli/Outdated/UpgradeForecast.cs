using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Cli.Outdated
{
    /// <summary>One version's license as the audit's engine judges it under a project's policy.</summary>
    internal sealed record VersionVerdict(string Version, string? License, string Category, PolicyAction Action, string Evidence, string ReadFrom)
    {
        public static VersionVerdict From(PackageReport report, string readFrom) =>
            new VersionVerdict(report.Version, report.Verdict.Expression, report.Verdict.Category.ToString(), report.Action, report.Verdict.Evidence, readFrom);

        public bool SameLicenseAs(VersionVerdict other) =>
            Category == other.Category && string.Equals(License ?? string.Empty, other.License ?? string.Empty, System.StringComparison.OrdinalIgnoreCase);

        public string Describe() => (License ?? "no SPDX license") + " (" + Category + ", " + Action.ToString().ToLowerInvariant() + ")";
    }

    /// <summary>The forecast for one package of one project.</summary>
    internal sealed class PackageForecast
    {
        public PackageForecast(string id, bool isDirect, VersionVerdict current)
        {
            Id = id;
            IsDirect = isDirect;
            Current = current;
        }

        public string Id { get; }

        public bool IsDirect { get; }

        public VersionVerdict Current { get; }

        /// <summary>False when no source lists the package at all (its current version included).</summary>
        public bool Listed { get; set; }

        /// <summary>Every version newer than the current one on the sources, ascending, judged.</summary>
        public List<VersionVerdict> Newer { get; } = new List<VersionVerdict>();

        public VersionVerdict? Newest => Newer.LastOrDefault();

        /// <summary>The newest version (current or newer) that the policy allows; null when none is.</summary>
        public string? NewestAllowed => Newer.LastOrDefault(v => v.Action == PolicyAction.Allow)?.Version
            ?? (Current.Action == PolicyAction.Allow ? Current.Version : null);

        /// <summary>The first newer version whose license (expression or category) differs from the current one's.</summary>
        public VersionVerdict? FirstLicenseChange => Newer.FirstOrDefault(v => !v.SameLicenseAs(Current));

        /// <summary>An allowed package whose newest version the policy does not allow: the upgrade this command warns of.</summary>
        public bool UpgradeLeavesPolicy => Current.Action == PolicyAction.Allow && Newest != null && Newest.Action != PolicyAction.Allow;
    }

    /// <summary>The forecast of one project.</summary>
    internal sealed class ProjectForecast
    {
        public ProjectForecast(string name, string path)
        {
            Name = name;
            Path = path;
        }

        public string Name { get; }

        public string Path { get; }

        public List<PackageForecast> Packages { get; } = new List<PackageForecast>();
    }

    /// <summary>What <c>lockin outdated</c> found: the sources it asked, per project and package, and what failed.</summary>
    internal sealed class UpgradeForecast
    {
        public UpgradeForecast(string name, IReadOnlyList<string> sources, IReadOnlyList<ProjectForecast> projects, IReadOnlyList<string> problems)
        {
            Name = name;
            Sources = sources;
            Projects = projects;
            Problems = problems;
        }

        public string Name { get; }

        /// <summary>"name (url)" of each package source asked.</summary>
        public IReadOnlyList<string> Sources { get; }

        public IReadOnlyList<ProjectForecast> Projects { get; }

        /// <summary>Sources that failed, projects that were not restored, versions whose license could not be read.</summary>
        public IReadOnlyList<string> Problems { get; }

        public IEnumerable<PackageForecast> AllPackages => Projects.SelectMany(p => p.Packages);
    }
}
