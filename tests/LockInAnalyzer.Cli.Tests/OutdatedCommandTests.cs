using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>
    /// <c>lockin outdated</c> against a local folder feed made here (real NuGet.Protocol and NuGet.Configuration, no
    /// network): Acme.Grid is MIT up to 1.1.0 and commercial (a license file) from 2.0.0.
    /// </summary>
    public class OutdatedCommandTests
    {
        private const string CommercialTerms = "Use of this component requires a commercial license. Purchase a license at example.com.";

        private static (TestRepository Repository, TestFeed Feed) Repository(bool transitive = false, string feedFolder = "../feed")
        {
            var repository = new TestRepository();
            var feed = new TestFeed(Path.Combine(repository.Base, "feed"));
            feed.Add("Acme.Grid", "1.0.0", expression: "MIT");
            feed.Add("Acme.Grid", "1.1.0", expression: "MIT");
            feed.Add("Acme.Grid", "2.0.0", licenseFile: "LICENSE.txt", licenseText: CommercialTerms);
            feed.Add("Acme.Grid", "3.0.0-beta.1", licenseFile: "LICENSE.txt", licenseText: CommercialTerms);
            feed.Add("Stable.Lib", "1.2.0", expression: "Apache-2.0");
            feed.Add("Deep.Dependency", "4.0.0", expression: "MIT");
            feed.Add("Deep.Dependency", "5.0.0", expression: "AGPL-3.0-only");
            repository.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"" + feedFolder + "\" />\n  </packageSources>\n</configuration>\n");
            var spec = new ProjectSpec();
            spec.Packages.Add(repository.AddPackage("Acme.Grid", "1.0.0", expression: "MIT"));
            spec.Packages.Add(repository.AddPackage("Stable.Lib", "1.2.0", expression: "Apache-2.0"));
            if (transitive)
            {
                spec.Transitive.Add(repository.AddPackage("Deep.Dependency", "4.0.0", expression: "MIT"));
            }

            repository.AddProject("src/App", "App", spec);
            return (repository, feed);
        }

        private static string Scrub(string text, TestRepository repository) =>
            text.Replace(repository.Base + Path.DirectorySeparatorChar, "<base>/").Replace(repository.Base, "<base>");

        [Fact]
        public async Task Outdated_reports_the_commercial_version_and_the_newest_allowed_one()
        {
            var (repository, _) = Repository();
            using (repository)
            {
                var before = TestRepository.Snapshot(repository.Base);
                var run = await Cli.RunAsync("outdated", repository.Root);

                Assert.True(run.ExitCode == 1, run.ToString());
                Assert.Equal(string.Empty, run.Error);
                Assert.Equal(before, TestRepository.Snapshot(repository.Base));
                Assert.Equal(
                    "Upgrade forecast for repo from local (<base>/feed)\n"
                    + "This is the one lockin command that reads package sources; the build and 'lockin audit' stay offline.\n"
                    + "\n"
                    + "App (src/App/App.csproj)\n"
                    + "  Package     Current  License                         Newest      License                                   Newest allowed  License changes at\n"
                    + "  Acme.Grid   1.0.0    MIT (Permissive, allow)         2.0.0       LicenseRef-Commercial (Commercial, warn)  1.1.0           2.0.0: LicenseRef-Commercial (Commercial, warn)\n"
                    + "  Stable.Lib  1.2.0    Apache-2.0 (Permissive, allow)  up to date  -                                         1.2.0           -\n"
                    + "\n"
                    + "2 packages: 1 with newer versions, 1 whose license changes in a newer version; upgrading to the newest version leaves the policy for Acme.Grid 2.0.0 (Commercial, warn).\n",
                    Scrub(run.Out, repository));
            }
        }
        [Fact]
        public async Task Json_judges_every_newer_version_and_includes_transitive_packages_on_request()
        {
            var (repository, _) = Repository(transitive: true);
            using (repository)
            {
                var direct = await Cli.RunAsync("outdated", repository.Root, "--format", "json", "--policy", "strict");
                var all = await Cli.RunAsync("outdated", repository.Root, "--format", "json", "--policy", "strict", "--include-transitive");

                Assert.True(direct.ExitCode == 1, direct.ToString());
                Assert.True(all.ExitCode == 1, all.ToString());
                using var directJson = JsonDocument.Parse(direct.Out);
                Assert.Equal(new[] { "Acme.Grid", "Stable.Lib" }, Packages(directJson).Select(p => p.GetProperty("id").GetString()));
                Assert.Equal(new[] { "local (" + repository.Base + "/feed)" }, directJson.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
                Assert.True(directJson.RootElement.GetProperty("readsPackageSources").GetBoolean());

                using var allJson = JsonDocument.Parse(all.Out);
                var grid = Packages(allJson).Single(p => p.GetProperty("id").GetString() == "Acme.Grid");
                Assert.Equal("1.1.0", grid.GetProperty("newestAllowed").GetString());
                Assert.True(grid.GetProperty("upgradeLeavesPolicy").GetBoolean());
                Assert.Equal(
                    new[] { "1.1.0 MIT Permissive allow source listing", "2.0.0 LicenseRef-Commercial Commercial deny package local" },
                    grid.GetProperty("newerVersions").EnumerateArray().Select(Describe));
                Assert.Equal("1.0.0 MIT Permissive allow restored package", Describe(grid.GetProperty("current")));
                Assert.Equal("license file LICENSE.txt: commercial license terms", grid.GetProperty("newest").GetProperty("evidence").GetString());
                Assert.Equal("2.0.0", grid.GetProperty("firstLicenseChange").GetProperty("version").GetString());

                var deep = Packages(allJson).Single(p => p.GetProperty("id").GetString() == "Deep.Dependency");
                Assert.False(deep.GetProperty("direct").GetBoolean());
                Assert.Equal("5.0.0 AGPL-3.0-only NetworkCopyleft deny source listing", Describe(deep.GetProperty("newest")));
                Assert.Equal("4.0.0", deep.GetProperty("newestAllowed").GetString());

                var stable = Packages(allJson).Single(p => p.GetProperty("id").GetString() == "Stable.Lib");
                Assert.Equal(JsonValueKind.Null, stable.GetProperty("newest").ValueKind);
                Assert.Equal(JsonValueKind.Null, stable.GetProperty("firstLicenseChange").ValueKind);
                Assert.Equal("1.2.0", stable.GetProperty("newestAllowed").GetString());
                Assert.Empty(allJson.RootElement.GetProperty("problems").EnumerateArray());
            }
        }

        [Fact]
        public async Task Prereleases_count_only_when_asked()
        {
            var (repository, _) = Repository();
            using (repository)
            {
                var run = await Cli.RunAsync("outdated", repository.Root, "--format", "json", "--prerelease");

                Assert.True(run.ExitCode == 1, run.ToString());
                using var json = JsonDocument.Parse(run.Out);
                var grid = Packages(json).Single(p => p.GetProperty("id").GetString() == "Acme.Grid");
                Assert.Equal(new[] { "1.1.0", "2.0.0", "3.0.0-beta.1" }, grid.GetProperty("newerVersions").EnumerateArray().Select(v => v.GetProperty("version").GetString()));
            }
        }

        [Fact]
        public async Task A_package_rule_of_the_policy_applies_to_newer_versions_as_in_the_audit()
        {
            var (repository, _) = Repository();
            using (repository)
            {
                repository.Write("lockin.json", "{ \"extends\": \"default\", \"packages\": [ { \"id\": \"Acme.Grid\", \"versions\": \"[2,3)\", \"action\": \"allow\", \"reason\": \"site license PO-1\" } ] }");
                var run = await Cli.RunAsync("outdated", repository.Root, "--format", "json", "--policy", repository.Path("lockin.json"));

                Assert.True(run.ExitCode == 0, run.ToString());
                using var json = JsonDocument.Parse(run.Out);
                var grid = Packages(json).Single(p => p.GetProperty("id").GetString() == "Acme.Grid");
                Assert.Equal("2.0.0", grid.GetProperty("newestAllowed").GetString());
                Assert.Equal("2.0.0 LicenseRef-Commercial Commercial allow package local", Describe(grid.GetProperty("newest")));
                Assert.False(grid.GetProperty("upgradeLeavesPolicy").GetBoolean());
            }
        }

        [Fact]
        public async Task A_source_that_cannot_be_read_makes_the_forecast_incomplete()
        {
            var (repository, _) = Repository(feedFolder: "../no-such-feed");
            using (repository)
            {
                var run = await Cli.RunAsync("outdated", repository.Root);

                Assert.Equal(2, run.ExitCode);
                Assert.Equal(new[] { "lockin: source 'local' (<base>/no-such-feed): the folder does not exist" }, run.ErrorLines.Select(l => Scrub(l, repository)));
                Assert.Contains("  Acme.Grid   1.0.0    MIT (Permissive, allow)         not on the sources  -        1.0.0           -\n", run.Out);
            }
        }

        [Fact]
        public async Task Markdown_has_one_table_per_project()
        {
            var (repository, _) = Repository();
            using (repository)
            {
                var run = await Cli.RunAsync("outdated", repository.Root, "--format", "markdown");

                Assert.True(run.ExitCode == 1, run.ToString());
                Assert.Equal(string.Empty, run.Error);
                Assert.Equal(
                    "# Upgrade forecast: repo\n"
                    + "\n"
                    + "Package sources asked: local (<base>/feed).\n"
                    + "This is the one lockin command that reads package sources; the build and 'lockin audit' stay offline.\n"
                    + "\n"
                    + "## App (`src/App/App.csproj`)\n"
                    + "\n"
                    + "| Package | Current | License | Newest | License | Newest allowed | License changes at |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- |\n"
                    + "| Acme.Grid | 1.0.0 | MIT (Permissive, allow) | 2.0.0 | LicenseRef-Commercial (Commercial, warn) | 1.1.0 | 2.0.0: LicenseRef-Commercial (Commercial, warn) |\n"
                    + "| Stable.Lib | 1.2.0 | Apache-2.0 (Permissive, allow) | up to date | - | 1.2.0 | - |\n"
                    + "\n"
                    + "2 packages: 1 with newer versions, 1 whose license changes in a newer version; upgrading to the newest version leaves the policy for Acme.Grid 2.0.0 (Commercial, warn).\n",
                    Scrub(run.Out, repository));
            }
        }

        [Fact]
        public async Task A_v3_feed_on_loopback_is_read_with_the_credentials_of_nuget_config()
        {
            var (repository, feed) = Repository();
            using (repository)
            using (var server = new TestV3Feed(feed.Folder, "ci-bot", "s3cret"))
            {
                repository.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"private\" value=\"" + server.IndexUrl + "\" allowInsecureConnections=\"true\" />\n  </packageSources>\n"
                    + "  <packageSourceCredentials>\n    <private>\n      <add key=\"Username\" value=\"ci-bot\" />\n      <add key=\"ClearTextPassword\" value=\"s3cret\" />\n    </private>\n  </packageSourceCredentials>\n</configuration>\n");
                var run = await Cli.RunAsync("outdated", repository.Root, "--format", "json");

                Assert.True(run.ExitCode == 1, run.ToString());
                using var json = JsonDocument.Parse(run.Out);
                Assert.Equal(new[] { "private (" + server.IndexUrl + ")" }, json.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
                var grid = Packages(json).Single(p => p.GetProperty("id").GetString() == "Acme.Grid");
                Assert.Equal(
                    new[] { "1.1.0 MIT Permissive allow source listing", "2.0.0 LicenseRef-Commercial Commercial warn package private" },
                    grid.GetProperty("newerVersions").EnumerateArray().Select(Describe));
                Assert.Equal("1.1.0", grid.GetProperty("newestAllowed").GetString());
                Assert.True(server.Requests > server.Refused, "the feed answered no authenticated request");
            }
        }

        [Fact]
        public async Task A_v3_feed_that_refuses_the_credentials_makes_the_forecast_incomplete()
        {
            var (repository, feed) = Repository();
            using (repository)
            using (var server = new TestV3Feed(feed.Folder, "ci-bot", "s3cret"))
            {
                repository.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"private\" value=\"" + server.IndexUrl + "\" allowInsecureConnections=\"true\" />\n  </packageSources>\n</configuration>\n");
                var run = await Cli.RunAsync("outdated", repository.Root);

                Assert.Equal(2, run.ExitCode);
                Assert.Equal(0, server.Requests - server.Refused);
                Assert.Equal(
                    new[] { "lockin: source 'private' (" + server.IndexUrl + "): cannot be used: Unable to load the service index for source " + server.IndexUrl + ".: Response status code does not indicate success: 401 (Unauthorized)." },
                    run.ErrorLines);
            }
        }

        [Fact]
        public async Task A_broken_nuget_config_or_an_unrestored_project_is_one_line_and_exit_2()
        {
            var (repository, _) = Repository();
            using (repository)
            {
                repository.AddProject("src/Fresh", "Fresh", new ProjectSpec { Restored = false });
                var unrestored = await Cli.RunAsync("outdated", repository.Root);
                Assert.Equal(2, unrestored.ExitCode);
                Assert.Equal(new[] { "lockin: src/Fresh/Fresh.csproj: never restored (src/Fresh/obj/project.assets.json does not exist); run 'dotnet restore' or 'lockin audit --restore'" }, unrestored.ErrorLines);
                Assert.Contains("App (src/App/App.csproj)\n", unrestored.Out);

                repository.Write("nuget.config", "<configuration><packageSources>");
                var broken = await Cli.RunAsync("outdated", repository.Root);
                Assert.Equal(2, broken.ExitCode);
                Assert.Equal(string.Empty, broken.Out);
                var line = Assert.Single(broken.ErrorLines);
                Assert.StartsWith("lockin: the NuGet configuration cannot be read: ", line);
                Assert.Contains("nuget.config", line);
            }
        }

        private static JsonElement[] Packages(JsonDocument json) =>
            json.RootElement.GetProperty("projects").EnumerateArray().Single().GetProperty("packages").EnumerateArray().ToArray();

        private static string Describe(JsonElement version) =>
            version.GetProperty("version").GetString() + " " + version.GetProperty("license").GetString() + " " + version.GetProperty("category").GetString() + " "
            + version.GetProperty("action").GetString() + " " + version.GetProperty("readFrom").GetString();
    }
}
