using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Files of the repository the tests run from, found by walking up to the folder that holds LockInAnalyzer.sln: from
    /// the test's output folder, or, when the build put its output elsewhere (<c>--artifacts-path</c>), from this source file.
    /// </summary>
    public static class RepositoryFiles
    {
        private static readonly Lazy<string> RootDirectory = new Lazy<string>(() => FindRoot());

        public static string Root => RootDirectory.Value;

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        private static string FindRoot([CallerFilePath] string sourceFile = "")
        {
            foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) })
            {
                for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(System.IO.Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " or " + sourceFile + " contains LockInAnalyzer.sln.");
        }
    }
}
