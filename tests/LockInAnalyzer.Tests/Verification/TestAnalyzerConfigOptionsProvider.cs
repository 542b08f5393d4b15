using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Hands analyzers the options of each file the way the compiler does: from one <see cref="AnalyzerConfigSet"/>
    /// built from the test's .editorconfig and .globalconfig files, keyed by the file's path (so section headers such as
    /// <c>[*.cs]</c> or <c>[/src/Adapters/**.cs]</c> apply as they would in a build). One options object per path,
    /// as in the compiler, so per-options caches behave as they do in production.
    /// </summary>
    public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet configSet;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> byPath = new ConcurrentDictionary<string, AnalyzerConfigOptions>();

        public TestAnalyzerConfigOptionsProvider(AnalyzerConfigSet configSet)
        {
            this.configSet = configSet;
            GlobalOptions = new TestAnalyzerConfigOptions(configSet.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

        private AnalyzerConfigOptions ForPath(string path) =>
            byPath.GetOrAdd(path, p => string.IsNullOrEmpty(p)
                ? TestAnalyzerConfigOptions.Empty
                : new TestAnalyzerConfigOptions(configSet.GetOptionsForSourcePath(p).AnalyzerOptions));
    }
}
