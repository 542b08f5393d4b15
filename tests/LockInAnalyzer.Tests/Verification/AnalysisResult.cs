using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>What one analysis run produced, for tests that inspect diagnostics directly.</summary>
    public sealed class AnalysisResult
    {
        public AnalysisResult(IReadOnlyList<TestSource> sources, Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
        {
            Sources = sources;
            Compilation = compilation;
            Diagnostics = diagnostics;
        }

        public IReadOnlyList<TestSource> Sources { get; }

        public Compilation Compilation { get; }

        /// <summary>Analyzer diagnostics in file and position order, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }
}
