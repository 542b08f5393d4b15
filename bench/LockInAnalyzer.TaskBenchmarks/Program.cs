using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LockInAnalyzer.Build;
using LockInAnalyzer.Build.Evaluation;

namespace LockInAnalyzer.TaskBenchmarks
{
    /// <summary>
    /// dotnet run -c Release --project bench/LockInAnalyzer.TaskBenchmarks -- [all|synthetic|sample|incremental] [--quick]
    /// Prints Markdown tables for docs/performance.md ("MSBuild task").
    /// </summary>
    internal static class Program
    {
        private static int runs = 21;

        private static int Main(string[] args)
        {
            var mode = args.FirstOrDefault(a => !a.StartsWith("-", StringComparison.Ordinal) && a != "quick") ?? "all";
            if (args.Contains("--quick") || args.Contains("quick"))
            {
                runs = 3;
            }

            if (mode == "generate")
            {
                // Leaves a synthetic 1,000-package project on disk for profiling; prints its assets file.
                var repository = new SyntheticRepository(1000);
                Console.WriteLine(repository.AssetsFile);
                return 0;
            }

            if (mode == "phases")
            {
                using var repository = new SyntheticRepository(1000);
                Phases(repository);
                return 0;
            }

            var root = SourceRoot();
            Console.WriteLine("# LockInAudit task benchmark (" + mode + ", " + runs + " runs per figure, " + Environment.ProcessorCount + " cores, .NET " + Environment.Version + ", load average " + LoadAverage() + ")");
            Console.WriteLine();
            var ok = true;
            if (mode is "all" or "synthetic" or "sample")
            {
                Console.WriteLine("| Project | Packages audited | First call in process (wall) | Calls 2-" + (runs + 1) + ", verdicts cached: CPU / wall | Steady state, verdicts cached: CPU / wall | Steady state, verdict cache cleared: CPU / wall | Findings |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
                if (mode is "all" or "synthetic")
                {
                    using var synthetic = new SyntheticRepository(1000);
                    ok &= InProcess("synthetic, 1,000 packages (audit mode all)", synthetic.ProjectPath, synthetic.AssetsFile, synthetic.ObjDirectory, "all");
                }

                if (mode is "all" or "sample")
                {
                    var sample = Path.Combine(root, "samples", "ContosoSupport");
                    var assets = Path.Combine(sample, "obj", "project.assets.json");
                    if (!File.Exists(assets))
                    {
                        Run(root, "restore", sample);
                    }

                    var obj = Path.Combine(Path.GetTempPath(), "lockin-task-bench-sample-" + Guid.NewGuid().ToString("N").Substring(0, 8));
                    ok &= InProcess("samples/ContosoSupport (audit mode all)", Path.Combine(sample, "ContosoSupport.csproj"), assets, obj, "all");
                    ok &= InProcess("samples/ContosoSupport (default preset: direct)", Path.Combine(sample, "ContosoSupport.csproj"), assets, obj, string.Empty);
                    TryDelete(obj);
                }

                Console.WriteLine();
            }

            if (mode is "all" or "incremental")
            {
                ok &= Incremental(root);
            }

            return ok ? 0 : 1;
        }

        private static bool InProcess(string label, string projectPath, string assetsFile, string objDirectory, string auditMode)
        {
            LockInAudit Task(QuietBuildEngine engine) => new LockInAudit
            {
                BuildEngine = engine,
                ProjectPath = projectPath,
                ProjectName = Path.GetFileNameWithoutExtension(projectPath),
                ProjectAssetsFile = assetsFile,
                AuditMode = auditMode,
                SidecarFile = Path.Combine(objDirectory, "lockin.result.json"),
                FindingsFile = Path.Combine(objDirectory, "lockin.findings.json"),
                InputsFile = Path.Combine(objDirectory, "lockin.inputs.txt"),
                GeneratedConfigFile = Path.Combine(objDirectory, "lockin.generated.globalconfig"),
            };

            var first = Stopwatch.StartNew();
            var firstEngine = new QuietBuildEngine();
            var succeeded = Task(firstEngine).Execute();
            first.Stop();
            if (firstEngine.Errors > 0 && !succeeded)
            {
                Console.Error.WriteLine(label + ": the task logged " + firstEngine.Errors + " errors");
            }

            // Calls 2..N+1: what an MSBuild node sees (the task runs once per project, so its code is mostly still tier-0 JIT code).
            var early = Measure(() => Task(new QuietBuildEngine()).Execute());
            for (var i = 0; i < (runs < 10 ? 10 : 100); i++)
            {
                Task(new QuietBuildEngine()).Execute();
            }

            // After 100 more calls the JIT has settled (tier-1): the task's own cost.
            var steady = Measure(() => Task(new QuietBuildEngine()).Execute());
            var uncached = Measure(() =>
            {
                LockInAnalyzer.Policy.Audit.PackageLicenseLocator.ClearCache();
                Task(new QuietBuildEngine()).Execute();
            });
            var sidecar = File.ReadAllText(Path.Combine(objDirectory, "lockin.result.json"));
            var packages = Regex.Matches(sidecar, "\\{ \"id\": ").Count;
            Console.WriteLine("| " + label + " | " + packages.ToString("N0", CultureInfo.InvariantCulture) + " | " + Ms(first.Elapsed.TotalMilliseconds)
                + " | " + Ms(early.Cpu) + " / " + Ms(early.Wall) + " | " + Ms(steady.Cpu) + " / " + Ms(steady.Wall) + " | " + Ms(uncached.Cpu) + " / " + Ms(uncached.Wall) + " | "
                + (firstEngine.Errors + firstEngine.Warnings).ToString(CultureInfo.InvariantCulture) + " |");
            return true;
        }

        /// <summary>Where the time of one warm evaluation goes (CPU medians), for the 1,000-package project.</summary>
        private static void Phases(SyntheticRepository repository)
        {
            var inputs = new AuditInputs { ProjectAssetsFile = repository.AssetsFile, ProjectPath = repository.ProjectPath, ProjectName = "App", AuditMode = "all" };
            AuditOutcome? outcome = null;
            AuditSession.Run(inputs);
            var gc0 = GC.CollectionCount(0);
            var gc1 = GC.CollectionCount(1);
            var gc2 = GC.CollectionCount(2);
            var allocated = GC.GetTotalAllocatedBytes();
            var evaluate = Measure(() => outcome = AuditSession.Run(inputs));
            Console.WriteLine("per run: " + ((GC.GetTotalAllocatedBytes() - allocated) / runs / 1024) + " KiB allocated, GCs gen0/1/2: " + (GC.CollectionCount(0) - gc0) + "/" + (GC.CollectionCount(1) - gc1) + "/" + (GC.CollectionCount(2) - gc2) + " in " + runs + " runs; heap " + (GC.GetTotalMemory(false) / 1024 / 1024) + " MiB");
            var sidecar = Measure(() => LockInAnalyzer.Build.Output.SidecarWriter.Write(inputs, outcome!));
            var findings = Measure(() => LockInAnalyzer.Build.Reporting.FindingsFile.Write(outcome!.Diagnostics));
            var text = LockInAnalyzer.Build.Output.SidecarWriter.Write(inputs, outcome!);
            var write = Measure(() => LockInAnalyzer.Build.Output.OutputFiles.Write(Path.Combine(repository.ObjDirectory, "x.json"), text, onlyWhenDifferent: false));
            var assetsText = File.ReadAllText(repository.AssetsFile);
            var read = Measure(() => LockInAnalyzer.Policy.Assets.ProjectAssetsReader.Read(assetsText, repository.AssetsFile, new List<LockInAnalyzer.Catalog.SourceProblem>()));
            var assets = LockInAnalyzer.Policy.Assets.ProjectAssetsReader.Read(assetsText, repository.AssetsFile, new List<LockInAnalyzer.Catalog.SourceProblem>())!;
            var identify = Measure(() =>
            {
                foreach (var package in assets.Packages)
                {
                    LockInAnalyzer.Policy.Audit.PackageLicenseLocator.Identify(package, assets.PackageFolders);
                }
            });
            var policy = LockInAnalyzer.Policy.Policies.PolicyResolver.Resolve(null, _ => null).Policy;
            var resolve = Measure(() => LockInAnalyzer.Policy.Policies.PolicyResolver.Resolve(null, _ => null));
            var audit = Measure(() => LockInAnalyzer.Policy.Audit.PackageAuditor.Audit(new LockInAnalyzer.Policy.Audit.AuditRequest(assets, policy, "App", p => LockInAnalyzer.Policy.Audit.PackageLicenseLocator.Identify(p, assets.PackageFolders)) { AuditMode = LockInAnalyzer.Policy.Policies.AuditMode.All }));
            var bounded = Measure(() => LockInAnalyzer.Policy.Licensing.PackageFolderAccess.ReadBoundedText(repository.AssetsFile, "x", AuditSession.MaxAssetsFileBytes));
            var plain = Measure(() => File.ReadAllText(repository.AssetsFile));
            var combined = Measure(() => LockInAnalyzer.Policy.Assets.ProjectAssetsReader.Read(AuditSession.ReadBounded(repository.AssetsFile, AuditSession.MaxAssetsFileBytes)!, repository.AssetsFile, new List<LockInAnalyzer.Catalog.SourceProblem>()));
            var combined2 = Measure(() => LockInAnalyzer.Policy.Assets.ProjectAssetsReader.Read(File.ReadAllText(repository.AssetsFile), repository.AssetsFile, new List<LockInAnalyzer.Catalog.SourceProblem>()));
            Console.WriteLine("ReadBounded+Read: " + Ms(combined.Wall) + " wall " + Ms(combined.Cpu) + " CPU; ReadAllText+Read: " + Ms(combined2.Wall) + " wall " + Ms(combined2.Cpu) + " CPU");
            Console.WriteLine("ReadBoundedText: " + Ms(bounded.Wall) + " wall; File.ReadAllText: " + Ms(plain.Wall) + " wall");
            Console.WriteLine("policy resolve: " + Ms(resolve.Cpu) + " CPU; cached identification of all packages: " + Ms(identify.Cpu) + " CPU; PackageAuditor.Audit incl. cached identification: " + Ms(audit.Cpu) + " CPU");
            for (var i = 0; i < 4; i++)
            {
                var again = Measure(() => outcome = AuditSession.Run(inputs));
                Console.WriteLine("evaluation again (" + ((i + 2) * runs) + " calls so far): " + Ms(again.Cpu) + " CPU / " + Ms(again.Wall) + " wall");
            }

            Console.WriteLine("evaluation (policy, assets, cached verdicts, audit): " + Ms(evaluate.Cpu) + " CPU / " + Ms(evaluate.Wall) + " wall");
            Console.WriteLine("  of which assets reader: " + Ms(read.Cpu) + " CPU / " + Ms(read.Wall) + " wall");
            Console.WriteLine("sidecar text: " + Ms(sidecar.Cpu) + " CPU; findings text: " + Ms(findings.Cpu) + " CPU; sidecar write: " + Ms(write.Cpu) + " CPU");
        }

        /// <summary>
        /// Median wall-clock and median CPU time (this process's user+kernel time) of <see cref="runs"/> runs. On a
        /// shared, oversubscribed machine wall-clock includes waiting for a core; CPU time is what the task costs.
        /// </summary>
        private static (double Wall, double Cpu) Measure(Action action)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                action();
                wall.Add(stopwatch.Elapsed.TotalMilliseconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }

            wall.Sort();
            cpu.Sort();
            return (wall[wall.Count / 2], cpu[cpu.Count / 2]);
        }

        /// <summary>
        /// Two or more real builds of a temp project that imports the task's targets: the first evaluates, the rest are
        /// no-op builds whose _LockInEvaluate target is skipped (MSBuild's -clp:PerformanceSummary gives the times).
        /// </summary>
        private static bool Incremental(string root)
        {
            var work = Path.Combine(Path.GetTempPath(), "lockin-task-bench-incremental-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            var tasks = Path.Combine(work, "tasks");
            var project = Path.Combine(work, "App");
            Directory.CreateDirectory(tasks);
            Directory.CreateDirectory(project);
            foreach (var dll in new[] { "LockInAnalyzer.Build.dll", "LockInAnalyzer.Policy.dll", "LockInAnalyzer.Catalog.dll" })
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, dll), Path.Combine(tasks, dll));
            }

            var build = Path.Combine(root, "src", "LockInAnalyzer.Build", "build");
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project>\n  <Import Project=\"" + Path.Combine(build, "LockInAnalyzer.props") + "\" />\n  <PropertyGroup><NuGetAudit>false</NuGetAudit></PropertyGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(work, "Directory.Build.targets"), "<Project>\n  <PropertyGroup><LockInTaskAssembly>" + Path.Combine(tasks, "LockInAnalyzer.Build.dll") + "</LockInTaskAssembly></PropertyGroup>\n  <Import Project=\"" + Path.Combine(build, "LockInAnalyzer.targets") + "\" />\n</Project>\n");
            File.WriteAllText(Path.Combine(project, "App.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
                + "    <PackageReference Include=\"OpenAI\" Version=\"2.15.0\" />\n    <PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />\n  </ItemGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(project, "Program.cs"), "internal static class Program { private static void Main() { } }\n");

            Console.WriteLine("| Build of a 1-project app (OpenAI, Newtonsoft.Json) | Whole build | `_LockInEvaluate` target | `LockInAudit` task | `_LockInReport` target | `LockInReport` task |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            var noOps = new List<Dictionary<string, double>>();
            var count = Math.Max(3, Math.Min(runs, 5));
            for (var i = 0; i <= count; i++)
            {
                var result = Run(project, "build", "-c", "Release", "-nodeReuse:false", "-tl:off", "-clp:PerformanceSummary", "-v:n");
                if (result.ExitCode != 0)
                {
                    Console.Error.WriteLine(result.Output);
                    TryDelete(work);
                    return false;
                }

                var times = PerformanceSummary(result.Output);
                times["(build)"] = result.Elapsed.TotalMilliseconds;
                if (i == 0)
                {
                    Row("first build (restore, compile, evaluation)", times);
                    if (!result.Output.Contains("LockIn: evaluated 'App'", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine("the first build did not evaluate");
                        return false;
                    }
                }
                else
                {
                    if (!result.Output.Contains("Skipping target \"_LockInEvaluate\" because all output files are up-to-date", StringComparison.Ordinal) || !result.Output.Contains("warning LOCK100", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine("no-op build " + i + " did not skip the evaluation or lost the warning:\n" + result.Output);
                        return false;
                    }

                    noOps.Add(times);
                }
            }

            var median = new Dictionary<string, double>();
            foreach (var key in noOps.SelectMany(t => t.Keys).Distinct())
            {
                var values = noOps.Select(t => t.TryGetValue(key, out var v) ? v : 0).OrderBy(v => v).ToList();
                median[key] = values[values.Count / 2];
            }

            Row("no-op build (median of " + noOps.Count + "): evaluation skipped, findings replayed", median);
            Console.WriteLine();
            TryDelete(work);
            return true;
        }

        private static void Row(string label, Dictionary<string, double> times)
        {
            string Get(string key) => times.TryGetValue(key, out var v) ? Ms(v) : "not run";
            Console.WriteLine("| " + label + " | " + Get("(build)") + " | " + Get("target:_LockInEvaluate") + " | " + Get("task:LockInAudit") + " | " + Get("target:_LockInReport") + " | " + Get("task:LockInReport") + " |");
        }

        private static Dictionary<string, double> PerformanceSummary(string output)
        {
            var result = new Dictionary<string, double>(StringComparer.Ordinal);
            var section = string.Empty;
            foreach (var raw in output.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                if (line.Contains("Target Performance Summary", StringComparison.Ordinal))
                {
                    section = "target:";
                    continue;
                }

                if (line.Contains("Task Performance Summary", StringComparison.Ordinal))
                {
                    section = "task:";
                    continue;
                }

                var match = Regex.Match(line, @"^\s*(\d+) ms\s+(\S+)\s+\d+ calls");
                if (section.Length > 0 && match.Success)
                {
                    result[section + match.Groups[2].Value] = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }

            return result;
        }

        private static (int ExitCode, string Output, TimeSpan Elapsed) Run(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result, stopwatch.Elapsed);
        }

        private static string LoadAverage()
        {
            try
            {
                return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
            }
            catch (IOException)
            {
                return "n/a";
            }
        }

        private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

        private static string SourceRoot()
        {
            var recorded = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "LockInSourceRoot")?.Value;
            if (!string.IsNullOrEmpty(recorded) && File.Exists(Path.Combine(recorded, "LockInAnalyzer.sln")))
            {
                return Path.GetFullPath(recorded);
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("LockInAnalyzer.sln not found above " + AppContext.BaseDirectory);
        }

        private static void TryDelete(string path)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
