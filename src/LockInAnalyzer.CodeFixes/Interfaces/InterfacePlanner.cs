using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// Plans "Extract a vendor-neutral interface and adapter" for one vendor type inside one consumer type: every field,
    /// property, parameter and local of exactly that type is retyped to the interface, every member used on them must be
    /// representable (<see cref="PortMembers"/>), and every value flowing into them is a creation (forwarded by the
    /// adapter) or gets wrapped in the adapter. Any other use makes the plan fail, so the fix is offered only where it
    /// can be applied completely.
    /// </summary>
    internal sealed class InterfacePlanner
    {
        private readonly Solution solution;
        private readonly Document document;
        private readonly SemanticModel model;
        private readonly TypeDeclarationSyntax type;
        private readonly INamedTypeSymbol vendorType;
        private readonly VendorSymbolIndex index;
        private readonly CancellationToken cancellationToken;
        private readonly InterfacePlan plan;
        private readonly HashSet<ISymbol> clients = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        private InterfacePlanner(Solution solution, Document document, SemanticModel model, TypeDeclarationSyntax type, INamedTypeSymbol vendorType, string vendorName, VendorSymbolIndex index, CancellationToken cancellationToken)
        {
            this.solution = solution;
            this.document = document;
            this.model = model;
            this.type = type;
            this.vendorType = vendorType;
            this.index = index;
            this.cancellationToken = cancellationToken;
            var ns = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(ProjectConventions.FullName).FirstOrDefault();
            plan = new InterfacePlan(document, type.Span, vendorType, vendorName, ns);
        }

        /// <summary>The vendor type a LOCK001/LOCK002 diagnostic is about: the type written there, created there, or whose member is used there.</summary>
        public static INamedTypeSymbol? VendorTypeAt(SemanticModel model, SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken cancellationToken)
        {
            var index = VendorSymbolIndex.For(model.Compilation);
            if (index == null)
            {
                return null;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            ITypeSymbol? found = null;
            if (node is NullableTypeSyntax nullable)
            {
                node = nullable.ElementType;
            }

            var symbol = model.GetSymbolInfo(node, cancellationToken).Symbol;
            switch (symbol)
            {
                case ITypeSymbol typeSymbol:
                    found = typeSymbol;
                    break;
                case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor:
                    found = constructor.ContainingType;
                    break;
                case IMethodSymbol or IPropertySymbol or IFieldSymbol or IEventSymbol:
                    var access = node.Parent as MemberAccessExpressionSyntax ?? node as MemberAccessExpressionSyntax;
                    found = access == null ? null : model.GetTypeInfo(access.Expression, cancellationToken).Type;
                    break;
            }

            return found is INamedTypeSymbol named && IsExtractable(named, index) ? named : null;
        }

        /// <summary>A public, non-generic vendor class or interface (the kinds an interface can stand in for).</summary>
        private static bool IsExtractable(INamedTypeSymbol type, VendorSymbolIndex index) =>
            (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Interface)
            && !type.IsStatic
            && !type.IsGenericType
            && type.ContainingType == null
            && type.DeclaredAccessibility == Accessibility.Public
            && index.MatchType(type) != null;

        /// <summary>The plan, or null when the type holds nothing of <paramref name="vendorType"/> to extract or some use cannot be moved safely.</summary>
        public static async Task<InterfacePlan?> PlanAsync(Solution solution, Document document, TypeDeclarationSyntax type, INamedTypeSymbol vendorType, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var index = model == null ? null : VendorSymbolIndex.For(model.Compilation);
            var match = index?.MatchType(vendorType);
            if (model == null || index == null || match == null || !IsExtractable(vendorType, index))
            {
                return null;
            }

            var planner = new InterfacePlanner(solution, document, model, type, vendorType, match.Vendor.Name, index, cancellationToken);
            try
            {
                return await planner.BuildAsync().ConfigureAwait(false) ? planner.plan : null;
            }
            catch (CannotExtractException)
            {
                return null;
            }
        }

        private async Task<bool> BuildAsync()
        {
            var symbol = model.GetDeclaredSymbol(type, cancellationToken);
            if (symbol == null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                // Partial types: the other parts are not planned.
                return false;
            }

            CollectClients();
            if (clients.Count == 0)
            {
                return false;
            }

            plan.Clients.UnionWith(clients);
            foreach (var client in clients.OrderBy(c => c.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0).ToList())
            {
                await PlanClientAsync(client).ConfigureAwait(false);
            }

            return plan.Retypes.Count > 0 || plan.Creations.Count > 0;
        }

        private bool IsVendorType(ITypeSymbol? candidate) => SymbolEqualityComparer.Default.Equals(candidate, vendorType);

        private void CollectClients()
        {
            foreach (var node in type.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclarationSyntax declaration when declaration.Parent is FieldDeclarationSyntax || declaration.Parent is LocalDeclarationStatementSyntax:
                        foreach (var variable in declaration.Variables)
                        {
                            if (model.GetDeclaredSymbol(variable, cancellationToken) is { } declared && IsVendorType(TypeOf(declared)))
                            {
                                if (declaration.Parent is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } || declaration.Parent is LocalDeclarationStatementSyntax { IsConst: true })
                                {
                                    throw new CannotExtractException();
                                }

                                clients.Add(declared);
                                Retype(declaration.Type);
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property:
                        if (model.GetDeclaredSymbol(property, cancellationToken) is { } propertySymbol && IsVendorType(propertySymbol.Type))
                        {
                            clients.Add(propertySymbol);
                            Retype(property.Type);
                        }

                        break;
                    case ParameterSyntax { Type: { } parameterType } parameter:
                        if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } parameterSymbol && IsVendorType(parameterSymbol.Type))
                        {
                            if (parameterSymbol.RefKind != RefKind.None
                                || parameter.Parent?.Parent is LambdaExpressionSyntax || parameter.Parent?.Parent is AnonymousMethodExpressionSyntax
                                || parameter.Parent?.Parent is DelegateDeclarationSyntax || parameter.Parent?.Parent is RecordDeclarationSyntax)
                            {
                                // A record's primary constructor parameter is also a public property; delegates and lambdas have other callers.
                                throw new CannotExtractException();
                            }

                            clients.Add(parameterSymbol);
                            Retype(parameterType);
                        }

                        break;
                    case ForEachStatementSyntax forEach when model.GetDeclaredSymbol(forEach, cancellationToken) is { } loopVariable && IsVendorType(loopVariable.Type):
                        throw new CannotExtractException();
                    case SingleVariableDesignationSyntax designation when model.GetDeclaredSymbol(designation, cancellationToken) is ILocalSymbol patternLocal && IsVendorType(patternLocal.Type):
                        // out var / pattern variables: their value comes from vendor-typed code this fix does not rewrite.
                        throw new CannotExtractException();
                }
            }
        }

        private void Retype(TypeSyntax declared)
        {
            if (declared.IsVar)
            {
                return;
            }

            var target = declared is NullableTypeSyntax nullable ? nullable.ElementType : declared;
            if (!plan.Retypes.Any(r => r.Type == target))
            {
                plan.Retypes.Add((document.Id, target));
                plan.Covered.Add((document.Id, declared.Span));
            }
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            ILocalSymbol local => local.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        private async Task PlanClientAsync(ISymbol client)
        {
            var reference = client.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) ?? throw new CannotExtractException();
            if (client is IFieldSymbol || client is IPropertySymbol)
            {
                if (client.IsOverride || client.IsVirtual || client.IsAbstract || CallSites.ImplementsInterface(client))
                {
                    throw new CannotExtractException();
                }

                if (client is IPropertySymbol { SetMethod: { } } && client.DeclaredAccessibility != Accessibility.Private)
                {
                    // A settable non-private property takes values from code this plan does not see.
                    throw new CannotExtractException();
                }
            }

            // Values flowing in through initializers and getters.
            switch (reference)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    PlanValue(initializer.Value, document, model);
                    break;
                case PropertyDeclarationSyntax { Initializer: { } propertyInitializer }:
                    PlanValue(propertyInitializer.Value, document, model);
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                    PlanValue(body.Expression, document, model);
                    break;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors.Where(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)))
                    {
                        var returns = accessor.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).Concat(new[] { accessor.ExpressionBody?.Expression });
                        foreach (var value in returns.Where(v => v != null))
                        {
                            PlanValue(value!, document, model);
                        }
                    }

                    break;
                case ParameterSyntax { Default: { } defaultValue } when !(defaultValue.Value is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression))):
                    throw new CannotExtractException();
            }

            // Uses inside the type.
            foreach (var identifier in type.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == client.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, client))
                {
                    PlanUse(identifier);
                }
            }

            await PlanOutsideAsync(client).ConfigureAwait(false);
        }

        /// <summary>Fields and properties must not be used outside the type; parameters get their call sites' arguments planned.</summary>
        private async Task PlanOutsideAsync(ISymbol client)
        {
            switch (client)
            {
                case IFieldSymbol or IPropertySymbol when client.DeclaredAccessibility != Accessibility.Private:
                    var references = await SymbolFinder.FindReferencesAsync(client, solution, cancellationToken).ConfigureAwait(false);
                    if (references.SelectMany(r => r.Locations).Any(l => l.Document.Id != document.Id || !type.Span.Contains(l.Location.SourceSpan)))
                    {
                        throw new CannotExtractException();
                    }

                    return;
                case IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter:
                    if (method.IsVirtual || method.IsOverride || method.IsAbstract || CallSites.ImplementsInterface(method)
                        || method.MethodKind is not (MethodKind.Constructor or MethodKind.Ordinary or MethodKind.LocalFunction))
                    {
                        throw new CannotExtractException();
                    }

                    if (method.MethodKind == MethodKind.LocalFunction)
                    {
                        foreach (var identifier in type.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == method.Name))
                        {
                            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, method))
                            {
                                PlanCallSite(identifier, method, parameter, document, model);
                            }
                        }

                        return;
                    }

                    var callers = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
                    foreach (var location in callers.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.SourceSpan.Start))
                    {
                        if (location.Document.Project.Id != document.Project.Id)
                        {
                            // Another project would need the interface and the adapter too.
                            throw new CannotExtractException();
                        }

                        var siteModel = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                        var siteRoot = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                        PlanCallSite(siteRoot!.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true), method, parameter, location.Document, siteModel!);
                    }

                    return;
            }
        }

        private void PlanCallSite(SyntaxNode node, IMethodSymbol method, IParameterSymbol parameter, Document siteDocument, SemanticModel siteModel)
        {
            if (!CallSites.TryGetArgument(node, method, parameter, siteModel, cancellationToken, out var argument))
            {
                throw new CannotExtractException();
            }

            if (argument != null)
            {
                PlanValue(argument, siteDocument, siteModel);
            }
        }

        /// <summary>An expression whose value flows into a retyped declaration.</summary>
        private void PlanValue(ExpressionSyntax value, Document valueDocument, SemanticModel valueModel)
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
                    PlanValue(coalesce.Left, valueDocument, valueModel);
                    return;
                case ConditionalExpressionSyntax conditional:
                    PlanValue(conditional.WhenTrue, valueDocument, valueModel);
                    PlanValue(conditional.WhenFalse, valueDocument, valueModel);
                    return;
            }

            var symbol = valueModel.GetSymbolInfo(value, cancellationToken).Symbol;
            if (symbol != null && valueDocument.Id == document.Id && clients.Contains(symbol))
            {
                // Another retyped declaration: already the interface.
                return;
            }

            if (!IsVendorType(valueModel.GetTypeInfo(value, cancellationToken).Type))
            {
                throw new CannotExtractException();
            }

            var settings = LockInSettings.For(valueDocument.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(value.SyntaxTree));
            var inAdapter = AdapterBoundary.Contains(value, settings, valueModel, cancellationToken);
            if (value is BaseObjectCreationExpressionSyntax { Initializer: null } creation
                && !inAdapter
                && valueModel.GetOperation(creation, cancellationToken) is IObjectCreationOperation { Constructor: { } constructor }
                && constructor.DeclaredAccessibility == Accessibility.Public
                && constructor.Parameters.All(p => p.RefKind == RefKind.None && index.FindVendorTypeWithin(p.Type) == null))
            {
                // new OpenAIFileClient(key) in domain code → new OpenAIFileClientAdapter(key): the vendor type stays in the adapter.
                plan.Creations.Add((valueDocument.Id, creation));
                plan.Covered.Add((valueDocument.Id, creation.Span));
                if (!plan.Constructors.Any(c => SymbolEqualityComparer.Default.Equals(c, constructor)))
                {
                    plan.Constructors.Add(constructor);
                }

                return;
            }

            if (value is ImplicitObjectCreationExpressionSyntax)
            {
                // new(...) with an initializer or vendor-typed arguments: wrapping would lose its target type.
                throw new CannotExtractException();
            }

            plan.Wraps.Add((valueDocument.Id, value, symbol));
        }

        /// <summary>One reference to a retyped declaration inside the type.</summary>
        private void PlanUse(IdentifierNameSyntax identifier)
        {
            ExpressionSyntax expression = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess && thisAccess.Name == identifier)
            {
                expression = thisAccess;
            }

            switch (expression.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == expression:
                    PlanMemberUse(access, access.Name);
                    return;
                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == expression:
                    // client?.Member: the member is bound on the leftmost `.Member` of the part after `?`.
                    var binding = conditional.WhenNotNull.DescendantNodesAndSelf().OfType<MemberBindingExpressionSyntax>().FirstOrDefault() ?? throw new CannotExtractException();
                    PlanMemberUse(binding, binding.Name);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    PlanValue(assignment.Right, document, model);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    RequireClient(assignment.Left);
                    return;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == expression && coalesce.Right is ThrowExpressionSyntax:
                    return;
                case BinaryExpressionSyntax comparison when (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)) && IsNull(comparison.Left == expression ? comparison.Right : comparison.Left):
                    return;
                case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } when IsNull(constant):
                    return;
                case IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: var negated } } } when IsNull(negated):
                    return;
                case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    if (argument.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
                    {
                        return;
                    }

                    if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter, ArgumentKind: ArgumentKind.Explicit })
                    {
                        if (clients.Contains(parameter))
                        {
                            return;
                        }

                        if (IsHandoff(parameter))
                        {
                            // Another consumer's parameter: fine when that consumer is retyped in the same batch.
                            plan.Handoffs.Add(parameter.OriginalDefinition);
                            return;
                        }
                    }

                    throw new CannotExtractException();
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsClient(property):
                    return;
                case ReturnStatementSyntax when expression.FirstAncestorOrSelf<AccessorDeclarationSyntax>()?.Parent?.Parent is PropertyDeclarationSyntax getter && IsClient(getter):
                    return;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when model.GetDeclaredSymbol(declarator, cancellationToken) is { } target && clients.Contains(target):
                    return;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsClient(property):
                    return;
                case ExpressionStatementSyntax:
                    return;
            }

            throw new CannotExtractException();
        }

        /// <summary>A parameter of exactly the vendor type on a non-virtual method or constructor of another type in this project's source.</summary>
        private bool IsHandoff(IParameterSymbol parameter) =>
            IsVendorType(parameter.Type)
            && parameter.RefKind == RefKind.None
            && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary, IsVirtual: false, IsOverride: false, IsAbstract: false } method
            && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Compilation.Assembly)
            && method.ContainingType != null
            && !method.ContainingType.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == type.SyntaxTree && type.Span.Contains(r.Span));

        private static bool IsNull(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.NullLiteralExpression);

        private bool IsClient(PropertyDeclarationSyntax property) =>
            model.GetDeclaredSymbol(property, cancellationToken) is { } symbol && clients.Contains(symbol);

        private void RequireClient(ExpressionSyntax target)
        {
            if (model.GetSymbolInfo(target, cancellationToken).Symbol is not { } symbol || !clients.Contains(symbol))
            {
                throw new CannotExtractException();
            }
        }

        /// <summary>
        /// <c>client.Member</c>, <c>client.Method(...)</c> or their <c>?.</c> forms (<paramref name="access"/> is the member
        /// access or binding): the member goes on the interface when its signature is vendor-free.
        /// </summary>
        private void PlanMemberUse(ExpressionSyntax access, SimpleNameSyntax name)
        {
            var member = model.GetSymbolInfo(name, cancellationToken).Symbol;
            if (member == null)
            {
                throw new CannotExtractException();
            }

            if (PortMembers.IsObjectMember(member))
            {
                return;
            }

            if (member is IMethodSymbol { ReducedFrom: not null } || !PortMembers.IsRepresentable(member, index))
            {
                // Extension methods need the vendor type; vendor types in the signature would leak through the interface.
                throw new CannotExtractException();
            }

            switch (member)
            {
                case IMethodSymbol when access.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != access:
                    // A method group (delegate creation) keeps the vendor's delegate shape.
                    throw new CannotExtractException();
                case IPropertySymbol when IsWritten(access):
                    throw new CannotExtractException();
            }

            var definition = member.OriginalDefinition;
            if (!plan.Members.Any(m => SymbolEqualityComparer.Default.Equals(m, definition)))
            {
                plan.Members.Add(definition);
            }

            plan.Covered.Add((document.Id, name.Span));
        }

        private static bool IsWritten(ExpressionSyntax access) => access.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == access,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
    }

    /// <summary>Thrown inside planning when a shape of code cannot be moved behind an interface safely; the fix is then not offered.</summary>
    internal sealed class CannotExtractException : Exception
    {
    }
}
