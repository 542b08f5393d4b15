using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>One AI vendor or service as the catalog describes it.</summary>
    public sealed class Vendor
    {
        public Vendor(
            string id,
            string name,
            VendorKind kind,
            IReadOnlyList<string> packages,
            IReadOnlyList<VendorAssembly> assemblies,
            IReadOnlyDictionary<string, string> typeRoles,
            IReadOnlyDictionary<string, string> namespaceRoles,
            IReadOnlyList<string> hosts,
            IReadOnlyList<ModelPattern> models)
        {
            Id = id;
            Name = name;
            Kind = kind;
            Packages = packages;
            Assemblies = assemblies;
            TypeRoles = typeRoles;
            NamespaceRoles = namespaceRoles;
            Hosts = hosts;
            Models = models;
        }

        /// <summary>How vendor ids are compared everywhere: duplicates in the catalog and the policy, exclusions, lookups.</summary>
        public static StringComparer IdComparer => StringComparer.OrdinalIgnoreCase;

        /// <summary>Stable lower-case id used in configuration (<c>openai</c>, <c>aws-bedrock</c>).</summary>
        public string Id { get; }

        /// <summary>Display name used in messages.</summary>
        public string Name { get; }

        public VendorKind Kind { get; }

        /// <summary>NuGet package ids of the vendor's SDKs (official and popular community ones).</summary>
        public IReadOnlyList<string> Packages { get; }

        public IReadOnlyList<VendorAssembly> Assemblies { get; }

        /// <summary>Role of well-known client types by full metadata name (<c>OpenAI.Chat.ChatClient</c> → <c>chat</c>).</summary>
        public IReadOnlyDictionary<string, string> TypeRoles { get; }

        /// <summary>Role of every other type by namespace prefix (<c>OpenAI.Embeddings</c> → <c>embeddings</c>).</summary>
        public IReadOnlyDictionary<string, string> NamespaceRoles { get; }

        /// <summary>Endpoint hosts: exact (<c>api.openai.com</c>) or any subdomain (<c>*.openai.azure.com</c>).</summary>
        public IReadOnlyList<string> Hosts { get; }

        public IReadOnlyList<ModelPattern> Models { get; }
    }
}
