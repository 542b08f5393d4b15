using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// What the structural fixes need to know about the callers of a method or constructor whose parameter they retype:
    /// the argument each call site passes, and whether the member is bound by a contract the fix cannot change.
    /// </summary>
    internal static class CallSites
    {
        /// <summary>
        /// The expression a call site passes for <paramref name="parameter"/>: <paramref name="reference"/> is a reference
        /// to <paramref name="method"/> found by <c>SymbolFinder</c> (a call, a <c>new</c>, a constructor initializer or a
        /// primary constructor base call). False when the site cannot be rewritten (a method group, a <c>ref</c> argument,
        /// a <c>params</c> expansion); true with a null argument when the site passes nothing (the default value is used).
        /// </summary>
        public static bool TryGetArgument(SyntaxNode reference, IMethodSymbol method, IParameterSymbol parameter, SemanticModel model, CancellationToken cancellationToken, out ExpressionSyntax? argument)
        {
            argument = null;
            IOperation? operation = null;
            for (var current = reference; current != null && operation == null; current = current.Parent)
            {
                var candidate = model.GetOperation(current, cancellationToken);
                switch (candidate)
                {
                    case IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition):
                    case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, method.OriginalDefinition):
                        operation = candidate;
                        break;
                    case IMethodReferenceOperation:
                        return false;
                }

                if (current is StatementSyntax || current is MemberDeclarationSyntax)
                {
                    break;
                }
            }

            if (operation == null)
            {
                // A constructor initializer (: this(...), : base(...)) or a primary constructor base call.
                var initializer = reference.AncestorsAndSelf().FirstOrDefault(n => n is ConstructorInitializerSyntax || n is PrimaryConstructorBaseTypeSyntax);
                operation = initializer == null ? null : model.GetOperation(initializer, cancellationToken) as IInvocationOperation;
                if (operation == null)
                {
                    return false;
                }
            }

            var arguments = operation is IInvocationOperation call ? call.Arguments : ((IObjectCreationOperation)operation).Arguments;
            var passed = arguments.FirstOrDefault(a => a.Parameter != null && a.Parameter.Ordinal == parameter.Ordinal);
            if (passed == null || passed.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return true;
            }

            if (passed.ArgumentKind != ArgumentKind.Explicit || passed.Syntax is not ArgumentSyntax { RefKindKeyword.RawKind: 0 } syntax)
            {
                return false;
            }

            argument = syntax.Expression;
            return true;
        }

        /// <summary>Whether <paramref name="member"/> implements a member of an interface of its type (its signature is that contract's).</summary>
        public static bool ImplementsInterface(ISymbol member)
        {
            var containing = member.ContainingType;
            return containing != null && containing.AllInterfaces
                .SelectMany(i => i.GetMembers(member.Name))
                .Any(m => SymbolEqualityComparer.Default.Equals(containing.FindImplementationForInterfaceMember(m), member));
        }
    }
}
