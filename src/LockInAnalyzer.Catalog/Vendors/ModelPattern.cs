using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>Where a model-id pattern may fire.</summary>
    public enum ModelAnchor
    {
        /// <summary>Specific enough to report wherever a string literal is exactly this model id.</summary>
        Anywhere,

        /// <summary>Too short or generic (<c>o3</c>, <c>sonar</c>): reported only where the literal is a model argument, property or variable.</summary>
        ModelContext,
    }

    /// <summary>
    /// A closed-model identifier family. The regex is matched against the whole literal, ignoring case, and is written
    /// to cover future versions (<c>gpt-6</c>, <c>claude-sonnet-5</c>) rather than listing today's names.
    /// <see cref="Prefixes"/> are literal starts used to avoid running any regex on the vast majority of strings.
    /// </summary>
    public sealed class ModelPattern
    {
        public ModelPattern(string pattern, IReadOnlyList<string> prefixes, ModelAnchor anchor, string? example)
        {
            Pattern = pattern;
            Prefixes = prefixes;
            Anchor = anchor;
            Example = example;
            Regex = new Regex("^(?:" + pattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        public string Pattern { get; }

        public IReadOnlyList<string> Prefixes { get; }

        public ModelAnchor Anchor { get; }

        public string? Example { get; }

        public Regex Regex { get; }

        /// <summary>Whether the whole literal is an id of this family: a literal prefix first, the regex only then.</summary>
        public bool Matches(string literal)
        {
            // An indexed loop: foreach over the interface allocates an enumerator per literal.
            for (var i = 0; i < Prefixes.Count; i++)
            {
                if (literal.StartsWith(Prefixes[i], System.StringComparison.OrdinalIgnoreCase))
                {
                    return Regex.IsMatch(literal);
                }
            }

            return false;
        }
    }
}
