using System;
using System.IO;
using LockInAnalyzer.Tools.SpdxDataGenerator;

namespace LockInAnalyzer.Policy.Tests
{
    /// <summary>Where the repository, the shared SPDX data and the global packages folder are.</summary>
    internal static class TestEnvironment
    {
        public static string RepositoryRoot =>
            RepositoryLocator.FindRoot() ?? throw new InvalidOperationException("LockInAnalyzer.sln not found above " + AppContext.BaseDirectory);

        /// <summary>&lt;repo&gt;/../shared/spdx; CI always has it, so a missing folder fails the tests that need it.</summary>
        public static string SpdxFolder
        {
            get
            {
                var folder = RepositoryLocator.SpdxFolder(RepositoryRoot);
                if (!File.Exists(Path.Combine(folder, "licenses.json")))
                {
                    throw new InvalidOperationException("The SPDX reference data is missing: expected " + Path.Combine(folder, "licenses.json") + " (the repository convention is <repo>/../shared/spdx; LOCKIN_SPDX_DIR overrides it).");
                }

                return folder;
            }
        }

        public static string LicensesDataFolder => Path.Combine(RepositoryRoot, "policies", "licenses");

        /// <summary>The global packages folder: NUGET_PACKAGES, else ~/.nuget/packages (NuGet's own rule).</summary>
        public static string GlobalPackagesFolder
        {
            get
            {
                var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
                return !string.IsNullOrEmpty(configured)
                    ? configured
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }
        }

        /// <summary>
        /// The extracted folder of a package that the test project's PackageDownload items put into the global
        /// packages folder during restore. A missing folder is a setup error, so it fails loudly.
        /// </summary>
        public static string RealPackage(string id, string version)
        {
            var folder = Path.Combine(GlobalPackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException("Package " + id + " " + version + " is not in " + GlobalPackagesFolder + "; it should have been downloaded by the PackageDownload items of LockInAnalyzer.Policy.Tests.csproj during restore.");
            }

            return folder;
        }
    }

    /// <summary>A fresh temporary folder, deleted afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lockin-policy-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relativePath, string content)
        {
            var full = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
            return full;
        }

        public string Folder(string relativePath)
        {
            var full = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(full);
            return full;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder must not fail a test.
            }
        }
    }
}
