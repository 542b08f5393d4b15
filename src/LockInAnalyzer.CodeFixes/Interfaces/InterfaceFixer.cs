using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// "Extract a vendor-neutral interface and adapter" over any number of diagnostics: one plan per consumer type and
    /// vendor type; plans for the same vendor type in a project share one <see cref="VendorPort"/>, so the interface and
    /// adapter are created once with every member any consumer uses. The result is compiled; consumers whose change
    /// would add a compiler error are left out.
    /// </summary>
    internal sealed class InterfaceFixer : IBatchFixer
    {
        private static readonly PlanCache<(int, string), InterfacePlan> Plans = new PlanCache<(int, string), InterfacePlan>();

        /// <summary>
        /// The consumer type and the vendor types a diagnostic is about (one per distinct vendor type among its uses, in
        /// order), or none when it is not inside a class, struct or record.
        /// </summary>
        public static async Task<IReadOnlyList<(TypeDeclarationSyntax Type, INamedTypeSymbol VendorType)>> TargetsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var targets = new List<(TypeDeclarationSyntax, INamedTypeSymbol)>();
            var type = root == null ? null : AbstractionFixer.ContainingType(root, diagnostic.Location.SourceSpan);
            if (root == null || model == null || type == null)
            {
                return targets;
            }

            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var span in DiagnosticUses.Spans(diagnostic))
            {
                if (type.Span.Contains(span) && InterfacePlanner.VendorTypeAt(model, root, span, cancellationToken) is { } vendorType && seen.Add(vendorType))
                {
                    targets.Add((type, vendorType));
                }
            }

            return targets;
        }

        /// <summary>The plan of a consumer type for a vendor type, computed once per document snapshot (the IDE asks once per diagnostic).</summary>
        public static Task<InterfacePlan?> PlanAsync(Solution solution, Document document, TypeDeclarationSyntax type, INamedTypeSymbol vendorType, CancellationToken cancellationToken) =>
            Plans.GetOrStart(document, (type.SpanStart, vendorType.ToDisplayString()), () => InterfacePlanner.PlanAsync(solution, document, type, vendorType, cancellationToken));

        public async Task<Solution?> FixAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
        {
            var plans = new List<InterfacePlan>();
            foreach (var (documentId, diagnostic) in diagnostics)
            {
                var document = solution.GetDocument(documentId);
                if (document == null)
                {
                    continue;
                }

                foreach (var (type, vendorType) in await TargetsAsync(document, diagnostic, cancellationToken).ConfigureAwait(false))
                {
                    var plan = await PlanAsync(solution, document, type, vendorType, cancellationToken).ConfigureAwait(false);
                    if (plan != null && !plans.Contains(plan) && DiagnosticUses.Spans(diagnostic).Any(span => plan.Covers(documentId, span)))
                    {
                        plans.Add(plan);
                    }
                }
            }

            return await CompileCheckedFix.ApplyAsync(solution, plans, WithHandoffsMet, batch => ApplyAsync(solution, batch, cancellationToken), Documents, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The plans whose hand-offs (values passed to another consumer's parameter) land on parameters a plan of the batch
        /// retypes; dropping a plan can strand another, so this repeats until nothing changes.
        /// </summary>
        private static List<InterfacePlan> WithHandoffsMet(List<InterfacePlan> plans)
        {
            while (true)
            {
                var retyped = new HashSet<ISymbol>(plans.SelectMany(p => p.Clients), SymbolEqualityComparer.Default);
                var kept = plans.Where(p => p.Handoffs.All(retyped.Contains)).ToList();
                if (kept.Count == plans.Count)
                {
                    return kept;
                }

                plans = kept;
            }
        }

        private static IEnumerable<DocumentId> Documents(InterfacePlan plan) =>
            plan.Retypes.Select(r => r.Document).Concat(plan.Creations.Select(c => c.Document)).Concat(plan.Wraps.Select(w => w.Document)).Append(plan.Document);

        public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<InterfacePlan> plans, CancellationToken cancellationToken)
        {
            var original = solution;
            var ports = new List<(VendorPort Port, List<InterfacePlan> Plans)>();
            foreach (var group in plans.GroupBy(p => (p.Project, Type: p.VendorType.ToDisplayString())))
            {
                var port = await VendorPort.ResolveAsync(original, group.ToList(), cancellationToken).ConfigureAwait(false);
                ports.Add((port, group.ToList()));
            }

            var edits = new List<SyntaxEdit>();
            var imports = new List<(DocumentId Document, SyntaxNode Site, string? Namespace)>();
            foreach (var (port, portPlans) in ports)
            {
                foreach (var plan in portPlans)
                {
                    foreach (var (document, typeSyntax) in plan.Retypes)
                    {
                        edits.Add(new SyntaxEdit(document, typeSyntax, current => SyntaxEdits.Type(port.InterfaceFullName).WithTriviaFrom(current)));
                        imports.Add((document, typeSyntax, port.InterfaceNamespace));
                    }

                    foreach (var (document, creation) in plan.Creations)
                    {
                        edits.Add(new SyntaxEdit(document, creation, current =>
                        {
                            var arguments = ((BaseObjectCreationExpressionSyntax)current).ArgumentList ?? SyntaxFactory.ArgumentList();
                            return SyntaxFactory.ObjectCreationExpression(SyntaxEdits.Type(port.AdapterFullName).WithLeadingTrivia(SyntaxFactory.Space), arguments, null).WithTriviaFrom(current);
                        }));
                        imports.Add((document, creation, port.AdapterNamespace));
                    }

                    foreach (var (document, value, symbol) in plan.Wraps)
                    {
                        if (symbol != null && portPlans.Any(other => other != plan && other.Clients.Contains(symbol)))
                        {
                            // Another consumer in this batch retypes that variable: it already holds the interface.
                            continue;
                        }

                        edits.Add(new SyntaxEdit(document, value, current =>
                            SyntaxFactory.ObjectCreationExpression(
                                SyntaxEdits.Type(port.AdapterFullName).WithLeadingTrivia(SyntaxFactory.Space),
                                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(((ExpressionSyntax)current).WithoutTrivia()))),
                                null).WithTriviaFrom(current)));
                        imports.Add((document, value, port.AdapterNamespace));
                    }
                }
            }

            foreach (var group in edits.GroupBy(e => e.Document).OrderBy(g => g.Key.Id))
            {
                var root = await original.GetDocument(group.Key)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                solution = solution.WithDocumentSyntaxRoot(group.Key, SyntaxEdits.Apply(root!, group, Array.Empty<SyntaxNode>()));
            }

            foreach (var group in imports.GroupBy(i => i.Document))
            {
                if (await solution.GetDocument(group.Key)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax unit)
                {
                    continue;
                }

                foreach (var ns in group.Where(i => i.Namespace != null && !IsInside(i.Site, i.Namespace!)).Select(i => i.Namespace!).Distinct().OrderBy(n => n, StringComparer.Ordinal))
                {
                    unit = SyntaxEdits.AddUsing(unit, ns);
                }

                solution = solution.WithDocumentSyntaxRoot(group.Key, unit);
            }

            foreach (var (port, _) in ports)
            {
                solution = await PortWriter.WriteAsync(solution, port, cancellationToken).ConfigureAwait(false);
            }

            return await UsingCleanup.RemoveUnusedVendorUsingsAsync(solution, edits.Select(e => e.Document), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Whether code at <paramref name="site"/> sees the names of <paramref name="namespace"/> without a using (it is declared in it or below it).</summary>
        private static bool IsInside(SyntaxNode site, string @namespace)
        {
            var ns = site.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(ProjectConventions.FullName).FirstOrDefault();
            return ns != null && (ns == @namespace || ns.StartsWith(@namespace + ".", StringComparison.Ordinal));
        }
    }
}
