using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Auditing;

namespace LockInAnalyzer.CliBenchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project bench/LockInAnalyzer.CliBenchmarks -- [licenses|sample|all|outdated] [--quick] [--projects N] [--packages N] [--runs N]</c>
    /// </summary>
    public static class Program
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        public static async Task<int> Main(string[] args)
        {
            var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
            var quick = args.Contains("--quick");
            var projects = Option(args, "--projects", 50);
            var runs = Option(args, "--runs", quick ? 1 : 5);
            var ok = true;
            Console.WriteLine("## CLI benchmark (" + DateTime.UtcNow.ToString("yyyy-MM-dd", Invariant) + ", " + Environment.ProcessorCount + " cores, .NET " + Environment.Version + ")");
            Console.WriteLine();
            if (mode is "licenses" or "all")
            {
                ok &= await Licenses(projects, runs).ConfigureAwait(false);
            }

            if (mode is "outdated")
            {
                ok &= await OutdatedBenchmark.Run(Option(args, "--packages", 200), runs).ConfigureAwait(false);
            }

            if ((mode is "sample" or "all") && !quick)
            {
                ok &= Sample(Math.Max(1, Math.Min(runs, 3)));
            }

            return ok ? 0 : 1;
        }

        private static async Task<bool> Licenses(int projectCount, int runs)
        {
            using var repository = new GeneratedRepository(projectCount);
            Console.WriteLine("### License-only audit of " + repository.ProjectCount + " generated projects (" + repository.PackageReferences + " package references, strict preset: whole graph)");
            Console.WriteLine();

            // In-process: the engines alone (first run pays JIT and the license-data load; later runs are warm).
            var inProcess = new List<double>();
            for (var i = 0; i < runs + 1; i++)
            {
                var watch = Stopwatch.StartNew();
                var report = await new RepositoryAuditor().AuditAsync(new AuditOptions { Path = repository.Root, PackagesOnly = true, Policy = "strict" }).ConfigureAwait(false);
                watch.Stop();
                inProcess.Add(watch.Elapsed.TotalMilliseconds);
                if (report.Projects.Count != repository.ProjectCount || report.Projects.Any(p => !p.PackagesAudited))
                {
                    Console.WriteLine("FAILED: not every project was audited");
                    return false;
                }
            }

            // The real command, start-up included: what a user or CI waits for.
            var output = Path.Combine(repository.Base, "report.json");
            var process = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                process.Add(RunTimed("dotnet", Lockin, "audit", repository.Root, "--packages-only", "--policy", "strict", "--format", "json", "--output", output, "--fail-on", "error").Milliseconds);
            }

            var median = Median(process);
            Console.WriteLine("| Measurement | Time |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine("| `lockin audit --packages-only` (process, median of " + runs + ") | " + Seconds(median) + " |");
            Console.WriteLine("| in-process, first run (JIT, license data load) | " + Seconds(inProcess[0]) + " |");
            Console.WriteLine("| in-process, warm (median of " + runs + ") | " + Seconds(Median(inProcess.Skip(1).ToList())) + " |");
            Console.WriteLine("| per project, warm | " + (Median(inProcess.Skip(1).ToList()) / repository.ProjectCount).ToString("0.0", Invariant) + " ms |");
            Console.WriteLine();
            var target = median < 5000;
            Console.WriteLine("Target: under 5 s for 50 projects: " + (target ? "met" : "NOT met") + ".");
            Console.WriteLine();
            return true;
        }

        private static bool Sample(int runs)
        {
            var root = RepositoryRoot();
            var sample = Path.Combine(root, "samples", "ContosoSupport");
            Console.WriteLine("### Full audit of samples/ContosoSupport vs `dotnet build` of it (same run, interleaved, median of " + runs + ")");
            Console.WriteLine();
            var restore = RunTimed("dotnet", "restore", sample);
            if (restore.ExitCode != 0)
            {
                Console.WriteLine("FAILED: dotnet restore of the sample");
                return false;
            }

            var output = Path.Combine(Path.GetTempPath(), "lockin-bench-sample-" + Guid.NewGuid().ToString("N") + ".json");
            var audits = new List<double>();
            var builds = new List<double>();
            var incremental = new List<double>();
            RunTimed("dotnet", "build", sample, "-nologo", "-v:q"); // warm the build servers once, as a developer's machine has them
            for (var i = 0; i < runs; i++)
            {
                var audit = RunTimed("dotnet", Lockin, "audit", sample, "--format", "json", "--output", output);
                var build = Retried(() => RunTimed("dotnet", "build", sample, "--no-incremental", "-nologo", "-v:q"));
                var noop = Retried(() => RunTimed("dotnet", "build", sample, "-nologo", "-v:q"));
                if (audit.ExitCode != 0 || build.ExitCode != 0)
                {
                    Console.WriteLine("FAILED: audit exit " + audit.ExitCode + ", build exit " + build.ExitCode);
                    return false;
                }

                audits.Add(audit.Milliseconds);
                builds.Add(build.Milliseconds);
                incremental.Add(noop.Milliseconds);
            }

            File.Delete(output);
            var ratio = Median(audits) / Median(builds);
            Console.WriteLine("| Measurement | Time | Ratio to the build |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine("| `lockin audit samples/ContosoSupport` (packages + analyzers, process) | " + Seconds(Median(audits)) + " | " + ratio.ToString("0.00", Invariant) + " |");
            Console.WriteLine("| `dotnet build samples/ContosoSupport --no-incremental` | " + Seconds(Median(builds)) + " | 1.00 |");
            Console.WriteLine("| `dotnet build samples/ContosoSupport` (incremental, nothing changed) | " + Seconds(Median(incremental)) + " | " + (Median(incremental) / Median(builds)).ToString("0.00", Invariant) + " |");
            Console.WriteLine();
            return true;
        }

        /// <summary>On a shared machine another build may hold a file for a moment: retry a failed build (its time is not counted).</summary>
        private static (int ExitCode, double Milliseconds) Retried(Func<(int ExitCode, double Milliseconds)> run)
        {
            var result = run();
            for (var attempt = 0; attempt < 3 && result.ExitCode != 0; attempt++)
            {
                System.Threading.Thread.Sleep(5000);
                result = run();
            }

            return result;
        }

        internal static string Lockin => Path.Combine(AppContext.BaseDirectory, "lockin.dll");

        internal static (int ExitCode, double Milliseconds) RunTimed(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode > 1 || (process.ExitCode != 0 && file == "dotnet" && args.FirstOrDefault() == "build"))
            {
                Console.Error.WriteLine(file + " " + string.Join(" ", args) + " exited " + process.ExitCode + ":\n" + output.Result + error.Result);
            }

            return (process.ExitCode, watch.Elapsed.TotalMilliseconds);
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }

            return Directory.GetCurrentDirectory();
        }

        private static int Option(string[] args, string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, Invariant, out var value) ? value : fallback;
        }

        internal static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        internal static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", Invariant) + " s";
    }
}
