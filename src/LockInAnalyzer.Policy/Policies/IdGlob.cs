using System;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>Package-id and project-name globs: <c>*</c> is any run of characters, matching ignores case (NuGet ids do).</summary>
    public static class IdGlob
    {
        public static bool IsMatch(string value, string pattern) => Match(value, 0, pattern, 0);

        private static bool Match(string value, int v, string pattern, int p)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    while (p < pattern.Length && pattern[p] == '*')
                    {
                        p++;
                    }

                    if (p == pattern.Length)
                    {
                        return true;
                    }

                    for (var next = v; next <= value.Length; next++)
                    {
                        if (Match(value, next, pattern, p))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (v >= value.Length || char.ToUpperInvariant(value[v]) != char.ToUpperInvariant(pattern[p]))
                {
                    return false;
                }

                v++;
                p++;
            }

            return v == value.Length;
        }

        public static bool IsValid(string pattern, out string? error)
        {
            foreach (var c in pattern)
            {
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '*'))
                {
                    error = "'" + pattern + "' may contain only letters, digits, '.', '-', '_' and '*'";
                    return false;
                }
            }

            error = null;
            return pattern.Length > 0 || (error = "an empty pattern matches nothing") == null;
        }
    }
}
