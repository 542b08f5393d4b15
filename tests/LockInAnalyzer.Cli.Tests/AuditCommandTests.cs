using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class AuditCommandTests
    {
        [Fact]
        public async Task Audits_every_project_of_a_directory_with_code_and_package_findings()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(string.Empty, run.Error);
            var projects = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray().ToList();
            Assert.Equal(new[] { "App", "Clean" }, projects.Select(p => p.GetProperty("name").GetString()));
            var app = projects[0];
            Assert.Equal("findings", app.GetProperty("status").GetString());
            Assert.Equal("src/App/App.csproj", app.GetProperty("path").GetString());
            var rules = app.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
            Assert.Contains("LOCK001", rules);
            Assert.Contains("LOCK003", rules);
            Assert.Contains("LOCK004", rules);
            Assert.Contains("LOCK100", rules);
            Assert.Contains("LOCK102", rules);
            Assert.Equal("clean", projects[1].GetProperty("status").GetString());
            Assert.Empty(projects[1].GetProperty("findings").EnumerateArray());
        }

        [Fact]
        public async Task Findings_carry_repository_relative_locations_and_vendor()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");
            var findings = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();

            var model = findings.Single(f => f.GetProperty("ruleId").GetString() == "LOCK003");
            Assert.Equal("src/App/Services/TriageService.cs", model.GetProperty("file").GetString());
            Assert.Equal(7, model.GetProperty("line").GetInt32());
            Assert.Equal("openai", model.GetProperty("vendor").GetString());
            Assert.Equal("gpt-4o", model.GetProperty("subject").GetString());
            var package = findings.Single(f => f.GetProperty("ruleId").GetString() == "LOCK100");
            Assert.Equal("src/App/App.csproj", package.GetProperty("file").GetString());
            Assert.Equal(8, package.GetProperty("line").GetInt32()); // the OpenAI PackageReference line
        }

        [Fact]
        public async Task Audits_the_projects_of_a_solution_and_an_slnx()
        {
            using var repository = Cli.Contoso();
            repository.Write("All.sln", "Microsoft Visual Studio Solution File, Format Version 12.00\n"
                + "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Clean\", \"src\\Clean\\Clean.csproj\", \"{11111111-1111-1111-1111-111111111111}\"\nEndProject\n");
            repository.Write("All.slnx", "<Solution>\n  <Folder Name=\"/src/\">\n    <Project Path=\"src/App/App.csproj\" />\n  </Folder>\n</Solution>\n");

            var sln = await Cli.RunAsync("audit", repository.Path("All.sln"), "--format", "json", "--packages-only");
            var slnx = await Cli.RunAsync("audit", repository.Path("All.slnx"), "--format", "json", "--packages-only");

            Assert.Equal(new[] { "Clean" }, Names(sln.Out));
            Assert.Equal(new[] { "App" }, Names(slnx.Out));
        }

        [Fact]
        public async Task A_single_project_file_is_audited_alone()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Path("src/Clean/Clean.csproj"), "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(new[] { "Clean" }, Names(run.Out));
        }

        [Fact]
        public async Task Packages_only_skips_the_analyzers_and_code_only_skips_the_package_audit()
        {
            using var repository = Cli.Contoso();
            var packages = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--packages-only");
            var code = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--code-only");

            Assert.All(Rules(packages.Out), r => Assert.StartsWith("LOCK1", r));
            Assert.All(Rules(code.Out), r => Assert.StartsWith("LOCK0", r));
            Assert.NotEmpty(Rules(packages.Out));
            Assert.NotEmpty(Rules(code.Out));
        }

        [Fact]
        public async Task The_adapter_namespace_from_the_policy_silences_LOCK001_like_the_build_does()
        {
            using var repository = Cli.Contoso();
            repository.Write("lockin.json", "{ \"adapters\": { \"namespaces\": [\"Contoso.App.Services\"] } }");
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--code-only", "--policy", repository.Path("lockin.json"));

            var rules = Rules(run.Out);
            Assert.DoesNotContain("LOCK001", rules);
            Assert.Contains("LOCK003", rules); // model ids stay reported inside adapters
        }

        [Fact]
        public async Task The_projects_LockInPolicy_property_selects_the_policy()
        {
            using var repository = Cli.Contoso();
            repository.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <LockInPolicy>$(MSBuildThisFileDirectory)policy/strict-org.json</LockInPolicy>\n  </PropertyGroup>\n</Project>\n");
            repository.Write("policy/strict-org.json", "{ \"extends\": \"strict\" }");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--packages-only");

            Assert.Equal(1, run.ExitCode); // BUSL-1.1 is denied by the strict preset: LOCK101 error
            Assert.Contains("LOCK101", Rules(run.Out));
            var policy = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("policy").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.Equal(new[] { "preset:default", "preset:strict", "policy/strict-org.json" }, policy);
        }

        [Fact]
        public async Task Editorconfig_severity_and_NoWarn_apply_as_in_the_build()
        {
            using var repository = Cli.Contoso();
            repository.Write("src/App/.editorconfig", "[*.cs]\ndotnet_diagnostic.LOCK003.severity = error\ndotnet_diagnostic.LOCK004.severity = none\n");
            repository.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <NoWarn>$(NoWarn);LOCK100</NoWarn>\n  </PropertyGroup>\n</Project>\n");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");

            var findings = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();
            Assert.Equal("error", findings.Single(f => f.GetProperty("ruleId").GetString() == "LOCK003").GetProperty("severity").GetString());
            Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() is "LOCK004" or "LOCK100");
            Assert.Equal(1, run.ExitCode);
        }

        [Fact]
        public async Task Referenced_projects_are_compiled_in_memory_so_their_types_bind()
        {
            using var repository = new TestRepository();
            var core = new ProjectSpec();
            core.Packages.Add(TestRepository.OpenAI);
            core.Transitive.Add(TestRepository.ClientModel);
            core.Sources["Factory.cs"] = "namespace Core\n{\n    public static class Factory\n    {\n        public static OpenAI.Chat.ChatClient Create(string model) => new OpenAI.Chat.ChatClient(model, \"key\");\n    }\n}\n";
            repository.AddProject("Core", "Core", core);
            var web = new ProjectSpec();
            web.ProjectReferences.Add("../Core/Core.csproj");
            web.Transitive.Add(TestRepository.OpenAI);
            web.Transitive.Add(TestRepository.ClientModel);
            web.Sources["Use.cs"] = "namespace Web\n{\n    public static class Use\n    {\n        public static string Ask() => Core.Factory.Create(\"x\").CompleteChat(\"hi\").Value.Content[0].Text;\n    }\n}\n";
            repository.AddProject("Web", "Web", web);

            var run = await Cli.RunAsync("audit", repository.Path("Web/Web.csproj"), "--format", "json", "--code-only");

            var findings = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();
            Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "LOCK001" && f.GetProperty("file").GetString() == "Web/Use.cs"
                && f.GetProperty("message").GetString()!.Contains("CompleteChat", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Reports_are_byte_identical_across_runs_and_timestamped_only_on_request()
        {
            using var repository = Cli.Contoso();
            foreach (var format in new[] { "json", "sarif", "markdown", "html", "cyclonedx" })
            {
                var first = await Cli.RunAsync("audit", repository.Root, "--format", format);
                var second = await Cli.RunAsync("audit", repository.Root, "--format", format);
                Assert.Equal(first.Out, second.Out);
                Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), first.Out);
            }

            var stamped = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--timestamp");
            Assert.Contains("\"timestamp\": \"" + DateTime.UtcNow.ToString("yyyy-MM-dd"), stamped.Out);
        }

        [Fact]
        public async Task Output_option_writes_the_report_to_a_file()
        {
            using var repository = Cli.Contoso();
            var file = Path.Combine(repository.Base, "out", "report.sarif");
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "sarif", "--output", file);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Out);
            Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("version").GetString());
        }

        private static string[] Names(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray();

        private static string[] Rules(string json) =>
            JsonDocument.Parse(json).RootElement.GetProperty("projects").EnumerateArray()
                .SelectMany(p => p.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
    }
}
