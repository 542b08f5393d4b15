using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Benchmarks.Harness;
using LockInAnalyzer.Benchmarks.Micro;
using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Benchmarks;

/// <summary>
/// Entry point.
/// <list type="bullet">
/// <item><c>analyzer [--sizes 500,2000,8000] [--iterations N] [--warmup N] [--no-sample] [--no-vendor-free | --vendor-free-only] [--no-together] [--no-wall-compile] [--output FILE] [--quick]</c>:
/// LockInAnalyzer against BannedApiAnalyzers on generated corpora; prints Markdown.</item>
/// <item><c>profile [--sizes 2000] [--iterations 3]</c>: where LockIn's time goes (probe analyzers, pre-filter hits, index build).</item>
/// <item><c>micro [BenchmarkDotNet arguments]</c>: micro-benchmarks of the per-literal hot paths.</item>
/// <item><c>corpus --sizes N --out DIR</c>: writes a generated corpus to disk, to look at or to build.</item>
/// </list>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        try
        {
            return args[0] switch
            {
                "analyzer" => await RunAnalyzerAsync(args.Skip(1).ToArray()),
                "micro" => MicroBenchmarks.Run(args.Skip(1).ToArray()),
                "profile" => await ProfileAsync(args.Skip(1).ToArray()),
                "corpus" => WriteCorpus(args.Skip(1).ToArray()),
                _ => Fail($"Unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (ArgumentException e)
        {
            return Fail(e.Message + "\n" + Usage);
        }
    }

    private const string Usage = """
        Usage:
          LockInAnalyzer.Benchmarks analyzer [--sizes 500,2000,8000] [--iterations 5] [--warmup 1] [--no-sample] [--no-vendor-free | --vendor-free-only] [--no-together] [--no-wall-compile] [--output FILE] [--quick]
          LockInAnalyzer.Benchmarks profile [--sizes 2000] [--iterations 3]
          LockInAnalyzer.Benchmarks micro [BenchmarkDotNet arguments, e.g. --filter *Endpoint*]
          LockInAnalyzer.Benchmarks corpus --sizes 500 --out DIR [--no-vendor]
        """;

    private static async Task<int> RunAnalyzerAsync(string[] args)
    {
        var options = ParseOptions(args);
        var quick = options.ContainsKey("quick");
        var sizes = options.TryGetValue("sizes", out var sizeText) ? ParseSizes(sizeText) : quick ? new[] { 150 } : new[] { 500, 2000, 8000 };
        var iterations = options.TryGetValue("iterations", out var iterationText) ? ParsePositive(iterationText, "--iterations") : quick ? 1 : 5;
        var warmup = options.TryGetValue("warmup", out var warmupText) ? int.Parse(warmupText, CultureInfo.InvariantCulture) : 1;
        var withSample = !options.ContainsKey("no-sample");
        var withVendorFree = !options.ContainsKey("no-vendor-free");
        var commandLine = "dotnet run -c Release --project bench/LockInAnalyzer.Benchmarks -- analyzer " + string.Join(" ", args);

        var lockIn = AnalyzerSets.LockIn();
        var bannedApi = AnalyzerSets.BannedApi();
        var bannedSymbols = AnalyzerSets.BannedSymbolsText(VendorCatalog.Builtin);
        var benchmark = new AnalyzerBenchmark(lockIn, bannedApi, bannedSymbols)
        {
            RunTogether = !options.ContainsKey("no-together"),
            MeasureWallCompile = !options.ContainsKey("no-wall-compile"),
        };
        Log($"LockIn analyzers: {string.Join(", ", lockIn.Select(a => a.GetType().Name))}");
        Log($"BannedApi analyzers: {string.Join(", ", bannedApi.Select(a => a.GetType().Name))}; BannedSymbols.txt has {bannedSymbols.Count(c => c == '\n')} N: lines");
        var frameworkCount = ReferenceAssemblies.Framework.Count;
        Log($"Framework references: {frameworkCount} from {ReferenceAssemblies.FrameworkSource}");

        var workspaces = new List<Func<CorpusWorkspace?>>();
        if (!options.ContainsKey("vendor-free-only"))
        {
            foreach (var size in sizes)
            {
                workspaces.Add(() => CorpusWorkspace.Generated(size, withVendors: true));
            }
        }

        if (withVendorFree)
        {
            foreach (var size in sizes)
            {
                workspaces.Add(() => CorpusWorkspace.Generated(size, withVendors: false));
            }
        }

        if (withSample)
        {
            var root = FindRepoRoot();
            workspaces.Add(() => root == null ? null : CorpusWorkspace.Sample(root));
        }

        var results = new List<CorpusResult>();
        foreach (var create in workspaces)
        {
            var corpus = create();
            if (corpus == null)
            {
                Log("No sample project with .cs files under samples/: skipped.");
                continue;
            }

            Log($"{corpus.Name}: {corpus.Files.Count} files, {corpus.Lines} lines, {corpus.VendorFiles} vendor files, {corpus.References.Length} references");
            var result = await benchmark.RunAsync(corpus, warmup, iterations, Log);
            if (corpus.HasVendorReferences)
            {
                result.ColdIndexBuild = AnalyzerBenchmark.MeasureColdIndexBuild(corpus.ReferencePaths, quick ? 1 : 3);
            }

            results.Add(result);
        }

        var markdown = MarkdownReport.Render(results, benchmark, warmup, iterations, AnalyzerSets.BannedApiVersion(bannedApi), commandLine);
        Console.WriteLine(markdown);
        var verdicts = MarkdownReport.Verdicts(results, benchmark);
        Console.WriteLine("### Targets (DESIGN.md section 9)");
        Console.WriteLine();
        foreach (var (target, met, detail) in verdicts)
        {
            Console.WriteLine($"- {(met ? "met" : "MISSED")}: {target} ({detail})");
        }

        if (options.TryGetValue("output", out var output))
        {
            File.WriteAllText(output, markdown);
            Log($"Markdown written to {output}");
        }

        return Check(results);
    }

    /// <summary>The benchmark proves it measured something real: no compile errors, no analyzer crash, both contenders found the coupling.</summary>
    private static int Check(IReadOnlyList<CorpusResult> results)
    {
        var problems = new List<string>();
        foreach (var result in results)
        {
            var name = result.Corpus.Name;
            var compile = result.CompileSingleThread.First();
            if (compile.Errors > 0 && name.StartsWith("generated", StringComparison.Ordinal))
            {
                problems.Add($"{name}: the corpus does not compile ({compile.Errors} errors), first: {string.Join(" | ", compile.FirstErrors)}");
            }

            foreach (var run in result.Runs.Values.SelectMany(r => r).Where(r => r.AnalyzerExceptions > 0).Take(1))
            {
                problems.Add($"{name}: AD0001, an analyzer threw: {string.Join(" | ", run.ExceptionSamples)}");
            }

            var counts = result.DiagnosticCounts();
            var lockInFound = counts.Where(c => c.Key.StartsWith("LOCK", StringComparison.Ordinal)).Sum(c => c.Value);
            if (result.Corpus.VendorFiles > 0 && lockInFound == 0)
            {
                problems.Add($"{name}: LockIn reported nothing on a corpus with {result.Corpus.VendorFiles} vendor files");
            }

            if (result.Corpus.VendorFiles > 0 && result.Corpus.HasVendorReferences && !counts.ContainsKey("RS0030"))
            {
                problems.Add($"{name}: BannedApi reported nothing: its ban list does not match, so it did not do the same job");
            }

            if (result.Corpus.VendorFiles == 0 && lockInFound > 0)
            {
                problems.Add($"{name}: LockIn reported {lockInFound} diagnostics on a corpus without vendor code");
            }
        }

        foreach (var problem in problems)
        {
            Console.Error.WriteLine("error: " + problem);
        }

        return problems.Count == 0 ? 0 : 2;
    }

    private static async Task<int> ProfileAsync(string[] args)
    {
        var options = ParseOptions(args);
        var sizes = options.TryGetValue("sizes", out var sizeText) ? ParseSizes(sizeText) : new[] { 2000 };
        var iterations = options.TryGetValue("iterations", out var iterationText) ? ParsePositive(iterationText, "--iterations") : 3;
        foreach (var size in sizes)
        {
            foreach (var withVendors in new[] { true, false })
            {
                var corpus = CorpusWorkspace.Generated(size, withVendors);
                Log($"Profiling {corpus.Name}...");
                Console.WriteLine(await Profiler.RunAsync(corpus, iterations));
            }
        }

        return 0;
    }

    private static int WriteCorpus(string[] args)
    {
        var options = ParseOptions(args);
        var size = options.TryGetValue("sizes", out var sizeText) ? ParseSizes(sizeText)[0] : 500;
        var output = options.TryGetValue("out", out var outText) ? outText : throw new ArgumentException("corpus needs --out DIR");
        var files = Corpus.CorpusGenerator.Generate(new Corpus.CorpusSpec(size, options.ContainsKey("no-vendor") ? 0 : 0.01));
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        // A project around the files, so the corpus also builds with the real compiler: `dotnet build -p:ReportAnalyzer=true`
        // with -p:LockIn=true and/or -p:BannedApi=true reports each analyzer's time inside csc, next to the compile's own.
        var lockIn = typeof(LockInAnalyzer.Coupling.VendorSdkUsageAnalyzer).Assembly.Location;
        var policy = typeof(LockInAnalyzer.Catalog.Vendors.VendorCatalog).Assembly.Location;
        File.WriteAllText(Path.Combine(output, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenAI" Version="2.15.0" />
                <PackageReference Include="Anthropic" Version="13.12.0" />
                <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" Version="5.6.0" Condition="'$(BannedApi)' == 'true'" PrivateAssets="all" />
                <AdditionalFiles Include="BannedSymbols.txt" />
              </ItemGroup>
              <ItemGroup Condition="'$(LockIn)' == 'true'">
                <Analyzer Include="{lockIn}" />
                <Analyzer Include="{policy}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(output, "BannedSymbols.txt"), AnalyzerSets.BannedSymbolsText(LockInAnalyzer.Catalog.Vendors.VendorCatalog.Builtin));
        File.WriteAllText(Path.Combine(output, ".editorconfig"), "root = true\n\n[*.cs]\nlockin.adapter_namespaces = *.Infrastructure.Ai\n");
        Log($"{files.Count} files, Corpus.csproj, BannedSymbols.txt and .editorconfig written to {output}");
        return 0;
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            var key = args[i][2..];
            var equals = key.IndexOf('=');
            if (equals > 0)
            {
                options[key[..equals]] = key[(equals + 1)..];
            }
            else if (key is "sizes" or "iterations" or "warmup" or "output" or "out")
            {
                options[key] = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"--{key} needs a value.");
            }
            else if (key is "quick" or "no-sample" or "no-vendor-free" or "vendor-free-only" or "no-together" or "no-wall-compile" or "no-vendor")
            {
                options[key] = "true";
            }
            else
            {
                throw new ArgumentException($"Unknown option '--{key}'.");
            }
        }

        return options;
    }

    private static int[] ParseSizes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => ParsePositive(s, "--sizes")).ToArray();

    private static int ParsePositive(string text, string option) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new ArgumentException($"{option} expects positive integers, got '{text}'.");

    private static string? FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    private static void Log(string message) => Console.Error.WriteLine(message);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
