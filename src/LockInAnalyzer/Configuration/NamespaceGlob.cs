using System;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.Configuration
{
    /// <summary>
    /// A namespace pattern: <c>*</c> is any run of characters, <c>?</c> one character. A pattern matches a namespace when
    /// it matches the namespace or one of its parents, so <c>Contoso.Adapters</c> also covers <c>Contoso.Adapters.OpenAI</c>.
    /// </summary>
    public sealed class NamespaceGlob
    {
        private readonly Regex regex;

        private NamespaceGlob(string pattern, Regex regex)
        {
            Pattern = pattern;
            this.regex = regex;
        }

        public string Pattern { get; }

        public static bool TryParse(string pattern, out NamespaceGlob? glob, out string? error)
        {
            glob = null;
            error = null;
            foreach (var c in pattern)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '*' || c == '?'))
                {
                    error = "namespace patterns may contain only letters, digits, '_', '.', '*' and '?', not '" + c + "'";
                    return false;
                }
            }

            if (pattern.StartsWith(".", StringComparison.Ordinal) || pattern.EndsWith(".", StringComparison.Ordinal) || pattern.IndexOf("..", StringComparison.Ordinal) >= 0)
            {
                error = "'" + pattern + "' has an empty namespace segment";
                return false;
            }

            var body = Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".");
            glob = new NamespaceGlob(pattern, new Regex("^(?:" + body + ")(?:\\..*)?$", RegexOptions.CultureInvariant));
            return true;
        }

        public bool IsMatch(string @namespace) => regex.IsMatch(@namespace);
    }
}
