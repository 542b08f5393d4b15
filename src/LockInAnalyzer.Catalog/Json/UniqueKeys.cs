using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Json
{
    /// <summary>
    /// The keys of one map as its lookup will see them. The JSON parser catches members spelt identically, but a map
    /// whose lookup normalises keys (trims, ignores case, parses them into an enum or an SPDX id) must also refuse two
    /// entries that only look different: otherwise the later one silently overrides the first
    /// (<c>"Unknown": "deny", "unknown": "allow"</c> lifted a deny). Callers key this with the normalised key and the
    /// comparer the lookup uses, so duplicate detection and lookup can never disagree.
    /// </summary>
    public sealed class UniqueKeys<TKey>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, (string Written, JsonPosition Position, string? Where)> seen;
        private readonly JsonReadContext context;
        private readonly string what;

        public UniqueKeys(JsonReadContext context, string what, IEqualityComparer<TKey>? comparer = null)
        {
            this.context = context;
            this.what = what;
            seen = new Dictionary<TKey, (string, JsonPosition, string?)>(comparer ?? EqualityComparer<TKey>.Default);
        }

        /// <summary>
        /// Records <paramref name="key"/>; when an equal key was recorded before, reports a duplicate at
        /// <paramref name="position"/> (the second occurrence) and returns false: the caller must not use the entry.
        /// </summary>
        public bool Add(TKey key, string written, JsonPosition position, string? where)
        {
            if (seen.TryGetValue(key, out var first))
            {
                context.Report(position, "Duplicate " + what + " '" + written + "'" + (where == null ? string.Empty : " in " + where)
                    + ": the same as '" + first.Written + "'" + (first.Where == where || first.Where == null ? string.Empty : " in " + first.Where) + " at (" + first.Position + ")");
                return false;
            }

            seen.Add(key, (written, position, where));
            return true;
        }
    }
}
