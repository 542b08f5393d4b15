using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// Model patterns indexed by the first character of their prefixes, in the order they were added: a literal costs
    /// one dictionary probe, and the patterns of its first character are tried in catalog order (first match wins).
    /// </summary>
    public sealed class ModelPatternIndex<T>
        where T : class
    {
        private readonly Dictionary<char, List<(T Item, ModelPattern Pattern)>> byFirstChar = new Dictionary<char, List<(T, ModelPattern)>>();

        public void Add(T item, ModelPattern pattern)
        {
            foreach (var prefix in pattern.Prefixes)
            {
                var key = prefix.Length == 0 ? '\0' : char.ToLowerInvariant(prefix[0]);
                if (!byFirstChar.TryGetValue(key, out var list))
                {
                    byFirstChar[key] = list = new List<(T, ModelPattern)>();
                }

                if (!list.Exists(entry => ReferenceEquals(entry.Pattern, pattern) && ReferenceEquals(entry.Item, item)))
                {
                    list.Add((item, pattern));
                }
            }
        }

        /// <summary>The first added entry whose pattern matches the whole literal, or null.</summary>
        public (T Item, ModelPattern Pattern)? FirstMatch(string literal)
        {
            if (literal.Length < 2 || literal.Length > 128 || !byFirstChar.TryGetValue(char.ToLowerInvariant(literal[0]), out var candidates))
            {
                return null;
            }

            // Runs for every string literal: no allocation, the regex only after a literal prefix matched.
            for (var i = 0; i < candidates.Count; i++)
            {
                if (candidates[i].Pattern.Matches(literal))
                {
                    return candidates[i];
                }
            }

            return null;
        }
    }
}
