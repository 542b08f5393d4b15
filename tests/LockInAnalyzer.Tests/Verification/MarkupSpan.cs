using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// One span marked in a test source: <c>[|text|]</c> (the rule under test), <c>{|LOCK001:text|}</c> (that id),
    /// or <c>{|#0:text|}</c> (a numbered location that an <see cref="ExpectedDiagnostic"/> refers to).
    /// </summary>
    public sealed class MarkupSpan
    {
        public MarkupSpan(string? diagnosticId, int? locationIndex, TextSpan span)
        {
            DiagnosticId = diagnosticId;
            LocationIndex = locationIndex;
            Span = span;
        }

        /// <summary>The id written in the markup; null for <c>[|…|]</c> and for numbered locations.</summary>
        public string? DiagnosticId { get; }

        /// <summary>The number of a <c>{|#n:…|}</c> location; null otherwise.</summary>
        public int? LocationIndex { get; }

        public TextSpan Span { get; }

        /// <summary>True for <c>[|…|]</c>: a diagnostic of the single rule under test.</summary>
        public bool IsDefaultDiagnostic => DiagnosticId == null && LocationIndex == null;
    }
}
