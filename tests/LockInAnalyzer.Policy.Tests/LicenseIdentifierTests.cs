using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseIdentifierTests
    {
        private static readonly LicenseIdentifier Identifier = LicenseIdentifier.Default;

        private static PackageMetadata Package(string id = "Contoso.Lib", string version = "1.0.0", PackageLicense? license = null, string? licenseUrl = null) =>
            new PackageMetadata(id, version, license, licenseUrl);

        private static PackageLicense Expression(string value) => new PackageLicense("expression", value, null);

        private static PackageLicense FileLicense(string value) => new PackageLicense("file", value, null);

        [Fact]
        public void A_policy_override_beats_everything()
        {
            var overrides = new[] { new LicenseOverride("contoso.lib", null, "LicenseRef-Commercial", null, "bought a site license, ticket LEGAL-42") };
            var verdict = Identifier.Identify(Package(license: Expression("MIT")), (IPackageFileAccess?)null, overrides);
            Assert.Equal(LicenseEvidenceKind.PolicyOverride, verdict.EvidenceKind);
            Assert.Equal("LicenseRef-Commercial", verdict.Expression);
            Assert.Equal(LicenseCategory.Commercial, verdict.Category);
            Assert.Equal("policy override: LicenseRef-Commercial (bought a site license, ticket LEGAL-42)", verdict.Evidence);
        }

        [Fact]
        public void An_override_applies_only_to_its_versions_and_may_give_just_a_category()
        {
            PackageVersionRange.TryParse("[2.0,)", out var range, out _);
            var overrides = new[] { new LicenseOverride("Contoso.Lib", range, null, LicenseCategory.Permissive, "reviewed") };
            var old = Identifier.Identify(Package(version: "1.5.0", license: Expression("GPL-3.0-only")), (IPackageFileAccess?)null, overrides);
            Assert.Equal(LicenseEvidenceKind.NuspecExpression, old.EvidenceKind);
            Assert.Equal(LicenseCategory.StrongCopyleft, old.Category);

            var current = Identifier.Identify(Package(version: "2.1.0", license: Expression("GPL-3.0-only")), (IPackageFileAccess?)null, overrides);
            Assert.Equal(LicenseEvidenceKind.PolicyOverride, current.EvidenceKind);
            Assert.Null(current.Expression);
            Assert.Equal(LicenseCategory.Permissive, current.Category);
            Assert.Equal("policy override: Permissive (reviewed)", current.Evidence);
        }

        [Fact]
        public void An_invalid_override_is_a_problem_and_is_skipped()
        {
            var overrides = new[] { new LicenseOverride("Contoso.Lib", null, "MIT OR", null, "typo") };
            var verdict = Identifier.Identify(Package(license: Expression("Apache-2.0")), (IPackageFileAccess?)null, overrides);
            Assert.Equal(LicenseEvidenceKind.NuspecExpression, verdict.EvidenceKind);
            Assert.Equal("InvalidLicenseExpression: the policy override's expression 'MIT OR' is invalid at offset 6: expected a license id after OR", Assert.Single(verdict.Problems).ToString());
        }

        [Fact]
        public void The_nuspec_expression_beats_file_and_url()
        {
            var verdict = Identifier.Identify(Package(license: Expression("mit or apache-2.0"), licenseUrl: "https://licenses.nuget.org/GPL-3.0-only"), (IPackageFileAccess?)null);
            Assert.Equal("MIT OR Apache-2.0", verdict.Expression);
            Assert.Equal(LicenseCategory.Permissive, verdict.Category);
            Assert.Equal("license expression MIT OR Apache-2.0", verdict.Evidence);
            Assert.Empty(verdict.Problems);
        }

        [Fact]
        public void Deprecated_ids_are_named_in_the_evidence()
        {
            var verdict = Identifier.Identify(Package(license: Expression("LGPL-2.1+")), (IPackageFileAccess?)null);
            Assert.Equal("LGPL-2.1-or-later", verdict.Expression);
            Assert.Equal(LicenseCategory.WeakCopyleft, verdict.Category);
            Assert.Equal("license expression LGPL-2.1-or-later (written 'LGPL-2.1+', which uses deprecated ids)", verdict.Evidence);
        }

        [Fact]
        public void An_unknown_id_in_the_expression_is_an_unknown_category()
        {
            var verdict = Identifier.Identify(Package(license: Expression("Contoso-EULA-2.0")), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.NuspecExpression, verdict.EvidenceKind);
            Assert.Equal("Contoso-EULA-2.0", verdict.Expression);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
        }

        [Fact]
        public void An_invalid_expression_is_a_problem_and_weaker_evidence_decides()
        {
            var verdict = Identifier.Identify(Package(license: Expression("MIT AND"), licenseUrl: "https://licenses.nuget.org/MIT"), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, verdict.EvidenceKind);
            Assert.Equal("MIT", verdict.Expression);
            Assert.Equal("licenseUrl https://licenses.nuget.org/MIT: MIT", verdict.Evidence);
            Assert.Equal("InvalidLicenseExpression: the license expression 'MIT AND' is invalid at offset 7: expected a license id after AND", Assert.Single(verdict.Problems).ToString());
        }

        [Fact]
        public void An_invalid_expression_with_nothing_else_is_unknown_with_that_evidence()
        {
            var verdict = Identifier.Identify(Package(license: Expression("(MIT")), (IPackageFileAccess?)null);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.NuspecExpression, verdict.EvidenceKind);
            Assert.Equal("license expression '(MIT': invalid", verdict.Evidence);
        }

        [Fact]
        public void A_license_file_is_matched()
        {
            using var temp = new TempFolder();
            temp.Write("docs/LICENSE.txt", "Copyright (c) 2024 Contoso\n\n" + Tools.SpdxDataGenerator.SpdxData.ReadTexts(TestEnvironment.SpdxFolder)["BSD-3-Clause"]);
            var verdict = Identifier.Identify(Package(license: FileLicense("docs/LICENSE.txt"), licenseUrl: LicenseUrlMapper.DeprecatedPlaceholder), temp.Path);
            Assert.Equal(LicenseEvidenceKind.LicenseFile, verdict.EvidenceKind);
            Assert.Equal("BSD-3-Clause", verdict.Expression);
            Assert.Equal("license file docs/LICENSE.txt: BSD-3-Clause", verdict.Evidence);
            Assert.Equal("BSD-3-Clause", verdict.TextMatch!.Id);
            Assert.Equal(1.0, verdict.TextMatch.Containment);
            Assert.Empty(verdict.Problems);
        }

        [Fact]
        public void A_license_file_the_nuspec_does_not_name_decides_after_an_untrusted_url()
        {
            using var temp = new TempFolder();
            temp.Write("LICENSE.TXT", "The MIT License (MIT)\n\nCopyright (c) .NET Foundation\n\n" + Tools.SpdxDataGenerator.SpdxData.ReadTexts(TestEnvironment.SpdxFolder)["MIT"]);
            temp.Write("THIRD-PARTY-NOTICES.TXT", Tools.SpdxDataGenerator.SpdxData.ReadTexts(TestEnvironment.SpdxFolder)["GPL-3.0-only"]);
            var verdict = Identifier.Identify(Package(licenseUrl: "https://github.com/dotnet/standard/blob/master/LICENSE.TXT"), temp.Path);
            Assert.Equal(LicenseEvidenceKind.PackageFile, verdict.EvidenceKind);
            Assert.Equal("MIT", verdict.Expression);
            Assert.Equal("license file LICENSE.TXT (in the package, not named by the nuspec): MIT", verdict.Evidence);
        }

        [Fact]
        public void A_license_folder_is_searched_and_an_unrecognised_named_file_falls_back_to_it()
        {
            using var temp = new TempFolder();
            temp.Write("COPYING", "See license directory");
            temp.Write("License/EULA.txt", "1. The End User License Agreement governs Your use. BY USING THE PRODUCT, YOU AGREE TO BE BOUND BY THE TERMS OF THE ASPOSE EULA.");
            var verdict = Identifier.Identify(Package(license: FileLicense("COPYING"), licenseUrl: LicenseUrlMapper.DeprecatedPlaceholder), temp.Path);
            Assert.Equal(LicenseEvidenceKind.PackageFile, verdict.EvidenceKind);
            Assert.Equal(LicenseCategory.Commercial, verdict.Category);
            Assert.Equal("license file License/EULA.txt (in the package, not named by the nuspec): the Aspose End User License Agreement", verdict.Evidence);
        }

        [Theory]
        [InlineData("LICENSE", 0)]
        [InlineData("License.md", 0)]
        [InlineData("LICENCE.txt", 2)]
        [InlineData("LICENSE-MIT", 1)]
        [InlineData("COPYING.LESSER", 6)]
        [InlineData("EULA.md", 8)]
        [InlineData("THIRD-PARTY-LICENSES.txt", -1)]
        [InlineData("LICENSE-3RD-PARTY.txt", 1)]
        [InlineData("license.pdf", -1)]
        [InlineData("README.md", -1)]
        [InlineData("licenses.json", -1)]
        public void License_file_names_are_ranked(string name, int rank)
        {
            Assert.Equal(rank, PackageLicenseFiles.Rank(name));
        }

        [Fact]
        public void A_policy_url_mapping_beats_the_built_in_mapping_and_the_knowledge_base()
        {
            var policyUrls = new LicenseUrlTable(new[]
            {
                new LicenseUrlPattern("massient.com/", isPrefix: true, null, LicenseCategory.Permissive, "we bought a site license, LEGAL-9"),
                new LicenseUrlPattern("contoso.com/eula", isPrefix: false, SpdxExpressionParser.Parse("LicenseRef-Contoso").Expression, LicenseCategory.ProprietaryFree, string.Empty),
            });
            var massTransit = Identifier.Identify(Package("MassTransit", "9.0.0", licenseUrl: "https://massient.com/license"), (IPackageFileAccess?)null, policyUrls: policyUrls);
            Assert.Equal(LicenseCategory.Permissive, massTransit.Category);
            Assert.Null(massTransit.Expression);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, massTransit.EvidenceKind);
            Assert.Equal("licenseUrl https://massient.com/license: policy licenses.urls maps it to Permissive (we bought a site license, LEGAL-9)", massTransit.Evidence);

            var contoso = Identifier.Identify(Package(licenseUrl: "http://www.contoso.com/EULA/"), (IPackageFileAccess?)null, policyUrls: policyUrls);
            Assert.Equal("LicenseRef-Contoso", contoso.Expression);
            Assert.Equal(LicenseCategory.ProprietaryFree, contoso.Category);

            var expression = Identifier.Identify(Package(license: Expression("MIT"), licenseUrl: "https://contoso.com/eula"), (IPackageFileAccess?)null, policyUrls: policyUrls);
            Assert.Equal(LicenseEvidenceKind.NuspecExpression, expression.EvidenceKind);
        }

        [Theory]
        [InlineData("GPL-2.0-only WITH Universal-FOSS-exception-1.0", LicenseCategory.StrongCopyleft)]
        [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", LicenseCategory.WeakCopyleft)]
        public void The_universal_foss_exception_relaxes_nothing_for_closed_source(string expression, LicenseCategory category)
        {
            Assert.Equal(category, Identifier.Identify(Package(license: Expression(expression)), (IPackageFileAccess?)null).Category);
        }

        [Fact]
        public void An_unrecognised_license_file_falls_back_and_is_named_in_an_unknown_verdict()
        {
            using var temp = new TempFolder();
            temp.Write("LICENSE.txt", "You may do as you please, within reason.");
            var verdict = Identifier.Identify(Package(license: FileLicense("LICENSE.txt"), licenseUrl: LicenseUrlMapper.DeprecatedPlaceholder), temp.Path);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.LicenseFile, verdict.EvidenceKind);
            Assert.Equal("license file LICENSE.txt: not recognised", verdict.Evidence);
            Assert.Null(verdict.Expression);
        }

        [Fact]
        public void A_missing_license_file_is_a_problem()
        {
            using var temp = new TempFolder();
            var verdict = Identifier.Identify(Package(license: FileLicense("LICENSE.txt")), temp.Path);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal("license file LICENSE.txt: unreadable ('LICENSE.txt' does not exist in the package)", verdict.Evidence);
            Assert.Equal(PackageProblemKind.FileMissing, Assert.Single(verdict.Problems).Kind);
        }

        [Fact]
        public void Without_file_access_a_license_file_is_not_read()
        {
            var verdict = Identifier.Identify(Package(license: FileLicense("LICENSE.txt")), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.LicenseFile, verdict.EvidenceKind);
            Assert.Equal("license file LICENSE.txt: not read (no access to the package files)", verdict.Evidence);
            Assert.Empty(verdict.Problems);
        }

        [Fact]
        public void An_unsupported_license_type_is_a_problem()
        {
            var verdict = Identifier.Identify(Package(license: new PackageLicense("url", "https://x", null), licenseUrl: "https://opensource.org/licenses/MIT"), (IPackageFileAccess?)null);
            Assert.Equal("MIT", verdict.Expression);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, verdict.EvidenceKind);
            Assert.Equal("InvalidMetadata: the <license> type 'url' is not 'expression' or 'file'", Assert.Single(verdict.Problems).ToString());
        }

        [Fact]
        public void The_placeholder_url_without_a_license_element_says_so()
        {
            var verdict = Identifier.Identify(Package(licenseUrl: "https://aka.ms/deprecateLicenseUrl"), (IPackageFileAccess?)null);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, verdict.EvidenceKind);
            Assert.Equal("licenseUrl https://aka.ms/deprecateLicenseUrl: placeholder, but the nuspec has no <license> element", verdict.Evidence);
        }

        [Fact]
        public void An_untrusted_url_is_unknown_with_evidence()
        {
            var verdict = Identifier.Identify(Package(licenseUrl: "https://github.com/contoso/lib/blob/main/LICENSE"), (IPackageFileAccess?)null);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Null(verdict.Expression);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, verdict.EvidenceKind);
            Assert.Equal("licenseUrl https://github.com/contoso/lib/blob/main/LICENSE: a file in a source repository, not trusted (it can change after the package was published)", verdict.Evidence);
        }

        [Fact]
        public void Nothing_declared_is_unknown_with_no_evidence()
        {
            var verdict = Identifier.Identify(Package(), (IPackageFileAccess?)null);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.None, verdict.EvidenceKind);
            Assert.Equal("no license declared", verdict.Evidence);
            Assert.Null(verdict.ParsedExpression);
        }

        [Theory]
        [InlineData("AutoMapper", "14.0.0", "MIT", LicenseCategory.Permissive, "knowledge base: AutoMapper (, 15.0.0): MIT")]
        [InlineData("automapper", "15.0.0", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, "knowledge base: AutoMapper [15.0.0, ): RPL-1.5 or a commercial agreement")]
        [InlineData("MediatR", "13.0.0", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, "knowledge base: MediatR [13.0.0, ): RPL-1.5 or a commercial agreement")]
        [InlineData("MediatR", "12.5.0", "Apache-2.0", LicenseCategory.Permissive, "knowledge base: MediatR (, 13.0.0): Apache-2.0")]
        [InlineData("EPPlus", "5.0.0", "PolyForm-Noncommercial-1.0.0", LicenseCategory.NonCommercial, "knowledge base: EPPlus [5.0.0, ): PolyForm Noncommercial 1.0.0 (commercial use needs a paid EPPlus license)")]
        [InlineData("MassTransit", "9.0.0", "LicenseRef-Commercial", LicenseCategory.Commercial, "knowledge base: MassTransit [9.0.0, ): commercial license (MassTransit v9 and later)")]
        [InlineData("FluentAssertions", "8.0.0", "LicenseRef-Xceed-Community", LicenseCategory.Commercial, "knowledge base: FluentAssertions [8.0.0, ): Xceed Community License (commercial use needs a paid license)")]
        [InlineData("Duende.IdentityServer", "7.0.0", "LicenseRef-Duende", LicenseCategory.Commercial, "knowledge base: Duende.IdentityServer (, ): Duende Software license (paid for production use; free community edition below a revenue threshold)")]
        [InlineData("SixLabors.ImageSharp", "3.1.5", "LicenseRef-SixLabors-Split", LicenseCategory.Commercial, "knowledge base: SixLabors.ImageSharp [3.0.0, ): Six Labors Split License (Apache-2.0 terms only for open source, transitive use or small companies)")]
        [InlineData("QuestPDF", "2022.12.0", "LicenseRef-QuestPDF", LicenseCategory.Commercial, "knowledge base: QuestPDF [2022.12.0, ): QuestPDF License (free Community MIT terms only below a revenue threshold)")]
        public void The_knowledge_base_decides_when_metadata_identifies_nothing(string id, string version, string expression, LicenseCategory category, string evidence)
        {
            var verdict = Identifier.Identify(Package(id, version, licenseUrl: "https://github.com/x/y/blob/main/LICENSE"), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.KnowledgeBase, verdict.EvidenceKind);
            Assert.Equal(expression, verdict.Expression);
            Assert.Equal(category, verdict.Category);
            Assert.Equal(evidence, verdict.Evidence);
        }

        [Theory]
        [InlineData("SixLabors.ImageSharp", "2.1.9")]
        [InlineData("QuestPDF", "2022.11.0")]
        [InlineData("FluentAssertions", "7.0.0")]
        [InlineData("MassTransit", "8.3.0")]
        [InlineData("EPPlus", "4.5.3.3")]
        public void The_knowledge_base_respects_its_ranges(string id, string version)
        {
            var verdict = Identifier.Identify(Package(id, version), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.None, verdict.EvidenceKind);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
        }

        [Fact]
        public void An_identified_url_beats_the_knowledge_base_unless_the_entry_overrides_urls()
        {
            var url = "https://licenses.nuget.org/MIT";
            var normal = Identifier.Identify(Package("MassTransit", "9.0.0", licenseUrl: url), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, normal.EvidenceKind);
            Assert.Equal("MIT", normal.Expression);

            var knowledge = KnowledgeWithRelicensings(
                "{ \"relicensings\": [ { \"package\": \"Stale.Url\", \"versions\": \"[2.0,)\", \"license\": \"LicenseRef-Commercial\", \"category\": \"Commercial\", \"summary\": \"commercial\", \"note\": \"licenseUrl never updated\", \"source\": \"test\", \"overridesLicenseUrl\": true } ] }");
            Assert.Empty(knowledge.LoadProblems);
            var stale = new LicenseIdentifier(knowledge).Identify(Package("Stale.Url", "2.0.0", licenseUrl: url), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.KnowledgeBase, stale.EvidenceKind);
            Assert.Equal("knowledge base: Stale.Url [2.0.0, ): commercial", stale.Evidence);
            Assert.Equal(LicenseCategory.Commercial, stale.Category);

            var older = new LicenseIdentifier(knowledge).Identify(Package("Stale.Url", "1.0.0", licenseUrl: url), (IPackageFileAccess?)null);
            Assert.Equal(LicenseEvidenceKind.LicenseUrl, older.EvidenceKind);
        }

        [Fact]
        public void A_package_folder_with_a_corrupt_nuspec_gives_a_problem_verdict()
        {
            using var temp = new TempFolder();
            temp.Write("x.nuspec", "<package><metadata><id>X</id>");
            var verdict = Identifier.IdentifyPackageFolder(temp.Path);
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal(LicenseEvidenceKind.None, verdict.EvidenceKind);
            Assert.Null(verdict.PackageId);
            Assert.StartsWith("package metadata unreadable: the nuspec is not well-formed XML: ", verdict.Evidence);
            Assert.Equal(PackageProblemKind.NuspecCorrupt, Assert.Single(verdict.Problems).Kind);
        }

        [Fact]
        public void A_package_folder_keeps_minor_nuspec_problems_on_the_verdict()
        {
            using var temp = new TempFolder();
            temp.Write("x.nuspec", "<package><metadata><id>X</id><version>1.0.0</version><developmentDependency>maybe</developmentDependency><license type=\"expression\">MIT</license></metadata></package>");
            var verdict = Identifier.IdentifyPackageFolder(temp.Path);
            Assert.Equal("MIT", verdict.Expression);
            Assert.Equal("InvalidMetadata: <developmentDependency> must be true or false, not 'maybe'", Assert.Single(verdict.Problems).ToString());
        }

        private static LicenseKnowledge KnowledgeWithRelicensings(string json)
        {
            string Read(string name) => File.ReadAllText(Path.Combine(TestEnvironment.LicensesDataFolder, name));
            return LicenseKnowledge.Load(Read("spdx-licenses.tsv"), Read("spdx-exceptions.tsv"), Read("categories.tsv"), Read("fingerprints.tsv"), json);
        }
    }
}
