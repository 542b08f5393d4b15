using LockInAnalyzer.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// Decides whether code sits inside an adapter, where coupling to a vendor is the point. Three sources, combined:
    /// the project is marked as an adapter, the enclosing namespace matches a configured glob, or an enclosing type
    /// carries an attribute named <c>LockInAdapter</c> (any namespace, so users need no package reference to declare one).
    /// Only consulted when something is about to be reported, so it may walk the syntax tree.
    /// </summary>
    public static class AdapterBoundary
    {
        public const string AttributeName = "LockInAdapter";

        public static bool Contains(SyntaxNode node, LockInSettings settings)
        {
            if (settings.IsAdapterProject)
            {
                return true;
            }

            string? ns = null;
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case TypeDeclarationSyntax type when HasAdapterAttribute(type.AttributeLists):
                        return true;
                    case BaseNamespaceDeclarationSyntax declaration:
                        var name = declaration.Name.ToString();
                        ns = ns == null ? name : name + "." + ns;
                        break;
                }
            }

            return ns != null && settings.IsAdapterNamespace(RemoveWhitespace(ns));
        }

        /// <summary>Whether a declared symbol is an adapter, for analyses that start from symbols rather than syntax.</summary>
        public static bool Contains(ISymbol symbol, LockInSettings settings)
        {
            if (settings.IsAdapterProject)
            {
                return true;
            }

            for (var type = symbol as INamedTypeSymbol ?? symbol.ContainingType; type != null; type = type.ContainingType)
            {
                foreach (var attribute in type.GetAttributes())
                {
                    var attributeName = attribute.AttributeClass?.Name;
                    if (attributeName == AttributeName || attributeName == AttributeName + "Attribute")
                    {
                        return true;
                    }
                }
            }

            var ns = symbol.ContainingNamespace;
            return ns != null && !ns.IsGlobalNamespace && settings.IsAdapterNamespace(ns.ToDisplayString());
        }

        private static bool HasAdapterAttribute(SyntaxList<AttributeListSyntax> lists)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name switch
                    {
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => string.Empty,
                    };
                    if (name == AttributeName || name == AttributeName + "Attribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string RemoveWhitespace(string text) =>
            text.IndexOf(' ') < 0 ? text : text.Replace(" ", string.Empty);
    }
}
