using System;
using System.Collections.Generic;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>Everything one project's audit depends on; the auditor itself reads no files.</summary>
    public sealed class AuditRequest
    {
        public AuditRequest(ProjectAssets assets, LockInPolicy policy, string projectName, Func<AssetsPackage, LicenseVerdict> identify)
        {
            Assets = assets;
            Policy = policy;
            ProjectName = projectName;
            Identify = identify;
        }

        public ProjectAssets Assets { get; }

        public LockInPolicy Policy { get; }

        public string ProjectName { get; }

        /// <summary>Identifies a package's license from its metadata (the host decides how package folders are read).</summary>
        public Func<AssetsPackage, LicenseVerdict> Identify { get; }

        /// <summary>Set by the <c>LockInAdapterProject</c> property; the policy's <c>adapters.projects</c> globs also count.</summary>
        public bool IsAdapterProject { get; set; }

        /// <summary>The MSBuild property wins over the policy; null means "as the policy says, else direct".</summary>
        public AuditMode? AuditMode { get; set; }

        public bool? AuditDevelopmentDependencies { get; set; }

        /// <summary>Project-level exceptions (<c>LockInSuppress</c> items); unlike the policy's, unused ones are reported (LOCK106).</summary>
        public IReadOnlyList<PolicyException> Suppressions { get; set; } = Array.Empty<PolicyException>();

        public LicenseBaseline? Baseline { get; set; }

        /// <summary>The day exceptions are checked against (injectable for tests).</summary>
        public DateTime Today { get; set; } = DateTime.UtcNow.Date;
    }
}
