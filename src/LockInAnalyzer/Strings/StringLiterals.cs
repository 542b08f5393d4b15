using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.Strings
{
    /// <summary>The constant text the string analyzers look at: a literal's value, or the leading text of an interpolated string.</summary>
    public static class StringLiterals
    {
        public static readonly SyntaxKind[] Kinds = { SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression };

        /// <summary>The text and the node to report on; null for strings with no leading constant text.</summary>
        public static string? LeadingText(SyntaxNode node) => node switch
        {
            LiteralExpressionSyntax literal => literal.Token.ValueText,
            InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.Count > 0 && interpolated.Contents[0] is InterpolatedStringTextSyntax text => text.TextToken.ValueText,
            _ => null,
        };
    }
}
