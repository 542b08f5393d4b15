using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>What a package's license is, how sure we are, and why.</summary>
    public sealed class LicenseVerdict
    {
        public LicenseVerdict(
            string? packageId,
            string? packageVersion,
            SpdxExpression? expression,
            LicenseCategory category,
            LicenseEvidenceKind evidenceKind,
            string evidence,
            IReadOnlyList<PackageProblem> problems,
            LicenseTextScore? textMatch = null)
        {
            PackageId = packageId;
            PackageVersion = packageVersion;
            ParsedExpression = expression;
            Category = category;
            EvidenceKind = evidenceKind;
            Evidence = evidence;
            Problems = problems;
            TextMatch = textMatch;
        }

        public string? PackageId { get; }

        public string? PackageVersion { get; }

        /// <summary>The license as a canonical SPDX expression (LicenseRef-… for non-SPDX terms); null when unknown.</summary>
        public string? Expression => ParsedExpression?.ToString();

        /// <summary>The expression tree, for per-branch policy evaluation with <see cref="LicenseExpressionEvaluator"/>.</summary>
        public SpdxExpression? ParsedExpression { get; }

        public LicenseCategory Category { get; }

        /// <summary>Which evidence decided (for Unknown: the strongest evidence that was looked at, or None).</summary>
        public LicenseEvidenceKind EvidenceKind { get; }

        /// <summary>One line for humans, e.g. "license file LICENSE.md: RPL-1.5 or a commercial agreement".</summary>
        public string Evidence { get; }

        /// <summary>Metadata that could not be used (LOCK191); a verdict can be sound and still carry problems from weaker evidence.</summary>
        public IReadOnlyList<PackageProblem> Problems { get; }

        /// <summary>The fingerprint score when a license file's text decided.</summary>
        public LicenseTextScore? TextMatch { get; }

        public override string ToString() => (PackageId ?? "?") + " " + (PackageVersion ?? "?") + ": " + Category + " (" + Evidence + ")";
    }
}
