using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// LOCK001/LOCK002 "Extract a vendor-neutral interface and adapter" (ports and adapters): for any catalog vendor type,
    /// an interface with just the members the code uses (only when none of them has a vendor type in its signature), an
    /// adapter in the adapter namespace that forwards to the vendor type, and the consumer retyped to the interface.
    /// Works without Microsoft.Extensions.AI and for clients it has no abstraction for.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExtractVendorInterfaceCodeFixProvider))]
    [Shared]
    public sealed class ExtractVendorInterfaceCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "LockIn.ExtractVendorNeutralInterface";
        public const string Title = "Extract a vendor-neutral interface and adapter";

        private static readonly InterfaceFixer Fixer = new InterfaceFixer();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.VendorSdkUsage, DiagnosticIds.VendorTypeInPublicApi);

        public override FixAllProvider GetFixAllProvider() => new BatchFixAllProvider(Fixer, Title);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var solution = document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                var target = await InterfaceFixer.TargetAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (target == null)
                {
                    continue;
                }

                var plan = await InterfaceFixer.PlanAsync(solution, document, target.Value.Type, target.Value.VendorType, context.CancellationToken).ConfigureAwait(false);
                if (plan == null || !plan.Covers(document.Id, diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                // Offered only when the change compiles: the compiler is the last safety check.
                var fixedSolution = await Fixer.FixAsync(solution, ImmutableArray.Create((document.Id, diagnostic)), context.CancellationToken).ConfigureAwait(false);
                if (fixedSolution == null)
                {
                    continue;
                }

                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedSolution), EquivalenceKey), diagnostic);
            }
        }
    }
}
