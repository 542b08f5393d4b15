using System;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Audit;
using Xunit;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>
    /// The build-side defects fault injection found (issue 9): inputs that switched a check off, crashed the resolver
    /// or read outside the packages folder. Each is now a clear LOCK190/LOCK191 at its position.
    /// </summary>
    public sealed class HardeningTests : IDisposable
    {
        private readonly TestRepository repo = new TestRepository();
        private readonly FakeBuildEngine engine = new FakeBuildEngine();

        public void Dispose() => repo.Dispose();

        [Theory]
        [InlineData("unknown")]
        [InlineData("Unknown ")]
        public void A_case_or_space_variant_of_a_category_cannot_lift_its_deny(string variant)
        {
            repo.AddPackage("Mystery", "1.0.0", licenseXml: null);
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{ \"extends\": \"default\", \"licenses\": { \"categories\": {\n  \"Unknown\": \"deny\",\n  \"" + variant + "\": \"allow\" } } }\n");

            Assert.False(repo.Task(engine, policy).Execute());

            var duplicate = Assert.Single(engine.Errors, e => e.Code == "LOCK190");
            Assert.Equal((policy, 3, 3), (duplicate.File, duplicate.LineNumber, duplicate.ColumnNumber));
            Assert.Equal("Invalid LockIn policy: Duplicate license category '" + variant + "' in 'licenses.categories': the same as 'Unknown' at (2,3)", duplicate.Message);
            // The first entry stands: the unidentifiable license is still denied.
            Assert.Contains(engine.Errors, e => e.Code == "LOCK101" && e.Message!.StartsWith("Mystery 1.0.0: license (Unknown, no license declared) is denied", StringComparison.Ordinal));
        }

        [Fact]
        public void A_NUL_in_extends_is_LOCK190_at_the_entry_not_an_unexpected_failure()
        {
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{ \"extends\": \"a\\u0000b\" }");

            Assert.False(repo.Task(engine, policy).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal(("LOCK190", policy, 1, 14), (error.Code, error.File, error.LineNumber, error.ColumnNumber));
            Assert.Equal("Invalid LockIn policy: 'extends' names an invalid path \"a\\u0000b\": it contains the control character U+0000", error.Message);
        }

        [Theory]
        [InlineData(nameof(LockInAudit.PolicyFile), "LockInPolicy")]
        [InlineData(nameof(LockInAudit.BaselineFile), "LockInBaseline")]
        [InlineData(nameof(LockInAudit.ProjectAssetsFile), "ProjectAssetsFile")]
        [InlineData(nameof(LockInAudit.SidecarFile), "SidecarFile")]
        [InlineData(nameof(LockInAudit.FindingsFile), "FindingsFile")]
        public void A_path_property_that_is_not_a_path_is_a_configuration_error_naming_the_property(string parameter, string property)
        {
            repo.WriteAssets();
            var task = repo.Task(engine);
            typeof(LockInAudit).GetProperty(parameter)!.SetValue(task, "bad\u0000path.json");

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Equal(property + " \"bad\\u0000path.json\" is not a valid path: it contains the control character U+0000", error.Message);
        }

        [Theory]
        [InlineData("\"error\"")]
        [InlineData("\"Fatal\"")]
        [InlineData("\"1\"")]
        [InlineData("2")]
        public void A_finding_whose_severity_cannot_be_read_makes_the_result_unreadable_never_fewer_findings(string severity)
        {
            var findings = WriteFindings("{ \"formatVersion\": 1, \"findings\": [ { \"code\": \"LOCK101\", \"severity\": " + severity + ", \"file\": null, \"line\": 0, \"column\": 0, \"package\": \"Gpl\", \"version\": \"1.0.0\", \"noWarn\": [], \"message\": \"Gpl 1.0.0: denied\" } ] }");

            AssertUnreadable(findings);
        }

        [Theory]
        [InlineData("1.9")]
        [InlineData("\"1\"")]
        [InlineData("2")]
        public void A_findings_file_of_another_format_version_is_unreadable(string version)
        {
            var findings = WriteFindings("{ \"formatVersion\": " + version + ", \"findings\": [] }");

            AssertUnreadable(findings);
        }

        [Theory]
        [InlineData("{ \"formatVersion\": 1 }")]
        [InlineData("{ \"formatVersion\": 1, \"findings\": [ 1 ] }")]
        [InlineData("{ \"formatVersion\": 1, \"findings\": [ { \"code\": \"LOCK101\", \"severity\": \"Error\", \"line\": 1.5, \"message\": \"m\" } ] }")]
        [InlineData("{ \"formatVersion\": 1, \"findings\": [ { \"code\": \"LOCK101\", \"severity\": \"Error\", \"message\": \"m\", \"extra\": true } ] }")]
        [InlineData("{ \"formatVersion\": 1, \"findings\": [ { \"code\": \"LOCK101\", \"severity\": \"Error\", \"message\": \"m\", \"noWarn\": [ 5 ] } ] }")]
        public void A_finding_that_cannot_be_read_fully_is_unreadable(string text)
        {
            AssertUnreadable(WriteFindings(text));
        }

        [Fact]
        public void A_findings_file_written_by_the_audit_replays_exactly()
        {
            repo.AddPackage("Gpl.Lib", "1.0.0", "<license type=\"expression\">GPL-3.0-only</license>");
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{ \"licenses\": { \"deny\": [\"GPL-3.0-only\"] } }");
            var audit = repo.Task(engine, policy);
            audit.ReportFindings = false;
            Assert.True(audit.Execute());

            var replay = new FakeBuildEngine();
            Assert.False(new LockInReport { BuildEngine = replay, FindingsFile = repo.FindingsFile, ProjectPath = repo.ProjectPath }.Execute());

            Assert.Equal(new[] { "LOCK101" }, replay.Errors.Select(e => e.Code));
            Assert.True(File.Exists(repo.FindingsFile));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_package_folder_that_is_a_symbolic_link_out_of_the_packages_folder_is_not_read(bool linkTheIdFolder)
        {
            var outside = Path.Combine(repo.Root, "elsewhere", "linked", "1.0.0");
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "linked.nuspec"), "<?xml version=\"1.0\"?>\n<package><metadata><id>Linked</id><version>1.0.0</version><authors>x</authors><description>x</description><licenseUrl>https://secret.example/outside-the-packages-folder</licenseUrl></metadata></package>");
            repo.AddPackage("Linked", "1.0.0", licenseXml: null);
            Directory.Delete(linkTheIdFolder ? Path.Combine(repo.PackagesFolder, "linked") : repo.PackageFolder("Linked", "1.0.0"), recursive: true);
            if (linkTheIdFolder)
            {
                Directory.CreateSymbolicLink(Path.Combine(repo.PackagesFolder, "linked"), Path.GetDirectoryName(outside)!);
            }
            else
            {
                Directory.CreateSymbolicLink(repo.PackageFolder("Linked", "1.0.0"), outside);
            }

            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            var refused = Assert.Single(engine.Warnings, w => w.Code == "LOCK191");
            Assert.StartsWith("Linked 1.0.0: ", refused.Message);
            Assert.Contains("goes through a symbolic link or junction ('" + (linkTheIdFolder ? "linked" : "1.0.0") + "')", refused.Message);
            Assert.DoesNotContain(engine.Warnings, w => w.Message!.Contains("secret.example", StringComparison.Ordinal));
            Assert.DoesNotContain("secret.example", File.ReadAllText(repo.SidecarFile), StringComparison.Ordinal);
        }

        private string WriteFindings(string text)
        {
            Directory.CreateDirectory(repo.ObjDirectory);
            File.WriteAllText(repo.FindingsFile, text);
            return repo.FindingsFile;
        }

        private void AssertUnreadable(string findings)
        {
            var report = new LockInReport { BuildEngine = engine, FindingsFile = findings, ProjectPath = repo.ProjectPath };

            Assert.False(report.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal(AuditCodes.MetadataUnreadable, error.Code);
            Assert.StartsWith("The LockIn package audit result is unreadable (", error.Message);
            Assert.EndsWith("); it was removed, so the next build evaluates the packages again", error.Message);
            // An output of _LockInEvaluate is gone, so the next build cannot skip the evaluation.
            Assert.False(File.Exists(repo.FindingsFile));
        }
    }
}
