using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// What "Extract a vendor-neutral interface and adapter" changes for one vendor type in one consumer type. Pure data:
    /// the names of the interface and adapter are decided when plans are applied, so Fix All can give every consumer of
    /// the same vendor type one shared interface and adapter.
    /// </summary>
    internal sealed class InterfacePlan
    {
        public InterfacePlan(Document document, TextSpan typeSpan, INamedTypeSymbol vendorType, string vendorName, string? consumerNamespace)
        {
            Document = document.Id;
            Project = document.Project.Id;
            Folders = document.Folders;
            TypeSpan = typeSpan;
            VendorType = vendorType;
            VendorName = vendorName;
            ConsumerNamespace = consumerNamespace;
        }

        /// <summary>The document of the consumer type: the interface goes next to it (same namespace, same folder).</summary>
        public DocumentId Document { get; }

        public ProjectId Project { get; }

        public IReadOnlyList<string> Folders { get; }

        public TextSpan TypeSpan { get; }

        public INamedTypeSymbol VendorType { get; }

        /// <summary>The catalog name of the vendor (<c>OpenAI</c>), used to prefix generated names.</summary>
        public string VendorName { get; }

        /// <summary>The namespace of the consumer type; null for the global namespace.</summary>
        public string? ConsumerNamespace { get; }

        /// <summary>Declared types of fields, properties, parameters and locals that become the interface.</summary>
        public List<(DocumentId Document, TypeSyntax Type)> Retypes { get; } = new List<(DocumentId, TypeSyntax)>();

        /// <summary><c>new Vendor(args)</c> in domain code that becomes <c>new Adapter(args)</c>, through a forwarding constructor.</summary>
        public List<(DocumentId Document, BaseObjectCreationExpressionSyntax Creation)> Creations { get; } = new List<(DocumentId, BaseObjectCreationExpressionSyntax)>();

        /// <summary>Vendor-typed values that get wrapped: <c>new Adapter(value)</c>; <c>Symbol</c> is what the value names, if anything.</summary>
        public List<(DocumentId Document, ExpressionSyntax Value, ISymbol? Symbol)> Wraps { get; } = new List<(DocumentId, ExpressionSyntax, ISymbol?)>();

        /// <summary>
        /// Parameters of other types' methods this plan passes a retyped value to: the plan can only be applied together
        /// with plans that retype those parameters too (Fix All), never alone.
        /// </summary>
        public List<IParameterSymbol> Handoffs { get; } = new List<IParameterSymbol>();

        /// <summary>The fields, properties, parameters and locals this plan retypes.</summary>
        public HashSet<ISymbol> Clients { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>The vendor members the consumer uses: the interface's members.</summary>
        public List<ISymbol> Members { get; } = new List<ISymbol>();

        /// <summary>The vendor constructors the adapter must forward.</summary>
        public List<IMethodSymbol> Constructors { get; } = new List<IMethodSymbol>();

        /// <summary>Spans whose diagnostics the fix resolves (retyped declarations, replaced creations, member uses).</summary>
        public List<(DocumentId Document, TextSpan Span)> Covered { get; } = new List<(DocumentId, TextSpan)>();

        public bool Covers(DocumentId document, TextSpan span)
        {
            foreach (var (coveredDocument, coveredSpan) in Covered)
            {
                if (coveredDocument == document && coveredSpan.IntersectsWith(span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
