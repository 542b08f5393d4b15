using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Catalog.Vendors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>Removes <c>using</c> directives of vendor namespaces that a fix left unused (then the simplifier can shorten neutral names that would have been ambiguous).</summary>
    internal static class UsingCleanup
    {
        public static async Task<Solution> RemoveUnusedVendorUsingsAsync(Solution solution, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
        {
            var prefixes = VendorCatalog.Builtin.Vendors.SelectMany(v => v.Assemblies).SelectMany(a => a.Namespaces).Distinct().ToList();
            foreach (var id in documents.Distinct())
            {
                var document = solution.GetDocument(id);
                if (document == null)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (root == null || model == null)
                {
                    continue;
                }

                var unused = new List<UsingDirectiveSyntax>();
                foreach (var directive in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
                {
                    if (directive.Alias != null || !directive.StaticKeyword.IsKind(SyntaxKind.None) || !directive.GlobalKeyword.IsKind(SyntaxKind.None) || directive.Name == null)
                    {
                        continue;
                    }

                    var name = directive.Name.ToString();
                    if (!prefixes.Any(p => NamespaceMatcher.IsInNamespace(name, p)))
                    {
                        continue;
                    }

                    if (model.GetSymbolInfo(directive.Name, cancellationToken).Symbol is INamespaceSymbol ns && !IsUsed(root, model, ns, cancellationToken))
                    {
                        unused.Add(directive);
                    }
                }

                if (unused.Count > 0)
                {
                    solution = solution.WithDocumentSyntaxRoot(id, root.RemoveNodes(unused, SyntaxRemoveOptions.KeepLeadingTrivia)!);
                }
            }

            return solution;
        }

        private static bool IsUsed(SyntaxNode root, SemanticModel model, INamespaceSymbol ns, CancellationToken cancellationToken)
        {
            var namespaceName = ns.ToDisplayString();
            var names = new HashSet<string>(ns.GetTypeMembers().Select(t => t.Name));
            foreach (var type in ns.GetTypeMembers().Where(t => t.IsStatic || t.MightContainExtensionMethods))
            {
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsExtensionMethod))
                {
                    names.Add(method.Name);
                }
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (!names.Contains(name.Identifier.ValueText) || name.FirstAncestorOrSelf<UsingDirectiveSyntax>() != null)
                {
                    continue;
                }

                if (GlobalQualifier(name) is { } qualifier && qualifier != namespaceName && !qualifier.StartsWith(namespaceName + ".", System.StringComparison.Ordinal))
                {
                    // global::Other.Namespace.Name: what it binds to is not in this namespace (nor in a type of it), no binding needed.
                    continue;
                }

                var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol ?? model.GetSymbolInfo(name, cancellationToken).CandidateSymbols.FirstOrDefault();
                if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
                {
                    symbol = reduced;
                }

                var container = symbol is INamedTypeSymbol ? symbol.ContainingNamespace : symbol?.ContainingType?.ContainingNamespace;
                if (container != null && container.ToDisplayString() == namespaceName)
                {
                    if (symbol is INamedTypeSymbol || (symbol is IMethodSymbol m && m.IsExtensionMethod))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// For the last name of a <c>global::</c>-rooted qualified name or member access of plain identifiers (the fixes write
        /// new names that way), the qualifier without <c>global::</c> (<c>Microsoft.Extensions.AI</c>); otherwise null.
        /// </summary>
        private static string? GlobalQualifier(SimpleNameSyntax name)
        {
            SyntaxNode? qualifier = name.Parent switch
            {
                QualifiedNameSyntax qualified when qualified.Right == name => qualified.Left,
                MemberAccessExpressionSyntax access when access.Name == name => access.Expression,
                _ => null,
            };
            var parts = new List<string>();
            while (qualifier != null)
            {
                switch (qualifier)
                {
                    case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified:
                        parts.Add(right.Identifier.ValueText);
                        qualifier = qualified.Left;
                        break;
                    case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax right } access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                        parts.Add(right.Identifier.ValueText);
                        qualifier = access.Expression;
                        break;
                    case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax first } alias when alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                        parts.Add(first.Identifier.ValueText);
                        parts.Reverse();
                        return string.Join(".", parts);
                    default:
                        return null;
                }
            }

            return null;
        }
    }
}
