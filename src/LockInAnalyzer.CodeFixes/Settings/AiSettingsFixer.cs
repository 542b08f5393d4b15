using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Strings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Settings
{
    /// <summary>What a settings member holds.</summary>
    internal enum SettingKind
    {
        ModelId,
        Endpoint,
    }

    /// <summary>
    /// Moves hard-coded model ids (LOCK003) and endpoints (LOCK004) into one options class per project, <c>AiSettings</c>:
    /// a property per distinct value whose default is the former literal, and a static <c>Current</c> instance that
    /// configuration binding replaces or fills at startup. The literal becomes <c>AiSettings.Current.OpenAIChatModel</c>.
    /// Equal values share one property; the class is created once and extended afterwards.
    /// </summary>
    internal sealed class AiSettingsFixer : IBatchFixer
    {
        public const string ClassName = "AiSettings";
        public const string InstanceName = "Current";
        public const string SectionConstantName = "SectionName";

        private readonly SettingKind kind;

        public AiSettingsFixer(SettingKind kind)
        {
            this.kind = kind;
        }

        /// <summary>The literal a diagnostic points at, when the fix can replace it there.</summary>
        public static async Task<ExpressionSyntax?> FixableLiteralAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var literal = node.AncestorsAndSelf().OfType<ExpressionSyntax>()
                .FirstOrDefault(e => e.Span == diagnostic.Location.SourceSpan && (e is LiteralExpressionSyntax || e is InterpolatedStringExpressionSyntax));
            if (literal == null || StringLiterals.LeadingText(literal) == null || !CanReadSettingsAt(literal))
            {
                return null;
            }

            if (literal is InterpolatedStringExpressionSyntax interpolated && interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken))
            {
                return null;
            }

            return literal;
        }

        /// <summary>
        /// A property read is not a constant: not offered in const declarations, attribute arguments, default parameter
        /// values, case labels and patterns, nor inside the settings class itself (it is the named place).
        /// </summary>
        private static bool CanReadSettingsAt(SyntaxNode literal)
        {
            foreach (var ancestor in literal.Ancestors())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax:
                    case AttributeSyntax:
                    case CaseSwitchLabelSyntax:
                    case PatternSyntax:
                        return false;
                    case EqualsValueClauseSyntax { Parent: ParameterSyntax }:
                        return false;
                    case LocalDeclarationStatementSyntax local when local.IsConst:
                        return false;
                    case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        return false;
                    case EnumMemberDeclarationSyntax:
                        return false;
                    case ClassDeclarationSyntax type when type.Identifier.ValueText == ClassName && HasCurrentMember(type):
                        return false;
                }
            }

            return true;
        }

        private static bool HasCurrentMember(TypeDeclarationSyntax type) =>
            type.Members.OfType<PropertyDeclarationSyntax>().Any(p => p.Identifier.ValueText == InstanceName && p.Modifiers.Any(SyntaxKind.StaticKeyword));

        public async Task<Solution?> FixAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
        {
            var excluded = new HashSet<DocumentId>();
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var fixedSolution = await FixOnceAsync(solution, diagnostics.Where(d => !excluded.Contains(d.Document)).ToImmutableArray(), cancellationToken).ConfigureAwait(false);
                if (fixedSolution == null)
                {
                    return null;
                }

                var broken = await CompileCheck.NewErrorsAsync(solution, fixedSolution, cancellationToken).ConfigureAwait(false);
                if (broken.Count == 0)
                {
                    return fixedSolution;
                }

                excluded.UnionWith(broken);
            }

            return null;
        }

        private async Task<Solution?> FixOnceAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken)
        {
            var literals = new List<(Document Document, ExpressionSyntax Literal, string Value)>();
            foreach (var (documentId, diagnostic) in diagnostics)
            {
                var document = solution.GetDocument(documentId);
                if (document == null)
                {
                    continue;
                }

                var literal = await FixableLiteralAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (literal != null)
                {
                    literals.Add((document, literal, StringLiterals.LeadingText(literal)!));
                }
            }

            if (literals.Count == 0)
            {
                return null;
            }

            var changed = false;
            foreach (var projectGroup in literals.GroupBy(l => l.Document.Project.Id).OrderBy(g => g.Key.Id))
            {
                var project = solution.GetProject(projectGroup.Key)!;
                var target = await SettingsClass.FindOrPlanAsync(project, projectGroup.First().Document, cancellationToken).ConfigureAwait(false);
                var replacements = new Dictionary<DocumentId, List<(ExpressionSyntax Literal, string Member)>>();
                foreach (var item in projectGroup.OrderBy(l => l.Document.FilePath ?? l.Document.Name, StringComparer.Ordinal).ThenBy(l => l.Literal.SpanStart))
                {
                    var member = target.MemberFor(item.Value, BaseName(item.Value));
                    if (!replacements.TryGetValue(item.Document.Id, out var list))
                    {
                        replacements[item.Document.Id] = list = new List<(ExpressionSyntax, string)>();
                    }

                    list.Add((item.Literal, member));
                }

                foreach (var pair in replacements)
                {
                    var document = solution.GetDocument(pair.Key)!;
                    var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var byNode = pair.Value.ToDictionary(r => (SyntaxNode)r.Literal, r => r.Member);
                    var newRoot = root!.ReplaceNodes(byNode.Keys, (original, _) => Replace((ExpressionSyntax)original, target.Access(byNode[original], original)));
                    solution = solution.WithDocumentSyntaxRoot(document.Id, newRoot);
                }

                solution = await target.WriteAsync(solution, cancellationToken).ConfigureAwait(false);
                changed = true;
            }

            return changed ? solution : null;
        }

        private static ExpressionSyntax Replace(ExpressionSyntax literal, ExpressionSyntax access)
        {
            if (literal is InterpolatedStringExpressionSyntax interpolated)
            {
                // $"https://api.openai.com/v1/{path}" → $"{AiSettings.Current.OpenAIEndpoint}{path}"
                var first = interpolated.Contents[0];
                var hole = SyntaxFactory.Interpolation(access.WithoutTrivia());
                return interpolated.WithContents(interpolated.Contents.Replace(first, hole));
            }

            return access.WithTriviaFrom(literal);
        }

        private string BaseName(string value)
        {
            if (kind == SettingKind.Endpoint)
            {
                var host = EndpointHost.Extract(value);
                var vendor = host == null ? null : VendorCatalog.Builtin.FindHost(host);
                return Identifier(vendor?.Name ?? "Ai") + "Endpoint";
            }

            var model = VendorCatalog.Builtin.FindModel(value, inModelContext: true);
            return Identifier(model?.Vendor.Name ?? "Ai") + ModelRole(value) + "Model";
        }

        /// <summary>The purpose of a model, guessed from its id, so two ids of one vendor get telling names.</summary>
        private static string ModelRole(string modelId)
        {
            var id = modelId.ToLowerInvariant();
            if (id.Contains("embed"))
            {
                return "Embedding";
            }

            if (id.Contains("dall-e") || id.Contains("image") || id.Contains("imagen"))
            {
                return "Image";
            }

            if (id.Contains("whisper") || id.Contains("transcribe") || id.Contains("tts") || id.Contains("speech") || id.Contains("audio"))
            {
                return "Audio";
            }

            if (id.Contains("moderation"))
            {
                return "Moderation";
            }

            if (id.StartsWith("sora", StringComparison.Ordinal) || id.StartsWith("veo", StringComparison.Ordinal))
            {
                return "Video";
            }

            return "Chat";
        }

        /// <summary>"Azure OpenAI" → AzureOpenAI, "AWS Bedrock" → AWSBedrock.</summary>
        internal static string Identifier(string text)
        {
            var result = new StringBuilder();
            var upper = true;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    result.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            if (result.Length == 0 || char.IsDigit(result[0]))
            {
                result.Insert(0, '_');
            }

            return result.ToString();
        }
    }
}
