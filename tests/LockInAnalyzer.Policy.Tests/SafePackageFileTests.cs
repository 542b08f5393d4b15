using System.IO;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class SafePackageFileTests
    {
        private const string Secret = "Permission is hereby granted, free of charge, SECRET";

        [Theory]
        [InlineData("../outside.txt", "refused to read '../outside.txt': the path contains a '..' segment")]
        [InlineData("docs/../../outside.txt", "refused to read 'docs/../../outside.txt': the path contains a '..' segment")]
        [InlineData("docs\\..\\..\\outside.txt", "refused to read 'docs\\..\\..\\outside.txt': the path contains a '..' segment")]
        [InlineData("docs/ ../x", "refused to read 'docs/ ../x': the path contains a '..' segment")]
        [InlineData("docs/.../x", "refused to read 'docs/.../x': the path has a segment ending in '.' or a space")]
        [InlineData("/etc/passwd", "refused to read '/etc/passwd': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("\\\\server\\share\\LICENSE", "refused to read '\\\\server\\share\\LICENSE': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("C:\\Windows\\win.ini", "refused to read 'C:\\Windows\\win.ini': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("c:LICENSE", "refused to read 'c:LICENSE': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("LICENSE:stream", "refused to read 'LICENSE:stream': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("~/LICENSE", "refused to read '~/LICENSE': the path is absolute; a package file must be named relative to the package root")]
        [InlineData("./", "refused to read './': the path names no file")]
        [InlineData("LICENSE\0.txt", "refused to read 'LICENSE\0.txt': the path contains characters that are not allowed in a path")]
        [InlineData("", "the file path is empty")]
        [InlineData("  ", "the file path is empty")]
        public void Unsafe_paths_are_refused_before_touching_the_disk(string path, string message)
        {
            using var temp = new TempFolder();
            temp.Write("outside.txt", Secret);
            var package = temp.Folder("package");
            var result = new PackageFolderAccess(package).ReadText(path, PackageFolderAccess.MaxLicenseFileBytes);
            Assert.False(result.Success);
            Assert.Null(result.Text);
            Assert.Equal(PackageProblemKind.UnsafePath, result.Problem!.Kind);
            Assert.Equal(message, result.Problem.Message);
        }

        [Theory]
        [InlineData("LICENSE.md")]
        [InlineData("./LICENSE.md")]
        [InlineData("docs/LICENSE.txt")]
        [InlineData("docs\\LICENSE.txt")]
        [InlineData("docs//LICENSE.txt")]
        [InlineData("license.MD")]
        public void Safe_paths_are_read(string path)
        {
            using var temp = new TempFolder();
            temp.Write("LICENSE.md", "the license");
            temp.Write("docs/LICENSE.txt", "the license");
            var result = new PackageFolderAccess(temp.Path).ReadText(path, 100);
            Assert.True(result.Success, result.Problem?.Message);
            Assert.Equal("the license", result.Text);
        }

        [Fact]
        public void A_symlink_to_a_file_outside_is_refused_and_not_read()
        {
            using var temp = new TempFolder();
            var outside = temp.Write("outside.txt", Secret);
            var package = temp.Folder("package");
            File.CreateSymbolicLink(Path.Combine(package, "LICENSE.txt"), outside);
            var result = new PackageFolderAccess(package).ReadText("LICENSE.txt", PackageFolderAccess.MaxLicenseFileBytes);
            Assert.Equal(PackageProblemKind.UnsafePath, result.Problem!.Kind);
            Assert.Equal("refused to read 'LICENSE.txt': the path goes through a symbolic link or junction ('LICENSE.txt')", result.Problem.Message);
            Assert.Null(result.Text);
        }

        [Fact]
        public void A_symlink_even_to_a_file_inside_is_refused()
        {
            using var temp = new TempFolder();
            var real = temp.Write("package/real.txt", "MIT");
            File.CreateSymbolicLink(Path.Combine(temp.Path, "package", "LICENSE.txt"), real);
            var result = new PackageFolderAccess(Path.Combine(temp.Path, "package")).ReadText("LICENSE.txt", 100);
            Assert.Equal(PackageProblemKind.UnsafePath, result.Problem!.Kind);
        }

        [Fact]
        public void A_symlinked_directory_on_the_way_is_refused()
        {
            using var temp = new TempFolder();
            temp.Write("outside/LICENSE.txt", Secret);
            var package = temp.Folder("package");
            Directory.CreateSymbolicLink(Path.Combine(package, "docs"), Path.Combine(temp.Path, "outside"));
            var result = new PackageFolderAccess(package).ReadText("docs/LICENSE.txt", PackageFolderAccess.MaxLicenseFileBytes);
            Assert.Equal(PackageProblemKind.UnsafePath, result.Problem!.Kind);
            Assert.Equal("refused to read 'docs/LICENSE.txt': the path goes through a symbolic link or junction ('docs')", result.Problem.Message);
        }

        [Fact]
        public void A_dangling_symlink_is_refused_as_a_link()
        {
            using var temp = new TempFolder();
            var package = temp.Folder("package");
            File.CreateSymbolicLink(Path.Combine(package, "LICENSE.txt"), Path.Combine(temp.Path, "nowhere.txt"));
            var result = new PackageFolderAccess(package).ReadText("LICENSE.txt", 100);
            Assert.Equal(PackageProblemKind.UnsafePath, result.Problem!.Kind);
        }

        [Fact]
        public void A_huge_file_is_refused_without_reading_it()
        {
            using var temp = new TempFolder();
            using (var stream = File.Create(Path.Combine(temp.Path, "LICENSE.txt")))
            {
                stream.SetLength(PackageFolderAccess.MaxLicenseFileBytes + 1);
            }

            var result = new PackageFolderAccess(temp.Path).ReadText("LICENSE.txt", PackageFolderAccess.MaxLicenseFileBytes);
            Assert.Equal(PackageProblemKind.FileTooLarge, result.Problem!.Kind);
            Assert.Equal("'LICENSE.txt' is larger than 1048576 bytes", result.Problem.Message);
        }

        [Fact]
        public void A_file_exactly_at_the_bound_is_read()
        {
            using var temp = new TempFolder();
            File.WriteAllText(Path.Combine(temp.Path, "LICENSE.txt"), new string('a', 1024));
            var result = new PackageFolderAccess(temp.Path).ReadText("LICENSE.txt", 1024);
            Assert.Equal(1024, result.Text!.Length);
        }

        [Fact]
        public void Missing_files_folders_and_binaries_are_problems()
        {
            using var temp = new TempFolder();
            temp.Folder("docs");
            File.WriteAllBytes(Path.Combine(temp.Path, "LICENSE.bin"), new byte[] { 0x4D, 0x00, 0x49, 0x00, 0x00 });
            var access = new PackageFolderAccess(temp.Path);

            var missing = access.ReadText("LICENSE.txt", 100).Problem!;
            Assert.Equal(PackageProblemKind.FileMissing, missing.Kind);
            Assert.Equal("'LICENSE.txt' does not exist in the package", missing.Message);

            var missingInMissingFolder = access.ReadText("nope/LICENSE.txt", 100).Problem!;
            Assert.Equal(PackageProblemKind.FileMissing, missingInMissingFolder.Kind);

            var folder = access.ReadText("docs", 100).Problem!;
            Assert.Equal(PackageProblemKind.FileMissing, folder.Kind);
            Assert.Equal("'docs' is a folder, not a file", folder.Message);

            var binary = access.ReadText("LICENSE.bin", 100).Problem!;
            Assert.Equal(PackageProblemKind.FileUnreadable, binary.Kind);
            Assert.Equal("'LICENSE.bin' is not a text file", binary.Message);
        }

        [Fact]
        public void Byte_order_marks_are_honoured()
        {
            using var temp = new TempFolder();
            File.WriteAllText(Path.Combine(temp.Path, "utf16.txt"), "MIT License", new System.Text.UnicodeEncoding(false, true));
            File.WriteAllText(Path.Combine(temp.Path, "utf8.txt"), "Källman", new System.Text.UTF8Encoding(true));
            var access = new PackageFolderAccess(temp.Path);
            Assert.Equal("MIT License", access.ReadText("utf16.txt", 100).Text);
            Assert.Equal("Källman", access.ReadText("utf8.txt", 100).Text);
        }

        [Fact]
        public void The_identifier_turns_an_unsafe_license_path_into_a_problem_and_reads_nothing_outside()
        {
            using var temp = new TempFolder();
            temp.Write("outside.txt", Secret);
            var package = temp.Folder("package");
            var metadata = new PackageMetadata("Evil", "1.0.0", new PackageLicense("file", "../outside.txt", null), LicenseUrlMapper.DeprecatedPlaceholder);
            var verdict = LicenseIdentifier.Default.Identify(metadata, package);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Null(verdict.Expression);
            Assert.Equal(LicenseEvidenceKind.LicenseFile, verdict.EvidenceKind);
            Assert.Equal("license file ../outside.txt: unreadable (refused to read '../outside.txt': the path contains a '..' segment)", verdict.Evidence);
            var problem = Assert.Single(verdict.Problems);
            Assert.Equal(PackageProblemKind.UnsafePath, problem.Kind);
        }
    }
}
