using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>
/// .editorconfig options as the compiler hands them to analyzers. Every tree gets the same instance, as Roslyn does for
/// files that share their sections, so per-options caches in analyzers behave as in a real build.
/// </summary>
public sealed class DictionaryConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values;

    public DictionaryConfigOptions(IEnumerable<KeyValuePair<string, string>> values)
    {
        this.values = ImmutableDictionary.CreateRange(KeyComparer, values);
    }

    public static DictionaryConfigOptions Empty { get; } = new(Array.Empty<KeyValuePair<string, string>>());

    public override IEnumerable<string> Keys => values.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}

public sealed class UniformConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptions options;

    public UniformConfigOptionsProvider(AnalyzerConfigOptions options)
    {
        this.options = options;
    }

    public override AnalyzerConfigOptions GlobalOptions => DictionaryConfigOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryConfigOptions.Empty;
}

/// <summary>An additional file (BannedSymbols.txt) held in memory.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
