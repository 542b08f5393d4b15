using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LockInAnalyzer.Cli.Model;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>
    /// SARIF <c>partialFingerprints</c>: code scanning merges results with one fingerprint into one alert, so each result
    /// needs its own, and an alert must survive lines moving above it. The fingerprint hashes what does not move (rule,
    /// file, message and the source text the result spans) plus the result's index among results that share all four,
    /// in report order (source order within a file), as GitHub's own <c>primaryLocationLineHash</c> counts identical lines.
    /// </summary>
    internal static class SarifFingerprints
    {
        /// <summary>The property name; v2 added the spanned text and the occurrence index (v1 collided).</summary>
        public const string Name = "lockinFindingHash/v2";

        public static Dictionary<Finding, string> For(IReadOnlyList<Finding> findings)
        {
            var result = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
            var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                var identity = finding.RuleId + "\n" + finding.File + "\n" + finding.Message + "\n" + finding.SourceText;
                occurrences.TryGetValue(identity, out var index);
                occurrences[identity] = index + 1;
                var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\n" + index.ToString(CultureInfo.InvariantCulture)));
                result[finding] = Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
            }

            return result;
        }
    }
}
