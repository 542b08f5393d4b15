using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>The bundled sample (samples/ContosoSupport), restored once if it never was (restore writes only its obj/).</summary>
    internal static class SampleFixture
    {
        private static readonly object Gate = new object();

        public static string Directory => Path.Combine(Cli.RepositoryRoot, "samples", "ContosoSupport");

        public static string EnsureRestored()
        {
            lock (Gate)
            {
                var assets = Path.Combine(Directory, "obj", "project.assets.json");
                if (!File.Exists(assets))
                {
                    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                    start.ArgumentList.Add("restore");
                    start.ArgumentList.Add(Path.Combine(Directory, "ContosoSupport.csproj"));
                    using var process = Process.Start(start)!;
                    var output = process.StandardOutput.ReadToEndAsync();
                    var error = process.StandardError.ReadToEndAsync();
                    if (!process.WaitForExit(300_000) || process.ExitCode != 0)
                    {
                        throw new InvalidOperationException("dotnet restore of the sample failed:\n" + output.Result + error.Result);
                    }
                }

                // Let the restore's file timestamps settle before a test snapshots the tree.
                Thread.Sleep(10);
                return Directory;
            }
        }
    }
}
