using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>One replacement of an original node, computed from the node as it is once the edits inside it are done.</summary>
    internal sealed class SyntaxEdit
    {
        public SyntaxEdit(DocumentId document, SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace)
        {
            Document = document;
            Node = node;
            Replace = replace;
        }

        public DocumentId Document { get; }

        public SyntaxNode Node { get; }

        public Func<SyntaxNode, SyntaxNode> Replace { get; }
    }

    /// <summary>
    /// Applies edits to a syntax tree innermost first: each replacement sees its node with the inner edits already done,
    /// and reuses the inner nodes, so nested rewrites (a call inside a result pattern inside a declaration) compose.
    /// </summary>
    internal static class SyntaxEdits
    {
        private const string TrackKind = "LockIn.Track";
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, SyntaxAnnotation> Annotations = new System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, SyntaxAnnotation>();

        /// <summary>The annotation that follows <paramref name="original"/> through the edits.</summary>
        public static SyntaxAnnotation Track(SyntaxNode original) => Annotations.GetValue(original, _ => new SyntaxAnnotation(TrackKind));

        /// <summary>
        /// In <paramref name="current"/> (a rewritten copy of an ancestor), the node now standing where <paramref name="original"/> stood:
        /// the original itself, or what an inner edit replaced it with.
        /// </summary>
        public static SyntaxNode Find(SyntaxNode current, SyntaxNode original) =>
            current.GetAnnotatedNodes(Track(original)).FirstOrDefault()
            ?? throw new InvalidOperationException("A rewrite lost track of '" + original + "'.");

        public static SyntaxNode Apply(SyntaxNode root, IEnumerable<SyntaxEdit> edits, IEnumerable<SyntaxNode> tracked)
        {
            var ordered = edits
                .GroupBy(e => e.Node)
                .Select(g => (Node: g.Key, Edits: g.ToList()))
                .OrderBy(e => e.Node.Span.Length)
                .ThenByDescending(e => e.Node.SpanStart)
                .ToList();
            var all = new HashSet<SyntaxNode>(ordered.Select(e => e.Node).Concat(tracked).Where(n => n.SyntaxTree == root.SyntaxTree));
            var current = root.ReplaceNodes(all, (original, rewritten) => rewritten.WithAdditionalAnnotations(Track(original)));
            foreach (var (node, list) in ordered)
            {
                var target = current.GetAnnotatedNodes(Track(node)).FirstOrDefault();
                if (target == null)
                {
                    continue;
                }

                var replacement = target;
                foreach (var edit in list)
                {
                    replacement = edit.Replace(replacement);
                }

                var keep = target.GetAnnotations(TrackKind).Where(a => !replacement.HasAnnotation(a)).ToArray();
                current = current.ReplaceNode(target, replacement.WithAdditionalAnnotations(keep));
            }

            return current;
        }

        /// <summary>Parses a C# type written with full names and marks it for the simplifier: names get <c>global::</c> so they bind anywhere.</summary>
        public static TypeSyntax Type(string fullName) =>
            SyntaxFactory.ParseTypeName(Globalize(fullName)).WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>An expression written with full names (<c>Microsoft.Extensions.AI.ChatRole.User</c>), marked for the simplifier.</summary>
        public static ExpressionSyntax Expression(string text) =>
            SyntaxFactory.ParseExpression(Globalize(text)).WithAdditionalAnnotations(Simplifier.Annotation);

        private static readonly Regex DottedName = new Regex(@"(?<![\w.:])([A-Z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)", RegexOptions.CultureInvariant);

        internal static string Globalize(string text) => DottedName.Replace(text, "global::$1");

        /// <summary>Adds <c>using ns;</c> to a compilation unit that does not have it (sorted with System first, like the IDE).</summary>
        public static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string @namespace)
        {
            if (unit.Usings.Any(u => u.Alias == null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == @namespace)
                || unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Alias == null && u.Name?.ToString() == @namespace)))
            {
                return unit;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(@namespace)).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
            var usings = unit.Usings;
            if (usings.Count == 0)
            {
                // Keep the file banner (the first token's leading trivia) above the new using.
                var firstToken = unit.GetFirstToken(includeZeroWidth: true);
                var banner = firstToken.LeadingTrivia;
                var newUnit = unit.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(SyntaxFactory.TriviaList()));
                return newUnit.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(banner).WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n"))));
            }

            var index = 0;
            var isSystem = @namespace == "System" || @namespace.StartsWith("System.", StringComparison.Ordinal);
            while (index < usings.Count)
            {
                var existing = usings[index];
                var name = existing.Name?.ToString() ?? string.Empty;
                var existingIsSystem = name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
                if (existing.Alias != null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || !existing.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    break;
                }

                if (isSystem && !existingIsSystem)
                {
                    break;
                }

                if (isSystem == existingIsSystem && string.CompareOrdinal(name, @namespace) > 0)
                {
                    break;
                }

                index++;
            }

            if (index == 0)
            {
                // Take over the first using's leading trivia (banner), give the old first using none.
                var first = usings[0];
                var moved = directive.WithLeadingTrivia(first.GetLeadingTrivia());
                usings = usings.Replace(first, first.WithLeadingTrivia(SyntaxFactory.TriviaList())).Insert(0, moved);
            }
            else
            {
                usings = usings.Insert(index, directive);
            }

            return unit.WithUsings(usings);
        }
    }
}
