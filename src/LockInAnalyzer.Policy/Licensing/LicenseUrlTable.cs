using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// License URLs and URL prefixes with the license each stands for: the built-in knowledge
    /// (<c>policies/licenses/license-urls.tsv</c>) and a policy's <c>licenses.urls</c> use this one table.
    /// Matching ignores the scheme (http/https), a leading "www.", case, the fragment, and a trailing '/' of an exact
    /// URL. An exact entry beats any prefix; among prefixes the longest wins.
    /// </summary>
    public sealed class LicenseUrlTable
    {
        private readonly Dictionary<string, LicenseUrlPattern> exact = new Dictionary<string, LicenseUrlPattern>(StringComparer.Ordinal);
        private readonly List<LicenseUrlPattern> prefixes = new List<LicenseUrlPattern>();

        public LicenseUrlTable(IEnumerable<LicenseUrlPattern> patterns)
        {
            var signature = new System.Text.StringBuilder();
            foreach (var pattern in patterns)
            {
                signature.Append(pattern.IsPrefix ? "prefix " : "exact ").Append(pattern.Pattern).Append(" => ")
                    .Append(pattern.Expression?.ToString()).Append(' ').Append(pattern.Category?.ToString()).Append('\n');
                if (pattern.IsPrefix)
                {
                    prefixes.Add(pattern);
                }
                else
                {
                    // Later rows win, like every other "last layer wins" setting of a policy.
                    exact[pattern.Pattern] = pattern;
                }
            }

            // Longest first; for equal lengths the later row first, so a later policy layer overrides an earlier one.
            var ordered = new List<(LicenseUrlPattern Pattern, int Index)>();
            for (var i = 0; i < prefixes.Count; i++)
            {
                ordered.Add((prefixes[i], i));
            }

            ordered.Sort((a, b) => a.Pattern.Pattern.Length != b.Pattern.Pattern.Length ? b.Pattern.Pattern.Length.CompareTo(a.Pattern.Pattern.Length) : b.Index.CompareTo(a.Index));
            prefixes.Clear();
            foreach (var item in ordered)
            {
                prefixes.Add(item.Pattern);
            }

            Signature = signature.ToString();
        }

        /// <summary>The entries as text: equal for equal tables, so verdicts can be cached per table.</summary>
        public string Signature { get; }

        public static LicenseUrlTable Empty { get; } = new LicenseUrlTable(Array.Empty<LicenseUrlPattern>());

        public int Count => exact.Count + prefixes.Count;

        /// <summary>The entry for <paramref name="url"/>: the exact one, else the longest matching prefix, else null.</summary>
        public LicenseUrlPattern? Find(string? url)
        {
            var key = Normalize(url);
            if (key == null)
            {
                return null;
            }

            if (exact.TryGetValue(key.TrimEnd('/'), out var hit))
            {
                return hit;
            }

            foreach (var prefix in prefixes)
            {
                if (key.StartsWith(prefix.Pattern, StringComparison.Ordinal))
                {
                    return prefix;
                }
            }

            return null;
        }

        /// <summary>
        /// The comparable form of a URL: without scheme, leading "www." or fragment, in lower case. A URL written
        /// without a scheme ("example.com/license") is read as http. Returns null for anything that is not an http(s) URL.
        /// </summary>
        public static string? Normalize(string? url)
        {
            var text = (url ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                return null;
            }

            var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
            if (schemeEnd >= 0)
            {
                var scheme = text.Substring(0, schemeEnd);
                if (!string.Equals(scheme, "http", StringComparison.OrdinalIgnoreCase) && !string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                text = text.Substring(schemeEnd + 3);
            }

            var fragment = text.IndexOf('#');
            if (fragment >= 0)
            {
                text = text.Substring(0, fragment);
            }

            text = text.ToLowerInvariant();
            if (text.StartsWith("www.", StringComparison.Ordinal))
            {
                text = text.Substring(4);
            }

            return text.Length == 0 || text[0] == '/' || text.IndexOf(' ') >= 0 ? null : text;
        }
    }
}
