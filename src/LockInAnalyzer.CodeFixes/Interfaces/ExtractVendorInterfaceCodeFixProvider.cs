using System.Collections.Immutable;
using System.Linq;
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
                // A coupling point may involve several vendor types; the fix is offered for the first one that can be extracted.
                InterfacePlan? plan = null;
                foreach (var (type, vendorType) in await InterfaceFixer.TargetsAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    var candidate = await InterfaceFixer.PlanAsync(solution, document, type, vendorType, context.CancellationToken).ConfigureAwait(false);
                    if (candidate != null && DiagnosticUses.Spans(diagnostic).Any(span => candidate.Covers(document.Id, span)))
                    {
                        plan = candidate;
                        break;
                    }
                }

                if (plan == null)
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
