using System;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Tools.SpdxDataGenerator
{
    /// <summary>
    /// Usage: SpdxDataGenerator [spdx-folder] [output-folder] [--check] [--report]
    /// Defaults follow the repository convention: &lt;repo&gt;/../shared/spdx and &lt;repo&gt;/policies/licenses.
    /// --check compares instead of writing (exit code 1 on any difference); --report prints the fingerprint
    /// measurements used in docs/licenses.md.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var check = args.Contains("--check");
            var report = args.Contains("--report");
            var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var repo = RepositoryLocator.FindRoot();
            if ((positional.Length < 2) && repo == null)
            {
                Console.Error.WriteLine("Cannot find the repository root (LockInAnalyzer.sln); pass the SPDX folder and the output folder.");
                return 2;
            }

            var spdx = positional.Length > 0 ? positional[0] : RepositoryLocator.SpdxFolder(repo!);
            var output = positional.Length > 1 ? positional[1] : Path.Combine(repo!, "policies", "licenses");
            if (!File.Exists(Path.Combine(spdx, "licenses.json")))
            {
                Console.Error.WriteLine("No licenses.json in '" + spdx + "'.");
                return 2;
            }

            var files = SpdxData.Generate(spdx);
            if (report)
            {
                var problems = new System.Collections.Generic.List<LockInAnalyzer.Catalog.SourceProblem>();
                var fingerprints = LicenseDataReader.ReadFingerprints(files[LicenseDataReader.FingerprintsFile], problems);
                Console.Write(FingerprintReport.Markdown(FingerprintReport.Measure(SpdxData.ReadTexts(spdx), fingerprints)));
                return 0;
            }

            var differences = 0;
            foreach (var pair in files)
            {
                var path = Path.Combine(output, pair.Key);
                if (check)
                {
                    if (!File.Exists(path) || File.ReadAllText(path, SpdxData.Utf8NoBom) != pair.Value)
                    {
                        Console.Error.WriteLine(path + " is out of date.");
                        differences++;
                    }
                }
                else
                {
                    Directory.CreateDirectory(output);
                    File.WriteAllText(path, pair.Value, SpdxData.Utf8NoBom);
                    Console.WriteLine("wrote " + path);
                }
            }

            return differences == 0 ? 0 : 1;
        }
    }
}
