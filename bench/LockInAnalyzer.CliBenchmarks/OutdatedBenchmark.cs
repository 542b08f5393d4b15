using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Outdated;

namespace LockInAnalyzer.CliBenchmarks
{
    /// <summary>
    /// <c>lockin outdated</c> on one project with N direct packages against a local folder feed: each package has its
    /// restored version, a newer minor with a license expression (decided by the listing) and a newer major with a
    /// license file (read from the nupkg), every fourth one commercial.
    /// </summary>
    internal static class OutdatedBenchmark
    {
        private const string Commercial = "Use of this component requires a commercial license. Purchase a license at example.com.";
        private const string Mit = "Licensed under the MIT license. See https://opensource.org/licenses/MIT.";

        public static async Task<bool> Run(int packages, int runs)
        {
            using var repository = new GeneratedRepository(1, packages, 0, packages);
            var feed = Path.Combine(repository.Base, "feed");
            Directory.CreateDirectory(feed);
            var index = 0;
            foreach (var (id, version) in repository.Pool)
            {
                var parts = version.Split('.').Select(int.Parse).ToArray();
                Nupkg(feed, id, version, "<license type=\"expression\">MIT</license>", null);
                Nupkg(feed, id, parts[0] + "." + (parts[1] + 1) + ".0", "<license type=\"expression\">MIT</license>", null);
                Nupkg(feed, id, (parts[0] + 1) + ".0.0", "<license type=\"file\">LICENSE.txt</license>", index++ % 4 == 0 ? Commercial : Mit);
            }

            File.WriteAllText(Path.Combine(repository.Root, "nuget.config"), "<configuration><packageSources><clear /><add key=\"bench\" value=\"" + feed + "\" /></packageSources></configuration>");
            Console.WriteLine("### `lockin outdated`: " + packages + " direct packages, a local folder feed of " + packages * 3 + " nupkgs (" + packages + " license files to read from nupkgs)");
            Console.WriteLine();

            var inProcess = new List<double>();
            var traps = 0;
            for (var i = 0; i < runs + 1; i++)
            {
                var watch = Stopwatch.StartNew();
                var forecast = await new UpgradeForecaster().ForecastAsync(new OutdatedOptions { Path = repository.Root }, default).ConfigureAwait(false);
                watch.Stop();
                inProcess.Add(watch.Elapsed.TotalMilliseconds);
                traps = forecast.AllPackages.Count(p => p.UpgradeLeavesPolicy);
                if (forecast.Problems.Count > 0 || forecast.AllPackages.Count() != packages || traps == 0)
                {
                    Console.WriteLine("FAILED: " + forecast.Problems.Count + " problems, " + forecast.AllPackages.Count() + " packages, " + traps + " upgrades leaving the policy");
                    return false;
                }
            }

            var output = Path.Combine(repository.Base, "outdated.json");
            var process = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var (exitCode, milliseconds) = Program.RunTimed("dotnet", Program.Lockin, "outdated", repository.Root, "--format", "json", "--output", output);
                if (exitCode != 1)
                {
                    Console.WriteLine("FAILED: lockin outdated exited " + exitCode + " (expected 1: some newest versions are commercial)");
                    return false;
                }

                process.Add(milliseconds);
            }

            Console.WriteLine("| Measurement | Time |");
            Console.WriteLine("|---|---:|");
            Console.WriteLine("| `lockin outdated` (process, median of " + runs + ") | " + Program.Seconds(Program.Median(process)) + " |");
            Console.WriteLine("| in-process, first run (JIT, license data load) | " + Program.Seconds(inProcess[0]) + " |");
            Console.WriteLine("| in-process, warm (median of " + runs + ") | " + Program.Seconds(Program.Median(inProcess.Skip(1).ToList())) + " |");
            Console.WriteLine("| per package, warm | " + (Program.Median(inProcess.Skip(1).ToList()) / packages).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " ms |");
            Console.WriteLine();
            Console.WriteLine(traps + " of " + packages + " packages have a newest version the default policy does not allow.");
            Console.WriteLine();
            return true;
        }

        private static void Nupkg(string feed, string id, string version, string license, string? licenseText)
        {
            using var zip = ZipFile.Open(Path.Combine(feed, id.ToLowerInvariant() + "." + version + ".nupkg"), ZipArchiveMode.Create);
            Entry(zip, id + ".nuspec", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id
                + "</id>\n    <version>" + version + "</version>\n    <authors>bench</authors>\n    " + license + "\n    <description>generated</description>\n  </metadata>\n</package>\n");
            if (licenseText != null)
            {
                Entry(zip, "LICENSE.txt", licenseText);
            }
        }

        private static void Entry(ZipArchive zip, string name, string text)
        {
            using var stream = zip.CreateEntry(name).Open();
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
