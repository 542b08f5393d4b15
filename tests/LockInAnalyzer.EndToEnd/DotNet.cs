using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace LockInAnalyzer.EndToEnd
{
    /// <summary>The result of one dotnet process.</summary>
    public sealed class ProcessResult
    {
        public ProcessResult(string command, int exitCode, string output, TimeSpan elapsed)
        {
            Command = command;
            ExitCode = exitCode;
            Output = output;
            Elapsed = elapsed;
        }

        public string Command { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public TimeSpan Elapsed { get; }

        public override string ToString() => "$ " + Command + " (exit " + ExitCode + ", " + Elapsed.TotalSeconds.ToString("0.0") + " s)\n" + Output;
    }

    /// <summary>Runs the dotnet CLI the way a developer would, isolated from the test host's own MSBuild environment.</summary>
    public static class DotNet
    {
        public static ProcessResult Run(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // `dotnet test` runs us inside an MSBuild-ish environment; a child build must not inherit it.
            var inherited = new List<string>();
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                inherited.Add((string)entry.Key);
            }

            foreach (var name in inherited)
            {
                if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("TreatWarningsAsErrors", StringComparison.OrdinalIgnoreCase) || name.Equals("ContinuousIntegrationBuild", StringComparison.OrdinalIgnoreCase))
                {
                    start.Environment.Remove(name);
                }
            }

            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["NUGET_SHOW_STACK"] = "true";

            var output = new StringBuilder();
            var stopwatch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(10).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 10 minutes:\n" + output);
            }

            process.WaitForExit();
            return new ProcessResult("dotnet " + string.Join(" ", arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }
}
