using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// The last line of defence of every structural fix: the changed projects are compiled and the fix is offered only
    /// when it adds no compiler error. Errors are compared as a multiset of id + message, so errors the code already had
    /// (or that merely moved) do not block a fix.
    /// </summary>
    internal static class CompileCheck
    {
        /// <summary>The documents (of changed projects) that have errors the old solution did not have; empty when the fix is clean.</summary>
        public static async Task<IReadOnlyList<DocumentId>> NewErrorsAsync(Solution before, Solution after, CancellationToken cancellationToken)
        {
            var result = new List<DocumentId>();
            foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
            {
                var oldProject = before.GetProject(projectChanges.ProjectId);
                var newProject = after.GetProject(projectChanges.ProjectId);
                if (newProject == null)
                {
                    continue;
                }

                var newCompilation = await newProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                if (newCompilation == null)
                {
                    continue;
                }

                // A clean result needs no baseline: the old project's errors are only compiled when there is something to compare.
                var newErrors = Errors(newCompilation, cancellationToken).ToList();
                if (newErrors.Count == 0)
                {
                    continue;
                }

                var oldErrors = new Dictionary<string, int>();
                if (oldProject != null && await oldProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } oldCompilation)
                {
                    foreach (var error in Errors(oldCompilation, cancellationToken))
                    {
                        var key = Key(error);
                        oldErrors[key] = oldErrors.TryGetValue(key, out var count) ? count + 1 : 1;
                    }
                }

                foreach (var error in newErrors)
                {
                    var key = Key(error);
                    if (oldErrors.TryGetValue(key, out var count) && count > 0)
                    {
                        oldErrors[key] = count - 1;
                        continue;
                    }

                    var tree = error.Location.SourceTree;
                    var id = tree == null ? null : newProject.GetDocumentId(tree);
                    if (id != null && !result.Contains(id))
                    {
                        result.Add(id);
                    }
                    else if (id == null && result.Count == 0)
                    {
                        // An error without a document (a missing reference): blame the project's first changed document.
                        var first = projectChanges.GetChangedDocuments().Concat(projectChanges.GetAddedDocuments()).FirstOrDefault();
                        if (first != null)
                        {
                            result.Add(first);
                        }
                    }
                }
            }

            return result;
        }

        private static IEnumerable<Diagnostic> Errors(Compilation compilation, CancellationToken cancellationToken) =>
            compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error);

        private static string Key(Diagnostic diagnostic) => diagnostic.Id + ":" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }
}
