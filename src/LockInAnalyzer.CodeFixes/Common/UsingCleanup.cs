using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Policy.Catalog;
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

                var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol ?? model.GetSymbolInfo(name, cancellationToken).CandidateSymbols.FirstOrDefault();
                if (symbol is IMethodSymbol { ReducedFrom: { } reduced })
                {
                    symbol = reduced;
                }

                var container = symbol is INamedTypeSymbol ? symbol.ContainingNamespace : symbol?.ContainingType?.ContainingNamespace;
                if (container != null && container.ToDisplayString() == ns.ToDisplayString())
                {
                    if (symbol is INamedTypeSymbol || (symbol is IMethodSymbol m && m.IsExtensionMethod))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
