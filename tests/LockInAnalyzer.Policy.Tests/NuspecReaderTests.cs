using System.IO;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class NuspecReaderTests
    {
        private const string Full = @"<?xml version=""1.0"" encoding=""utf-8""?>
<package xmlns=""http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"">
  <metadata minClientVersion=""2.12"">
    <id>Contoso.Lib</id>
    <version>1.2.3-beta.1</version>
    <authors>Contoso</authors>
    <requireLicenseAcceptance>true</requireLicenseAcceptance>
    <developmentDependency>TRUE</developmentDependency>
    <license type=""expression"" version=""1.0.0"">MIT OR Apache-2.0</license>
    <licenseUrl>https://licenses.nuget.org/MIT%20OR%20Apache-2.0</licenseUrl>
    <projectUrl>https://contoso.example/lib</projectUrl>
    <copyright>© Contoso &amp; friends</copyright>
    <repository type=""git"" url=""https://github.com/contoso/lib"" branch=""main"" commit=""abc123"" />
    <dependencies><group targetFramework=""net8.0""><dependency id=""X"" version=""1.0"" /></group></dependencies>
    <foreign xmlns=""urn:other""><id>not-this</id></foreign>
  </metadata>
  <files />
</package>";

        [Fact]
        public void Reads_every_license_relevant_field()
        {
            var result = NuspecReader.Read(Full);
            Assert.True(result.Success);
            Assert.Empty(result.Problems);
            var metadata = result.Metadata!;
            Assert.Equal("Contoso.Lib", metadata.Id);
            Assert.Equal("1.2.3-beta.1", metadata.Version);
            Assert.Equal("1.2.3-beta.1", metadata.ParsedVersion!.Normalized);
            Assert.Equal("Contoso", metadata.Authors);
            Assert.True(metadata.RequireLicenseAcceptance);
            Assert.True(metadata.DevelopmentDependency);
            Assert.Equal("expression", metadata.License!.Type);
            Assert.True(metadata.License.IsExpression);
            Assert.Equal("MIT OR Apache-2.0", metadata.License.Value);
            Assert.Equal("1.0.0", metadata.License.Version);
            Assert.Equal("https://licenses.nuget.org/MIT%20OR%20Apache-2.0", metadata.LicenseUrl);
            Assert.Equal("https://contoso.example/lib", metadata.ProjectUrl);
            Assert.Equal("© Contoso & friends", metadata.Copyright);
            Assert.Equal("git", metadata.Repository!.Type);
            Assert.Equal("https://github.com/contoso/lib", metadata.Repository.Url);
            Assert.Equal("main", metadata.Repository.Branch);
            Assert.Equal("abc123", metadata.Repository.Commit);
        }

        [Theory]
        [InlineData("")]
        [InlineData("http://schemas.microsoft.com/packaging/2010/07/nuspec.xsd")]
        [InlineData("http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd")]
        [InlineData("http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd")]
        [InlineData("http://schemas.microsoft.com/packaging/2013/01/nuspec.xsd")]
        public void Reads_any_nuspec_namespace(string ns)
        {
            var xml = "<package" + (ns.Length > 0 ? " xmlns=\"" + ns + "\"" : string.Empty) + "><metadata><id>A</id><version>1.0.0</version><license type=\"file\">docs/LICENSE.txt</license></metadata></package>";
            var result = NuspecReader.Read(xml);
            Assert.True(result.Success);
            Assert.Equal("A", result.Metadata!.Id);
            Assert.True(result.Metadata.License!.IsFile);
            Assert.Equal("docs/LICENSE.txt", result.Metadata.License.Value);
            Assert.False(result.Metadata.RequireLicenseAcceptance);
            Assert.Null(result.Metadata.LicenseUrl);
        }

        [Theory]
        [InlineData("not xml at all", PackageProblemKind.NuspecCorrupt, "the nuspec is not well-formed XML: ")]
        [InlineData("<package><metadata><id>A</id><version>1.0</version>", PackageProblemKind.NuspecCorrupt, "the nuspec is not well-formed XML: ")]
        [InlineData("<project><metadata /></project>", PackageProblemKind.NuspecCorrupt, "the nuspec's root element is not <package>")]
        [InlineData("<package />", PackageProblemKind.NuspecCorrupt, "the nuspec has no <metadata> element")]
        [InlineData("<package><files /></package>", PackageProblemKind.NuspecCorrupt, "the nuspec has no <metadata> element")]
        [InlineData("<package><metadata><version>1.0</version></metadata></package>", PackageProblemKind.NuspecCorrupt, "the nuspec has no <id>")]
        [InlineData("<package><metadata><id>A</id></metadata></package>", PackageProblemKind.NuspecCorrupt, "the nuspec of A has no <version>")]
        [InlineData("<package><metadata><id>A<b/></id><version>1.0</version></metadata></package>", PackageProblemKind.NuspecCorrupt, "the nuspec is not well-formed XML: ")]
        [InlineData("<package><metadata><id>&undefined;</id></metadata></package>", PackageProblemKind.NuspecCorrupt, "the nuspec is not well-formed XML: ")]
        public void Corrupt_nuspecs_are_problems_not_exceptions(string xml, PackageProblemKind kind, string messageStart)
        {
            var result = NuspecReader.Read(xml);
            Assert.False(result.Success);
            Assert.Null(result.Metadata);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(kind, problem.Kind);
            Assert.StartsWith(messageStart, problem.Message);
        }

        [Fact]
        public void A_dtd_with_an_external_entity_is_refused_and_the_entity_never_read()
        {
            using var temp = new TempFolder();
            var secret = temp.Write("secret.txt", "TOP-SECRET");
            var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE package [ <!ENTITY xxe SYSTEM \"file://" + secret + "\"> ]>\n<package><metadata><id>&xxe;</id><version>1.0</version></metadata></package>";
            var result = NuspecReader.Read(xml);
            Assert.Null(result.Metadata);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(PackageProblemKind.NuspecRefused, problem.Kind);
            Assert.StartsWith("the nuspec declares a DTD, which is refused", problem.Message);
            Assert.DoesNotContain("TOP-SECRET", problem.Message);
        }

        [Fact]
        public void A_billion_laughs_dtd_is_refused()
        {
            var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><package><metadata><id>&lol3;</id><version>1.0</version></metadata></package>";
            var result = NuspecReader.Read(xml);
            Assert.Equal(PackageProblemKind.NuspecRefused, Assert.Single(result.Problems).Kind);
        }

        [Fact]
        public void A_dtd_after_a_comment_is_refused_but_doctype_text_in_content_is_fine()
        {
            var refused = NuspecReader.Read("\uFEFF<?xml version=\"1.0\"?><!-- hi --> <!DOCTYPE package SYSTEM \"http://example.com/x.dtd\"><package />");
            Assert.Equal(PackageProblemKind.NuspecRefused, Assert.Single(refused.Problems).Kind);

            var fine = NuspecReader.Read("<package><metadata><id>A</id><version>1.0</version><releaseNotes><![CDATA[<!DOCTYPE html> is not a DTD here]]></releaseNotes></metadata></package>");
            Assert.True(fine.Success);
            Assert.Empty(fine.Problems);
        }

        [Fact]
        public void A_huge_nuspec_is_refused_before_parsing()
        {
            using var temp = new TempFolder();
            var path = Path.Combine(temp.Path, "huge.nuspec");
            using (var stream = File.Create(path))
            {
                stream.SetLength(NuspecReader.MaxNuspecBytes + 1);
            }

            var result = NuspecReader.ReadFile(path);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(PackageProblemKind.NuspecRefused, problem.Kind);
            Assert.Equal("'huge.nuspec' is larger than 4194304 bytes", problem.Message);
        }

        [Fact]
        public void Minor_problems_keep_the_metadata()
        {
            var result = NuspecReader.Read("<package><metadata><id>A</id><version>one</version><requireLicenseAcceptance>yes</requireLicenseAcceptance><license>MIT</license></metadata></package>");
            Assert.True(result.Success);
            Assert.Null(result.Metadata!.ParsedVersion);
            Assert.Null(result.Metadata.License);
            Assert.Equal(
                new[]
                {
                    "InvalidMetadata: the <license> element has no type attribute",
                    "InvalidMetadata: the version of A is invalid: 'one' is not a version (expected numbers like 1.2.3 or 4.5.3.3)",
                    "InvalidMetadata: <requireLicenseAcceptance> must be true or false, not 'yes'",
                },
                System.Linq.Enumerable.Select(result.Problems, p => p.ToString()));
        }

        [Fact]
        public void Reads_from_a_package_folder_and_refuses_ambiguity()
        {
            using var temp = new TempFolder();
            var missing = NuspecReader.ReadFromPackageFolder(temp.Path);
            Assert.Equal(PackageProblemKind.NuspecMissing, Assert.Single(missing.Problems).Kind);

            temp.Write("a.nuspec", "<package><metadata><id>A</id><version>1.0</version></metadata></package>");
            Assert.Equal("A", NuspecReader.ReadFromPackageFolder(temp.Path).Metadata!.Id);

            temp.Write("b.nuspec", "<package><metadata><id>B</id><version>1.0</version></metadata></package>");
            var two = NuspecReader.ReadFromPackageFolder(temp.Path);
            Assert.Equal(PackageProblemKind.NuspecMissing, Assert.Single(two.Problems).Kind);
            Assert.StartsWith("more than one .nuspec file in ", two.Problems[0].Message);

            var gone = NuspecReader.ReadFromPackageFolder(Path.Combine(temp.Path, "does-not-exist"));
            Assert.Equal(PackageProblemKind.NuspecMissing, Assert.Single(gone.Problems).Kind);
        }

        [Fact]
        public void A_symlinked_nuspec_is_refused()
        {
            using var temp = new TempFolder();
            var outside = temp.Write("outside/evil.nuspec", "<package><metadata><id>Evil</id><version>1.0</version></metadata></package>");
            var package = temp.Folder("package");
            File.CreateSymbolicLink(Path.Combine(package, "evil.nuspec"), outside);
            var result = NuspecReader.ReadFromPackageFolder(package);
            Assert.Null(result.Metadata);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(PackageProblemKind.NuspecRefused, problem.Kind);
            Assert.Equal("refused to read 'evil.nuspec': the path goes through a symbolic link or junction ('evil.nuspec')", problem.Message);
        }
    }
}
