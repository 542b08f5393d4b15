using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// What the fixes that move a consumer type off a vendor client type share: finding the type's clients (fields,
    /// properties, parameters and locals of a vendor client type), making sure nothing outside the type can see or feed
    /// them, and following every value that flows into them, from initializers and getters to arguments at call sites
    /// across the solution. Any shape it does not understand makes the whole plan fail, so a fix is offered only where it
    /// can be applied completely. What a client is retyped to, which uses of it are allowed and what a vendor value
    /// flowing into it becomes belong to the derived planner.
    /// </summary>
    /// <typeparam name="TClientType">What the derived planner knows about the vendor type of one client.</typeparam>
    internal abstract partial class VendorClientPlanner<TClientType>
        where TClientType : class
    {
        private readonly Dictionary<ISymbol, TClientType> clients = new Dictionary<ISymbol, TClientType>(SymbolEqualityComparer.Default);

        protected VendorClientPlanner(Solution solution, Document document, SemanticModel model, TypeDeclarationSyntax consumerType, VendorSymbolIndex vendorIndex, CancellationToken cancellationToken)
        {
            Solution = solution;
            Document = document;
            Model = model;
            ConsumerType = consumerType;
            VendorIndex = vendorIndex;
            CancellationToken = cancellationToken;
        }

        protected Solution Solution { get; }

        /// <summary>The document declaring <see cref="ConsumerType"/>.</summary>
        protected Document Document { get; }

        protected SemanticModel Model { get; }

        /// <summary>The type whose clients are planned.</summary>
        protected TypeDeclarationSyntax ConsumerType { get; }

        protected VendorSymbolIndex VendorIndex { get; }

        protected CancellationToken CancellationToken { get; }

        /// <summary>The consumer type's declarations of a vendor client type, each with what is known about its type.</summary>
        protected IReadOnlyDictionary<ISymbol, TClientType> Clients => clients;

        /// <summary>What the planner knows about <paramref name="type"/> as a client type, or null when it does not plan that type.</summary>
        protected abstract TClientType? ClientOf(ITypeSymbol type);

        /// <summary>Records the written type of a client declaration (several declarators can share one).</summary>
        protected abstract void NoteClientType(TypeSyntax declaredType);

        /// <summary>Checked once the clients are known, before any is planned: false drops the plan.</summary>
        protected virtual bool CanPlanClients() => true;

        /// <summary>Called after every client is planned: completes the plan and says whether it changes anything.</summary>
        protected abstract bool CompletePlan();

        /// <summary>Plans every client; false when the type has none or some use cannot be planned safely.</summary>
        protected async Task<bool> TryBuildAsync()
        {
            try
            {
                return await BuildAsync().ConfigureAwait(false);
            }
            catch (CannotPlanException)
            {
                return false;
            }
        }

        private async Task<bool> BuildAsync()
        {
            var symbol = Model.GetDeclaredSymbol(ConsumerType, CancellationToken);
            if (symbol == null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                // Partial types: the other parts are not planned, so the fix is not offered.
                return false;
            }

            CollectClients();
            if (clients.Count == 0 || !CanPlanClients())
            {
                return false;
            }

            foreach (var pair in clients.OrderBy(p => p.Key.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0).ToList())
            {
                await PlanClientAsync(pair.Key, pair.Value).ConfigureAwait(false);
            }

            return CompletePlan();
        }
    }
}
