using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>Turns the measurements into the Markdown tables that go into docs/performance.md.</summary>
public static class MarkdownReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(IReadOnlyList<CorpusResult> results, AnalyzerBenchmark benchmark, int warmup, int iterations, string bannedApiVersion, string commandLine)
    {
        var lockIn = benchmark.LockInAnalyzers;
        var symbolAnalyzers = lockIn.Where(a => a is VendorSdkUsageAnalyzer or VendorTypeInPublicApiAnalyzer).ToList();
        var banned = benchmark.BannedApiAnalyzers;
        var text = new StringBuilder();

        text.AppendLine("### Environment").AppendLine();
        text.AppendLine($"- Command: `{commandLine}`");
        text.AppendLine($"- Machine: {Environment.ProcessorCount} cores ({CpuModel()}), {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, Release build");
        text.AppendLine($"- Host compiler: Microsoft.CodeAnalysis.CSharp {InformationalVersion(typeof(CSharpCompilation).Assembly)} (`CompilationWithAnalyzers`, `concurrentAnalysis: false`, `logAnalyzerExecutionTime: true`)");
        text.AppendLine($"- Contenders: LockInAnalyzer ({lockIn.Length} analyzers: {string.Join(", ", lockIn.Select(a => a.GetType().Name))}) vs Microsoft.CodeAnalysis.BannedApiAnalyzers {bannedApiVersion} with a generated BannedSymbols.txt (one `N:` line per catalog namespace)");
        text.AppendLine($"- {warmup} warm-up iteration(s), then the median of {iterations} measured iteration(s); each iteration runs the two contenders alone (order alternating){(benchmark.RunTogether ? " and together" : "")}, each on a fresh compilation of the same parsed trees");
        text.AppendLine();

        text.AppendLine("### Analyzer time against BannedApiAnalyzers and against compile time").AppendLine();
        text.AppendLine("| Corpus | Files | Lines | Vendor files | Compile, 1 thread (ms) | Compile, all cores (ms) | LockIn (ms) | BannedApi (ms) | LockIn ÷ BannedApi | LOCK001+002 ÷ BannedApi | LockIn share of compile (1 thread) | LockIn share of compile (all cores, wall) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var ours = result.Median(AnalyzerConfiguration.LockIn, lockIn);
            var theirs = result.Median(AnalyzerConfiguration.BannedApi, banned);
            var single = result.MedianCompile(concurrent: false);
            var wall = result.MedianCompile(concurrent: true);
            text.AppendLine(string.Join(" | ", new[]
            {
                "| " + result.Corpus.Name,
                result.Corpus.Files.Count.ToString(Invariant),
                result.Corpus.Lines.ToString("N0", Invariant),
                result.Corpus.VendorFiles.ToString(Invariant),
                Ms(single, 0),
                wall == TimeSpan.Zero ? "–" : Ms(wall, 0),
                Ms(ours, 1),
                Ms(theirs, 1),
                Ratio(result.MedianRatio(AnalyzerConfiguration.LockIn, lockIn, AnalyzerConfiguration.BannedApi, banned)),
                Ratio(result.MedianRatio(AnalyzerConfiguration.LockIn, symbolAnalyzers, AnalyzerConfiguration.BannedApi, banned)),
                Percent(ours, single),
                (wall == TimeSpan.Zero ? "–" : Percent(ours, wall)) + " |",
            }));
        }

        text.AppendLine();
        text.AppendLine("### The same, fastest run of each (least disturbed by other load on the machine)").AppendLine();
        text.AppendLine("| Corpus | Compile, 1 thread (ms) | LockIn (ms) | BannedApi (ms) | LockIn ÷ BannedApi | LockIn share of compile (1 thread) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var ours = result.Min(AnalyzerConfiguration.LockIn, lockIn);
            var theirs = result.Min(AnalyzerConfiguration.BannedApi, banned);
            text.AppendLine($"| {result.Corpus.Name} | {Ms(result.MinCompile, 0)} | {Ms(ours, 1)} | {Ms(theirs, 1)} | {Ratio(theirs.Ticks == 0 ? double.PositiveInfinity : (double)ours.Ticks / theirs.Ticks)} | {Percent(ours, result.MinCompile)} |");
        }

        text.AppendLine();
        var together = results.Where(r => r.Runs[AnalyzerConfiguration.Both].Count > 0).ToList();
        if (together.Count > 0)
        {
            text.AppendLine("### Both installed: one driver running both sets").AppendLine();
            text.AppendLine("| Corpus | LockIn (ms) | BannedApi (ms) | LockIn ÷ BannedApi | Driver wall time, both (ms) | Driver wall time, LockIn alone (ms) | Driver wall time, BannedApi alone (ms) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        }

        foreach (var result in together)
        {
            text.AppendLine($"| {result.Corpus.Name} | {Ms(result.Median(AnalyzerConfiguration.Both, lockIn), 1)} | {Ms(result.Median(AnalyzerConfiguration.Both, banned), 1)} | " +
                $"{Ratio(result.MedianRatio(AnalyzerConfiguration.Both, lockIn, AnalyzerConfiguration.Both, banned))} | {Ms(result.MedianWall(AnalyzerConfiguration.Both), 0)} | " +
                $"{Ms(result.MedianWall(AnalyzerConfiguration.LockIn), 0)} | {Ms(result.MedianWall(AnalyzerConfiguration.BannedApi), 0)} |");
        }

        text.AppendLine();
        text.AppendLine("### LockIn analyzers one by one (ms, median, LockIn alone)").AppendLine();
        text.AppendLine("| Analyzer | " + string.Join(" | ", results.Select(r => r.Corpus.Name)) + " |");
        text.AppendLine("|---|" + string.Concat(results.Select(_ => "---:|")));
        foreach (var analyzer in lockIn)
        {
            text.AppendLine($"| {analyzer.GetType().Name} | " + string.Join(" | ", results.Select(r => Ms(r.Median(AnalyzerConfiguration.LockIn, new[] { analyzer }), 2))) + " |");
        }

        foreach (var analyzer in banned)
        {
            text.AppendLine($"| {analyzer.GetType().Name} (BannedApi) | " + string.Join(" | ", results.Select(r => Ms(r.Median(AnalyzerConfiguration.BannedApi, new[] { analyzer }), 2))) + " |");
        }

        var largest = results.Where(r => r.Corpus.HasVendorReferences).OrderByDescending(r => r.Corpus.Files.Count).FirstOrDefault();
        if (largest != null)
        {
            text.AppendLine();
            text.AppendLine($"### Actions registered per analyzer ({largest.Corpus.Name})").AppendLine();
            text.AppendLine("| Analyzer | Syntax node actions | Operation actions | Symbol actions | Syntax tree actions | Compilation start actions |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|");
            var run = largest.Runs[AnalyzerConfiguration.LockIn].Concat(largest.Runs[AnalyzerConfiguration.BannedApi]).ToList();
            foreach (var analyzer in lockIn.Concat(banned))
            {
                var info = run.Select(r => r.Telemetry.TryGetValue(analyzer, out var i) ? i : null).FirstOrDefault(i => i != null);
                if (info != null)
                {
                    text.AppendLine($"| {analyzer.GetType().Name} | {info.SyntaxNodeActionsCount} | {info.OperationActionsCount} | {info.SymbolActionsCount} | {info.SyntaxTreeActionsCount} | {info.CompilationStartActionsCount} |");
                }
            }
        }

        text.AppendLine();
        text.AppendLine("### Diagnostics found (one run; the same every run)").AppendLine();
        text.AppendLine("| Corpus | LOCK001 | LOCK002 | LOCK003 | LOCK004 | LOCK009 | RS0030 (BannedApi) | AD0001 | Compile errors |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            var both = result.DiagnosticCounts();
            var exceptions = result.Runs.Values.SelectMany(r => r).Max(r => r.AnalyzerExceptions);
            text.AppendLine($"| {result.Corpus.Name} | {Count(both, "LOCK001")} | {Count(both, "LOCK002")} | {Count(both, "LOCK003")} | {Count(both, "LOCK004")} | {Count(both, "LOCK009")} | {Count(both, "RS0030")} | {exceptions} | {result.CompileSingleThread.First().Errors} |");
        }

        text.AppendLine();
        text.AppendLine("### First run in the process (JIT, first use of the metadata) and one-time index build").AppendLine();
        text.AppendLine("| Corpus | LockIn, first run (ms) | BannedApi, first run (ms) | Vendor index build with cold metadata (ms) |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var result in results)
        {
            var coldIndex = result.Corpus.HasVendorReferences ? Ms(result.ColdIndexBuild, 1) : "– (no vendor assembly)";
            text.AppendLine($"| {result.Corpus.Name} | {Ms(result.Cold[AnalyzerConfiguration.LockIn].Total(lockIn), 1)} | {Ms(result.Cold[AnalyzerConfiguration.BannedApi].Total(banned), 1)} | {coldIndex} |");
        }

        return text.ToString();
    }

    /// <summary>Whether the figures meet DESIGN.md section 9, one line per target.</summary>
    public static IReadOnlyList<(string Target, bool Met, string Detail)> Verdicts(IReadOnlyList<CorpusResult> results, AnalyzerBenchmark benchmark)
    {
        var lockIn = benchmark.LockInAnalyzers;
        var banned = benchmark.BannedApiAnalyzers;
        var verdicts = new List<(string, bool, string)>();
        foreach (var result in results.Where(r => r.Corpus.HasVendorReferences && r.Corpus.Name.StartsWith("generated", StringComparison.Ordinal)))
        {
            var ratio = result.MedianRatio(AnalyzerConfiguration.LockIn, lockIn, AnalyzerConfiguration.BannedApi, banned);
            verdicts.Add(($"{result.Corpus.Name}: LockIn ÷ BannedApi ≤ 1.0", ratio <= 1.0, Ratio(ratio)));
            var share = Share(result.Median(AnalyzerConfiguration.LockIn, lockIn), result.MedianCompile(concurrent: false));
            verdicts.Add(($"{result.Corpus.Name}: LockIn < 1% of compile time", share < 0.01, share.ToString("P2", Invariant)));
        }

        foreach (var result in results.Where(r => !r.Corpus.HasVendorReferences))
        {
            var share = Share(result.Median(AnalyzerConfiguration.LockIn, lockIn), result.MedianCompile(concurrent: false));
            verdicts.Add(($"{result.Corpus.Name}: near zero without vendor assemblies (< 0.1% of compile time)", share < 0.001, share.ToString("P3", Invariant)));
        }

        return verdicts;
    }

    private static double Share(TimeSpan part, TimeSpan whole) => whole.Ticks == 0 ? 0 : (double)part.Ticks / whole.Ticks;

    private static string Count(IReadOnlyDictionary<string, int> counts, string id) => counts.TryGetValue(id, out var n) ? n.ToString(Invariant) : "0";

    private static string Ms(TimeSpan value, int decimals) => value.TotalMilliseconds.ToString("N" + decimals.ToString(Invariant), Invariant);

    private static string Ratio(double ratio) => double.IsInfinity(ratio) || double.IsNaN(ratio) ? "– (BannedApi ran nothing)" : ratio.ToString("F2", Invariant);

    private static string Percent(TimeSpan part, TimeSpan whole) => Share(part, whole).ToString("P2", Invariant);

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "?";

    private static string CpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
            return line == null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
