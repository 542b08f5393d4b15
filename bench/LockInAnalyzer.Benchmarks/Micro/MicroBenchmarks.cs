using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LockInAnalyzer.Benchmarks.Corpus;
using LockInAnalyzer.Benchmarks.Harness;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Strings;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet micro-benchmarks of what the string analyzers do for every literal of a compilation. Each benchmark
/// processes the whole <see cref="CorpusGenerator.SampleLiterals"/> mix once; divide by <see cref="LiteralCount"/> for a
/// per-literal figure. In-process toolchain: no second project to build, so it runs offline and quickly.
/// </summary>
[MemoryDiagnoser]
public class StringHotPaths
{
    private static readonly string[] Literals = CorpusGenerator.SampleLiterals.ToArray();
    private readonly VendorCatalog catalog = VendorCatalog.Builtin;
    private readonly AnalyzerConfigOptions options = new DictionaryConfigOptions(new[] { new KeyValuePair<string, string>("lockin.adapter_namespaces", "*.Infrastructure.Ai") });

    public static int LiteralCount => Literals.Length;

    [GlobalSetup]
    public void Setup() => LockInSettings.For(options);

    [Benchmark(Description = "EndpointHost.Extract, all literals")]
    public int ExtractHost()
    {
        var found = 0;
        foreach (var literal in Literals)
        {
            if (EndpointHost.Extract(literal) is { } host && catalog.FindHost(host) != null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Description = "VendorCatalog.MatchModel, all literals (LOCK003's one pass per literal)")]
    public int MatchModel()
    {
        var found = 0;
        foreach (var literal in Literals)
        {
            if (catalog.MatchModel(literal) != null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Description = "ModelOpennessCatalog.Match + IsUnclassifiedOpenWeights, all literals (LOCK005's pre-check per literal)")]
    public int MatchOpenModel()
    {
        var found = 0;
        foreach (var literal in Literals)
        {
            if (ModelOpennessCatalog.Builtin.Match(literal) != null || OpenModelLiteral.IsUnclassifiedOpenWeights(literal))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Description = "LockInSettings.For(options), per literal (LOCK003 now pays it only for a literal that names a model)")]
    public int SettingsPerLiteral()
    {
        var count = 0;
        foreach (var _ in Literals)
        {
            count += LockInSettings.For(options).Problems.Count;
        }

        return count;
    }

    [Benchmark(Description = "ModelContext.IsModelName, all literals as names")]
    public int IsModelName()
    {
        var found = 0;
        var extra = new HashSet<string>();
        foreach (var literal in Literals)
        {
            if (ModelContext.IsModelName(literal, catalog.ModelContextNames, extra))
            {
                found++;
            }
        }

        return found;
    }
}

public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default);
        System.Console.Error.WriteLine($"Each benchmark processes {StringHotPaths.LiteralCount} literals.");
        var summaries = BenchmarkSwitcher.FromTypes(new[] { typeof(StringHotPaths) }).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
