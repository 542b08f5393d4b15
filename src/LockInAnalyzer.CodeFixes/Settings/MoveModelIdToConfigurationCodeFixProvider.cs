using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LockInAnalyzer.CodeFixes.Settings
{
    /// <summary>LOCK003 "Move the model id to configuration": the literal becomes a property of the project's <c>AiSettings</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveModelIdToConfigurationCodeFixProvider))]
    [Shared]
    public sealed class MoveModelIdToConfigurationCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "LockIn.MoveModelIdToConfiguration";
        public const string Title = "Move the model id to configuration";

        private static readonly AiSettingsFixer Fixer = new AiSettingsFixer(SettingKind.ModelId);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HardCodedModelId);

        public override FixAllProvider GetFixAllProvider() => new BatchFixAllProvider(Fixer, Title);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await AiSettingsFixer.FixableLiteralAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) == null)
                {
                    continue;
                }

                var solution = context.Document.Project.Solution;
                var batch = ImmutableArray.Create((context.Document.Id, diagnostic));
                context.RegisterCodeFix(
                    CodeAction.Create(Title, async cancellationToken => await Fixer.FixAsync(solution, batch, cancellationToken).ConfigureAwait(false) ?? solution, EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
