using System;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>Namespace prefix matching on whole segments.</summary>
    public static class NamespaceMatcher
    {
        /// <summary><c>OpenAI.Chat</c> is in <c>OpenAI</c>; <c>OpenAIish</c> is not.</summary>
        public static bool IsInNamespace(string @namespace, string prefix) =>
            @namespace.StartsWith(prefix, StringComparison.Ordinal)
            && (@namespace.Length == prefix.Length || @namespace[prefix.Length] == '.');
    }
}
