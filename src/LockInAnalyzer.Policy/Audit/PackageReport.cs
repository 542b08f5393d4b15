using System.Collections.Generic;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>What the audit concluded about one package, for the sidecar file and the CLI's reports.</summary>
    public sealed class PackageReport
    {
        public PackageReport(string id, string version, bool isDirect, bool isDevelopmentDependency, IReadOnlyList<string> frameworks, LicenseVerdict verdict, PolicyAction action, string? vendorId)
        {
            Id = id;
            Version = version;
            IsDirect = isDirect;
            IsDevelopmentDependency = isDevelopmentDependency;
            Frameworks = frameworks;
            Verdict = verdict;
            Action = action;
            VendorId = vendorId;
        }

        public string Id { get; }

        public string Version { get; }

        public bool IsDirect { get; }

        public bool IsDevelopmentDependency { get; }

        public IReadOnlyList<string> Frameworks { get; }

        public LicenseVerdict Verdict { get; }

        /// <summary>What the policy does with the package's license (after package rules).</summary>
        public PolicyAction Action { get; }

        /// <summary>The catalog vendor whose SDK this package is, or null.</summary>
        public string? VendorId { get; }
    }
}
