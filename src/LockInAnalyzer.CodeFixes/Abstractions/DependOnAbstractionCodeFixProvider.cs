using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>
    /// LOCK001/LOCK002 "Depend on Microsoft.Extensions.AI": the vendor clients of the containing type become
    /// <c>IChatClient</c> / <c>IEmbeddingGenerator</c>, their calls and results are rewritten per
    /// policies/catalog/migrations.json, and construction sites are wrapped with the provider's adapter or a generated one.
    /// Offered only when Microsoft.Extensions.AI.Abstractions is referenced and the whole type can be migrated.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DependOnAbstractionCodeFixProvider))]
    [Shared]
    public sealed class DependOnAbstractionCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "LockIn.DependOnMicrosoftExtensionsAI";
        public const string Title = "Depend on Microsoft.Extensions.AI";

        private static readonly AbstractionFixer Fixer = new AbstractionFixer();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.VendorSdkUsage, DiagnosticIds.VendorTypeInPublicApi);

        public override FixAllProvider GetFixAllProvider() => new BatchFixAllProvider(Fixer, Title);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var type = AbstractionFixer.ContainingType(root, diagnostic.Location.SourceSpan);
                if (type == null)
                {
                    continue;
                }

                var solution = document.Project.Solution;
                var plan = await AbstractionFixer.PlanAsync(solution, document, type, context.CancellationToken).ConfigureAwait(false);
                if (plan == null || !DiagnosticUses.Spans(diagnostic).Any(span => plan.Covers(document.Id, span)))
                {
                    continue;
                }

                // Offered only when the change compiles: the compiler is the last safety check.
                var batch = ImmutableArray.Create((document.Id, diagnostic));
                var fixedSolution = await Fixer.FixAsync(solution, batch, context.CancellationToken).ConfigureAwait(false);
                if (fixedSolution == null)
                {
                    continue;
                }

                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedSolution), EquivalenceKey), diagnostic);
            }
        }
    }
}
