using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>
    /// "Depend on Microsoft.Extensions.AI" over any number of diagnostics: one plan per containing type, merged into
    /// one solution change (each generated adapter created once), then compiled; types whose change would add a
    /// compiler error are left out.
    /// </summary>
    internal sealed class AbstractionFixer : IBatchFixer
    {
        private static readonly PlanCache<int, MigrationPlan> Plans = new PlanCache<int, MigrationPlan>();

        public static TypeDeclarationSyntax? ContainingType(SyntaxNode root, TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => t is ClassDeclarationSyntax || t is StructDeclarationSyntax || t is RecordDeclarationSyntax);
        }

        /// <summary>The plan of a type, computed once per document snapshot (the IDE asks once per diagnostic).</summary>
        public static Task<MigrationPlan?> PlanAsync(Solution solution, Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken) =>
            Plans.GetOrStart(document, type.SpanStart, () => AbstractionPlanner.PlanAsync(solution, document, type, cancellationToken));

        public async Task<Solution?> FixAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
        {
            var plans = new List<MigrationPlan>();
            foreach (var group in diagnostics.GroupBy(d => d.Document))
            {
                var document = solution.GetDocument(group.Key);
                var root = document == null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (document == null || root == null)
                {
                    continue;
                }

                var types = new Dictionary<int, (TypeDeclarationSyntax Type, List<Diagnostic> Diagnostics)>();
                foreach (var (_, diagnostic) in group)
                {
                    var type = ContainingType(root, diagnostic.Location.SourceSpan);
                    if (type == null)
                    {
                        continue;
                    }

                    if (!types.TryGetValue(type.SpanStart, out var entry))
                    {
                        types[type.SpanStart] = entry = (type, new List<Diagnostic>());
                    }

                    entry.Diagnostics.Add(diagnostic);
                }

                foreach (var entry in types.OrderBy(t => t.Key).Select(t => t.Value))
                {
                    var plan = await PlanAsync(solution, document, entry.Type, cancellationToken).ConfigureAwait(false);
                    if (plan != null && entry.Diagnostics.Any(d => DiagnosticUses.Spans(d).Any(span => plan.Covers(document.Id, span))))
                    {
                        plans.Add(plan);
                    }
                }
            }

            var fixedSolution = await CompileCheckedFix.ApplyAsync(solution, plans, all => all, batch => ApplyAsync(solution, batch, cancellationToken), Documents, cancellationToken).ConfigureAwait(false);
            if (fixedSolution == null)
            {
                return null;
            }

            var changed = fixedSolution.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments().Concat(p.GetAddedDocuments()));
            return await NameShortener.ShortenAsync(fixedSolution, changed, cancellationToken).ConfigureAwait(false);
        }

        private static IEnumerable<DocumentId> Documents(MigrationPlan plan) =>
            plan.Edits.Select(e => e.Document).Append(plan.Document);

        public static async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<MigrationPlan> plans, CancellationToken cancellationToken)
        {
            var original = solution;
            var tracked = plans.SelectMany(p => p.Tracked).ToList();
            foreach (var group in plans.SelectMany(p => p.Edits).GroupBy(e => e.Document).OrderBy(g => g.Key.Id))
            {
                var document = original.GetDocument(group.Key)!;
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var newRoot = SyntaxEdits.Apply(root!, group, tracked.Where(n => n.SyntaxTree == root!.SyntaxTree));
                solution = solution.WithDocumentSyntaxRoot(group.Key, newRoot);
            }

            var edited = plans.SelectMany(p => p.Edits).Select(e => e.Document).Distinct().ToList();
            var usings = plans.SelectMany(p => p.Usings).ToList();
            foreach (var id in edited)
            {
                var root = await solution.GetDocument(id)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is not CompilationUnitSyntax unit)
                {
                    continue;
                }

                var text = unit.ToFullString();
                var namespaces = usings.Where(u => u.Document == id).Select(u => u.Namespace).ToList();
                if (text.IndexOf("global::Microsoft.Extensions.AI.", StringComparison.Ordinal) >= 0)
                {
                    namespaces.Add("Microsoft.Extensions.AI");
                }

                foreach (var ns in namespaces.Distinct())
                {
                    unit = SyntaxEdits.AddUsing(unit, ns);
                }

                solution = solution.WithDocumentSyntaxRoot(id, unit);
            }

            solution = await AdapterWriter.WriteAsync(solution, plans.SelectMany(p => p.Adapters).ToList(), cancellationToken).ConfigureAwait(false);
            return await UsingCleanup.RemoveUnusedVendorUsingsAsync(solution, edited, cancellationToken).ConfigureAwait(false);
        }
    }
}
