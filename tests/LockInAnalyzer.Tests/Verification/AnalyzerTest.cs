using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Runs analyzers over test sources and compares what they report with what the markup and
    /// <see cref="Expected"/> say, exactly: id, file, span, suppression state, and message/severity where given.
    /// Fails on compiler errors in the sources (unless <see cref="AllowCompilerErrors"/>), on any analyzer exception
    /// or AD0001, and on malformed expectations.
    /// </summary>
    public sealed class AnalyzerTest
    {
        public const string SourceDirectory = "/src/";

        /// <summary>
        /// The OpenAI SDK marks evaluation APIs [Experimental]; Roslyn 4.8+ makes their use an error users suppress, and so
        /// do the tests, which are about coupling, not about the SDK's stability promise.
        /// </summary>
        private static readonly ImmutableDictionary<string, ReportDiagnostic> ExperimentalApis =
            new[] { "OPENAI001", "OPENAI002", "OPENAI003" }.ToImmutableDictionary(id => id, _ => ReportDiagnostic.Suppress);

        private readonly List<(string Path, string Markup)> sources = new List<(string, string)>();
        private readonly List<(string Path, string Text)> configFiles = new List<(string, string)>();

        public AnalyzerTest(params DiagnosticAnalyzer[] analyzers)
        {
            if (analyzers.Length == 0)
            {
                throw new ArgumentException("A test needs at least one analyzer.", nameof(analyzers));
            }

            Analyzers = analyzers.ToImmutableArray();
        }

        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

        /// <summary>Referenced assemblies besides the framework.</summary>
        public TestStacks Stacks { get; set; } = TestStacks.Default;

        /// <summary>Diagnostics expected besides those written as markup.</summary>
        public List<ExpectedDiagnostic> Expected { get; } = new List<ExpectedDiagnostic>();

        /// <summary>The id <c>[|…|]</c> stands for; by default the only id the analyzers support.</summary>
        public string? DiagnosticId { get; set; }

        public bool AllowCompilerErrors { get; set; }

        public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

        /// <summary>Adds a source; without a path it is <c>/src/Test{n}.cs</c>.</summary>
        public AnalyzerTest WithSource(string markup, string? path = null)
        {
            sources.Add((path ?? SourceDirectory + "Test" + sources.Count.ToString(CultureInfo.InvariantCulture) + ".cs", markup));
            return this;
        }

        /// <summary>Adds an .editorconfig; its sections (<c>[*.cs]</c>) must be written by the test, as in a real file.</summary>
        public AnalyzerTest WithEditorConfig(string text, string path = "/.editorconfig")
        {
            configFiles.Add((path, text));
            return this;
        }

        /// <summary>Adds a .globalconfig (<c>is_global = true</c> is added when missing), as MSBuild writes for build properties.</summary>
        public AnalyzerTest WithGlobalConfig(string text, string path = "/.globalconfig")
        {
            configFiles.Add((path, text.Contains("is_global", StringComparison.Ordinal) ? text : "is_global = true" + Environment.NewLine + text));
            return this;
        }

        /// <summary>
        /// LOCK001 reports every use on its own (<c>lockin.coupling_report = use</c>): for tests of what counts as a use,
        /// which the default per-type report lists as additional locations.
        /// </summary>
        public AnalyzerTest PerUse()
        {
            DiagnosticId ??= "LOCK001";
            return WithGlobalConfig("lockin.coupling_report = use", "/lockin.per-use.globalconfig");
        }

        public AnalyzerTest WithStacks(TestStacks stacks)
        {
            Stacks = stacks;
            return this;
        }

        public AnalyzerTest Expect(params ExpectedDiagnostic[] expected)
        {
            Expected.AddRange(expected);
            return this;
        }

        public async Task RunAsync()
        {
            var result = await AnalyzeAsync().ConfigureAwait(false);
            var expected = ResolveExpectations(result.Sources);
            DiagnosticComparison.AssertSame(expected, result.Diagnostics, result.Sources);
        }

        /// <summary>Compiles and analyzes the sources and returns every analyzer diagnostic (suppressed ones included), after the error checks.</summary>
        public async Task<AnalysisResult> AnalyzeAsync()
        {
            if (sources.Count == 0)
            {
                throw new InvalidOperationException("A test needs at least one source.");
            }

            var testSources = sources.Select(s => new TestSource(s.Path, s.Markup)).ToList();
            var configSet = BuildConfigSet();
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = testSources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
            var compilation = CSharpCompilation.Create(
                "TestProject",
                trees,
                TestReferences.For(Stacks),
                new CSharpCompilationOptions(OutputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)
                    .WithSpecificDiagnosticOptions(ExperimentalApis)
                    .WithSyntaxTreeOptionsProvider(new TestSyntaxTreeOptionsProvider(configSet)));

            if (!AllowCompilerErrors)
            {
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                if (errors.Count > 0)
                {
                    throw new XunitException("The test source does not compile (set AllowCompilerErrors if that is the point):" + Environment.NewLine
                        + string.Join(Environment.NewLine, errors.Select(e => "  " + DiagnosticText.Describe(e))));
                }
            }

            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestAnalyzerConfigOptionsProvider(configSet)),
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true);
            var withAnalyzers = compilation.WithAnalyzers(Analyzers, options);
            var analyzerDiagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
            var allDiagnostics = await withAnalyzers.GetAllDiagnosticsAsync().ConfigureAwait(false);

            var failures = analyzerDiagnostics.Concat(allDiagnostics).Where(d => d.Id == "AD0001").Select(DiagnosticText.Describe).Distinct().ToList();
            failures.AddRange(exceptions);
            if (failures.Count > 0)
            {
                throw new XunitException("An analyzer threw:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
            }

            var supported = new HashSet<string>(Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));
            var unsupported = analyzerDiagnostics.Where(d => !supported.Contains(d.Id)).ToList();
            if (unsupported.Count > 0)
            {
                throw new XunitException("Analyzers reported ids they do not declare:" + Environment.NewLine + string.Join(Environment.NewLine, unsupported.Select(DiagnosticText.Describe)));
            }

            return new AnalysisResult(testSources, compilation, Sort(analyzerDiagnostics));
        }

        private AnalyzerConfigSet BuildConfigSet()
        {
            var configs = configFiles.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList();
            var set = AnalyzerConfigSet.Create(configs, out var diagnostics);
            if (!diagnostics.IsEmpty)
            {
                throw new XunitException("The test's config files are invalid: " + string.Join("; ", diagnostics));
            }

            return set;
        }

        private List<ExpectedDiagnostic> ResolveExpectations(IReadOnlyList<TestSource> testSources)
        {
            var expected = new List<ExpectedDiagnostic>();
            var locations = new Dictionary<int, (string Path, TextSpan Span)>();
            foreach (var source in testSources)
            {
                foreach (var span in source.Spans)
                {
                    if (span.LocationIndex is { } index)
                    {
                        if (locations.ContainsKey(index))
                        {
                            throw new InvalidOperationException("Markup location #" + index + " is defined more than once.");
                        }

                        locations[index] = (source.Path, span.Span);
                    }
                    else
                    {
                        expected.Add(ExpectedDiagnostic.Diagnostic(span.DiagnosticId ?? DefaultId()).Resolve(source.Path, span.Span));
                    }
                }
            }

            var used = new HashSet<int>();
            foreach (var item in Expected)
            {
                (string Path, TextSpan Span) Location(int index)
                {
                    if (!locations.TryGetValue(index, out var location))
                    {
                        throw new InvalidOperationException("Expected diagnostic " + item.Id + " refers to markup location #" + index + ", which no source defines.");
                    }

                    used.Add(index);
                    return location;
                }

                var additional = item.AdditionalLocationIndexes.Select(Location).ToList();
                if (item.LocationIndex is { } index)
                {
                    var location = Location(index);
                    expected.Add(item.Resolve(location.Path, location.Span, additional));
                }
                else if (item.Path != null && item.Span != null)
                {
                    expected.Add(item.Resolve(item.Path, item.Span.Value, additional));
                }
                else
                {
                    throw new InvalidOperationException("Expected diagnostic " + item.Id + " has no location.");
                }
            }

            var unused = locations.Keys.Where(k => !used.Contains(k)).ToList();
            if (unused.Count > 0)
            {
                throw new InvalidOperationException("Markup location(s) #" + string.Join(", #", unused) + " are not used by any expected diagnostic.");
            }

            return expected;
        }

        private string DefaultId()
        {
            if (DiagnosticId != null)
            {
                return DiagnosticId;
            }

            var ids = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToList();
            return ids.Count == 1 ? ids[0] : throw new InvalidOperationException("[|…|] is ambiguous: the analyzers support " + string.Join(", ", ids) + "; set DiagnosticId or write {|ID:…|}.");
        }

        private static ImmutableArray<Diagnostic> Sort(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Location.SourceSpan.End)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
    }
}
