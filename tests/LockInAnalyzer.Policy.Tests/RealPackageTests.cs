using System.IO;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    /// <summary>Verdicts on real packages from nuget.org, as restored into the global packages folder.</summary>
    public class RealPackageTests
    {
        [Theory]
        [InlineData("AutoMapper", "8.0.0", "MIT", LicenseCategory.Permissive, LicenseEvidenceKind.KnowledgeBase,
            "knowledge base: AutoMapper (, 15.0.0): MIT")]
        [InlineData("AutoMapper", "15.1.4", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, LicenseEvidenceKind.LicenseFile,
            "license file LICENSE.md: RPL-1.5 or a commercial agreement")]
        [InlineData("MediatR", "12.4.1", "Apache-2.0", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression,
            "license expression Apache-2.0")]
        [InlineData("MediatR", "14.3.0", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, LicenseEvidenceKind.LicenseFile,
            "license file LICENSE.md: RPL-1.5 or a commercial agreement")]
        [InlineData("EPPlus", "4.5.3.3", "LGPL-3.0-only", LicenseCategory.WeakCopyleft, LicenseEvidenceKind.LicenseFile,
            "license file lgpl-3.0.txt: LGPL-3.0-only")]
        [InlineData("EPPlus", "8.7.2", "PolyForm-Noncommercial-1.0.0", LicenseCategory.NonCommercial, LicenseEvidenceKind.LicenseFile,
            "license file license.md: PolyForm-Noncommercial-1.0.0")]
        [InlineData("Newtonsoft.Json", "13.0.3", "MIT", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression,
            "license expression MIT")]
        [InlineData("Microsoft.AspNet.Mvc", "5.2.6", "LicenseRef-Microsoft-NET-Library-EULA", LicenseCategory.ProprietaryFree, LicenseEvidenceKind.LicenseUrl,
            "licenseUrl http://www.microsoft.com/web/webpi/eula/net_library_eula_ENU.htm: Microsoft .NET Library EULA")]
        [InlineData("OpenAI", "2.15.0", "MIT", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression,
            "license expression MIT")]
        public void Identifies_real_packages(string id, string version, string expression, LicenseCategory category, LicenseEvidenceKind kind, string evidence)
        {
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(TestEnvironment.RealPackage(id, version));
            Assert.Equal(id, verdict.PackageId);
            Assert.Equal(version, verdict.PackageVersion);
            Assert.Equal(expression, verdict.Expression);
            Assert.Equal(category, verdict.Category);
            Assert.Equal(kind, verdict.EvidenceKind);
            Assert.Equal(evidence, verdict.Evidence);
            Assert.Empty(verdict.Problems);
        }

        [Theory]
        [InlineData("EPPlus", "4.5.3.3", "lgpl-3.0.txt", "LGPL-3.0-only")]
        [InlineData("EPPlus", "8.7.2", "license.md", "PolyForm-Noncommercial-1.0.0")]
        [InlineData("Newtonsoft.Json", "13.0.3", "LICENSE.md", "MIT")]
        public void Real_license_files_match_their_reference_text_closely(string id, string version, string file, string license)
        {
            var text = File.ReadAllText(Path.Combine(TestEnvironment.RealPackage(id, version), file));
            var match = LicenseTextMatcher.BestMatch(text, LicenseKnowledge.Default.Fingerprints);
            Assert.Equal(license, match!.Id);
            Assert.InRange(match.Containment, 0.95, 1.0);
        }

        [Theory]
        [InlineData("AutoMapper", "15.1.4", "README.md")]
        [InlineData("OpenAI", "2.15.0", "README.md")]
        public void Readmes_share_no_shingle_with_any_license(string id, string version, string file)
        {
            var text = File.ReadAllText(Path.Combine(TestEnvironment.RealPackage(id, version), file));
            Assert.All(LicenseTextMatcher.ScoreAll(text, LicenseKnowledge.Default.Fingerprints), score => Assert.Equal(0.0, score.Containment));
        }

        [Fact]
        public void The_lucky_penny_license_file_matches_no_full_text_and_is_read_by_its_wording()
        {
            var text = File.ReadAllText(Path.Combine(TestEnvironment.RealPackage("AutoMapper", "15.1.4"), "LICENSE.md"));
            Assert.Null(LicenseTextMatcher.BestMatch(text, LicenseKnowledge.Default.Fingerprints));
            var wording = LicenseWording.Analyze(text);
            Assert.Equal("RPL-1.5", wording.FirstReference);
            Assert.True(wording.OffersCommercialLicense);
        }

        [Fact]
        public void Automapper_15_metadata_is_what_the_verdict_relies_on()
        {
            var nuspec = NuspecReader.ReadFromPackageFolder(TestEnvironment.RealPackage("AutoMapper", "15.1.4"));
            var metadata = nuspec.Metadata!;
            Assert.Equal("file", metadata.License!.Type);
            Assert.Equal("LICENSE.md", metadata.License.Value);
            Assert.Equal("https://aka.ms/deprecateLicenseUrl", metadata.LicenseUrl);
            Assert.True(metadata.RequireLicenseAcceptance);
            Assert.Equal("https://github.com/LuckyPennySoftware/AutoMapper", metadata.Repository!.Url);
        }

        [Fact]
        public void The_same_package_id_changes_category_across_versions()
        {
            // License drift on upgrade (LOCK104) is visible from the verdicts alone.
            var before = LicenseIdentifier.Default.IdentifyPackageFolder(TestEnvironment.RealPackage("MediatR", "12.4.1"));
            var after = LicenseIdentifier.Default.IdentifyPackageFolder(TestEnvironment.RealPackage("MediatR", "14.3.0"));
            Assert.Equal(LicenseCategory.Permissive, before.Category);
            Assert.Equal(LicenseCategory.Commercial, after.Category);
        }

        [Fact]
        public void Verdicts_allow_per_branch_policy_evaluation()
        {
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(TestEnvironment.RealPackage("AutoMapper", "15.1.4"));
            Assert.False(LicenseExpressionEvaluator.IsAllowed(verdict.ParsedExpression!, id => id == "MIT" || id == "Apache-2.0"));
            Assert.True(LicenseExpressionEvaluator.IsAllowed(verdict.ParsedExpression!, id => id == "RPL-1.5"));
        }
    }
}
