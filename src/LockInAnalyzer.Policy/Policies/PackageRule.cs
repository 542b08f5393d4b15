using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>
    /// A rule for packages by id glob and version range: allow (an approved package, e.g. a bought commercial license),
    /// warn or deny it outright, and/or state its license when the metadata is wrong or missing.
    /// </summary>
    public sealed class PackageRule
    {
        public PackageRule(string idPattern, PackageVersionRange versions, PolicyAction? action, string? license, string? reason, SourceProblem origin)
        {
            IdPattern = idPattern;
            Versions = versions;
            Action = action;
            License = license;
            Reason = reason;
            Origin = origin;
        }

        /// <summary>Package id, where <c>*</c> is any run of characters (<c>Contoso.*</c>); case-insensitive like NuGet ids.</summary>
        public string IdPattern { get; }

        public PackageVersionRange Versions { get; }

        public PolicyAction? Action { get; }

        /// <summary>An SPDX expression that overrides whatever the package metadata says.</summary>
        public string? License { get; }

        public string? Reason { get; }

        /// <summary>Where the rule was written (file, line, column), for messages.</summary>
        public SourceProblem Origin { get; }

        public bool Matches(string packageId, PackageVersion version) => IdGlob.IsMatch(packageId, IdPattern) && Versions.Satisfies(version);
    }
}
