using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// Writes the short form of the names a fix generated fully qualified (<c>global::Microsoft.Extensions.AI.IChatClient</c>
    /// → <c>IChatClient</c>) wherever the short form provably binds to the same symbol, and takes them out of the
    /// simplifier's work. Roslyn's simplifier, which the code action runs afterwards, speculatively re-binds (and
    /// nullable-analyses) the enclosing member for every annotated node, several times per reducer; over a Fix All of
    /// hundreds of types that was most of the fix's time. Here each name is bound once at the enclosing type's scope. The
    /// result is the one the simplifier gives for these shapes: the simplest name that binds the same. Anything this class
    /// is not sure about keeps its annotation and is left to the simplifier.
    /// </summary>
    internal static class NameShortener
    {
        /// <summary>
        /// Names the simplifier would not leave as they are even when they bind the same: predefined types it turns into
        /// keywords (<c>String</c> → <c>string</c>) and <c>Nullable&lt;T&gt;</c> (→ <c>T?</c>).
        /// </summary>
        private static readonly HashSet<string> KeywordTypeNames = new HashSet<string>
        {
            "Boolean", "Byte", "SByte", "Char", "Decimal", "Double", "Single", "Int16", "UInt16", "Int32", "UInt32",
            "Int64", "UInt64", "IntPtr", "UIntPtr", "Object", "String", "Void", "Nullable",
        };

        public static async Task<Solution> ShortenAsync(Solution solution, IEnumerable<DocumentId> documents, CancellationToken cancellationToken)
        {
            var projectsWithGlobalAliases = new Dictionary<ProjectId, bool>();
            foreach (var id in documents.Distinct())
            {
                var document = solution.GetDocument(id);
                if (document == null || !document.SupportsSemanticModel)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root == null || !root.GetAnnotatedNodes(Simplifier.Annotation).Any())
                {
                    continue;
                }

                if (!projectsWithGlobalAliases.TryGetValue(document.Project.Id, out var globalAliases))
                {
                    globalAliases = await HasGlobalAliasOrStaticUsingAsync(document.Project, cancellationToken).ConfigureAwait(false);
                    projectsWithGlobalAliases[document.Project.Id] = globalAliases;
                }

                // An alias or a `using static` can give the simplifier a different (shorter) spelling; leave those files to it.
                if (globalAliases || HasAliasOrStaticUsing(root))
                {
                    continue;
                }

                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                if (model == null)
                {
                    continue;
                }

                var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
                var verdicts = new Dictionary<(int, string), bool>();
                foreach (var node in root.GetAnnotatedNodes(Simplifier.Annotation))
                {
                    if (node.HasAnnotation(Simplifier.AddImportsAnnotation))
                    {
                        continue;
                    }

                    var shortened = node switch
                    {
                        TypeSyntax type when type is QualifiedNameSyntax || type is AliasQualifiedNameSyntax || type is GenericNameSyntax => ShortenType(model, type, verdicts),
                        MemberAccessExpressionSyntax access => ShortenMemberAccess(model, access, verdicts),
                        _ => null,
                    };
                    if (shortened != null)
                    {
                        replacements[node] = shortened;
                    }
                }

                if (replacements.Count > 0)
                {
                    solution = solution.WithDocumentSyntaxRoot(id, root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
                }
            }

            return solution;
        }

        /// <summary>A generated type name, with every <c>global::</c> qualified name in it reduced to its last part; null when that binds differently.</summary>
        private static SyntaxNode? ShortenType(SemanticModel model, TypeSyntax type, Dictionary<(int, string), bool> verdicts)
        {
            if (type.DescendantNodesAndSelf().Any(n => n != type && n.HasAnnotation(Simplifier.Annotation)))
            {
                return null;
            }

            var candidate = (TypeSyntax)new GlobalNameRemover().Visit(type.WithoutTrivia());
            if (!IsPlain(candidate))
            {
                return null;
            }

            if (TypeScopePosition(type, candidate) is not { } position)
            {
                return null;
            }

            var key = (position, type.ToString());
            if (!verdicts.TryGetValue(key, out var same))
            {
                var expected = model.GetSpeculativeTypeInfo(position, type.WithoutTrivia(), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
                var actual = model.GetSpeculativeTypeInfo(position, candidate, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
                same = expected != null && expected.TypeKind != TypeKind.Error && SymbolEqualityComparer.Default.Equals(expected, actual);
                verdicts[key] = same;
            }

            if (!same)
            {
                return null;
            }

            return WithAnnotationsOf(candidate.WithTriviaFrom(type), type);
        }

        /// <summary><c>global::Microsoft.Extensions.AI.ChatRole.User</c> → <c>ChatRole.User</c> when that binds to the same member.</summary>
        private static SyntaxNode? ShortenMemberAccess(SemanticModel model, MemberAccessExpressionSyntax access, Dictionary<(int, string), bool> verdicts)
        {
            if (access.DescendantNodes().Any(n => n.HasAnnotation(Simplifier.Annotation)) || !IsGlobalChain(access.Expression))
            {
                return null;
            }

            var typeName = LastName(access.Expression);
            if (typeName == null)
            {
                return null;
            }

            // The parsed dot and member name are kept, so no elastic trivia is added for the formatter.
            var candidate = access.WithoutTrivia().WithExpression(typeName.WithoutTrivia());
            if (!IsPlain(candidate))
            {
                return null;
            }

            if (TypeScopePosition(access, candidate) is not { } position)
            {
                return null;
            }

            var key = (position, access.ToString());
            if (!verdicts.TryGetValue(key, out var same))
            {
                var expected = model.GetSpeculativeSymbolInfo(position, access.WithoutTrivia(), SpeculativeBindingOption.BindAsExpression).Symbol;
                var actual = model.GetSpeculativeSymbolInfo(position, candidate, SpeculativeBindingOption.BindAsExpression).Symbol;
                var expectedType = model.GetSpeculativeSymbolInfo(position, access.Expression.WithoutTrivia(), SpeculativeBindingOption.BindAsExpression).Symbol;
                var actualType = model.GetSpeculativeSymbolInfo(position, candidate.Expression, SpeculativeBindingOption.BindAsExpression).Symbol;
                same = expected != null && expectedType is INamedTypeSymbol
                    && SymbolEqualityComparer.Default.Equals(expected, actual)
                    && SymbolEqualityComparer.Default.Equals(expectedType, actualType);
                verdicts[key] = same;
            }

            if (!same)
            {
                return null;
            }

            return WithAnnotationsOf(candidate.WithTriviaFrom(access), access);
        }

        /// <summary>
        /// Where to bind the names: just inside the enclosing type's brace, where a name means what it means in the type's
        /// members unless a member declares something of that name (type parameters, parameters, locals, range variables).
        /// Binding there needs no method body: a speculative binding inside a body makes the compiler bind and
        /// nullable-analyse the whole member first. Null when the node is outside a type or a declaration could shadow a name.
        /// </summary>
        private static int? TypeScopePosition(SyntaxNode node, SyntaxNode candidate)
        {
            var type = node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (type == null || type.OpenBraceToken.IsMissing || type.OpenBraceToken.SpanStart >= node.SpanStart)
            {
                return null;
            }

            var names = new HashSet<string>(candidate.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Select(n => n.Identifier.ValueText));
            var member = node.Ancestors().TakeWhile(a => a != type).OfType<MemberDeclarationSyntax>().LastOrDefault();
            var declarations = (member?.DescendantNodesAndSelf() ?? Enumerable.Empty<SyntaxNode>())
                .Concat(type.ChildNodes().OfType<ParameterListSyntax>().SelectMany(list => list.Parameters)); // primary constructor (records; classes and structs on newer Roslyn)
            foreach (var declaration in declarations)
            {
                var declared = declaration switch
                {
                    VariableDeclaratorSyntax variable => variable.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    ForEachStatementSyntax forEach => forEach.Identifier,
                    CatchDeclarationSyntax @catch => @catch.Identifier,
                    LocalFunctionStatementSyntax function => function.Identifier,
                    TypeParameterSyntax typeParameter => typeParameter.Identifier,
                    FromClauseSyntax from => from.Identifier,
                    LetClauseSyntax let => let.Identifier,
                    JoinClauseSyntax join => join.Identifier,
                    JoinIntoClauseSyntax into => into.Identifier,
                    QueryContinuationSyntax continuation => continuation.Identifier,
                    _ => default,
                };
                if (names.Contains(declared.ValueText))
                {
                    return null;
                }
            }

            return type.OpenBraceToken.Span.End;
        }

        /// <summary>Only simple names, generic names and keywords are left, none of which the simplifier would spell differently.</summary>
        private static bool IsPlain(SyntaxNode candidate) =>
            !candidate.DescendantNodesAndSelf().Any(n =>
                n is QualifiedNameSyntax
                || n is AliasQualifiedNameSyntax
                || n is NullableTypeSyntax
                || (n is SimpleNameSyntax name && KeywordTypeNames.Contains(name.Identifier.ValueText)));

        /// <summary><c>global::A.B.C</c> as an expression: an alias-qualified root followed by member accesses of simple names.</summary>
        private static bool IsGlobalChain(ExpressionSyntax expression)
        {
            while (expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } member)
            {
                expression = member.Expression;
            }

            return expression is AliasQualifiedNameSyntax alias && alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword);
        }

        private static SimpleNameSyntax? LastName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name,
            AliasQualifiedNameSyntax alias => alias.Name,
            _ => null,
        };

        /// <summary>The formatter's annotation carried over (the simplifier's is what this class takes away).</summary>
        private static SyntaxNode WithAnnotationsOf(SyntaxNode candidate, SyntaxNode original) =>
            original.HasAnnotation(Formatter.Annotation)
                ? candidate.WithoutAnnotations(Simplifier.Annotation).WithAdditionalAnnotations(Formatter.Annotation)
                : candidate.WithoutAnnotations(Simplifier.Annotation);

        private static bool HasAliasOrStaticUsing(SyntaxNode root) =>
            root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Any(u => u.Alias != null || !u.StaticKeyword.IsKind(SyntaxKind.None));

        private static async Task<bool> HasGlobalAliasOrStaticUsingAsync(Project project, CancellationToken cancellationToken)
        {
            foreach (var document in project.Documents)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root is CompilationUnitSyntax unit && unit.Usings.Any(u => !u.GlobalKeyword.IsKind(SyntaxKind.None) && (u.Alias != null || !u.StaticKeyword.IsKind(SyntaxKind.None))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Replaces every <c>global::</c> qualified name by its last part (type arguments included).</summary>
        private sealed class GlobalNameRemover : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitQualifiedName(QualifiedNameSyntax node) =>
                IsGlobal(node) ? Visit(node.Right) : base.VisitQualifiedName(node);

            public override SyntaxNode? VisitAliasQualifiedName(AliasQualifiedNameSyntax node) =>
                node.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) ? Visit(node.Name) : base.VisitAliasQualifiedName(node);

            private static bool IsGlobal(QualifiedNameSyntax node)
            {
                NameSyntax left = node;
                while (left is QualifiedNameSyntax qualified)
                {
                    left = qualified.Left;
                }

                return left is AliasQualifiedNameSyntax alias && alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword);
            }
        }
    }
}
