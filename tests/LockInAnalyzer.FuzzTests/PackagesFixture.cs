using System;
using System.IO;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// A packages folder with one honest package and every way out of it: a linked folder and file inside the package,
    /// a dangling link, a package version folder and a package id folder that are links to a folder outside. The
    /// outside folder holds <see cref="Secret"/>; reading it through any path is the failure the fuzzer looks for.
    /// </summary>
    public sealed class PackagesFixture : IDisposable
    {
        public const string Secret = "SECRET-OUTSIDE-THE-PACKAGES-FOLDER";

        public PackagesFixture()
        {
            Root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lockin-fuzz", Guid.NewGuid().ToString("N"))).FullName;
            PackagesRoot = Path.Combine(Root, "packages");
            PackageFolder = Path.Combine(PackagesRoot, "contoso.lib", "1.0.0");
            var outside = Directory.CreateDirectory(Path.Combine(Root, "outside")).FullName;
            File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
            Directory.CreateDirectory(Path.Combine(PackageFolder, "docs"));
            File.WriteAllText(Path.Combine(PackageFolder, "LICENSE.txt"), "MIT License");
            File.WriteAllText(Path.Combine(PackageFolder, "docs", "LICENSE.md"), "MIT License");
            Directory.CreateSymbolicLink(Path.Combine(PackageFolder, "linkdir"), outside);
            File.CreateSymbolicLink(Path.Combine(PackageFolder, "linkfile.txt"), Path.Combine(outside, "secret.txt"));
            File.CreateSymbolicLink(Path.Combine(PackageFolder, "dangling.txt"), Path.Combine(outside, "gone.txt"));
            Directory.CreateDirectory(Path.Combine(PackagesRoot, "linked"));
            Directory.CreateSymbolicLink(Path.Combine(PackagesRoot, "linked", "1.0.0"), outside);
            Directory.CreateSymbolicLink(Path.Combine(PackagesRoot, "linkedid"), Path.Combine(Root));
        }

        public string Root { get; }

        public string PackagesRoot { get; }

        public string PackageFolder { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
