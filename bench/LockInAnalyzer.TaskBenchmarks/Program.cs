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

            var root = SourceRoot();
            Console.WriteLine("# LockInAudit task benchmark (" + mode + ", " + runs + " runs per figure, " + Environment.ProcessorCount + " cores, .NET " + Environment.Version + ")");
            Console.WriteLine();
            var ok = true;
            if (mode is "all" or "synthetic" or "sample")
            {
                Console.WriteLine("| Project | Packages audited | First call in process | Warm, verdicts cached (median) | Warm, cache cleared (median) | Findings |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|");
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

            var cached = Measure(() => Task(new QuietBuildEngine()).Execute());
            var uncached = Measure(() =>
            {
                PackageLicenses.ClearCache();
                Task(new QuietBuildEngine()).Execute();
            });
            var sidecar = File.ReadAllText(Path.Combine(objDirectory, "lockin.result.json"));
            var packages = Regex.Matches(sidecar, "\\{ \"id\": ").Count;
            Console.WriteLine("| " + label + " | " + packages.ToString("N0", CultureInfo.InvariantCulture) + " | " + Ms(first.Elapsed.TotalMilliseconds) + " | " + Ms(cached) + " | " + Ms(uncached) + " | "
                + (firstEngine.Errors + firstEngine.Warnings).ToString(CultureInfo.InvariantCulture) + " |");
            return true;
        }

        private static double Measure(Action action)
        {
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                action();
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return times[times.Count / 2];
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
            foreach (var dll in new[] { "LockInAnalyzer.Build.dll", "LockInAnalyzer.Policy.dll" })
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

        private static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

        private static string SourceRoot()
        {
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
