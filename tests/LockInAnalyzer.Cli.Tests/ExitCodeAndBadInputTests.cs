using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    [CollectionDefinition("fault injection", DisableParallelization = true)]
    public sealed class FaultInjectionCollection
    {
    }

    public class ExitCodeAndBadInputTests
    {
        [Fact]
        public async Task Clean_repository_exits_0()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            var run = await Cli.RunAsync("audit", repository.Root);

            Assert.True(run.ExitCode == 0, run.ToString());
        }

        [Fact]
        public async Task Warnings_exit_0_by_default_and_1_with_fail_on_warning()
        {
            using var repository = Cli.Contoso();
            Assert.Equal(0, (await Cli.RunAsync("audit", repository.Root)).ExitCode);
            Assert.Equal(1, (await Cli.RunAsync("audit", repository.Root, "--fail-on", "warning")).ExitCode);
        }

        [Fact]
        public async Task Fail_on_info_counts_info_findings()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            repository.Write("src/Clean/Extra.cs", "namespace Contoso.Clean { public static class Model { public const string Name = \"gpt-4o\"; } }\n");
            repository.Write("src/Clean/.editorconfig", "[*.cs]\ndotnet_diagnostic.LOCK003.severity = suggestion\n");

            Assert.Equal(0, (await Cli.RunAsync("audit", repository.Root, "--fail-on", "warning")).ExitCode);
            Assert.Equal(1, (await Cli.RunAsync("audit", repository.Root, "--fail-on", "info")).ExitCode);
        }

        [Fact]
        public async Task Errors_exit_1()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--policy", "strict");

            Assert.True(run.ExitCode == 1, run.ToString());
        }

        [Theory]
        [InlineData("audit", "--format", "pdf")]
        [InlineData("audit", "--fail-on", "never")]
        [InlineData("audit", "--no-such-option")]
        [InlineData("frobnicate")]
        [InlineData("explain")]
        public async Task Usage_errors_exit_2_with_one_line_each(params string[] args)
        {
            var run = await Cli.RunAsync(args);

            Assert.Equal(2, run.ExitCode);
            Assert.NotEmpty(run.ErrorLines);
            Assert.All(run.ErrorLines, l => Assert.StartsWith("lockin: ", l));
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Fact]
        public async Task A_path_that_does_not_exist_is_one_line_and_exit_2()
        {
            var run = await Cli.RunAsync("audit", "/no/such/place/anywhere");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(new[] { "lockin: the path '/no/such/place/anywhere' does not exist" }, run.ErrorLines);
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public async Task A_project_never_restored_is_reported_and_the_others_are_still_audited()
        {
            using var repository = Cli.Contoso();
            var spec = new ProjectSpec { Restored = false };
            spec.Sources["A.cs"] = "namespace N { public class A { public string M = \"gpt-4o\"; } }\n";
            repository.AddProject("src/Fresh", "Fresh", spec);

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.Equal("lockin: src/Fresh/Fresh.csproj: never restored (src/Fresh/obj/project.assets.json does not exist); run 'dotnet restore' or 'lockin audit --restore'", line);
            var projects = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray().ToList();
            Assert.Equal("findings", projects.Single(p => p.GetProperty("name").GetString() == "App").GetProperty("status").GetString());
            var fresh = projects.Single(p => p.GetProperty("name").GetString() == "Fresh");
            Assert.Equal("partial", fresh.GetProperty("status").GetString());
            Assert.False(fresh.GetProperty("packagesAudited").GetBoolean());
            Assert.True(fresh.GetProperty("codeAnalyzed").GetBoolean()); // the code is still analysed (no package references needed for LOCK003)
            Assert.Contains(fresh.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "LOCK003");
        }

        [Fact]
        public async Task Restore_flag_restores_first_and_then_the_audit_is_complete()
        {
            using var repository = new TestRepository();
            var spec = new ProjectSpec { Restored = false };
            spec.Sources["A.cs"] = "namespace N { public class A { } }\n";
            repository.AddProject("Fresh", "Fresh", spec);

            var run = await Cli.RunAsync("audit", repository.Root, "--restore", "--format", "json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.True(File.Exists(repository.Path("Fresh/obj/project.assets.json")));
            Assert.True(JsonDocument.Parse(run.Out).RootElement.GetProperty("summary").GetProperty("complete").GetBoolean());
        }

        [Fact]
        public async Task A_project_that_fails_to_load_is_one_line_and_the_others_are_still_audited()
        {
            using var repository = Cli.Contoso();
            repository.Write("src/Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0\n</Project>\n");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("lockin: src/Broken/Broken.csproj: cannot load the project: 'Broken.csproj' is not valid XML: ", line);
            var projects = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray().ToList();
            Assert.Equal("failed", projects.Single(p => p.GetProperty("name").GetString() == "Broken").GetProperty("status").GetString());
            Assert.Equal("findings", projects.Single(p => p.GetProperty("name").GetString() == "App").GetProperty("status").GetString());
        }

        [Fact]
        public async Task A_broken_policy_is_one_line_with_its_position_and_the_rest_is_audited()
        {
            using var repository = Cli.Contoso();
            repository.Write("lockin.json", "{\n  \"licenses\": {\n    \"categories\": { \"Permissive\": \"maybe\" }\n  }\n}\n");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--policy", repository.Path("lockin.json"));

            Assert.Equal(2, run.ExitCode);
            Assert.All(run.ErrorLines, l => Assert.StartsWith("lockin: lockin.json(3,", l));
            Assert.Contains("invalid LockIn policy", run.Error);
            var projects = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray().ToList();
            var app = projects.Single(p => p.GetProperty("name").GetString() == "App");
            var rules = app.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
            Assert.Contains("LOCK190", rules); // the broken part is reported...
            Assert.Contains("LOCK102", rules); // ...and the parts that could be read still apply
            Assert.Contains("LOCK001", rules);
        }

        [Fact]
        public async Task A_policy_file_that_does_not_exist_is_a_configuration_error()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            var run = await Cli.RunAsync("audit", repository.Root, "--policy", repository.Path("missing.json"));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("missing.json' does not exist", run.Error);
        }

        [Fact]
        public async Task A_corrupt_assets_file_is_one_line()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            File.WriteAllText(repository.Path("src/Clean/obj/project.assets.json"), "{ \"targets\": [ }");

            var run = await Cli.RunAsync("audit", repository.Root);

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith("lockin: src/Clean/Clean.csproj: the assets file is unreadable (src/Clean/obj/project.assets.json(1,", line);
        }

        [Fact]
        public async Task A_solution_listing_a_missing_project_reports_it_and_audits_the_rest()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            repository.Write("All.slnx", "<Solution>\n  <Project Path=\"src/Clean/Clean.csproj\" />\n  <Project Path=\"src/Gone/Gone.csproj\" />\n</Solution>\n");

            var run = await Cli.RunAsync("audit", repository.Path("All.slnx"), "--format", "json");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(new[] { "lockin: src/Gone/Gone.csproj: listed in All.slnx but the project file does not exist" }, run.ErrorLines);
            Assert.Single(JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray());
        }

        [Fact]
        public async Task An_unwritable_output_is_a_usage_error()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            var blocker = repository.Path("blocker");
            File.WriteAllText(blocker, "a file where a directory is needed");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--output", Path.Combine(blocker, "report.json"));

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("lockin: cannot write ", Assert.Single(run.ErrorLines));
        }

        [Fact]
        public void Bad_input_through_the_real_process_never_prints_a_stack_trace()
        {
            using var repository = Cli.Contoso();
            repository.Write("src/Broken/Broken.csproj", "not xml at all");
            repository.Write("lockin.json", "{ \"extends\": \"no-such-preset\" }");

            var missing = Cli.RunProcess(repository.Root, "audit", "does-not-exist");
            var broken = Cli.RunProcess(repository.Root, "audit", ".", "--policy", "lockin.json", "--format", "json");
            var usage = Cli.RunProcess(repository.Root, "audit", "--format");

            foreach (var run in new[] { missing, broken, usage })
            {
                Assert.True(run.ExitCode == 2, run.ToString());
                Assert.DoesNotContain("   at ", run.Error);
                Assert.DoesNotContain("Exception", run.Error);
                Assert.All(run.ErrorLines, l => Assert.StartsWith("lockin: ", l));
            }

            Assert.Equal(2, broken.ErrorLines.Length); // the broken project and the unknown preset, one line each
            Assert.Equal(2, JsonDocument.Parse(broken.Out).RootElement.GetProperty("projects").GetArrayLength() - 1); // App and Clean audited besides Broken
        }

        [Fact]
        public void Console_output_is_plain_when_redirected()
        {
            using var repository = Cli.Contoso();
            var run = Cli.RunProcess(repository.Root, "audit");

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Out);
            Assert.Contains("| App ", run.Out);
            Assert.Contains("LOCK003", run.Out);
            Assert.Contains("warnings", run.Out);
        }
    }

    [Collection("fault injection")]
    public class InternalErrorTests
    {
        [Fact]
        public async Task An_unexpected_exception_is_one_line_and_exit_2()
        {
            CliApp.FaultInjection = _ => throw new InvalidOperationException("boom\nsecond line");
            try
            {
                var run = await Cli.RunAsync("catalog");

                Assert.Equal(2, run.ExitCode);
                Assert.Equal(new[] { "lockin: internal error (InvalidOperationException): boom second line; please report it" }, run.ErrorLines);
                Assert.DoesNotContain("   at ", run.Error);
            }
            finally
            {
                CliApp.FaultInjection = null;
            }
        }
    }
}
