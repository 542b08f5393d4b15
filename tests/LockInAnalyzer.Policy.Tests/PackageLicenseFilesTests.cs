using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    /// <summary>License files the nuspec does not name: found by name, read as safely as a named one.</summary>
    public class PackageLicenseFilesTests
    {
        private const string Mit = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.";

        private static PackageMetadata UrlOnly() =>
            new PackageMetadata("Contoso.Lib", "1.0.0", licenseUrl: "https://github.com/contoso/lib/blob/main/LICENSE");

        [Fact]
        public void Candidates_are_ordered_best_name_first_root_before_folders_and_bounded()
        {
            using var temp = new TempFolder();
            foreach (var name in new[] { "README.md", "EULA.txt", "COPYING", "LICENSE-MIT", "LICENSE.md", "THIRD-PARTY-NOTICES.txt", "licenses/LICENSE.txt", "lib/LICENSE.txt" })
            {
                temp.Write(name, "x");
            }

            Assert.Equal(new[] { "LICENSE.md", "LICENSE-MIT", "COPYING", "EULA.txt", "licenses/LICENSE.txt" }, PackageLicenseFiles.Find(new PackageFolderAccess(temp.Path)));

            for (var i = 0; i < 12; i++)
            {
                temp.Write("LICENSE-" + i + ".txt", "x");
            }

            Assert.Equal(PackageLicenseFiles.MaxCandidates, PackageLicenseFiles.Find(new PackageFolderAccess(temp.Path)).Count);
        }

        [Fact]
        public void A_symlinked_license_file_is_not_evidence()
        {
            using var temp = new TempFolder();
            var outside = temp.Write("outside.txt", Mit);
            var package = temp.Folder("package");
            File.CreateSymbolicLink(Path.Combine(package, "LICENSE"), outside);

            var verdict = LicenseIdentifier.Default.Identify(UrlOnly(), package);

            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, verdict.EvidenceKind);
            Assert.Equal("UnsafePath: refused to read 'LICENSE': the path goes through a symbolic link or junction ('LICENSE')", Assert.Single(verdict.Problems).ToString());
        }

        [Fact]
        public void A_symlinked_license_folder_is_not_listed()
        {
            using var temp = new TempFolder();
            temp.Write("outside/LICENSE.txt", Mit);
            var package = temp.Folder("package");
            Directory.CreateSymbolicLink(Path.Combine(package, "licenses"), Path.Combine(temp.Path, "outside"));

            Assert.Empty(new PackageFolderAccess(package).ListFiles("licenses"));
            Assert.Equal(LicenseCategory.Unknown, LicenseIdentifier.Default.Identify(UrlOnly(), package).Category);
        }

        [Fact]
        public void A_missing_folder_lists_nothing()
        {
            Assert.Empty(new PackageFolderAccess(Path.Combine(Path.GetTempPath(), "lockin-no-such-package-folder")).ListFiles(string.Empty));
        }

        [Fact]
        public void The_first_recognised_candidate_decides_and_unrecognised_ones_are_skipped()
        {
            using var temp = new TempFolder();
            temp.Write("LICENSE", "See the licenses folder.");
            temp.Write("licenses/LICENSE.txt", "MIT License\n\n" + Mit);

            var verdict = LicenseIdentifier.Default.Identify(UrlOnly(), temp.Path);

            Assert.Equal("MIT", verdict.Expression);
            Assert.Equal("license file licenses/LICENSE.txt (in the package, not named by the nuspec): MIT", verdict.Evidence);
            Assert.True(verdict.Problems.Count == 0, string.Join("; ", verdict.Problems.Select(p => p.ToString())));
        }
    }
}
