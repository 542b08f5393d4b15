using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Migrations
{
    /// <summary>
    /// A C# expression with placeholders (<c>$r.Content[0].Text</c>), matched structurally against syntax: a placeholder
    /// in expression position matches any expression, in a declaration (lambda parameter, <c>out var $t</c>) any
    /// identifier, and the same placeholder must match the same text everywhere. Trivia is ignored.
    /// </summary>
    internal sealed class SyntaxTemplate
    {
        private const string Prefix = "__lockin_";

        /// <summary>The binding key of <c>$r</c>, the result expression a pattern is anchored on.</summary>
        public const string ResultPlaceholder = Prefix + "r";

        private SyntaxTemplate(ExpressionSyntax pattern)
        {
            Pattern = pattern;
        }

        public ExpressionSyntax Pattern { get; }

        public static SyntaxTemplate Parse(string text) =>
            new SyntaxTemplate(SyntaxFactory.ParseExpression(text.Replace("$", Prefix)));

        /// <summary>Matches <paramref name="node"/>; <paramref name="bindings"/> maps placeholder names to the nodes or tokens they matched.</summary>
        public bool Match(SyntaxNode node, out Dictionary<string, SyntaxNodeOrToken> bindings)
        {
            bindings = new Dictionary<string, SyntaxNodeOrToken>(StringComparer.Ordinal);
            return Match(Pattern, node, bindings);
        }

        /// <summary>The template's root kind, to skip candidates cheaply.</summary>
        public SyntaxKind Kind => Pattern.Kind();

        /// <summary>Builds <paramref name="text"/> with placeholders replaced by the bound nodes (kept as they are, trivia included).</summary>
        public static ExpressionSyntax Instantiate(string text, IReadOnlyDictionary<string, SyntaxNodeOrToken> bindings)
        {
            var expression = SyntaxFactory.ParseExpression(text.Replace("$", Prefix));
            var placeholders = expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(i => IsPlaceholder(i.Identifier)).ToList();
            return expression.ReplaceNodes(placeholders, (original, _) =>
            {
                var name = original.Identifier.ValueText;
                if (!bindings.TryGetValue(name, out var bound))
                {
                    throw new InvalidOperationException("Unbound placeholder " + name);
                }

                return bound.IsNode
                    ? ((ExpressionSyntax)bound.AsNode()!).WithoutTrivia()
                    : SyntaxFactory.IdentifierName(bound.AsToken().WithoutTrivia());
            });
        }

        private static bool IsPlaceholder(SyntaxToken token) => token.ValueText.StartsWith(Prefix, StringComparison.Ordinal);

        private static bool Match(SyntaxNode pattern, SyntaxNode node, Dictionary<string, SyntaxNodeOrToken> bindings)
        {
            if (pattern is IdentifierNameSyntax placeholder && IsPlaceholder(placeholder.Identifier) && node is ExpressionSyntax)
            {
                return Bind(placeholder.Identifier.ValueText, node, bindings);
            }

            if (pattern.RawKind != node.RawKind)
            {
                return false;
            }

            var patternChildren = pattern.ChildNodesAndTokens();
            var nodeChildren = node.ChildNodesAndTokens();
            if (patternChildren.Count != nodeChildren.Count)
            {
                return false;
            }

            for (var i = 0; i < patternChildren.Count; i++)
            {
                var p = patternChildren[i];
                var n = nodeChildren[i];
                if (p.IsNode != n.IsNode)
                {
                    return false;
                }

                if (p.IsNode)
                {
                    if (!Match(p.AsNode()!, n.AsNode()!, bindings))
                    {
                        return false;
                    }
                }
                else
                {
                    var pt = p.AsToken();
                    var nt = n.AsToken();
                    if (pt.RawKind != nt.RawKind)
                    {
                        return false;
                    }

                    if (pt.IsKind(SyntaxKind.IdentifierToken) && IsPlaceholder(pt))
                    {
                        if (!Bind(pt.ValueText, nt, bindings))
                        {
                            return false;
                        }
                    }
                    else if (pt.ValueText != nt.ValueText)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool Bind(string name, SyntaxNodeOrToken value, Dictionary<string, SyntaxNodeOrToken> bindings)
        {
            if (bindings.TryGetValue(name, out var existing))
            {
                var existingText = existing.IsNode ? existing.AsNode()!.WithoutTrivia().ToString() : existing.AsToken().ValueText;
                var valueText = value.IsNode ? value.AsNode()!.WithoutTrivia().ToString() : value.AsToken().ValueText;
                return existingText == valueText;
            }

            bindings[name] = value;
            return true;
        }
    }
}
