using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// Purely syntactic: can the simple name at this position be a type that LOCK001's type-name pass reports? That pass
    /// binds only names spelled like a vendor type, but vendor SDKs declare types with everyday names (Anthropic 13 has
    /// <c>Name</c>, <c>Status</c>, <c>Result</c>, <c>Data</c>, <c>Content</c>, <c>OrderBy</c> types), so most candidates are
    /// members or values in positions where C# cannot mean a type. Deciding that without binding is most of LOCK001's
    /// speed. Members skipped here are still seen by the member-use (operation) pass.
    /// </summary>
    internal static class TypeNamePosition
    {
        /// <summary>
        /// The whole name a simple name ends: <c>OpenAI.Chat.ChatClient</c> for its last part (qualified, alias-qualified or
        /// written in expression form as a member access); the name itself otherwise.
        /// </summary>
        public static ExpressionSyntax WholeName(SimpleNameSyntax name)
        {
            ExpressionSyntax whole = name;
            while (true)
            {
                switch (whole.Parent)
                {
                    case QualifiedNameSyntax qualified when qualified.Right == whole:
                        whole = qualified;
                        continue;
                    case AliasQualifiedNameSyntax aliasQualified when aliasQualified.Name == whole:
                        whole = aliasQualified;
                        continue;
                    case MemberAccessExpressionSyntax access when access.Name == whole:
                        whole = access;
                        continue;
                    default:
                        return whole;
                }
            }
        }

        /// <summary>False only where the (qualified) name cannot be a type the type-name pass reports; true (bind and see) elsewhere.</summary>
        public static bool MayNameAType(SimpleNameSyntax name)
        {
            var whole = WholeName(name);

            // Declarations, new, typeof, casts, generic arguments, base lists, attributes, is/as, declaration and
            // recursive patterns, using directives: the compiler's own list of positions where only a type or namespace fits.
            if (SyntaxFacts.IsInNamespaceOrTypeContext(whole))
            {
                return true;
            }

            // Expression positions the binder may still read as a type. Everywhere else (arguments, assignments,
            // initializer members, invocations, `x.Member`) a type is not a value; the receiver of a static member
            // (`ChatClient.Create()`) is reported by the member-use pass.
            switch (whole.Parent)
            {
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } }:
                case ConstantPatternSyntax:
                case TypePatternSyntax:
                case CaseSwitchLabelSyntax:
                    return true;
                case BinaryExpressionSyntax binary:
                    return binary.Right == whole && (binary.IsKind(SyntaxKind.IsExpression) || binary.IsKind(SyntaxKind.AsExpression));
                case ParenthesizedExpressionSyntax parenthesized:
                    return IsPatternValue(parenthesized);
                default:
                    return false;
            }
        }

        /// <summary>
        /// <c>o is (ChatClient)</c>, <c>case (ChatClient):</c>, <c>(ChatClient) or (ChatCompletion) =&gt; ...</c>: the parser reads a
        /// parenthesized name in a pattern or case label as a constant over a parenthesized expression, and the binder still
        /// takes it as a type pattern. Only there: elsewhere a parenthesized name is a value (<c>x = (Status)</c>,
        /// <c>Describe((Content))</c>) or an error (<c>nameof((ChatClient))</c>).
        /// </summary>
        private static bool IsPatternValue(ParenthesizedExpressionSyntax parenthesized)
        {
            ExpressionSyntax outermost = parenthesized;
            while (outermost.Parent is ParenthesizedExpressionSyntax enclosing)
            {
                outermost = enclosing;
            }

            return outermost.Parent is ConstantPatternSyntax or CaseSwitchLabelSyntax;
        }
    }
}
