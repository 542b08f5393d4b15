using System;
using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>Planning one client: who can see it, and every value flowing into it, inside the type and at call sites across the solution.</summary>
    internal abstract partial class VendorClientPlanner<TClientType>
    {
        /// <summary>Plans the change of a client's own declaration (its node is <paramref name="declaration"/>).</summary>
        protected virtual void PlanDeclaration(SyntaxNode declaration, TClientType clientType)
        {
        }

        /// <summary>Whether a field or property client (neither virtual nor an interface member) can be retyped.</summary>
        protected virtual bool CanRetypeMember(ISymbol fieldOrProperty) => true;

        /// <summary>Whether the accessor's returned expressions flow into the property (checked only on accessors of client properties).</summary>
        protected virtual bool SuppliesValue(AccessorDeclarationSyntax accessor) => true;

        /// <summary>Whether a client parameter may keep this default value (callers leaving it out pass no vendor value).</summary>
        protected virtual bool AcceptsDefaultValue(ExpressionSyntax value) => false;

        /// <summary>
        /// A value of the client's vendor type flowing into a client (<paramref name="symbol"/> is what it names, if
        /// anything): planned as a construction the planner rewrites or a value it wraps, else throws <see cref="CannotPlanException"/>.
        /// </summary>
        protected abstract void PlanVendorValue(ExpressionSyntax value, ISymbol? symbol, TClientType clientType, Document valueDocument, SemanticModel valueModel);

        /// <summary>Whether <paramref name="value"/> stands where the project's settings allow vendor code (an adapter).</summary>
        protected bool IsInAdapter(ExpressionSyntax value, Document valueDocument, SemanticModel valueModel)
        {
            var settings = LockInSettings.For(valueDocument.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(value.SyntaxTree));
            return AdapterBoundary.Contains(value, settings, valueModel, CancellationToken);
        }

        private async Task PlanClientAsync(ISymbol client, TClientType clientType)
        {
            var reference = client.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(CancellationToken) ?? throw new CannotPlanException();
            PlanDeclaration(reference, clientType);
            if (client is IFieldSymbol || client is IPropertySymbol)
            {
                if (client.IsOverride || client.IsVirtual || client.IsAbstract || CallSites.ImplementsInterface(client) || !CanRetypeMember(client))
                {
                    throw new CannotPlanException();
                }
            }

            // Values flowing in through initializers and getters.
            switch (reference)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    PlanValue(initializer.Value, clientType, Document, Model);
                    break;
                case PropertyDeclarationSyntax { Initializer: { } propertyInitializer }:
                    PlanValue(propertyInitializer.Value, clientType, Document, Model);
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                    PlanValue(body.Expression, clientType, Document, Model);
                    break;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors.Where(SuppliesValue))
                    {
                        var returns = accessor.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).Concat(new[] { accessor.ExpressionBody?.Expression });
                        foreach (var value in returns.Where(v => v != null))
                        {
                            PlanValue(value!, clientType, Document, Model);
                        }
                    }

                    break;
                case ParameterSyntax { Default: { } defaultValue } when !AcceptsDefaultValue(defaultValue.Value):
                    throw new CannotPlanException();
            }

            // Uses inside the type.
            foreach (var identifier in ConsumerType.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == client.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(identifier, CancellationToken).Symbol, client))
                {
                    PlanUse(identifier, clientType);
                }
            }

            await PlanOutsideAsync(client, clientType).ConfigureAwait(false);
        }

        /// <summary>Fields and properties must not be used outside the type; parameters get their call sites' arguments planned.</summary>
        private async Task PlanOutsideAsync(ISymbol client, TClientType clientType)
        {
            switch (client)
            {
                case IFieldSymbol or IPropertySymbol when client.DeclaredAccessibility != Accessibility.Private:
                    var references = await SymbolFinder.FindReferencesAsync(client, Solution, CancellationToken).ConfigureAwait(false);
                    if (references.SelectMany(r => r.Locations).Any(l => l.Document.Id != Document.Id || !ConsumerType.Span.Contains(l.Location.SourceSpan)))
                    {
                        // Used outside the type (or by another project): its consumers would need changing too.
                        throw new CannotPlanException();
                    }

                    return;
                case IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter:
                    if (method.IsVirtual || method.IsOverride || method.IsAbstract || CallSites.ImplementsInterface(method)
                        || method.MethodKind is not (MethodKind.Constructor or MethodKind.Ordinary or MethodKind.LocalFunction))
                    {
                        throw new CannotPlanException();
                    }

                    if (method.MethodKind == MethodKind.LocalFunction)
                    {
                        PlanCallSitesInside(method, parameter, clientType);
                        return;
                    }

                    var callers = await SymbolFinder.FindReferencesAsync(method, Solution, CancellationToken).ConfigureAwait(false);
                    foreach (var location in callers.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.SourceSpan.Start))
                    {
                        if (location.Document.Project.Id != Document.Project.Id)
                        {
                            // Another project would need the change too.
                            throw new CannotPlanException();
                        }

                        var siteModel = await location.Document.GetSemanticModelAsync(CancellationToken).ConfigureAwait(false);
                        var siteRoot = await location.Document.GetSyntaxRootAsync(CancellationToken).ConfigureAwait(false);
                        PlanCallSite(siteRoot!.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true), method, parameter, clientType, location.Document, siteModel!);
                    }

                    return;
            }
        }

        private void PlanCallSitesInside(IMethodSymbol localFunction, IParameterSymbol parameter, TClientType clientType)
        {
            foreach (var identifier in ConsumerType.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == localFunction.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(identifier, CancellationToken).Symbol, localFunction))
                {
                    PlanCallSite(identifier, localFunction, parameter, clientType, Document, Model);
                }
            }
        }

        private void PlanCallSite(SyntaxNode node, IMethodSymbol method, IParameterSymbol parameter, TClientType clientType, Document siteDocument, SemanticModel siteModel)
        {
            if (!CallSites.TryGetArgument(node, method, parameter, siteModel, CancellationToken, out var argument))
            {
                throw new CannotPlanException();
            }

            if (argument != null)
            {
                PlanValue(argument, clientType, siteDocument, siteModel);
            }
        }

        /// <summary>An expression whose value flows into a client.</summary>
        private void PlanValue(ExpressionSyntax value, TClientType clientType, Document valueDocument, SemanticModel valueModel)
        {
            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            switch (value)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                    return;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right is ThrowExpressionSyntax:
                    PlanValue(coalesce.Left, clientType, valueDocument, valueModel);
                    return;
                case ConditionalExpressionSyntax conditional:
                    PlanValue(conditional.WhenTrue, clientType, valueDocument, valueModel);
                    PlanValue(conditional.WhenFalse, clientType, valueDocument, valueModel);
                    return;
            }

            var symbol = valueModel.GetSymbolInfo(value, CancellationToken).Symbol;
            if (symbol != null && valueDocument.Id == Document.Id && clients.ContainsKey(symbol))
            {
                // Another client: already retyped.
                return;
            }

            var valueType = valueModel.GetTypeInfo(value, CancellationToken).Type;
            if (valueType == null || !ReferenceEquals(ClientOf(valueType), clientType))
            {
                throw new CannotPlanException();
            }

            PlanVendorValue(value, symbol, clientType, valueDocument, valueModel);
        }
    }
}
