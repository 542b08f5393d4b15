using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// A fix that can apply itself to many diagnostics in one solution transformation, so files it creates (settings
    /// class, interfaces, adapters) are created once and shared. The single fix is the batch of one.
    /// </summary>
    internal interface IBatchFixer
    {
        /// <summary>The solution with every fixable diagnostic of <paramref name="diagnostics"/> fixed; null when none could be.</summary>
        Task<Solution?> FixAsync(Solution solution, ImmutableArray<(DocumentId Document, Diagnostic Diagnostic)> diagnostics, CancellationToken cancellationToken);
    }

    /// <summary>
    /// Fix All for document, project and solution scope: collects the diagnostics of the scope (deterministically
    /// ordered) and hands them to the fixer in one call.
    /// </summary>
    internal sealed class BatchFixAllProvider : FixAllProvider
    {
        private readonly IBatchFixer fixer;
        private readonly string title;

        public BatchFixAllProvider(IBatchFixer fixer, string title)
        {
            this.fixer = fixer;
            this.title = title;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = await CollectAsync(fixAllContext).ConfigureAwait(false);
            if (diagnostics.IsEmpty)
            {
                return null;
            }

            var solution = fixAllContext.Solution;
            return CodeAction.Create(
                title,
                async cancellationToken => await fixer.FixAsync(solution, diagnostics, cancellationToken).ConfigureAwait(false) ?? solution,
                fixAllContext.CodeActionEquivalenceKey);
        }

        private static async Task<ImmutableArray<(DocumentId, Diagnostic)>> CollectAsync(FixAllContext context)
        {
            var documents = new List<Document>();
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document != null:
                    documents.Add(context.Document);
                    break;
                case FixAllScope.Project:
                    documents.AddRange(context.Project.Documents);
                    break;
                case FixAllScope.Solution:
                    documents.AddRange(context.Solution.Projects.SelectMany(p => p.Documents));
                    break;
            }

            var result = ImmutableArray.CreateBuilder<(DocumentId, Diagnostic)>();
            foreach (var document in documents.OrderBy(d => d.FilePath ?? d.Name, System.StringComparer.Ordinal))
            {
                var found = await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                foreach (var diagnostic in found.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
                {
                    result.Add((document.Id, diagnostic));
                }
            }

            return result.ToImmutable();
        }
    }
}
