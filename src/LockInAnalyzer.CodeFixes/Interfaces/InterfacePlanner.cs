using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
    internal sealed class InterfacePlanner : VendorClientPlanner<INamedTypeSymbol>
    {
        private readonly INamedTypeSymbol vendorType;
        private readonly InterfacePlan plan;

        private InterfacePlanner(Solution solution, Document document, SemanticModel model, TypeDeclarationSyntax type, INamedTypeSymbol vendorType, string vendorName, VendorSymbolIndex index, CancellationToken cancellationToken)
            : base(solution, document, model, type, index, cancellationToken)
        {
            this.vendorType = vendorType;
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
            return await planner.TryBuildAsync().ConfigureAwait(false) ? planner.plan : null;
        }

        /// <summary>Only declarations of exactly the vendor type are retyped (the interface stands for that one type).</summary>
        protected override INamedTypeSymbol? ClientOf(ITypeSymbol type) => IsVendorType(type) ? vendorType : null;

        /// <summary>The written type becomes the interface (a <c>T?</c> keeps its <c>?</c>; <c>var</c> follows by itself).</summary>
        protected override void NoteClientType(TypeSyntax declaredType)
        {
            if (declaredType.IsVar)
            {
                return;
            }

            var target = declaredType is NullableTypeSyntax nullable ? nullable.ElementType : declaredType;
            if (!plan.Retypes.Any(r => r.Type == target))
            {
                plan.Retypes.Add((Document.Id, target));
                plan.Covered.Add((Document.Id, declaredType.Span));
            }
        }

        /// <summary>A <c>using</c> local would need the interface to be disposable; a constant cannot have it as its type.</summary>
        protected override bool CanRetypeLocal(LocalDeclarationStatementSyntax local) =>
            local.UsingKeyword.RawKind == 0 && !local.IsConst;

        /// <summary>A record's primary constructor parameter is also a public property; a ref parameter's value flows back out to callers.</summary>
        protected override bool CanRetypeParameter(ParameterSyntax parameter, IParameterSymbol symbol) =>
            symbol.RefKind == RefKind.None && parameter.Parent?.Parent is not RecordDeclarationSyntax;

        /// <summary>Loop and pattern variables of the vendor type are declared where they cannot be retyped.</summary>
        protected override void CheckOtherDeclaration(SyntaxNode node)
        {
            switch (node)
            {
                case ForEachStatementSyntax forEach when Model.GetDeclaredSymbol(forEach, CancellationToken) is { } loopVariable && IsVendorType(loopVariable.Type):
                    throw new CannotPlanException();
                case SingleVariableDesignationSyntax designation when Model.GetDeclaredSymbol(designation, CancellationToken) is ILocalSymbol patternLocal && IsVendorType(patternLocal.Type):
                    // out var / pattern variables: their value comes from vendor-typed code this fix does not rewrite.
                    throw new CannotPlanException();
            }
        }

        /// <summary>A settable non-private property takes values from code this plan does not see.</summary>
        protected override bool CanRetypeMember(ISymbol fieldOrProperty) =>
            !(fieldOrProperty is IPropertySymbol { SetMethod: { } } && fieldOrProperty.DeclaredAccessibility != Accessibility.Private);

        /// <summary>Only getters supply the property's value.</summary>
        protected override bool SuppliesValue(AccessorDeclarationSyntax accessor) => accessor.IsKind(SyntaxKind.GetAccessorDeclaration);

        /// <summary>A null default passes no vendor object, so callers that leave it out need no wrapping.</summary>
        protected override bool AcceptsDefaultValue(ExpressionSyntax value) =>
            value is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression));

        protected override bool CompletePlan()
        {
            plan.Clients.UnionWith(Clients.Keys);
            return plan.Retypes.Count > 0 || plan.Creations.Count > 0;
        }

        private bool IsVendorType(ITypeSymbol? candidate) => SymbolEqualityComparer.Default.Equals(candidate, vendorType);

        /// <summary>A creation of the vendor type is forwarded by the adapter; any other vendor value is wrapped in it.</summary>
        protected override void PlanVendorValue(ExpressionSyntax value, ISymbol? symbol, INamedTypeSymbol clientType, Document valueDocument, SemanticModel valueModel)
        {
            var inAdapter = IsInAdapter(value, valueDocument, valueModel);
            if (value is BaseObjectCreationExpressionSyntax { Initializer: null } creation
                && !inAdapter
                && valueModel.GetOperation(creation, CancellationToken) is IObjectCreationOperation { Constructor: { } constructor }
                && constructor.DeclaredAccessibility == Accessibility.Public
                && constructor.Parameters.All(p => p.RefKind == RefKind.None && VendorIndex.FindVendorTypeWithin(p.Type) == null))
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
                throw new CannotPlanException();
            }

            plan.Wraps.Add((valueDocument.Id, value, symbol));
        }

        protected override void PlanMemberAccess(ExpressionSyntax receiver, MemberAccessExpressionSyntax access, INamedTypeSymbol clientType) =>
            PlanMemberUse(access, access.Name);

        protected override bool PlanOtherUse(ExpressionSyntax expression)
        {
            switch (expression.Parent)
            {
                case ConditionalAccessExpressionSyntax conditional when conditional.Expression == expression:
                    // client?.Member: the member is bound on the leftmost `.Member` of the part after `?`.
                    var binding = conditional.WhenNotNull.DescendantNodesAndSelf().OfType<MemberBindingExpressionSyntax>().FirstOrDefault() ?? throw new CannotPlanException();
                    PlanMemberUse(binding, binding.Name);
                    return true;
                case BinaryExpressionSyntax comparison when (comparison.IsKind(SyntaxKind.EqualsExpression) || comparison.IsKind(SyntaxKind.NotEqualsExpression)) && IsNull(comparison.Left == expression ? comparison.Right : comparison.Left):
                    return true;
                case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } when IsNull(constant):
                    return true;
                case IsPatternExpressionSyntax { Pattern: UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: var negated } } } when IsNull(negated):
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Besides another client parameter, a client may be handed to another consumer's vendor-typed parameter.</summary>
        protected override bool AcceptsArgument(IArgumentOperation argument)
        {
            if (argument is not { Parameter: { } parameter, ArgumentKind: ArgumentKind.Explicit })
            {
                return false;
            }

            if (Clients.ContainsKey(parameter))
            {
                return true;
            }

            if (IsHandoff(parameter))
            {
                // Another consumer's parameter: fine when that consumer is retyped in the same batch.
                plan.Handoffs.Add(parameter.OriginalDefinition);
                return true;
            }

            return false;
        }

        /// <summary>A parameter of exactly the vendor type on a non-virtual method or constructor of another type in this project's source.</summary>
        private bool IsHandoff(IParameterSymbol parameter) =>
            IsVendorType(parameter.Type)
            && parameter.RefKind == RefKind.None
            && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary, IsVirtual: false, IsOverride: false, IsAbstract: false } method
            && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, Model.Compilation.Assembly)
            && method.ContainingType != null
            && !method.ContainingType.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == ConsumerType.SyntaxTree && ConsumerType.Span.Contains(r.Span));

        private static bool IsNull(ExpressionSyntax expression) => expression.IsKind(SyntaxKind.NullLiteralExpression);

        /// <summary>
        /// <c>client.Member</c>, <c>client.Method(...)</c> or their <c>?.</c> forms (<paramref name="access"/> is the member
        /// access or binding): the member goes on the interface when its signature is vendor-free.
        /// </summary>
        private void PlanMemberUse(ExpressionSyntax access, SimpleNameSyntax name)
        {
            var member = Model.GetSymbolInfo(name, CancellationToken).Symbol;
            if (member == null)
            {
                throw new CannotPlanException();
            }

            if (PortMembers.IsObjectMember(member))
            {
                return;
            }

            if (member is IMethodSymbol { ReducedFrom: not null } || !PortMembers.IsRepresentable(member, VendorIndex))
            {
                // Extension methods need the vendor type; vendor types in the signature would leak through the interface.
                throw new CannotPlanException();
            }

            switch (member)
            {
                case IMethodSymbol when access.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != access:
                    // A method group (delegate creation) keeps the vendor's delegate shape.
                    throw new CannotPlanException();
                case IPropertySymbol when IsWritten(access):
                    throw new CannotPlanException();
            }

            var definition = member.OriginalDefinition;
            if (!plan.Members.Any(m => SymbolEqualityComparer.Default.Equals(m, definition)))
            {
                plan.Members.Add(definition);
            }

            plan.Covered.Add((Document.Id, name.Span));
        }

        private static bool IsWritten(ExpressionSyntax access) => access.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == access,
            PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => true,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            _ => false,
        };
    }
}
