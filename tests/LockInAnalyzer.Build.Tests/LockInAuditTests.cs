using System;
using System.IO;
using System.Linq;
using Xunit;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>The task on well-formed input: policy verdicts, warning knobs, suppressions, outputs and the report replay.</summary>
    public sealed class LockInAuditTests : IDisposable
    {
        private const string Commercial = "<license type=\"expression\">LicenseRef-Commercial</license>";
        private readonly TestRepository repo = new TestRepository();
        private readonly FakeBuildEngine engine = new FakeBuildEngine();

        public LockInAuditTests()
        {
            repo.AddPackage("Permissive.Lib", "2.0.0", "<license type=\"expression\">MIT</license>");
            repo.AddPackage("Gpl.Lib", "1.0.0", "<license type=\"expression\">GPL-3.0-only</license>");
            repo.AddPackage("Transitive.Gpl", "1.0.0", "<license type=\"expression\">GPL-3.0-only</license>", direct: false);
            repo.AddPackage("OpenAI", "2.15.0", "<license type=\"expression\">MIT</license>");
        }

        public void Dispose() => repo.Dispose();

        [Fact]
        public void Default_preset_warns_on_direct_packages_and_passes()
        {
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Empty(engine.Errors);
            Assert.Equal(
                new[]
                {
                    "LOCK100 OpenAI 2.15.0 is the OpenAI SDK, referenced by 'App', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]",
                    "LOCK102 Gpl.Lib 1.0.0: license 'GPL-3.0-only' (StrongCopyleft, license expression GPL-3.0-only) needs review under the policy [net10.0]",
                },
                engine.Warnings.Select(w => w.Code + " " + w.Message));
            Assert.All(engine.Warnings, w => Assert.Equal((repo.ProjectPath, 0, 0), (w.File, w.LineNumber, w.ColumnNumber)));
        }

        [Fact]
        public void Strict_preset_by_name_denies_and_audits_the_whole_graph()
        {
            repo.WriteAssets();

            Assert.False(repo.Task(engine, "strict").Execute());

            Assert.Equal(new[] { "LOCK101 Gpl.Lib 1.0.0", "LOCK101 Transitive.Gpl 1.0.0" }, engine.Errors.Select(e => e.Code + " " + e.Message!.Split(':')[0]));
            Assert.Contains(engine.Errors, e => e.Message!.Contains("(transitive)"));
        }

        [Fact]
        public void TreatWarningsAsErrors_turns_warnings_into_errors_except_WarningsNotAsErrors()
        {
            repo.WriteAssets();
            var task = repo.Task(engine);
            task.TreatWarningsAsErrors = "true";
            task.WarningsNotAsErrors = "LOCK100";

            Assert.False(task.Execute());

            Assert.Equal(new[] { "LOCK102" }, engine.Errors.Select(e => e.Code));
            Assert.Equal(new[] { "LOCK100" }, engine.Warnings.Select(w => w.Code));
        }

        [Fact]
        public void WarningsAsErrors_promotes_one_code()
        {
            repo.WriteAssets();
            var task = repo.Task(engine);
            task.WarningsAsErrors = "CS1591;LOCK100";

            Assert.False(task.Execute());

            Assert.Equal(new[] { "LOCK100" }, engine.Errors.Select(e => e.Code));
        }

        [Fact]
        public void NoWarn_silences_warnings_but_never_errors()
        {
            repo.WriteAssets();
            var task = repo.Task(engine, "strict");
            task.NoWarn = "$(NoWarn);1591;LOCK100,LOCK101 LOCK102";

            Assert.False(task.Execute());

            Assert.Empty(engine.Warnings);
            Assert.Equal(2, engine.Errors.Count(e => e.Code == "LOCK101"));
        }

        [Fact]
        public void NoWarn_on_a_PackageReference_silences_that_package_only()
        {
            repo.AddPackage("Other.Gpl", "3.0.0", "<license type=\"expression\">GPL-2.0-only</license>");
            repo.AddPackage("Quiet.Gpl", "1.0.0", "<license type=\"expression\">GPL-3.0-only</license>").NoWarn.Add("LOCK102");
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            var flagged = engine.Warnings.Where(w => w.Code == "LOCK102").Select(w => w.Message!.Split(' ')[0]).ToList();
            Assert.Equal(new[] { "Gpl.Lib", "Other.Gpl" }, flagged);
        }

        [Fact]
        public void NoWarn_metadata_of_PackageReference_items_silences_that_package_and_what_it_brings_in()
        {
            // NuGet keeps only NU codes of a PackageReference's NoWarn in the assets file, so the items are passed in.
            repo.AddPackage("Other.Gpl", "3.0.0", "<license type=\"expression\">GPL-2.0-only</license>");
            repo.WriteAssets();
            var reference = new Microsoft.Build.Utilities.TaskItem("Gpl.Lib");
            reference.SetMetadata("NoWarn", "NU1701;LOCK102");
            var task = repo.Task(engine, "strict");
            task.NoWarn = "LOCK101";
            task.PackageReferences = new[] { reference, new Microsoft.Build.Utilities.TaskItem("Other.Gpl") };
            task.TreatWarningsAsErrors = "false";
            task.AuditMode = "direct";
            task.PolicyFile = repo.WriteFile("lockin.json", "{ \"extends\": \"default\" }");

            Assert.True(task.Execute());

            Assert.Equal(new[] { "LOCK100 OpenAI", "LOCK102 Other.Gpl" }, engine.Warnings.Select(w => w.Code + " " + w.Message!.Split(' ')[0]));
            Assert.Contains("{ \"id\": \"Gpl.Lib\", \"version\": \"1.0.0\", \"direct\": true", File.ReadAllText(repo.SidecarFile));
            Assert.Contains("\"noWarn\": [\"LOCK102\", \"NU1701\"]", File.ReadAllText(repo.SidecarFile));
        }

        [Fact]
        public void Development_dependencies_are_audited_by_default_and_can_be_excluded()
        {
            repo.AddPackage("Test.Only", "8.0.0", Commercial).PrivateAssetsAll = true;
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());
            Assert.Contains(engine.Warnings, w => w.Code == "LOCK102" && w.Message!.StartsWith("Test.Only 8.0.0", StringComparison.Ordinal));

            var quiet = new FakeBuildEngine();
            var task = repo.Task(quiet);
            task.AuditDevelopmentDependencies = "false";
            Assert.True(task.Execute());
            Assert.DoesNotContain(quiet.Warnings, w => w.Message!.StartsWith("Test.Only", StringComparison.Ordinal));
        }

        [Fact]
        public void Suppressions_silence_expire_and_report_when_unused()
        {
            repo.WriteAssets();
            var task = repo.Task(engine, today: "2026-03-01");
            task.Suppressions = new[]
            {
                TestRepository.Suppress("Gpl.Lib", "Legal approved GPL use for this internal tool (TICKET-12)", version: "[1.0,2.0)", rules: "LOCK102"),
                TestRepository.Suppress("OpenAI", "Temporary until the adapter project exists", expires: "2026-02-28"),
                TestRepository.Suppress("Never.Referenced", "Left over"),
            };

            Assert.True(task.Execute());

            Assert.Equal(new[] { "LOCK100", "LOCK105" }, engine.Warnings.Select(w => w.Code));
            Assert.Contains("expired on 2026-02-28", engine.Warnings[1].Message);
            var unused = Assert.Single(engine.CodedMessages);
            Assert.Equal("LOCK106", unused.Code);
            Assert.Contains("Never.Referenced", unused.Message);
        }

        [Fact]
        public void Adapter_project_by_property_or_policy_glob_silences_LOCK100_and_marks_the_config()
        {
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{ \"extends\": \"default\", \"adapters\": { \"namespaces\": [\"*.Infrastructure.Ai\", \"Contoso.Adapters\"], \"projects\": [\"App\"] }, \"vendors\": { \"exclude\": [\"azure-openai\"] } }");

            Assert.True(repo.Task(engine, policy).Execute());

            Assert.DoesNotContain(engine.Warnings, w => w.Code == "LOCK100");
            var config = File.ReadAllText(repo.GeneratedConfigFile);
            Assert.Contains("is_global = true\n", config);
            Assert.Contains("lockin.adapter_namespaces = *.Infrastructure.Ai, Contoso.Adapters\n", config);
            Assert.Contains("lockin.excluded_vendors = azure-openai\n", config);
            Assert.Contains("lockin.adapter_project = true\n", config);
        }

        [Fact]
        public void Generated_config_keeps_its_timestamp_when_unchanged()
        {
            repo.WriteAssets();
            Assert.True(repo.Task(engine).Execute());
            var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(repo.GeneratedConfigFile, stamp);

            Assert.True(repo.Task(new FakeBuildEngine()).Execute());

            Assert.Equal(stamp, File.GetLastWriteTimeUtc(repo.GeneratedConfigFile));
        }

        [Fact]
        public void Sidecar_is_deterministic_and_complete()
        {
            repo.WriteAssets();
            Assert.True(repo.Task(engine).Execute());
            var first = File.ReadAllBytes(repo.SidecarFile);
            PackagesCacheReset();
            Assert.True(repo.Task(new FakeBuildEngine()).Execute());

            Assert.Equal(first, File.ReadAllBytes(repo.SidecarFile));
            var text = File.ReadAllText(repo.SidecarFile);
            Assert.Contains("\"project\": { \"name\": \"App\"", text);
            Assert.Contains("{ \"id\": \"Gpl.Lib\", \"version\": \"1.0.0\", \"direct\": true, \"developmentDependency\": false, \"frameworks\": [\"net10.0\"], \"license\": \"GPL-3.0-only\", \"category\": \"StrongCopyleft\", \"evidenceKind\": \"NuspecExpression\", \"evidence\": \"license expression GPL-3.0-only\", \"action\": \"warn\", \"vendor\": null, \"noWarn\": [], \"findings\": [\"LOCK102\"] }", text);
            Assert.Contains("\"vendor\": \"openai\"", text);
        }

        [Fact]
        public void Report_replays_the_findings_with_the_current_warning_settings()
        {
            repo.WriteAssets();
            var audit = repo.Task(engine);
            audit.ReportFindings = false;
            Assert.True(audit.Execute());
            Assert.Empty(engine.Diagnostics);

            var replay = new FakeBuildEngine();
            var report = new LockInReport { BuildEngine = replay, FindingsFile = repo.FindingsFile, ProjectPath = repo.ProjectPath, TreatWarningsAsErrors = "true" };

            Assert.False(report.Execute());
            Assert.Equal(new[] { "LOCK100", "LOCK102" }, replay.Errors.Select(e => e.Code));
        }

        [Fact]
        public void Report_of_a_missing_findings_file_is_an_error_not_an_exception()
        {
            var replay = new FakeBuildEngine();
            var report = new LockInReport { BuildEngine = replay, FindingsFile = Path.Combine(repo.Root, "none.json"), ProjectPath = repo.ProjectPath };

            Assert.False(report.Execute());
            Assert.Equal("LOCK191", Assert.Single(replay.Errors).Code);
        }

        [Fact]
        public void Inputs_file_lists_the_policy_chain()
        {
            repo.WriteAssets();
            var parent = repo.WriteFile("org/base.json", "{ \"extends\": \"strict\" }");
            var policy = repo.WriteFile("lockin.json", "{ \"extends\": \"org/base.json\" }");

            repo.Task(engine, policy).Execute();

            Assert.Equal(new[] { parent, policy }.OrderBy(p => p, StringComparer.Ordinal), File.ReadAllLines(repo.InputsFile));
        }

        [Fact]
        public void Update_baseline_then_an_upgrade_reports_drift()
        {
            var baseline = Path.Combine(repo.Root, "lockin.baseline.json");
            repo.AddPackage("Mapper", "8.0.0", "<license type=\"expression\">MIT</license>");
            repo.WriteAssets();
            var update = repo.Task(engine);
            update.BaselineFile = baseline;
            update.UpdateBaseline = true;
            Assert.True(update.Execute(), engine.Dump());
            Assert.Contains("{ \"id\": \"Mapper\", \"version\": \"8.0.0\", \"license\": \"MIT\", \"category\": \"Permissive\" }", File.ReadAllText(baseline));

            using var upgraded = new TestRepository();
            upgraded.AddPackage("Mapper", "15.0.0", Commercial);
            upgraded.WriteAssets();
            var drift = new FakeBuildEngine();
            var task = upgraded.Task(drift);
            task.BaselineFile = baseline;
            task.Execute();

            var warning = Assert.Single(drift.Warnings, w => w.Code == "LOCK104");
            Assert.Equal("Mapper 15.0.0: license changed from MIT (Permissive) approved for 8.0.0 to 'LicenseRef-Commercial' (Commercial, license expression LicenseRef-Commercial) [net10.0]", warning.Message);
        }

        [Fact]
        public void A_shared_baseline_holds_both_versions_whatever_the_build_order()
        {
            using var older = new TestRepository();
            older.AddPackage("Mapper", "8.0.0", "<license type=\"expression\">MIT</license>");
            older.WriteAssets();
            using var newer = new TestRepository();
            newer.AddPackage("Mapper", "15.0.0", Commercial);
            newer.WriteAssets();
            var olderFirst = Path.Combine(repo.Root, "older-first.baseline.json");
            var newerFirst = Path.Combine(repo.Root, "newer-first.baseline.json");

            foreach (var (file, order) in new[] { (olderFirst, new[] { older, newer }), (newerFirst, new[] { newer, older }) })
            {
                foreach (var project in order)
                {
                    var update = project.Task(engine);
                    update.BaselineFile = file;
                    update.UpdateBaseline = true;
                    update.Execute();
                }
            }

            Assert.Equal(File.ReadAllText(olderFirst), File.ReadAllText(newerFirst));
            foreach (var project in new[] { older, newer })
            {
                var check = new FakeBuildEngine();
                var task = project.Task(check);
                task.BaselineFile = olderFirst;
                task.Execute();
                Assert.DoesNotContain(check.Warnings, w => w.Code == "LOCK104");
            }
        }

        private static void PackagesCacheReset() => LockInAnalyzer.Policy.Audit.PackageLicenseLocator.ClearCache();
    }
}
