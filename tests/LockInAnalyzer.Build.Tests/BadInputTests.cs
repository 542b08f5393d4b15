using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Audit;
using Xunit;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>
    /// Bad input never throws (no MSB4018) and never silently disables the audit: a broken policy is LOCK190 at its
    /// file(line,col) and fails the build; unreadable or unsafe package metadata is LOCK191; nothing outside a package
    /// folder is read.
    /// </summary>
    public sealed class BadInputTests : IDisposable
    {
        internal const string MitText = "MIT License\n\nCopyright (c) Someone\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n";

        private readonly TestRepository repo = new TestRepository();
        private readonly FakeBuildEngine engine = new FakeBuildEngine();

        public void Dispose() => repo.Dispose();

        [Fact]
        public void Malformed_policy_json_is_LOCK190_at_its_line_and_column_and_fails()
        {
            repo.AddPackage("Good", "1.0.0", "<license type=\"expression\">MIT</license>");
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{\n  \"licenses\": {\n    \"deny\" [\"GPL-3.0-only\"]\n  }\n}\n");

            var ok = repo.Task(engine, policy).Execute();

            Assert.False(ok);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Equal(policy, error.File);
            Assert.Equal(3, error.LineNumber);
            Assert.True(error.ColumnNumber > 0);
            Assert.StartsWith("Invalid LockIn policy:", error.Message);
            Assert.Equal(AuditCodes.HelpLink("LOCK190"), error.HelpLink);
        }

        [Fact]
        public void Unknown_policy_key_is_LOCK190_at_the_key()
        {
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{\n  \"extends\": \"default\",\n  \"licences\": { }\n}\n");

            var ok = repo.Task(engine, policy).Execute();

            Assert.False(ok);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Equal((3, 3), (error.LineNumber, error.ColumnNumber));
            Assert.Contains("Unknown property 'licences'", error.Message);
        }

        [Fact]
        public void Unknown_key_in_an_extended_file_points_at_that_file()
        {
            repo.WriteAssets();
            var parent = repo.WriteFile("org/base.json", "{\n  \"audit\": { \"mode\": \"everything\" }\n}\n");
            var policy = repo.WriteFile("lockin.json", "{ \"extends\": \"org/base.json\" }\n");

            Assert.False(repo.Task(engine, policy).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal(parent, error.File);
            Assert.Equal(2, error.LineNumber);
            Assert.Contains("'audit.mode' must be 'direct' or 'all'", error.Message);
        }

        [Fact]
        public void Missing_policy_file_fails_the_build()
        {
            repo.WriteAssets();
            var missing = Path.Combine(repo.Root, "nope.json");

            Assert.False(repo.Task(engine, missing).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Contains("does not exist", error.Message);
        }

        [Fact]
        public void Policy_file_over_one_mebibyte_is_refused_unread()
        {
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{ \"adapters\": { \"namespaces\": [\"" + new string('A', 1024 * 1024) + "\"] } }");

            Assert.False(repo.Task(engine, policy).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Contains("refused", error.Message);
        }

        [Fact]
        public void Missing_assets_file_says_to_restore()
        {
            Assert.False(repo.Task(engine).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK191", error.Code);
            Assert.Contains("does not exist; run 'dotnet restore'", error.Message);
            Assert.Equal(repo.ProjectPath, error.File);
        }

        [Fact]
        public void Missing_assets_file_in_a_design_time_build_is_quiet()
        {
            var task = repo.Task(engine);
            task.DesignTimeBuild = true;

            Assert.True(task.Execute());
            Assert.Empty(engine.Diagnostics);
        }

        [Fact]
        public void Corrupt_assets_file_is_LOCK191_with_its_position()
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repo.AssetsFile)!);
            File.WriteAllText(repo.AssetsFile, "{\n  \"version\": 3,\n  \"targets\": { \"net10.0\": { \"A/1.0.0\": { \"type\": \"package\" } }\n");

            Assert.False(repo.Task(engine).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK191", error.Code);
            Assert.Equal(repo.AssetsFile, error.File);
            Assert.True(error.LineNumber >= 3, engine.Dump());
        }

        [Fact]
        public void Missing_nuspec_is_LOCK191_and_the_license_unknown()
        {
            repo.AddPackage("NoSpec", "1.0.0", null, rawNuspec: string.Empty);
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.StartsWith("NoSpec 1.0.0: no .nuspec file", StringComparison.Ordinal));
            Assert.Contains(engine.Warnings, w => w.Code == "LOCK103" && w.Message!.StartsWith("NoSpec 1.0.0: license unknown", StringComparison.Ordinal));
        }

        [Fact]
        public void Missing_package_folder_is_LOCK191()
        {
            repo.AddPackage("Gone", "1.0.0", "<license type=\"expression\">MIT</license>");
            repo.WriteAssets();
            Directory.Delete(repo.PackageFolder("Gone", "1.0.0"), recursive: true);

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.Contains("is in none of the packages folders"));
        }

        [Fact]
        public void Corrupt_nuspec_is_LOCK191()
        {
            repo.AddPackage("Broken", "1.0.0", null, rawNuspec: "<package><metadata><id>Broken</id>");
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.Contains("not well-formed XML"));
        }

        [Fact]
        public void Nuspec_with_a_DTD_is_refused()
        {
            var secret = repo.WriteFile("secret.txt", "MIT");
            var nuspec = "<?xml version=\"1.0\"?>\n<!DOCTYPE package [ <!ENTITY x SYSTEM \"file://" + secret + "\"> ]>\n<package><metadata><id>Dtd</id><version>1.0.0</version><authors>a</authors><description>&x;</description><license type=\"expression\">MIT</license></metadata></package>";
            repo.AddPackage("Dtd", "1.0.0", null, rawNuspec: nuspec);
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.Contains("DTD"));
            Assert.Contains(engine.Warnings, w => w.Code == "LOCK103" && w.Message!.StartsWith("Dtd 1.0.0", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("../../../outside/LICENSE.txt", "'..' segment")]
        [InlineData("ABSOLUTE", "is absolute")]
        public void License_path_escaping_the_package_folder_is_refused_and_not_read(string path, string reason)
        {
            var outside = repo.WriteFile("outside/LICENSE.txt", MitText);
            var licensePath = path == "ABSOLUTE" ? outside : path;
            repo.AddPackage("Escape", "1.0.0", "<license type=\"file\">" + licensePath + "</license>");
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.StartsWith("Escape 1.0.0: refused to read", StringComparison.Ordinal) && w.Message!.Contains(reason));
            // The MIT text outside the folder was not used: the license stays unknown.
            Assert.Contains(engine.Warnings, w => w.Code == "LOCK103" && w.Message!.StartsWith("Escape 1.0.0", StringComparison.Ordinal));
        }

        [Fact]
        public void License_file_that_is_a_symbolic_link_out_of_the_package_is_refused()
        {
            var outside = repo.WriteFile("outside/LICENSE.txt", MitText);
            repo.AddPackage("Linked", "1.0.0", "<license type=\"file\">LICENSE.txt</license>");
            File.CreateSymbolicLink(Path.Combine(repo.PackageFolder("Linked", "1.0.0"), "LICENSE.txt"), outside);
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.Contains("symbolic link"));
            Assert.Contains(engine.Warnings, w => w.Code == "LOCK103" && w.Message!.StartsWith("Linked 1.0.0", StringComparison.Ordinal));
        }

        [Fact]
        public void Huge_license_file_is_refused()
        {
            repo.AddPackage("Huge", "1.0.0", "<license type=\"file\">LICENSE.txt</license>", files: new Dictionary<string, string> { ["LICENSE.txt"] = MitText + new string(' ', 2 * 1024 * 1024) });
            repo.WriteAssets();

            Assert.True(repo.Task(engine).Execute());

            Assert.Contains(engine.Warnings, w => w.Code == "LOCK191" && w.Message!.Contains("is larger than"));
        }

        [Fact]
        public void Suppression_without_justification_is_a_configuration_error()
        {
            repo.WriteAssets();
            var task = repo.Task(engine);
            task.Suppressions = new[] { TestRepository.Suppress("AutoMapper", null, version: "[15,)") };

            Assert.False(task.Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Contains("LockInSuppress 'AutoMapper'", error.Message);
            Assert.Contains("a Justification is required", error.Message);
        }

        [Theory]
        [InlineData("Version", "[15")]
        [InlineData("Rules", "CS1591")]
        [InlineData("Expires", "next year")]
        public void Malformed_suppression_metadata_is_a_configuration_error(string metadata, string value)
        {
            repo.WriteAssets();
            var item = TestRepository.Suppress("AutoMapper", "bought");
            item.SetMetadata(metadata, value);
            var task = repo.Task(engine);
            task.Suppressions = new[] { item };

            Assert.False(task.Execute());
            Assert.Equal("LOCK190", Assert.Single(engine.Errors).Code);
        }

        [Theory]
        [InlineData("AuditMode", "transitive")]
        [InlineData("AuditDevelopmentDependencies", "yes")]
        [InlineData("IsAdapterProject", "maybe")]
        [InlineData("Today", "15/01/2026")]
        public void Malformed_properties_are_configuration_errors(string property, string value)
        {
            repo.WriteAssets();
            var task = repo.Task(engine);
            typeof(LockInAudit).GetProperty(property)!.SetValue(task, value);

            Assert.False(task.Execute());
            Assert.Equal("LOCK190", Assert.Single(engine.Errors).Code);
        }

        [Fact]
        public void Corrupt_baseline_is_LOCK190_at_its_position()
        {
            repo.WriteAssets();
            var baseline = repo.WriteFile("lockin.baseline.json", "{ \"formatVersion\": 1, \"packages\": [ { \"id\": \"A\" } ] }");
            var task = repo.Task(engine);
            task.BaselineFile = baseline;

            Assert.False(task.Execute());

            Assert.All(engine.Errors, e => Assert.Equal(("LOCK190", baseline), (e.Code, e.File)));
            Assert.Contains(engine.Errors, e => e.Message!.Contains("'version'"));
        }

        [Fact]
        public void An_unexpected_failure_is_one_LOCK191_error_not_an_exception()
        {
            repo.AddPackage("Good", "1.0.0", "<license type=\"expression\">MIT</license>");
            repo.WriteAssets();
            var task = repo.Task(engine);
            Directory.CreateDirectory(repo.SidecarFile); // the sidecar path is taken by a directory: writing it throws

            var ok = task.Execute();

            Assert.False(ok);
            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK191", error.Code);
            Assert.Contains("failed unexpectedly", error.Message);
            Assert.False(File.Exists(repo.FindingsFile));
        }
    }
}
