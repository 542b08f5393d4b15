using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>Planning the uses of a client inside the consumer type: what may be done with it once it is retyped.</summary>
    internal abstract partial class VendorClientPlanner<TClientType>
    {
        /// <summary><c>client.Member</c> (<paramref name="access"/>, with <paramref name="receiver"/> the client or <c>this.client</c>): planned, or throws <see cref="CannotPlanException"/>.</summary>
        protected abstract void PlanMemberAccess(ExpressionSyntax receiver, MemberAccessExpressionSyntax access, TClientType clientType);

        /// <summary>A use the shared rules do not allow (<paramref name="expression"/> is the client or <c>this.client</c>): whether the planner allows (and has planned) it.</summary>
        protected virtual bool PlanOtherUse(ExpressionSyntax expression) => false;

        /// <summary>A client passed by value as an argument: by default only to another client parameter.</summary>
        protected virtual bool AcceptsArgument(IArgumentOperation argument) =>
            argument.Parameter is { } parameter && clients.ContainsKey(parameter);

        /// <summary>One reference to a client inside the type.</summary>
        private void PlanUse(IdentifierNameSyntax identifier, TClientType clientType)
        {
            ExpressionSyntax expression = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess && thisAccess.Name == identifier)
            {
                expression = thisAccess;
            }

            switch (expression.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == expression:
                    PlanMemberAccess(expression, access, clientType);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    PlanValue(assignment.Right, clientType, Document, Model);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    RequireClient(assignment.Left);
                    return;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == expression && coalesce.Right is ThrowExpressionSyntax:
                    return;
                case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    if (IsNameOf(argument) || (Model.GetOperation(argument, CancellationToken) is IArgumentOperation operation && AcceptsArgument(operation)))
                    {
                        return;
                    }

                    throw new CannotPlanException();
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsClient(property):
                    return;
                case ReturnStatementSyntax when expression.FirstAncestorOrSelf<AccessorDeclarationSyntax>()?.Parent?.Parent is PropertyDeclarationSyntax getter && IsClient(getter):
                    return;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when Model.GetDeclaredSymbol(declarator, CancellationToken) is { } target && clients.ContainsKey(target):
                    return;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsClient(property):
                    return;
                case ExpressionStatementSyntax:
                    return;
            }

            if (!PlanOtherUse(expression))
            {
                throw new CannotPlanException();
            }
        }

        private static bool IsNameOf(ArgumentSyntax argument) =>
            argument.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

        private bool IsClient(PropertyDeclarationSyntax property) =>
            Model.GetDeclaredSymbol(property, CancellationToken) is { } symbol && clients.ContainsKey(symbol);

        /// <summary>The target of an assignment from a client must be a client too.</summary>
        private void RequireClient(ExpressionSyntax target)
        {
            if (Model.GetSymbolInfo(target, CancellationToken).Symbol is not { } symbol || !clients.ContainsKey(symbol))
            {
                throw new CannotPlanException();
            }
        }
    }
}
