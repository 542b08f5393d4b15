using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// A diagnostic a test expects. The location is a markup location (<c>{|#n:…|}</c>) or an explicit file and span;
    /// message and severity are compared only when given. <see cref="IsSuppressed"/> is always compared, so a test
    /// states whether <c>#pragma</c> or <c>[SuppressMessage]</c> applies.
    /// </summary>
    public sealed class ExpectedDiagnostic
    {
        private ExpectedDiagnostic(string id, int? locationIndex, string? path, TextSpan? span, string? message, DiagnosticSeverity? severity, bool isSuppressed)
        {
            Id = id;
            LocationIndex = locationIndex;
            Path = path;
            Span = span;
            Message = message;
            Severity = severity;
            IsSuppressed = isSuppressed;
        }

        public string Id { get; }

        public int? LocationIndex { get; }

        public string? Path { get; }

        public TextSpan? Span { get; }

        public string? Message { get; }

        public DiagnosticSeverity? Severity { get; }

        public bool IsSuppressed { get; }

        public static ExpectedDiagnostic Diagnostic(string id) => new ExpectedDiagnostic(id, null, null, null, null, null, false);

        /// <summary>At the markup location <c>{|#index:…|}</c>.</summary>
        public ExpectedDiagnostic At(int locationIndex) => new ExpectedDiagnostic(Id, locationIndex, null, null, Message, Severity, IsSuppressed);

        public ExpectedDiagnostic At(string path, TextSpan span) => new ExpectedDiagnostic(Id, null, path, span, Message, Severity, IsSuppressed);

        public ExpectedDiagnostic WithMessage(string message) => new ExpectedDiagnostic(Id, LocationIndex, Path, Span, message, Severity, IsSuppressed);

        public ExpectedDiagnostic WithSeverity(DiagnosticSeverity severity) => new ExpectedDiagnostic(Id, LocationIndex, Path, Span, Message, severity, IsSuppressed);

        public ExpectedDiagnostic Suppressed() => new ExpectedDiagnostic(Id, LocationIndex, Path, Span, Message, Severity, true);

        /// <summary>This expectation with its markup location resolved.</summary>
        internal ExpectedDiagnostic Resolve(string path, TextSpan span) => new ExpectedDiagnostic(Id, null, path, span, Message, Severity, IsSuppressed);
    }
}
