using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>Analyzer options from an <see cref="AnalyzerConfigSet"/>: the .editorconfig files, global configs and generated settings, as the compiler applies them.</summary>
    internal sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet set;
        private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> byPath = new ConcurrentDictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);

        // One options object per distinct option set, as Roslyn does: the analyzers cache their parsed settings per instance.
        private readonly ConditionalWeakTable<ImmutableDictionary<string, string>, AnalyzerConfigOptions> shared = new ConditionalWeakTable<ImmutableDictionary<string, string>, AnalyzerConfigOptions>();

        public ConfigOptionsProvider(AnalyzerConfigSet set)
        {
            this.set = set;
            GlobalOptions = new DictionaryOptions(set.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

        private AnalyzerConfigOptions ForPath(string path) =>
            byPath.GetOrAdd(path, p => string.IsNullOrEmpty(p)
                ? GlobalOptions
                : shared.GetValue(set.GetOptionsForSourcePath(p).AnalyzerOptions, o => new DictionaryOptions(o)));

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> options;

            public DictionaryOptions(ImmutableDictionary<string, string> options)
            {
                this.options = options.WithComparers(KeyComparer);
            }

            public override IEnumerable<string> Keys => options.Keys;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);
        }
    }

    /// <summary>Per-file severities (<c>dotnet_diagnostic.LOCK001.severity</c>) and generated-code markers from the same config set.</summary>
    internal sealed class ConfigTreeOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet set;

        public ConfigTreeOptionsProvider(AnalyzerConfigSet set)
        {
            this.set = set;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value))
            {
                return GeneratedKind.Unknown;
            }

            return bool.TryParse(value, out var generated) ? (generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated) : GeneratedKind.Unknown;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
