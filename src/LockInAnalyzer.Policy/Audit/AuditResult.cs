using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>Findings in a stable order (code, package id, version) and the per-package conclusions.</summary>
    public sealed class AuditResult
    {
        public AuditResult(IReadOnlyList<AuditFinding> findings, IReadOnlyList<PackageReport> packages)
        {
            Findings = findings;
            Packages = packages;
        }

        public IReadOnlyList<AuditFinding> Findings { get; }

        public IReadOnlyList<PackageReport> Packages { get; }
    }
}
