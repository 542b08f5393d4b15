using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Audit
{
    public sealed class PackageAuditorTests
    {
        // A project with AutoMapper 15 (direct), MediatR 14 (direct, pulls MediatR.Contracts), OpenAI (direct),
        // xunit (PrivateAssets=all) and Newtonsoft.Json (direct, NoWarn=LOCK102 on its PackageReference).
        private const string AssetsJson = @"{
  ""version"": 3,
  ""targets"": {
    ""net8.0"": {
      ""AutoMapper/15.1.4"": { ""type"": ""package"" },
      ""MediatR/14.3.0"": { ""type"": ""package"", ""dependencies"": { ""MediatR.Contracts"": ""2.0.1"" } },
      ""MediatR.Contracts/2.0.1"": { ""type"": ""package"" },
      ""OpenAI/2.15.0"": { ""type"": ""package"" },
      ""xunit/2.9.3"": { ""type"": ""package"" },
      ""Newtonsoft.Json/13.0.3"": { ""type"": ""package"" },
      ""Shared/1.0.0"": { ""type"": ""project"" }
    },
    ""net8.0/linux-x64"": { ""AutoMapper/15.1.4"": { ""type"": ""package"" } }
  },
  ""libraries"": {
    ""AutoMapper/15.1.4"": { ""type"": ""package"", ""path"": ""automapper/15.1.4"" },
    ""MediatR/14.3.0"": { ""type"": ""package"", ""path"": ""mediatr/14.3.0"" }
  },
  ""packageFolders"": { ""/home/u/.nuget/packages/"": {} },
  ""project"": {
    ""restore"": { ""projectName"": ""Contoso.Api"", ""projectPath"": ""/src/Contoso.Api/Contoso.Api.csproj"" },
    ""frameworks"": {
      ""net8.0"": {
        ""targetAlias"": ""net8.0"",
        ""dependencies"": {
          ""AutoMapper"": { ""target"": ""Package"", ""version"": ""[15.1.4, )"" },
          ""MediatR"": { ""target"": ""Package"", ""version"": ""[14.3.0, )"" },
          ""OpenAI"": { ""target"": ""Package"", ""version"": ""[2.15.0, )"" },
          ""xunit"": { ""target"": ""Package"", ""version"": ""[2.9.3, )"", ""suppressParent"": ""All"" },
          ""Newtonsoft.Json"": { ""target"": ""Package"", ""version"": ""[13.0.3, )"", ""noWarn"": [ ""LOCK102"" ] }
        }
      }
    }
  }
}";

        private static readonly Dictionary<string, LicenseVerdict> Verdicts = new Dictionary<string, LicenseVerdict>(StringComparer.OrdinalIgnoreCase)
        {
            ["AutoMapper"] = Verdict("AutoMapper", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, LicenseEvidenceKind.LicenseFile, "license file LICENSE.md: RPL-1.5 or a commercial agreement"),
            ["MediatR"] = Verdict("MediatR", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial, LicenseEvidenceKind.LicenseFile, "license file LICENSE.md: RPL-1.5 or a commercial agreement"),
            ["MediatR.Contracts"] = Verdict("MediatR.Contracts", "Apache-2.0", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression, "license expression Apache-2.0"),
            ["OpenAI"] = Verdict("OpenAI", "MIT", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression, "license expression MIT"),
            ["xunit"] = Verdict("xunit", null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "no license metadata"),
            ["Newtonsoft.Json"] = Verdict("Newtonsoft.Json", "MIT", LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression, "license expression MIT"),
        };

        private static LicenseVerdict Verdict(string id, string? expression, LicenseCategory category, LicenseEvidenceKind kind, string evidence) =>
            new LicenseVerdict(id, null, expression == null ? null : SpdxExpressionParser.Parse(expression).Expression, category, kind, evidence, Array.Empty<PackageProblem>());

        private static ProjectAssets Assets()
        {
            var problems = new List<SourceProblem>();
            var assets = ProjectAssetsReader.Read(AssetsJson, "project.assets.json", problems);
            Assert.Empty(problems);
            return assets!;
        }

        private static LockInPolicy Policy(string json) =>
            PolicyResolver.Resolve(Path.Combine(Path.GetTempPath(), "lockin.json"), _ => json) is { Problems.Count: 0 } result
                ? result.Policy
                : throw new InvalidOperationException("bad test policy");

        private static AuditResult Audit(string policyJson, Action<AuditRequest>? configure = null)
        {
            var request = new AuditRequest(Assets(), Policy(policyJson), "Contoso.Api", p => Verdicts[p.Id]) { Today = new DateTime(2026, 11, 24) };
            configure?.Invoke(request);
            return PackageAuditor.Audit(request);
        }

        private static string[] Lines(AuditResult result) => result.Findings.Select(f => f.Severity + " " + f.Code + " " + f.Message).ToArray();

        [Fact]
        public void Assets_reader_merges_frameworks_and_marks_direct_development_and_transitive_packages()
        {
            var assets = Assets();

            Assert.Equal("Contoso.Api", assets.ProjectName);
            Assert.Equal(new[] { "net8.0" }, assets.Frameworks);
            Assert.Equal(new[] { "/home/u/.nuget/packages/" }, assets.PackageFolders);
            Assert.Equal(new[] { "AutoMapper", "MediatR", "MediatR.Contracts", "Newtonsoft.Json", "OpenAI", "xunit" }, assets.Packages.Select(p => p.Id));
            var contracts = assets.Packages.Single(p => p.Id == "MediatR.Contracts");
            Assert.False(contracts.IsDirect);
            Assert.Equal("MediatR", contracts.IncludedBy);
            Assert.True(assets.Packages.Single(p => p.Id == "xunit").IsDevelopmentDependency);
            Assert.Equal(new[] { "LOCK102" }, assets.Packages.Single(p => p.Id == "Newtonsoft.Json").NoWarn);
            Assert.Equal("automapper/15.1.4", assets.Packages.Single(p => p.Id == "AutoMapper").Path);
        }

        [Fact]
        public void Default_preset_warns_on_commercial_and_unknown_licenses_and_on_vendor_sdks()
        {
            var result = Audit("{ \"extends\": \"default\" }");

            Assert.Equal(
                new[]
                {
                    "Warning LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Contoso.Api', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net8.0]",
                    "Warning LOCK102 AutoMapper 15.1.4: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) needs review under the policy [net8.0]",
                    "Warning LOCK102 MediatR 14.3.0: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) needs review under the policy [net8.0]",
                    "Warning LOCK103 xunit 2.9.3: license unknown (no license metadata) [net8.0]",
                },
                Lines(result));
        }

        [Fact]
        public void Strict_preset_denies_the_dual_license_and_audits_transitive_packages()
        {
            var result = Audit("{ \"extends\": \"strict\" }");

            Assert.Equal(
                new[]
                {
                    "Warning LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Contoso.Api', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net8.0]",
                    "Error LOCK101 AutoMapper 15.1.4: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) is denied by the policy [net8.0]",
                    "Error LOCK101 MediatR 14.3.0: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) is denied by the policy [net8.0]",
                    "Warning LOCK103 xunit 2.9.3: license unknown (no license metadata) [net8.0]",
                },
                Lines(result));
            Assert.Contains(result.Packages, p => p.Id == "MediatR.Contracts" && !p.IsDirect && p.Action == PolicyAction.Allow);
        }

        [Fact]
        public void Or_passes_when_any_branch_is_allowed_and_id_rules_beat_categories()
        {
            var allowRpl = Audit("{ \"extends\": \"strict\", \"licenses\": { \"allow\": [\"RPL-1.5\"] } }");
            var denyMit = Audit("{ \"licenses\": { \"deny\": [\"MIT\"] } }");

            Assert.DoesNotContain(allowRpl.Findings, f => f.Code == "LOCK101");
            Assert.Equal(new[] { "Newtonsoft.Json", "OpenAI" }, denyMit.Findings.Where(f => f.Code == "LOCK101").Select(f => f.PackageId));
        }

        [Theory]
        [InlineData(" MIT ")]
        [InlineData("mit")]
        public void A_license_id_denies_however_it_is_spelt_in_the_policy(string written)
        {
            var deny = Audit("{ \"licenses\": { \"deny\": [\"" + written + "\"] } }");

            Assert.Equal(new[] { "Newtonsoft.Json", "OpenAI" }, deny.Findings.Where(f => f.Code == "LOCK101").Select(f => f.PackageId));
        }

        [Fact]
        public void Package_rules_allow_deny_and_override_licenses_last_match_winning()
        {
            var result = Audit(@"{
  ""extends"": ""strict"",
  ""packages"": [
    { ""id"": ""AutoMapper"", ""action"": ""deny"", ""reason"": ""first rule, overridden below"" },
    { ""id"": ""AutoMapper"", ""versions"": ""[15,)"", ""action"": ""allow"", ""reason"": ""Licensed from Lucky Penny"" },
    { ""id"": ""MediatR"", ""versions"": ""[13,)"", ""action"": ""deny"", ""reason"": ""Stay on 12.x"" },
    { ""id"": ""x*"", ""license"": ""Apache-2.0"" }
  ]
}");

            Assert.Equal(
                new[]
                {
                    "Warning LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Contoso.Api', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net8.0]",
                    "Error LOCK101 MediatR 14.3.0 is denied by the package rule at " + Path.Combine(Path.GetTempPath(), "lockin.json") + "(6,5): Stay on 12.x; license: 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) [net8.0]",
                },
                Lines(result));
            var xunit = result.Packages.Single(p => p.Id == "xunit").Verdict;
            Assert.Equal((LicenseEvidenceKind.PolicyOverride, "Apache-2.0", LicenseCategory.Permissive), (xunit.EvidenceKind, xunit.Expression, xunit.Category));
        }

        [Fact]
        public void Exceptions_silence_until_they_expire_and_unused_suppressions_are_reported()
        {
            var result = Audit(
                @"{ ""exceptions"": [
  { ""id"": ""AutoMapper"", ""rules"": [""LOCK102""], ""justification"": ""Licence bought"", ""expires"": ""2027-01-31"" },
  { ""id"": ""MediatR"", ""justification"": ""Migration planned"", ""expires"": ""2026-10-01"" } ] }",
                r => r.Suppressions = new[]
                {
                    new PolicyException("xunit", PackageVersionRange.All, new[] { "LOCK103" }, "Test-only", null, "LockInSuppress item"),
                    new PolicyException("Moq", PackageVersionRange.All, Array.Empty<string>(), "Old", null, "LockInSuppress item"),
                });

            Assert.Equal(
                new[]
                {
                    "Warning LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Contoso.Api', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net8.0]",
                    "Warning LOCK102 MediatR 14.3.0: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) needs review under the policy [net8.0]",
                    "Warning LOCK105 The exception for MediatR at " + Path.Combine(Path.GetTempPath(), "lockin.json") + "(3,3) expired on 2026-10-01 and no longer applies (Migration planned)",
                    "Info LOCK106 The suppression for Moq at LockInSuppress item matched nothing in this project; remove it (Old)",
                },
                Lines(result));
        }

        [Fact]
        public void Adapter_projects_and_excluded_vendors_silence_LOCK100()
        {
            Assert.DoesNotContain(Audit("{}", r => r.IsAdapterProject = true).Findings, f => f.Code == "LOCK100");
            Assert.DoesNotContain(Audit("{ \"adapters\": { \"projects\": [\"*.Api\"] } }").Findings, f => f.Code == "LOCK100");
            Assert.DoesNotContain(Audit("{ \"vendors\": { \"exclude\": [\"openai\"] } }").Findings, f => f.Code == "LOCK100");
        }

        [Fact]
        public void Drift_from_the_baseline_is_LOCK104_and_the_baseline_round_trips()
        {
            var baseline = new LicenseBaseline(new[]
            {
                new BaselineEntry("AutoMapper", "8.0.0", "MIT", LicenseCategory.Permissive),
                new BaselineEntry("OpenAI", "2.14.0", "MIT", LicenseCategory.Permissive),
            });
            var problems = new List<SourceProblem>();
            var reread = LicenseBaseline.Read(baseline.Write(), "lockin.baseline.json", problems);

            var result = Audit("{ \"licenses\": { \"categories\": { \"Commercial\": \"allow\", \"Unknown\": \"allow\" } } }", r => r.Baseline = reread);

            Assert.Empty(problems);
            Assert.Equal(
                new[]
                {
                    "Warning LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Contoso.Api', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net8.0]",
                    "Warning LOCK104 AutoMapper 15.1.4: license changed from MIT (Permissive) approved for 8.0.0 to 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) [net8.0]",
                },
                Lines(result));
            Assert.Equal(
                "{\n  \"formatVersion\": 1,\n  \"packages\": [\n    { \"id\": \"AutoMapper\", \"version\": \"8.0.0\", \"license\": \"MIT\", \"category\": \"Permissive\" },\n    { \"id\": \"OpenAI\", \"version\": \"2.14.0\", \"license\": \"MIT\", \"category\": \"Permissive\" }\n  ]\n}\n",
                baseline.Write());
        }

        [Fact]
        public void A_shared_baseline_approves_each_version_so_two_projects_on_two_versions_get_no_drift()
        {
            // Project A records AutoMapper 8.0.0, project B AutoMapper 15.1.4, into one baseline file, in either order.
            var empty = new LicenseBaseline(Array.Empty<BaselineEntry>());
            var eight = new BaselineEntry("AutoMapper", "8.0.0", "MIT", LicenseCategory.Permissive);
            var fifteen = new BaselineEntry("AutoMapper", "15.1.4", "RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial);
            var aThenB = empty.With(new[] { eight }).With(new[] { fifteen });
            var bThenA = empty.With(new[] { fifteen }).With(new[] { eight });

            Assert.Equal(aThenB.Write(), bThenA.Write());
            Assert.Equal(
                "{\n  \"formatVersion\": 1,\n  \"packages\": [\n    { \"id\": \"AutoMapper\", \"version\": \"8.0.0\", \"license\": \"MIT\", \"category\": \"Permissive\" },\n    { \"id\": \"AutoMapper\", \"version\": \"15.1.4\", \"license\": \"RPL-1.5 OR LicenseRef-Commercial\", \"category\": \"Commercial\" }\n  ]\n}\n",
                aThenB.Write());
            var result = Audit("{ \"licenses\": { \"categories\": { \"Commercial\": \"allow\", \"Unknown\": \"allow\" } } }", r => r.Baseline = aThenB);
            Assert.DoesNotContain(result.Findings, f => f.Code == "LOCK104");
        }

        [Fact]
        public void An_unrecorded_version_is_compared_with_the_nearest_approved_version_below_it_else_above_it()
        {
            var baseline = new LicenseBaseline(new[]
            {
                new BaselineEntry("AutoMapper", "15.1.4", "X", LicenseCategory.Commercial),
                new BaselineEntry("automapper", "8.0.0", "MIT", LicenseCategory.Permissive),
                new BaselineEntry("AutoMapper", "12.0.1", "MIT", LicenseCategory.Permissive),
            });

            Assert.Equal("8.0.0", baseline.Find("AutoMapper", PackageVersion.Parse("8.0.0"))!.Version);
            Assert.Equal("12.0.1", baseline.Find("AutoMapper", PackageVersion.Parse("14.0.0"))!.Version);
            Assert.Equal("15.1.4", baseline.Find("AUTOMAPPER", PackageVersion.Parse("16.0.0-beta.1"))!.Version);
            Assert.Equal("8.0.0", baseline.Find("AutoMapper", PackageVersion.Parse("7.0.0"))!.Version);
            Assert.Equal("12.0.1", baseline.Find("AutoMapper", PackageVersion.Parse("12.0.1.0"))!.Version); // the same version, normalised
            Assert.Null(baseline.Find("MediatR", PackageVersion.Parse("1.0.0")));
            Assert.Equal(new[] { "8.0.0", "12.0.1", "15.1.4" }, baseline.Entries.Select(e => e.Version));
        }

        [Fact]
        public void A_baseline_entry_with_an_invalid_version_is_a_problem_at_its_position()
        {
            var problems = new List<SourceProblem>();
            var baseline = LicenseBaseline.Read(
                "{ \"packages\": [\n  { \"id\": \"A\", \"version\": \"1.0\", \"category\": \"Permissive\" },\n  { \"id\": \"B\", \"version\": \"one\", \"category\": \"Permissive\" } ] }",
                "lockin.baseline.json",
                problems);

            Assert.Equal(new[] { "A" }, baseline!.Entries.Select(e => e.Id));
            Assert.Equal(new[] { "lockin.baseline.json(3,27): Invalid package version 'one' in a baseline entry: " + ErrorOf("one") }, problems.Select(p => p.ToString()));
        }

        private static string ErrorOf(string version)
        {
            PackageVersion.TryParse(version, out _, out var error);
            return error!;
        }

        [Fact]
        public void Development_dependencies_can_be_left_out()
        {
            var result = Audit("{ \"audit\": { \"developmentDependencies\": false } }");

            Assert.DoesNotContain(result.Packages, p => p.Id == "xunit");
        }
    }
}
