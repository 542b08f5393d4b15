using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// The interface and adapter for one vendor type in one project ("port and adapter"): their names and namespaces,
    /// the members and forwarding constructors they need, and — when an earlier fix already generated them — the
    /// declarations to extend instead of creating new files.
    /// </summary>
    internal sealed class VendorPort
    {
        private VendorPort(InterfacePlan first, string interfaceName, string? interfaceNamespace, string adapterName, string adapterNamespace)
        {
            Project = first.Project;
            VendorType = first.VendorType;
            TriggeringDocument = first.Document;
            InterfaceFolders = first.Folders;
            InterfaceName = interfaceName;
            InterfaceNamespace = interfaceNamespace;
            AdapterName = adapterName;
            AdapterNamespace = adapterNamespace;
        }

        public ProjectId Project { get; }

        public INamedTypeSymbol VendorType { get; }

        /// <summary>The document the first consumer is in: the banner and namespace style of new files come from it.</summary>
        public DocumentId TriggeringDocument { get; }

        public IReadOnlyList<string> InterfaceFolders { get; }

        public string InterfaceName { get; }

        public string? InterfaceNamespace { get; }

        public string AdapterName { get; }

        public string AdapterNamespace { get; }

        public string InterfaceFullName => InterfaceNamespace == null ? InterfaceName : InterfaceNamespace + "." + InterfaceName;

        public string AdapterFullName => AdapterNamespace + "." + AdapterName;

        /// <summary>The members used by every consumer, each once, in a stable order (properties, then methods, by name and parameters).</summary>
        public List<ISymbol> Members { get; } = new List<ISymbol>();

        public List<IMethodSymbol> Constructors { get; } = new List<IMethodSymbol>();

        /// <summary>How many of <see cref="Members"/> the existing interface already declares (they come first).</summary>
        public int ExistingMemberCount { get; private set; }

        /// <summary>The interface and adapter an earlier fix generated, when they exist.</summary>
        public (DocumentId Document, InterfaceDeclarationSyntax Declaration)? ExistingInterface { get; private set; }

        public (DocumentId Document, ClassDeclarationSyntax Declaration)? ExistingAdapter { get; private set; }

        /// <summary>
        /// The port shared by <paramref name="plans"/> (all for the same vendor type in the same project, the first one
        /// deciding where the interface goes): an existing generated adapter and its interface are reused, otherwise
        /// names are made unique against the project and the vendor's namespace.
        /// </summary>
        public static async Task<VendorPort> ResolveAsync(Solution solution, IReadOnlyList<InterfacePlan> plans, CancellationToken cancellationToken)
        {
            var first = plans[0];
            var project = solution.GetProject(first.Project)!;
            var document = solution.GetDocument(first.Document)!;
            var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            var adapterNamespace = await ProjectConventions.AdapterNamespaceAsync(document, cancellationToken).ConfigureAwait(false);
            var baseName = BaseName(first.VendorType, first.VendorName);

            VendorPort port;
            var existing = await FindGeneratedAsync(solution, compilation, adapterNamespace + "." + baseName + "Adapter", first.VendorType, cancellationToken).ConfigureAwait(false);
            if (existing != null)
            {
                var (adapter, @interface) = existing.Value;
                port = new VendorPort(first, @interface.Symbol.Name, NamespaceOf(@interface.Symbol), adapter.Symbol.Name, adapterNamespace)
                {
                    ExistingAdapter = (adapter.Document, adapter.Declaration),
                    ExistingInterface = (@interface.Document, @interface.Declaration),
                };
                port.Members.AddRange(@interface.Symbol.GetMembers().Where(m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary } || m is IPropertySymbol));
            }
            else
            {
                // Names the vendor's own namespace uses (Anthropic has an IAnthropicClient) would make the new name ambiguous there.
                var reserved = new HashSet<string>(first.VendorType.ContainingNamespace.GetTypeMembers().Select(t => t.Name), StringComparer.Ordinal);
                var interfaceName = ProjectConventions.UniqueTypeName(compilation, "I" + baseName, first.ConsumerNamespace, reserved);
                reserved.Add(interfaceName);
                var adapterName = ProjectConventions.UniqueTypeName(compilation, baseName + "Adapter", adapterNamespace, reserved);
                port = new VendorPort(first, interfaceName, first.ConsumerNamespace, adapterName, adapterNamespace);
            }

            var existingCount = port.ExistingMemberCount = port.Members.Count;
            foreach (var member in plans.SelectMany(p => p.Members))
            {
                if (!port.Members.Any(m => PortMembers.SameSignature(m, member)))
                {
                    port.Members.Add(member);
                }
            }

            var added = port.Members.Skip(existingCount).OrderBy(m => m is IPropertySymbol ? 0 : 1).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ToDisplayString(), StringComparer.Ordinal).ToList();
            port.Members.RemoveRange(existingCount, port.Members.Count - existingCount);
            port.Members.AddRange(added);

            foreach (var constructor in plans.SelectMany(p => p.Constructors))
            {
                if (!port.Constructors.Any(c => PortMembers.SameSignature(c, constructor)))
                {
                    port.Constructors.Add(constructor);
                }
            }

            return port;
        }

        /// <summary>
        /// The name both generated types are built from: the vendor type's name (an interface's without its <c>I</c>),
        /// prefixed with the vendor when it does not already start with it: <c>ModerationClient</c> → <c>OpenAIModerationClient</c>.
        /// </summary>
        internal static string BaseName(INamedTypeSymbol vendorType, string vendorName)
        {
            var name = vendorType.Name;
            if (vendorType.TypeKind == TypeKind.Interface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
            {
                name = name.Substring(1);
            }

            var prefix = new string(vendorName.Where(char.IsLetterOrDigit).ToArray());
            return prefix.Length == 0 || name.StartsWith(prefix, StringComparison.Ordinal) ? name : prefix + name;
        }

        private static string? NamespaceOf(ISymbol symbol) =>
            symbol.ContainingNamespace == null || symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();

        /// <summary>An adapter an earlier run of this fix generated: a source class taking the vendor type in a constructor and implementing one source interface.</summary>
        private static async Task<((DocumentId Document, ClassDeclarationSyntax Declaration, INamedTypeSymbol Symbol), (DocumentId Document, InterfaceDeclarationSyntax Declaration, INamedTypeSymbol Symbol))?> FindGeneratedAsync(
            Solution solution, Compilation compilation, string adapterFullName, INamedTypeSymbol vendorType, CancellationToken cancellationToken)
        {
            var adapter = compilation.GetTypeByMetadataName(adapterFullName);
            if (adapter == null
                || adapter.DeclaringSyntaxReferences.Length != 1
                || !adapter.InstanceConstructors.Any(c => c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, vendorType))
                || adapter.Interfaces.Length != 1
                || adapter.Interfaces[0].DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var @interface = adapter.Interfaces[0];
            var adapterSyntax = await adapter.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
            var interfaceSyntax = await @interface.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
            var adapterDocument = solution.GetDocument(adapterSyntax.SyntaxTree);
            var interfaceDocument = solution.GetDocument(interfaceSyntax.SyntaxTree);
            if (adapterDocument == null || interfaceDocument == null || adapterSyntax is not ClassDeclarationSyntax adapterDeclaration || interfaceSyntax is not InterfaceDeclarationSyntax interfaceDeclaration)
            {
                return null;
            }

            return ((adapterDocument.Id, adapterDeclaration, adapter), (interfaceDocument.Id, interfaceDeclaration, @interface));
        }
    }
}
