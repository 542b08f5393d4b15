using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace LockInAnalyzer.EndToEnd
{
    /// <summary>
    /// Assertions on the real builds of <see cref="EndToEndFixture"/>: exact LOCK diagnostics (code, file, package,
    /// version, license, category, evidence) and exit codes.
    /// </summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class EndToEndTests
    {
        private const string AutoMapper15 = "AutoMapper 15.1.4: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement)";
        private const string MediatR14 = "MediatR 14.3.0: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement)";
        private const string EPPlus8 = "EPPlus 8.7.2: license 'PolyForm-Noncommercial-1.0.0' (NonCommercial, license file license.md: PolyForm-Noncommercial-1.0.0)";
        private const string AspNetMvc5 = "Microsoft.AspNet.Mvc 5.2.6: license 'LicenseRef-Microsoft-NET-Library-EULA' (ProprietaryFree, licenseUrl http://www.microsoft.com/web/webpi/eula/net_library_eula_ENU.htm: Microsoft .NET Library EULA)";
        private const string Review = " needs review under the policy [net10.0]";
        private const string Denied = " is denied by the policy [net10.0]";

        private readonly EndToEndFixture fixture;

        public EndToEndTests(EndToEndFixture fixture)
        {
            this.fixture = fixture;
        }

        [Fact]
        public void Package_has_the_analyzer_the_task_for_both_msbuilds_and_the_build_files()
        {
            using var zip = ZipFile.OpenRead(Path.Combine(fixture.Feed, "LockInAnalyzer." + fixture.Version + ".nupkg"));
            var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(
                new[]
                {
                    "LockInAnalyzer.nuspec",
                    "README.md",
                    "analyzers/dotnet/cs/LockInAnalyzer.Catalog.dll",
                    "analyzers/dotnet/cs/LockInAnalyzer.CodeFixes.dll",
                    "analyzers/dotnet/cs/LockInAnalyzer.dll",
                    "build/LockInAnalyzer.props",
                    "build/LockInAnalyzer.targets",
                    "buildMultiTargeting/LockInAnalyzer.props",
                    "buildMultiTargeting/LockInAnalyzer.targets",
                    "buildTransitive/LockInAnalyzer.props",
                    "buildTransitive/LockInAnalyzer.targets",
                    "policies/lockin-policy.schema.json",
                    "policies/presets/default.json",
                    "policies/presets/permissive.json",
                    "policies/presets/strict.json",
                    "tasks/netstandard2.0/LockInAnalyzer.Build.dll",
                    "tasks/netstandard2.0/LockInAnalyzer.Catalog.dll",
                    "tasks/netstandard2.0/LockInAnalyzer.Policy.dll",
                    "tasks/netstandard2.0/NuGet.Versioning.dll",
                },
                entries);
            using var nuspec = new StreamReader(zip.GetEntry("LockInAnalyzer.nuspec")!.Open());
            var text = nuspec.ReadToEnd();
            Assert.Contains("<developmentDependency>true</developmentDependency>", text);
            Assert.DoesNotContain("<dependencies>", text);
        }

        [Fact]
        public void Default_preset_warns_about_todays_relicensed_packages_and_the_build_passes()
        {
            Assert.Equal(0, fixture.First.ExitCode);
            Assert.Equal(
                new[]
                {
                    "warning LOCK100 Default/Default.csproj: OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Default', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]",
                    "warning LOCK102 Default/Default.csproj: " + AutoMapper15 + Review,
                    "warning LOCK102 Default/Default.csproj: " + EPPlus8 + Review,
                    "warning LOCK102 Default/Default.csproj: " + MediatR14 + Review,
                    "warning LOCK102 Default/Default.csproj: " + AspNetMvc5 + Review,
                },
                For(fixture.First, "Default"));
        }

        [Fact]
        public void The_same_packages_before_their_relicensing_are_clean()
        {
            // AutoMapper 8.0.0 (MIT; its licenseUrl is a GitHub file, so the relicensing knowledge base decides), MediatR 12.4.1
            // (Apache-2.0), EPPlus 4.5.3.3 (LGPL file: weak copyleft, allowed by the default preset).
            Assert.Empty(For(fixture.First, "Legacy"));
            var sidecar = File.ReadAllText(Path.Combine(fixture.Repo, "Legacy", "obj", "Debug", "net10.0", "lockin.result.json"));
            Assert.Contains("{ \"id\": \"AutoMapper\", \"version\": \"8.0.0\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"MIT\", \"category\": \"Permissive\", \"evidenceKind\": \"KnowledgeBase\", \"evidence\": \"knowledge base: AutoMapper (, 15.0.0): MIT\", \"action\": \"allow\"", sidecar);
            Assert.Contains("{ \"id\": \"EPPlus\", \"version\": \"4.5.3.3\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"LGPL-3.0-only\", \"category\": \"WeakCopyleft\"", sidecar);
            Assert.Contains("{ \"id\": \"MediatR\", \"version\": \"12.4.1\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"Apache-2.0\", \"category\": \"Permissive\"", sidecar);
        }

        [Fact]
        public void The_default_preset_reports_a_Microsoft_EULA_package_and_passes_MIT_packages()
        {
            var sidecar = File.ReadAllText(Path.Combine(fixture.Repo, "Default", "obj", "Debug", "net10.0", "lockin.result.json"));
            Assert.Contains("{ \"id\": \"Microsoft.AspNet.Mvc\", \"version\": \"5.2.6\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"LicenseRef-Microsoft-NET-Library-EULA\", \"category\": \"ProprietaryFree\", \"evidenceKind\": \"LicenseUrl\", \"evidence\": \"licenseUrl http://www.microsoft.com/web/webpi/eula/net_library_eula_ENU.htm: Microsoft .NET Library EULA\", \"action\": \"warn\"", sidecar);
            Assert.Contains("{ \"id\": \"Newtonsoft.Json\", \"version\": \"13.0.3\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"MIT\", \"category\": \"Permissive\"", sidecar);
            Assert.Contains("{ \"id\": \"OpenAI\", \"version\": \"2.15.0\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"MIT\", \"category\": \"Permissive\"", sidecar);
        }

        [Fact]
        public void PackageReference_NoWarn_and_LockInSuppress_silence_and_expired_or_unused_suppressions_are_reported()
        {
            // AutoMapper: NoWarn="LOCK102" on its PackageReference. MediatR: a justified LockInSuppress.
            // EPPlus: its suppression expired, so it is reported again, with LOCK105. Castle.Core: matched nothing (LOCK106, a message).
            Assert.Equal(
                new[]
                {
                    "message LOCK106 Suppressed/Suppressed.csproj: The suppression for Castle.Core at LockInSuppress 'Castle.Core' in Suppressed.csproj matched nothing in this project; remove it (Left over from an old reference)",
                    "warning LOCK102 Suppressed/Suppressed.csproj: " + EPPlus8 + Review,
                    "warning LOCK105 Suppressed/Suppressed.csproj: The exception for EPPlus at LockInSuppress 'EPPlus' in Suppressed.csproj expired on 2020-01-31 and no longer applies (Evaluation only)",
                },
                For(fixture.First, "Suppressed"));
        }

        [Fact]
        public void Policy_adapter_namespaces_silence_LOCK001_there_and_only_there()
        {
            Assert.Equal(
                new[]
                {
                    "warning LOCK001 Shop/Domain/OrderAssistant.cs(7,26): 'OrderAssistant' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient'); depend on Microsoft.Extensions.AI.IChatClient instead (https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/LOCK001.md)",
                    "warning LOCK100 Shop/Shop.csproj: OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Shop', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]",
                },
                For(fixture.First, "Shop"));
            Assert.Equal(
                "# Generated by LockInAnalyzer from the LockIn policy; do not edit (change the policy instead).\n# Policy layers: preset:default -> lockin.json\nis_global = true\nglobal_level = -1\nlockin.adapter_namespaces = *.Infrastructure.Ai\n",
                File.ReadAllText(Path.Combine(fixture.Repo, "Shop", "obj", "Debug", "net10.0", "lockin.generated.globalconfig")));
        }

        [Fact]
        public void A_policys_coupling_report_reaches_the_analyzer_in_the_build()
        {
            Assert.Equal(
                new[]
                {
                    "warning LOCK001 Shop.Legacy/LegacyAssistant.cs(5,26): 'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead (https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/LOCK001.md)",
                    "warning LOCK001 Shop.Legacy/LegacyAssistant.cs(5,62): 'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead (https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/LOCK001.md)",
                    "warning LOCK100 Shop.Legacy/Shop.Legacy.csproj: OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Shop.Legacy', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]",
                },
                For(fixture.First, "Shop.Legacy"));
            Assert.Contains("\nlockin.coupling_report = use\n", File.ReadAllText(Path.Combine(fixture.Repo, "Shop.Legacy", "obj", "Debug", "net10.0", "lockin.generated.globalconfig")), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Policy_adapter_projects_silence_LOCK100_and_LOCK001_in_the_whole_project()
        {
            Assert.Empty(For(fixture.First, "Shop.Adapters"));
            Assert.Contains("lockin.adapter_project = true\n", File.ReadAllText(Path.Combine(fixture.Repo, "Shop.Adapters", "obj", "Debug", "net10.0", "lockin.generated.globalconfig")));
        }

        [Fact]
        public void Update_baseline_records_the_approved_licenses()
        {
            Assert.Contains("LockIn: recorded the licenses of 2 packages of 'Drift' in " + Path.Combine(fixture.Repo, "Drift", "lockin.baseline.json"), fixture.UpdateBaseline.Output);
            Assert.Equal(
                "{\n  \"formatVersion\": 1,\n  \"packages\": [\n"
                + "    { \"id\": \"AutoMapper\", \"version\": \"8.0.0\", \"license\": \"MIT\", \"category\": \"Permissive\" },\n"
                + "    { \"id\": \"Newtonsoft.Json\", \"version\": \"13.0.3\", \"license\": \"MIT\", \"category\": \"Permissive\" }\n  ]\n}\n",
                fixture.BaselineText);
        }

        [Fact]
        public void An_upgrade_that_changes_the_approved_license_is_LOCK104()
        {
            Assert.Equal(
                new[]
                {
                    "warning LOCK102 Drift/Drift.csproj: " + AutoMapper15 + Review,
                    "warning LOCK104 Drift/Drift.csproj: AutoMapper 15.1.4: license changed from MIT (Permissive) approved for 8.0.0 to 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) [net10.0]",
                },
                For(fixture.First, "Drift"));
        }

        [Fact]
        public void A_no_op_build_skips_the_evaluation_and_still_shows_every_warning()
        {
            Assert.Equal(0, fixture.NoOp.ExitCode);
            Assert.Equal(Describe(fixture.First, "LOCK1"), Describe(fixture.NoOp, "LOCK1"));
            Assert.Equal(7, Regex.Matches(fixture.First.Output, "LockIn: evaluated '").Count);
            Assert.Empty(Regex.Matches(fixture.NoOp.Output, "LockIn: evaluated '"));
            Assert.Equal(7, Regex.Matches(fixture.NoOp.Output, "Skipping target \"_LockInEvaluate\" because all output files are up-to-date").Count);
        }

        [Fact]
        public void Strict_preset_denies_with_errors_audits_transitive_packages_and_still_compiles_for_the_code_diagnostics()
        {
            Assert.Equal(1, fixture.Failing.ExitCode);
            Assert.Equal(
                new[]
                {
                    "error LOCK101 Strict/Strict.csproj: " + AutoMapper15 + Denied,
                    "error LOCK101 Strict/Strict.csproj: " + EPPlus8 + Denied,
                    "error LOCK101 Strict/Strict.csproj: EPPlus.Interfaces 8.6.2: license 'PolyForm-Noncommercial-1.0.0' (NonCommercial, license file license.md: PolyForm-Noncommercial-1.0.0) is denied by the policy (transitive via EPPlus) [net10.0]",
                    "error LOCK101 Strict/Strict.csproj: " + MediatR14 + Denied,
                    "warning LOCK001 Strict/Chat.cs(5,21): 'Chat' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient'); depend on Microsoft.Extensions.AI.IChatClient instead (https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/LOCK001.md)",
                    "warning LOCK100 Strict/Strict.csproj: OpenAI 2.15.0 is the OpenAI SDK, referenced by 'Strict', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]",
                },
                For(fixture.Failing, "Strict"));
        }

        [Fact]
        public void A_malformed_policy_fails_the_build_with_LOCK190_at_file_line_column()
        {
            Assert.Equal(
                new[]
                {
                    "error LOCK190 Broken/broken.json(4,21): Invalid LockIn policy: Unknown license category 'Comercial'; expected one of: Permissive, WeakCopyleft, StrongCopyleft, NetworkCopyleft, SourceAvailable, NonCommercial, Commercial, ProprietaryFree, Unknown",
                    "error LOCK190 Broken/broken.json(6,51): Invalid LockIn policy: 'versions' in a package rule is not a NuGet version range: '[15' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)",
                },
                For(fixture.Failing, "Broken"));
            Assert.Matches("Broken.csproj.*FAILED", fixture.Failing.Output);
        }

        [Fact]
        public void A_policy_denying_restricted_open_weights_fails_the_build_at_the_model_id()
        {
            Assert.Equal(
                new[]
                {
                    "error LOCK005 LocalModels/LocalChat.cs(8,105): 'llama3.1' is an open-weights model with use restrictions under the Llama Community License, not open source AI (https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/LOCK005.md)",
                },
                For(fixture.Failing, "LocalModels"));
            Assert.Matches("LocalModels.csproj.*FAILED", fixture.Failing.Output);
            Assert.EndsWith(
                "lockin.model_openness = open-weights-restricted:deny\n",
                File.ReadAllText(Path.Combine(fixture.Repo, "LocalModels", "obj", "Debug", "net10.0", "lockin.generated.globalconfig")));
        }

        [Fact]
        public void TreatWarningsAsErrors_turns_the_task_warnings_into_errors()
        {
            Assert.Equal(new[] { "error LOCK102 Twae/Twae.csproj: " + AutoMapper15 + Review }, For(fixture.Failing, "Twae"));
        }

        [Fact]
        public void A_multi_targeting_project_is_gated_once_however_it_is_built()
        {
            var denied = "error LOCK101 Multi/Multi.csproj: AutoMapper 15.1.4: license 'RPL-1.5 OR LicenseRef-Commercial' (Commercial, license file LICENSE.md: RPL-1.5 or a commercial agreement) is denied by the policy";
            foreach (var run in new[] { fixture.MultiAll, fixture.MultiOneFramework, fixture.MultiPublish })
            {
                Assert.Equal(1, run.ExitCode);
                Assert.Equal(new[] { denied + " [net10.0, net8.0]" }, For(run, "Multi"));
                // Reported once: one line with the node prefix ("1>"), the other copy is the error summary at the end.
                Assert.Single(Regex.Matches(run.Output, @"^\s*\d+>.*error LOCK101", RegexOptions.Multiline));
            }

            // The inner builds went on to compile (ErrorAndContinue): one framework, or both.
            Assert.Equal(2, Regex.Matches(fixture.MultiAll.Output, @"Multi -> .*Multi\.dll").Count);
            Assert.Single(Regex.Matches(fixture.MultiOneFramework.Output, @"Multi -> .*Multi\.dll"));
            Assert.Contains("/bin/Debug/net8.0/Multi.dll", fixture.MultiOneFramework.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void No_build_crashed_the_task()
        {
            foreach (var run in new[] { fixture.UpdateBaseline, fixture.First, fixture.NoOp, fixture.Failing, fixture.MultiAll, fixture.MultiOneFramework, fixture.MultiPublish })
            {
                Assert.DoesNotContain("MSB4018", run.Output);
                Assert.DoesNotContain("MSB4181", run.Output);
                Assert.DoesNotContain("failed unexpectedly", run.Output);
            }
        }

        private string[] For(ProcessResult run, string project) =>
            BuildOutput.For(BuildOutput.Diagnostics(run.Output), fixture.Repo, project).ToArray();

        private string[] Describe(ProcessResult run, string codePrefix) =>
            BuildOutput.Diagnostics(run.Output).Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal)).Select(d => d.Describe(fixture.Repo)).Distinct().OrderBy(d => d, StringComparer.Ordinal).ToArray();
    }
}
