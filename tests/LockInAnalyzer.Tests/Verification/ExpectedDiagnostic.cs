using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// A diagnostic a test expects. The location is a markup location (<c>{|#n:…|}</c>) or an explicit file and span;
    /// message and severity are compared only when given. <see cref="IsSuppressed"/> and the additional locations are
    /// always compared (none unless given), so a test states whether <c>#pragma</c> or <c>[SuppressMessage]</c> applies
    /// and every other use a LOCK001 coupling point carries.
    /// </summary>
    public sealed class ExpectedDiagnostic
    {
        private ExpectedDiagnostic(string id)
        {
            Id = id;
        }

        public string Id { get; }

        public int? LocationIndex { get; private set; }

        public string? Path { get; private set; }

        public TextSpan? Span { get; private set; }

        public string? Message { get; private set; }

        public DiagnosticSeverity? Severity { get; private set; }

        public bool IsSuppressed { get; private set; }

        /// <summary>Markup locations of the expected additional locations, in order.</summary>
        public IReadOnlyList<int> AdditionalLocationIndexes { get; private set; } = new int[0];

        /// <summary>The additional locations once resolved, in the order the diagnostic must list them.</summary>
        public IReadOnlyList<(string Path, TextSpan Span)> AdditionalLocations { get; private set; } = new (string, TextSpan)[0];

        public static ExpectedDiagnostic Diagnostic(string id) => new ExpectedDiagnostic(id);

        /// <summary>At the markup location <c>{|#index:…|}</c>.</summary>
        public ExpectedDiagnostic At(int locationIndex) => With(e => { e.LocationIndex = locationIndex; e.Path = null; e.Span = null; });

        public ExpectedDiagnostic At(string path, TextSpan span) => With(e => { e.LocationIndex = null; e.Path = path; e.Span = span; });

        /// <summary>With exactly these additional locations (markup locations <c>{|#n:…|}</c>), in this order.</summary>
        public ExpectedDiagnostic WithAdditionalLocations(params int[] locationIndexes) => With(e => e.AdditionalLocationIndexes = locationIndexes);

        public ExpectedDiagnostic WithMessage(string message) => With(e => e.Message = message);

        public ExpectedDiagnostic WithSeverity(DiagnosticSeverity severity) => With(e => e.Severity = severity);

        public ExpectedDiagnostic Suppressed() => With(e => e.IsSuppressed = true);

        /// <summary>This expectation with its markup locations resolved.</summary>
        internal ExpectedDiagnostic Resolve(string path, TextSpan span, IReadOnlyList<(string Path, TextSpan Span)> additionalLocations) =>
            With(e => { e.LocationIndex = null; e.Path = path; e.Span = span; e.AdditionalLocations = additionalLocations; });

        internal ExpectedDiagnostic Resolve(string path, TextSpan span) => Resolve(path, span, AdditionalLocations);

        private ExpectedDiagnostic With(System.Action<ExpectedDiagnostic> change)
        {
            var copy = (ExpectedDiagnostic)MemberwiseClone();
            change(copy);
            return copy;
        }
    }
}
