using System;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// A host name where <c>*</c> stands for one or more characters: <c>*.openai.azure.com</c>,
    /// <c>*-aiplatform.googleapis.com</c>, <c>bedrock-runtime.*.amazonaws.com</c>.
    /// </summary>
    public static class HostPattern
    {
        public static bool IsMatch(string host, string pattern) => Match(host, 0, pattern, 0);

        private static bool Match(string host, int h, string pattern, int p)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    // '*' must consume at least one character; try every split (patterns hold at most one or two stars).
                    for (var next = h + 1; next <= host.Length; next++)
                    {
                        if (Match(host, next, pattern, p + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (h >= host.Length || char.ToLowerInvariant(host[h]) != pattern[p])
                {
                    return false;
                }

                h++;
                p++;
            }

            return h == host.Length;
        }

        public static bool HasWildcard(string pattern) => pattern.IndexOf('*') >= 0;

        /// <summary>Loopback and local names are never a vendor, whatever a pattern says.</summary>
        public static bool IsLoopback(string host) =>
            host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || host.StartsWith("127.", StringComparison.Ordinal)
            || host == "[::1]"
            || host == "::1"
            || host == "0.0.0.0";
    }
}
