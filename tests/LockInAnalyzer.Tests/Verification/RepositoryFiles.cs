using System;
using System.IO;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>Files of the repository the tests run from, found by walking up to the folder that holds LockInAnalyzer.sln.</summary>
    public static class RepositoryFiles
    {
        private static readonly Lazy<string> RootDirectory = new Lazy<string>(FindRoot);

        public static string Root => RootDirectory.Value;

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " contains LockInAnalyzer.sln.");
        }
    }
}
