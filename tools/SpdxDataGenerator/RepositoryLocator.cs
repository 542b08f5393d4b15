using System;
using System.IO;

namespace LockInAnalyzer.Tools.SpdxDataGenerator
{
    /// <summary>Finds the repository root (the folder holding LockInAnalyzer.sln) and the shared SPDX data beside it.</summary>
    public static class RepositoryLocator
    {
        /// <summary>Searches upwards from the current directory, then from the application's own folder.</summary>
        public static string? FindRoot()
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

        /// <summary>
        /// The repository convention: the shared reference data sits beside the repository root (&lt;repo&gt;/../shared/spdx).
        /// LOCKIN_SPDX_DIR overrides it for unusual checkouts.
        /// </summary>
        public static string SpdxFolder(string repositoryRoot)
        {
            var overridden = Environment.GetEnvironmentVariable("LOCKIN_SPDX_DIR");
            return !string.IsNullOrEmpty(overridden)
                ? overridden!
                : Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "spdx"));
        }
    }
}
