using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// An assembly shipped by a vendor SDK, with the namespaces inside it that belong to the vendor.
    /// Matching needs both: the <c>OpenAI</c> namespace is shipped by more than one assembly, and user code may live in <c>OpenAI.Something</c>.
    /// </summary>
    public sealed class VendorAssembly
    {
        public VendorAssembly(string name, IReadOnlyList<string> namespaces)
        {
            Name = name;
            Namespaces = namespaces;
        }

        public string Name { get; }

        /// <summary>Namespace prefixes, matched on whole segments (<c>OpenAI</c> matches <c>OpenAI.Chat</c>, not <c>OpenAIX</c>).</summary>
        public IReadOnlyList<string> Namespaces { get; }
    }
}
