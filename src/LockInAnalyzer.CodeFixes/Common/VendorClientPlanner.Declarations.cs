using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>Finding the clients: the consumer type's fields, properties, parameters and locals of a planned vendor type.</summary>
    internal abstract partial class VendorClientPlanner<TClientType>
    {
        /// <summary>Whether a local of a client type can be retyped where it is declared.</summary>
        protected virtual bool CanRetypeLocal(LocalDeclarationStatementSyntax local) => true;

        /// <summary>Whether a parameter of a client type of a method, constructor or local function can be retyped.</summary>
        protected virtual bool CanRetypeParameter(ParameterSyntax parameter, IParameterSymbol symbol) => true;

        /// <summary>Any other node of the consumer type: throws <see cref="CannotPlanException"/> where it declares something of a client type the planner cannot retype.</summary>
        protected virtual void CheckOtherDeclaration(SyntaxNode node)
        {
        }

        private void CollectClients()
        {
            foreach (var node in ConsumerType.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclarationSyntax declaration when declaration.Parent is FieldDeclarationSyntax || declaration.Parent is LocalDeclarationStatementSyntax:
                        foreach (var variable in declaration.Variables)
                        {
                            if (Model.GetDeclaredSymbol(variable, CancellationToken) is { } declared && TypeOf(declared) is { } declaredType && ClientOf(declaredType) is { } client)
                            {
                                if (declaration.Parent is LocalDeclarationStatementSyntax local && !CanRetypeLocal(local))
                                {
                                    throw new CannotPlanException();
                                }

                                AddClient(declared, client, declaration.Type);
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property:
                        if (Model.GetDeclaredSymbol(property, CancellationToken) is { } propertySymbol && ClientOf(propertySymbol.Type) is { } propertyClient)
                        {
                            AddClient(propertySymbol, propertyClient, property.Type);
                        }

                        break;
                    case ParameterSyntax { Type: { } parameterType } parameter:
                        if (Model.GetDeclaredSymbol(parameter, CancellationToken) is { } parameterSymbol && ClientOf(parameterSymbol.Type) is { } parameterClient)
                        {
                            if (parameter.Parent?.Parent is LambdaExpressionSyntax || parameter.Parent?.Parent is AnonymousMethodExpressionSyntax || parameter.Parent?.Parent is DelegateDeclarationSyntax
                                || !CanRetypeParameter(parameter, parameterSymbol))
                            {
                                // Delegates and lambdas have callers this plan does not follow.
                                throw new CannotPlanException();
                            }

                            AddClient(parameterSymbol, parameterClient, parameterType);
                        }

                        break;
                    default:
                        CheckOtherDeclaration(node);
                        break;
                }
            }
        }

        private void AddClient(ISymbol declared, TClientType clientType, TypeSyntax declaredType)
        {
            clients[declared] = clientType;
            NoteClientType(declaredType);
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            ILocalSymbol local => local.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };
    }
}
