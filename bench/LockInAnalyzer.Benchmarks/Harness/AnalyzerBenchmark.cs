using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>Which analyzers one analysis run hands to <see cref="CompilationWithAnalyzers"/>.</summary>
public enum AnalyzerConfiguration
{
    /// <summary>Every LockInAnalyzer analyzer, alone in the driver.</summary>
    LockIn,

    /// <summary>BannedApiAnalyzers, alone in the driver.</summary>
    BannedApi,

    /// <summary>Both sets in one driver, as in a project that installs both.</summary>
    Both,
}

/// <summary>
/// Measures one corpus: compile time without analyzers, and analyzer execution time from the driver's own telemetry
/// (<c>logAnalyzerExecutionTime</c>), for LockIn alone, BannedApi alone and both together, interleaved in the same
/// process on fresh compilations of the same parsed trees, so every figure of a row is measured in one run.
/// </summary>
public sealed class AnalyzerBenchmark
{
    private readonly ImmutableArray<DiagnosticAnalyzer> lockIn;
    private readonly ImmutableArray<DiagnosticAnalyzer> bannedApi;
    private readonly string bannedSymbols;

    public AnalyzerBenchmark(ImmutableArray<DiagnosticAnalyzer> lockIn, ImmutableArray<DiagnosticAnalyzer> bannedApi, string bannedSymbols)
    {
        this.lockIn = lockIn;
        this.bannedApi = bannedApi;
        this.bannedSymbols = bannedSymbols;
    }

    public ImmutableArray<DiagnosticAnalyzer> LockInAnalyzers => lockIn;

    public ImmutableArray<DiagnosticAnalyzer> BannedApiAnalyzers => bannedApi;

    /// <summary>Also run both sets in one driver each iteration (costs one more analysis per iteration).</summary>
    public bool RunTogether { get; init; } = true;

    /// <summary>Also measure the multi-threaded compile (wall clock) each iteration.</summary>
    public bool MeasureWallCompile { get; init; } = true;

    public async Task<CorpusResult> RunAsync(CorpusWorkspace corpus, int warmup, int iterations, Action<string> log)
    {
        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/corpus/BannedSymbols.txt", bannedSymbols)),
            new UniformConfigOptionsProvider(new DictionaryConfigOptions(corpus.EditorConfig)));
        var result = new CorpusResult(corpus);

        for (var i = 0; i < warmup + iterations; i++)
        {
            var measured = i >= warmup;
            var iteration = new Stopwatch();
            iteration.Start();

            var single = Timed(() => corpus.MeasureCompile(concurrentBuild: false));
            var concurrent = MeasureWallCompile ? Timed(() => corpus.MeasureCompile(concurrentBuild: true)) : null;

            // Alternate which contender goes first, so neither systematically profits from a warmer process.
            var order = i % 2 == 0
                ? new[] { AnalyzerConfiguration.LockIn, AnalyzerConfiguration.BannedApi }
                : new[] { AnalyzerConfiguration.BannedApi, AnalyzerConfiguration.LockIn };
            var runs = new Dictionary<AnalyzerConfiguration, AnalysisRun>();
            foreach (var configuration in order)
            {
                runs[configuration] = await AnalyzeAsync(corpus, configuration, options);
            }

            if (RunTogether)
            {
                runs[AnalyzerConfiguration.Both] = await AnalyzeAsync(corpus, AnalyzerConfiguration.Both, options);
            }

            if (i == 0)
            {
                result.Cold = runs;
                result.ColdCompile = single;
            }

            if (measured)
            {
                result.CompileSingleThread.Add(single);
                if (concurrent != null)
                {
                    result.CompileConcurrent.Add(concurrent);
                }

                foreach (var run in runs)
                {
                    result.Runs[run.Key].Add(run.Value);
                }
            }

            log($"  {corpus.Name}: {(measured ? "iteration " + (i - warmup + 1) : "warm-up " + (i + 1))}" +
                $" compile {single.Total.TotalMilliseconds:F0} ms (1 thread) / {concurrent?.Total.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) ?? "–"} ms (concurrent)," +
                $" LockIn {runs[AnalyzerConfiguration.LockIn].Total(lockIn).TotalMilliseconds:F1} ms," +
                $" BannedApi {runs[AnalyzerConfiguration.BannedApi].Total(bannedApi).TotalMilliseconds:F1} ms" +
                $" [{iteration.Elapsed.TotalSeconds:F1} s]");
        }

        return result;
    }

    /// <summary>
    /// The one-time cost a compilation pays when the vendor assemblies' symbols are new to the process (no compiler
    /// server cache): building <see cref="VendorSymbolIndex"/>, which walks the vendor assemblies' type names once.
    /// </summary>
    public static TimeSpan MeasureColdIndexBuild(IReadOnlyList<string> referencePaths, int repetitions)
    {
        var samples = new List<TimeSpan>();
        for (var i = 0; i < repetitions; i++)
        {
            var compilation = CSharpCompilation.Create("Cold" + i, Array.Empty<SyntaxTree>(), ReferenceAssemblies.Load(referencePaths), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            _ = compilation.SourceModule.ReferencedAssemblySymbols; // reference binding: paid by every compile, not by the analyzer
            var watch = Stopwatch.StartNew();
            _ = VendorSymbolIndex.For(compilation);
            samples.Add(watch.Elapsed);
        }

        return Stats.Median(samples);
    }

    private static T Timed<T>(Func<T> action)
    {
        Settle();
        return action();
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private async Task<AnalysisRun> AnalyzeAsync(CorpusWorkspace corpus, AnalyzerConfiguration configuration, AnalyzerOptions options)
    {
        var analyzers = configuration switch
        {
            AnalyzerConfiguration.LockIn => lockIn,
            AnalyzerConfiguration.BannedApi => bannedApi,
            _ => lockIn.AddRange(bannedApi),
        };

        Settle();

        // A fresh compilation of the already parsed trees: nothing bound yet, so no run profits from another's binding.
        // Single-threaded analysis: telemetry then adds up callback time without lock waits or thread interleaving.
        var compilation = corpus.CreateCompilation(concurrentBuild: false);

        // Reference binding is compiler work every build does before analyzers look at symbols; without this, whichever
        // analyzer first asks for a symbol would be charged for it.
        _ = compilation.SourceModule.ReferencedAssemblySymbols;
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: true));

        var watch = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var wall = watch.Elapsed;

        var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (var analyzer in analyzers)
        {
            telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        }

        var counts = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ad0001 = counts.TryGetValue("AD0001", out var reported) ? reported : 0;
        return new AnalysisRun(configuration, wall, telemetry, counts, Math.Max(ad0001, exceptions.Count), exceptions.Take(5).ToList());
    }
}

public sealed record AnalysisRun(
    AnalyzerConfiguration Configuration,
    TimeSpan Wall,
    IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry,
    IReadOnlyDictionary<string, int> DiagnosticCounts,
    int AnalyzerExceptions,
    IReadOnlyList<string> ExceptionSamples)
{
    /// <summary>The summed execution time of <paramref name="analyzers"/> in this run (those not in it count zero).</summary>
    public TimeSpan Total(IEnumerable<DiagnosticAnalyzer> analyzers) =>
        TimeSpan.FromTicks(analyzers.Sum(a => Telemetry.TryGetValue(a, out var info) ? info.ExecutionTime.Ticks : 0));
}

public sealed class CorpusResult
{
    public CorpusResult(CorpusWorkspace corpus)
    {
        Corpus = corpus;
        foreach (var configuration in Enum.GetValues<AnalyzerConfiguration>())
        {
            Runs[configuration] = new List<AnalysisRun>();
        }
    }

    public CorpusWorkspace Corpus { get; }

    public List<CompileTiming> CompileSingleThread { get; } = new();

    public List<CompileTiming> CompileConcurrent { get; } = new();

    public Dictionary<AnalyzerConfiguration, List<AnalysisRun>> Runs { get; } = new();

    /// <summary>The very first runs of the process for this corpus (JIT, first binding of metadata): reported apart.</summary>
    public Dictionary<AnalyzerConfiguration, AnalysisRun> Cold { get; set; } = new();

    public CompileTiming? ColdCompile { get; set; }

    public TimeSpan ColdIndexBuild { get; set; }

    public TimeSpan Median(AnalyzerConfiguration configuration, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var set = analyzers.ToList();
        return Stats.Median(Runs[configuration].Select(r => r.Total(set)));
    }

    /// <summary>The fastest run: on a shared machine, noise only ever adds time, so the minimum is the least disturbed figure.</summary>
    public TimeSpan Min(AnalyzerConfiguration configuration, IEnumerable<DiagnosticAnalyzer> analyzers)
    {
        var set = analyzers.ToList();
        return Runs[configuration].Count == 0 ? TimeSpan.Zero : Runs[configuration].Min(r => r.Total(set));
    }

    public TimeSpan MinCompile => CompileSingleThread.Count == 0 ? TimeSpan.Zero : CompileSingleThread.Min(c => c.Total);

    public TimeSpan MedianWall(AnalyzerConfiguration configuration) => Stats.Median(Runs[configuration].Select(r => r.Wall));

    /// <summary>The diagnostics of one run: the combined run if there was one, else both solo runs merged.</summary>
    public IReadOnlyDictionary<string, int> DiagnosticCounts()
    {
        if (Runs[AnalyzerConfiguration.Both].Count > 0)
        {
            return Runs[AnalyzerConfiguration.Both][0].DiagnosticCounts;
        }

        return Runs[AnalyzerConfiguration.LockIn].Take(1).Concat(Runs[AnalyzerConfiguration.BannedApi].Take(1))
            .SelectMany(r => r.DiagnosticCounts)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    public TimeSpan MedianCompile(bool concurrent) => Stats.Median((concurrent ? CompileConcurrent : CompileSingleThread).Select(c => c.Total));

    public TimeSpan MedianParse => Stats.Median(CompileSingleThread.Select(c => c.Parse));

    /// <summary>Median of the per-run ratio a ÷ b (ratios measured pairwise in the same iteration).</summary>
    public double MedianRatio(AnalyzerConfiguration configurationA, IEnumerable<DiagnosticAnalyzer> a, AnalyzerConfiguration configurationB, IEnumerable<DiagnosticAnalyzer> b)
    {
        var setA = a.ToList();
        var setB = b.ToList();
        var ratios = Runs[configurationA].Zip(Runs[configurationB], (x, y) => y.Total(setB).Ticks == 0 ? double.PositiveInfinity : (double)x.Total(setA).Ticks / y.Total(setB).Ticks);
        return Stats.Median(ratios);
    }
}

public static class Stats
{
    public static TimeSpan Median(IEnumerable<TimeSpan> values) => TimeSpan.FromTicks((long)Median(values.Select(v => (double)v.Ticks)));

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
