using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>The options one file sees, as <see cref="Microsoft.CodeAnalysis.AnalyzerConfigSet"/> resolved them.</summary>
    public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
    {
        public static readonly TestAnalyzerConfigOptions Empty = new TestAnalyzerConfigOptions(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> options;

        public TestAnalyzerConfigOptions(ImmutableDictionary<string, string> options)
        {
            this.options = options.WithComparers(KeyComparer);
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);
    }
}
