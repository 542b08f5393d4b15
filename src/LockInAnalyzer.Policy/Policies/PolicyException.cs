using System;
using System.Collections.Generic;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>
    /// An accepted finding: package (id glob, version range), the rules it silences (empty = all), why, and until when.
    /// Comes from the policy file or from <c>LockInSuppress</c> MSBuild items; an expired one silences nothing (LOCK105)
    /// and one that matched nothing is reported (LOCK106), so exceptions do not outlive their reason.
    /// </summary>
    public sealed class PolicyException
    {
        public PolicyException(string idPattern, PackageVersionRange versions, IReadOnlyList<string> rules, string justification, DateTime? expires, string origin)
        {
            IdPattern = idPattern;
            Versions = versions;
            Rules = rules;
            Justification = justification;
            Expires = expires;
            Origin = origin;
        }

        public string IdPattern { get; }

        public PackageVersionRange Versions { get; }

        public IReadOnlyList<string> Rules { get; }

        public string Justification { get; }

        /// <summary>The last day the exception applies (inclusive), or null for no expiry.</summary>
        public DateTime? Expires { get; }

        /// <summary>Where it was written: <c>lockin.json(12,5)</c> or <c>LockInSuppress item</c>.</summary>
        public string Origin { get; }

        public bool IsExpired(DateTime today) => Expires.HasValue && today.Date > Expires.Value.Date;

        public bool Matches(string packageId, PackageVersion version, string rule) =>
            IdGlob.IsMatch(packageId, IdPattern)
            && Versions.Satisfies(version)
            && (Rules.Count == 0 || ContainsIgnoreCase(Rules, rule));

        private static bool ContainsIgnoreCase(IReadOnlyList<string> items, string value)
        {
            foreach (var item in items)
            {
                if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
