using System.Collections.Immutable;
using System.Composition;
using System.Runtime.CompilerServices;
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
        private static readonly ConditionalWeakTable<InterfacePlan, Task<Solution?>> FixedSolutions = new ConditionalWeakTable<InterfacePlan, Task<Solution?>>();

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

                // Offered only when the change compiles: the compiler is the last safety check. Every diagnostic the plan
                // covers gets the same change, so it is computed (and compiled) once per plan.
                var batch = ImmutableArray.Create((document.Id, diagnostic));
                var cancellationToken = context.CancellationToken;
                var fixedSolution = await FixOnceAsync(plan, () => Fixer.FixAsync(solution, batch, cancellationToken)).ConfigureAwait(false);
                if (fixedSolution == null)
                {
                    continue;
                }

                context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(fixedSolution), EquivalenceKey), diagnostic);
            }
        }

        private static Task<Solution?> FixOnceAsync(InterfacePlan plan, System.Func<Task<Solution?>> fix)
        {
            lock (FixedSolutions)
            {
                if (FixedSolutions.TryGetValue(plan, out var task) && !task.IsCanceled && !task.IsFaulted)
                {
                    return task;
                }

                FixedSolutions.Remove(plan);
                task = fix();
                FixedSolutions.Add(plan, task);
                return task;
            }
        }
    }
}
