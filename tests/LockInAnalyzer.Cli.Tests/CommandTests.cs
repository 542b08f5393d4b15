using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class InitCommandTests
    {
        [Theory]
        [InlineData("default")]
        [InlineData("strict")]
        [InlineData("permissive")]
        public async Task Init_writes_props_and_a_policy_that_resolves_cleanly(string preset)
        {
            using var repository = new TestRepository();
            var run = await Cli.RunAsync("init", repository.Root, "--preset", preset);

            Assert.True(run.ExitCode == 0, run.ToString());
            var props = File.ReadAllText(repository.Path("Directory.Build.props"));
            Assert.Contains("<PackageReference Include=\"LockInAnalyzer\" Version=\"", props);
            Assert.Contains("PrivateAssets=\"all\"", props);
            Assert.Contains("<LockInPolicy>$(MSBuildThisFileDirectory)lockin.json</LockInPolicy>", props);
            var resolved = PolicyResolver.Resolve(repository.Path("lockin.json"), File.ReadAllText);
            Assert.Empty(resolved.Problems);
            Assert.Contains("preset:" + preset, resolved.Policy.Sources);
            Assert.Contains("*.Infrastructure.Ai*", resolved.Policy.AdapterNamespaces);
        }

        [Fact]
        public async Task Init_refuses_to_overwrite_without_force()
        {
            using var repository = new TestRepository();
            repository.Write("Directory.Build.props", "<Project />");
            var run = await Cli.RunAsync("init", repository.Root);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Directory.Build.props already exists", run.Error);
            Assert.Equal("<Project />", File.ReadAllText(repository.Path("Directory.Build.props")));
            Assert.False(File.Exists(repository.Path("lockin.json")));

            var forced = await Cli.RunAsync("init", repository.Root, "--force", "--preset", "strict");
            Assert.Equal(0, forced.ExitCode);
            Assert.Contains("LockInAnalyzer", File.ReadAllText(repository.Path("Directory.Build.props")));
            Assert.Contains("\"extends\": \"strict\"", File.ReadAllText(repository.Path("lockin.json")));
        }

        [Fact]
        public async Task Init_under_central_package_management_writes_no_version()
        {
            using var repository = new TestRepository();
            repository.Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup></Project>");
            var run = await Cli.RunAsync("init", repository.Root);

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("<PackageReference Include=\"LockInAnalyzer\" PrivateAssets=\"all\" />", File.ReadAllText(repository.Path("Directory.Build.props")));
            Assert.Contains("<PackageVersion Include=\"LockInAnalyzer\"", run.Out);
        }

        [Fact]
        public async Task The_initialised_repository_is_audited_with_its_policy()
        {
            using var repository = Cli.Contoso();
            await Cli.RunAsync("init", repository.Root, "--preset", "strict");

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--packages-only");

            Assert.Equal(1, run.ExitCode); // strict denies BUSL-1.1
            var policy = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("policy").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.Equal("lockin.json", policy.Last());
        }

        [Fact]
        public async Task Init_into_a_missing_directory_is_a_usage_error()
        {
            var run = await Cli.RunAsync("init", "/no/such/dir");
            Assert.Equal(2, run.ExitCode);
            Assert.Equal(new[] { "lockin: the directory '/no/such/dir' does not exist" }, run.ErrorLines);
        }
    }

    public class ExplainCommandTests
    {
        [Theory]
        [InlineData("LOCK001", "Proprietary AI SDK used outside an adapter")]
        [InlineData("lock003", "Hard-coded proprietary model identifier")]
        [InlineData("LOCK102", "Package under a commercial, non-commercial, source-available or copyleft license")]
        [InlineData("LOCK190", "LockIn policy or configuration invalid")]
        public async Task Explain_prints_title_severity_help_and_description(string id, string title)
        {
            var run = await Cli.RunAsync("explain", id);

            Assert.Equal(0, run.ExitCode);
            var lines = run.Out.Split('\n');
            Assert.Equal(id.ToUpperInvariant() + ": " + title, lines[0]);
            Assert.StartsWith("Default severity: ", lines[1]);
            Assert.Equal("Help: https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/" + id.ToUpperInvariant() + ".md", lines[2]);
            Assert.True(run.Out.Length > 200);
        }

        [Fact]
        public async Task Explain_shows_the_rule_page_when_the_repository_has_one()
        {
            var page = Path.Combine(Cli.RepositoryRoot, "docs", "rules", "LOCK001.md");
            var run = await Cli.RunAsync("explain", "LOCK001");

            if (File.Exists(page))
            {
                Assert.Contains(File.ReadAllText(page).Trim().Split('\n')[0], run.Out);
            }
            else
            {
                Assert.Contains("vendor-neutral abstraction", run.Out);
            }
        }

        [Fact]
        public async Task Explain_of_an_unknown_id_is_a_usage_error()
        {
            var run = await Cli.RunAsync("explain", "LOCK999");

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("lockin: unknown rule 'LOCK999'; rules are: LOCK001, ", Assert.Single(run.ErrorLines));
        }
    }

    public class BaselineCommandTests
    {
        [Fact]
        public async Task Baseline_records_the_current_licenses_and_audit_then_reports_drift()
        {
            using var repository = new TestRepository();
            var before = repository.AddPackage("Drifty", "1.0.0", expression: "Apache-2.0");
            var spec = new ProjectSpec();
            spec.Packages.Add(before);
            repository.AddProject("src/Lib", "Lib", spec);

            var baseline = await Cli.RunAsync("baseline", repository.Root);
            Assert.True(baseline.ExitCode == 0, baseline.ToString());
            Assert.Equal("Wrote src/Lib/lockin.baseline.json: 1 packages\n", baseline.Out);
            Assert.Contains("{ \"id\": \"Drifty\", \"version\": \"1.0.0\", \"license\": \"Apache-2.0\", \"category\": \"Permissive\" }", File.ReadAllText(repository.Path("src/Lib/lockin.baseline.json")));

            // The upgrade changes the license: the audit reports LOCK104 against the approved baseline.
            var after = repository.AddPackage("Drifty", "2.0.0", expression: "BUSL-1.1");
            var upgraded = new ProjectSpec();
            upgraded.Packages.Add(after);
            repository.AddProject("src/Lib", "Lib", upgraded);
            var audit = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--packages-only");
            Assert.Contains("LOCK104", audit.Out);
            Assert.Contains("license changed from Apache-2.0 (Permissive) approved for 1.0.0", audit.Out);

            var refreshed = await Cli.RunAsync("baseline", repository.Root);
            Assert.Equal("Updated src/Lib/lockin.baseline.json: 2 packages\n", refreshed.Out); // approvals are per version: 1.0.0 stays
            Assert.Contains("{ \"id\": \"Drifty\", \"version\": \"2.0.0\", \"license\": \"BUSL-1.1\", \"category\": \"SourceAvailable\" }", File.ReadAllText(repository.Path("src/Lib/lockin.baseline.json")));
            Assert.DoesNotContain("LOCK104", (await Cli.RunAsync("audit", repository.Root, "--format", "json", "--packages-only")).Out);
        }

        [Fact]
        public async Task Baseline_output_merges_every_project_into_one_file()
        {
            using var repository = Cli.Contoso();
            var file = repository.Path("lockin.baseline.json");
            var run = await Cli.RunAsync("baseline", repository.Root, "--output", file);

            Assert.Equal(0, run.ExitCode);
            var text = File.ReadAllText(file);
            Assert.Contains("\"id\": \"OpenAI\"", text);
            Assert.Contains("\"id\": \"Good.Lib\"", text);
            Assert.Contains("\"id\": \"Acme.Engine\"", text);
        }

        [Fact]
        public async Task Baseline_with_an_unrestored_project_writes_the_rest_and_exits_2()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            repository.AddProject("src/Fresh", "Fresh", new ProjectSpec { Restored = false });
            var run = await Cli.RunAsync("baseline", repository.Root);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("never restored", run.Error);
            Assert.True(File.Exists(repository.Path("src/Clean/lockin.baseline.json")));
        }
    }

    public class CatalogCommandTests
    {
        [Fact]
        public async Task Catalog_lists_vendors_packages_and_abstractions()
        {
            var run = await Cli.RunAsync("catalog");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("openai", run.Out);
            Assert.Contains("Azure.AI.OpenAI", run.Out);
            Assert.Contains("api.anthropic.com", run.Out);
            Assert.Contains("Microsoft.Extensions.AI.IChatClient", run.Out);
            Assert.Contains("Vendor-neutral abstractions", run.Out);
        }

        [Fact]
        public async Task Catalog_as_json_for_one_vendor()
        {
            var run = await Cli.RunAsync("catalog", "--format", "json", "--vendor", "anthropic");

            var root = JsonDocument.Parse(run.Out).RootElement;
            var vendor = Assert.Single(root.GetProperty("vendors").EnumerateArray());
            Assert.Equal("Anthropic", vendor.GetProperty("name").GetString());
            Assert.Contains("Anthropic", vendor.GetProperty("packages").EnumerateArray().Select(p => p.GetString()));
            Assert.Contains(root.GetProperty("abstractions").EnumerateArray(), a => a.GetProperty("role").GetString() == "chat");
        }

        [Fact]
        public async Task Catalog_of_an_unknown_vendor_is_a_usage_error()
        {
            var run = await Cli.RunAsync("catalog", "--vendor", "skynet");
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("lockin: unknown vendor 'skynet'", Assert.Single(run.ErrorLines));
        }
    }
}
