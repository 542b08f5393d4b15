using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.TruthSet.Tests
{
    /// <summary>
    /// The exact verdict (expression, evidence kind, evidence line) on the truth-set packages that show each kind of
    /// evidence issue 13 added: the truth-set test checks categories, this one that the evidence says why.
    /// </summary>
    public class NotableVerdictTests
    {
        [Theory]
        [InlineData("SonarAnalyzer.CSharp", "10.36.0.15337", "LicenseRef-Sonar-Source-Available-1.0", LicenseEvidenceKind.LicenseFile, "license file licenses\\LICENSE.txt: the SONAR Source-Available License")]
        [InlineData("ServiceStack.Text", "10.5.0", "LicenseRef-ServiceStack", LicenseEvidenceKind.LicenseUrl, "licenseUrl https://servicestack.net/terms: LicenseRef-ServiceStack (ServiceStack's commercial terms, free only within its quotas)")]
        [InlineData("Microsoft.SqlServer.Types", "170.1000.7", "LicenseRef-Evaluation-Only", LicenseEvidenceKind.LicenseFile, "license file license.md: pre-release license terms (evaluation)")]
        [InlineData("Newtonsoft.Json.Schema", "4.0.2", "AGPL-3.0-only OR LicenseRef-Commercial", LicenseEvidenceKind.LicenseFile, "license file LICENSE.md: AGPL-3.0-only or a commercial agreement")]
        [InlineData("Hangfire.Core", "1.8.25", "LGPL-3.0-or-later OR LicenseRef-Commercial", LicenseEvidenceKind.LicenseFile, "license file LICENSE.md: LGPL-3.0-or-later or a commercial agreement")]
        [InlineData("MySql.Data", "26.10.0", "GPL-2.0-only WITH Universal-FOSS-exception-1.0", LicenseEvidenceKind.NuspecExpression, "license expression GPL-2.0-only WITH Universal-FOSS-exception-1.0")]
        [InlineData("MySql.Data", "6.9.12", "GPL-2.0-only", LicenseEvidenceKind.LicenseUrl, "licenseUrl http://www.gnu.org/licenses/old-licenses/gpl-2.0.html: GPL-2.0-only (the FSF's page of the GPL version 2)")]
        [InlineData("MassTransit.Abstractions", "9.2.6", "LicenseRef-Commercial", LicenseEvidenceKind.LicenseUrl, "licenseUrl https://massient.com/license: LicenseRef-Commercial (MassTransit 9 and later: a commercial product that must be licensed)")]
        [InlineData("Avalonia.Controls.TreeDataGrid", "12.3.2", "LicenseRef-Avalonia-Accelerate", LicenseEvidenceKind.KnowledgeBase, "knowledge base: Avalonia.Controls.TreeDataGrid [11.2.0, ): Avalonia Accelerate license")]
        [InlineData("NETStandard.Library", "2.0.3", "MIT", LicenseEvidenceKind.PackageFile, "license file LICENSE.TXT (in the package, not named by the nuspec): MIT")]
        [InlineData("Microsoft.AspNetCore.Mvc", "2.3.14", "Apache-2.0", LicenseEvidenceKind.LicenseUrl, "licenseUrl https://raw.githubusercontent.com/aspnet/AspNetCore/2.0.0/LICENSE.txt: Apache-2.0 (the ASP.NET Core license at the 2.0.0 tag, named by ASP.NET Core 2.x packages)")]
        [InlineData("MSBuildTasks", "1.5.0.235", "BSD-2-Clause", LicenseEvidenceKind.LicenseUrl, "licenseUrl http://opensource.org/licenses/bsd-license.php: BSD-2-Clause (OSI's old address of the BSD-2-Clause page)")]
        [InlineData("FirebirdSql.Data.FirebirdClient", "10.3.4", "LicenseRef-IDPL-1.0", LicenseEvidenceKind.LicenseFile, "license file license.txt: the Initial Developer's Public License 1.0")]
        [InlineData("LightningDB", "0.24.0", "OLDAP-2.8", LicenseEvidenceKind.LicenseFile, "license file LICENSE: the OpenLDAP Public License 2.8")]
        [InlineData("Isopoh.Cryptography.Argon2", "2.0.0", "CC-BY-4.0", LicenseEvidenceKind.LicenseFile, "license file LICENSE: the Creative Commons Attribution 4.0 license")]
        [InlineData("SourceGear.sqlite3", "3.53.4", "LicenseRef-Public-Domain", LicenseEvidenceKind.LicenseFile, "license file LICENSE.txt: a public-domain dedication")]
        public void The_verdict_names_the_evidence_that_decided_it(string id, string version, string expression, LicenseEvidenceKind kind, string evidence)
        {
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(TruthSet.PackageFolder(new TruthRow(id, version, null, LicenseCategory.Unknown, string.Empty)));
            Assert.Equal(expression, verdict.Expression);
            Assert.Equal(kind, verdict.EvidenceKind);
            Assert.Equal(evidence, verdict.Evidence);
            Assert.Empty(verdict.Problems);
        }

        [Fact]
        public void A_package_that_states_nothing_it_can_be_read_by_stays_unknown_and_says_what_was_looked_at()
        {
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(TruthSet.PackageFolder(new TruthRow("Ude.NetStandard", "1.2.0", null, LicenseCategory.Unknown, string.Empty)));
            Assert.Equal(LicenseCategory.Unknown, verdict.Category);
            Assert.Equal("license file COPYING: not recognised", verdict.Evidence);
        }
    }
}
