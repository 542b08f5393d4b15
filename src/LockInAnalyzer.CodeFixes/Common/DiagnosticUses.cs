using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// The uses a LOCK001/LOCK002 diagnostic stands for in its document: its location and, for a LOCK001 coupling point,
    /// every additional location in the same file. A fix planned for the containing type is offered when it changes any of
    /// them, since the point is reported at its first use, which need not be the use the fix rewrites.
    /// </summary>
    internal static class DiagnosticUses
    {
        public static IEnumerable<TextSpan> Spans(Diagnostic diagnostic)
        {
            yield return diagnostic.Location.SourceSpan;
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (location.IsInSource && location.SourceTree == diagnostic.Location.SourceTree)
                {
                    yield return location.SourceSpan;
                }
            }
        }
    }
}
