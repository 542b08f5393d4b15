using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>
    /// Applies exceptions (policy file) and suppressions (LockInSuppress items) to findings, remembering which ones
    /// were expired or never used. Unused policy exceptions are not reported per project: an organisation's policy
    /// names packages most projects do not have.
    /// </summary>
    internal sealed class ExceptionTracker
    {
        private readonly IReadOnlyList<PolicyException> policyExceptions;
        private readonly IReadOnlyList<PolicyException> suppressions;
        private readonly DateTime today;
        private readonly HashSet<PolicyException> used = new HashSet<PolicyException>();
        private readonly HashSet<PolicyException> expired = new HashSet<PolicyException>();

        public ExceptionTracker(IReadOnlyList<PolicyException> policyExceptions, IReadOnlyList<PolicyException> suppressions, DateTime today)
        {
            this.policyExceptions = policyExceptions;
            this.suppressions = suppressions;
            this.today = today;
        }

        public IEnumerable<AuditFinding> Filter(AssetsPackage package, List<AuditFinding> findings)
        {
            foreach (var finding in findings)
            {
                var matching = policyExceptions.Concat(suppressions).Where(e => e.Matches(package.Id, package.Version, finding.Code)).ToList();
                var active = matching.FirstOrDefault(e => !e.IsExpired(today));
                foreach (var exception in matching)
                {
                    used.Add(exception);
                    if (exception.IsExpired(today))
                    {
                        expired.Add(exception);
                    }
                }

                if (active == null)
                {
                    yield return finding;
                }
            }
        }

        public IEnumerable<AuditFinding> ExpiredFindings() =>
            expired.Select(e => new AuditFinding(AuditCodes.ExceptionExpired, AuditSeverity.Warning, e.IdPattern, null, Array.Empty<string>(),
                "The exception for " + Describe(e) + " at " + e.Origin + " expired on " + e.Expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                + " and no longer applies (" + e.Justification + ")"));

        public IEnumerable<AuditFinding> UnusedSuppressionFindings() =>
            suppressions.Where(s => !used.Contains(s)).Select(s => new AuditFinding(AuditCodes.ExceptionUnused, AuditSeverity.Info, s.IdPattern, null, Array.Empty<string>(),
                "The suppression for " + Describe(s) + " at " + s.Origin + " matched nothing in this project; remove it (" + s.Justification + ")"));

        private static string Describe(PolicyException exception) =>
            exception.IdPattern + (exception.Versions.Original == "(,)" ? string.Empty : " " + exception.Versions.Original)
            + (exception.Rules.Count == 0 ? string.Empty : " (" + string.Join(", ", exception.Rules) + ")");
    }
}
