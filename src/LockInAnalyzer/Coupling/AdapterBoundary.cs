using System.Linq;
using System.Threading;
using LockInAnalyzer.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// Decides whether code sits inside an adapter, where coupling to a vendor is the point. Three sources, combined:
    /// the project is marked as an adapter, the enclosing namespace matches a configured glob, or an enclosing type
    /// carries an attribute named <c>LockInAdapter</c> on any of its parts (any namespace, so users need no package
    /// reference to declare one).
    /// Only consulted when something is about to be reported, so it may walk the syntax tree.
    /// </summary>
    public static class AdapterBoundary
    {
        public const string AttributeName = "LockInAdapter";

        /// <param name="semanticModel">
        /// The model of <paramref name="node"/>'s tree, used only for partial types: the attribute may sit on another part.
        /// </param>
        public static bool Contains(SyntaxNode node, LockInSettings settings, SemanticModel? semanticModel, CancellationToken cancellationToken)
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
                    case TypeDeclarationSyntax type when semanticModel != null
                        && type.Modifiers.Any(SyntaxKind.PartialKeyword)
                        && semanticModel.GetDeclaredSymbol(type, cancellationToken) is { } partialType
                        && HasAdapterAttribute(partialType):
                        return true;
                    case BaseNamespaceDeclarationSyntax declaration:
                        var name = declaration.Name.ToString();
                        ns = ns == null ? name : name + "." + ns;
                        break;
                    case UsingDirectiveSyntax { Parent: CompilationUnitSyntax unit } directive when !directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword):
                        // A using directive written above a file-scoped namespace belongs to that file's namespace: an adapter
                        // file's `using Chat = OpenAI.Chat.ChatClient;` is part of the adapter. Global usings serve the whole project.
                        var fileScoped = unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().FirstOrDefault();
                        if (fileScoped != null)
                        {
                            ns = fileScoped.Name.ToString();
                        }

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
                if (HasAdapterAttribute(type))
                {
                    return true;
                }
            }

            var ns = symbol.ContainingNamespace;
            return ns != null && !ns.IsGlobalNamespace && settings.IsAdapterNamespace(ns.ToDisplayString());
        }

        /// <summary>The attribute on any part of the type, recognised by name in any namespace.</summary>
        private static bool HasAdapterAttribute(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                var attributeName = attribute.AttributeClass?.Name;
                if (attributeName == AttributeName || attributeName == AttributeName + "Attribute")
                {
                    return true;
                }
            }

            return false;
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
