using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class FormatTests
    {
        private static readonly string[] SarifLevels = { "none", "note", "warning", "error" };

        [Fact]
        public async Task Sarif_has_the_structure_github_code_scanning_requires()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "sarif");
            var root = JsonDocument.Parse(run.Out).RootElement;

            Assert.Equal("2.1.0", root.GetProperty("version").GetString());
            Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
            var sarifRun = Assert.Single(root.GetProperty("runs").EnumerateArray());
            var driver = sarifRun.GetProperty("tool").GetProperty("driver");
            Assert.Equal("LockInAnalyzer", driver.GetProperty("name").GetString());
            Assert.Matches("^\\d+\\.\\d+\\.\\d+$", driver.GetProperty("semanticVersion").GetString());
            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            foreach (var id in new[] { "LOCK001", "LOCK002", "LOCK003", "LOCK004", "LOCK009", "LOCK100", "LOCK101", "LOCK102", "LOCK103", "LOCK104", "LOCK105", "LOCK106", "LOCK190", "LOCK191" })
            {
                Assert.Contains(id, ids);
            }

            foreach (var rule in rules)
            {
                Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
                Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
                Assert.True(Uri.TryCreate(rule.GetProperty("helpUri").GetString(), UriKind.Absolute, out var help) && help.Scheme == "https");
                Assert.EndsWith("/docs/rules/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
                Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), SarifLevels);
            }

            var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
            Assert.NotEmpty(results);
            foreach (var result in results)
            {
                var ruleId = result.GetProperty("ruleId").GetString()!;
                Assert.Equal(ruleId, ids[result.GetProperty("ruleIndex").GetInt32()]);
                Assert.Contains(result.GetProperty("level").GetString(), SarifLevels);
                Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
                var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
                var artifact = physical.GetProperty("artifactLocation");
                var uri = artifact.GetProperty("uri").GetString()!;
                Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _), uri + " must be relative to the repository root");
                Assert.DoesNotContain("\\", uri);
                Assert.False(uri.StartsWith("/", StringComparison.Ordinal));
                Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
                Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
                Assert.True(result.GetProperty("partialFingerprints").EnumerateObject().Any());
                if (ruleId.StartsWith("LOCK1", StringComparison.Ordinal))
                {
                    Assert.Equal("src/App/App.csproj", uri); // package findings are located at the project file
                }
                else
                {
                    Assert.EndsWith(".cs", uri);
                    Assert.True(physical.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
                }
            }

            Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "LOCK100");
            Assert.True(sarifRun.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        }

        [Fact]
        public async Task Sarif_lists_audit_problems_as_tool_notifications()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            repository.AddProject("src/Fresh", "Fresh", new ProjectSpec { Restored = false });
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "sarif");

            var notifications = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
            Assert.Contains(notifications, n => n.GetProperty("message").GetProperty("text").GetString()!.Contains("never restored", StringComparison.Ordinal));
        }

        [Fact]
        public async Task CycloneDx_is_an_ai_bom_with_packages_services_and_models()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "cyclonedx");
            var bom = JsonDocument.Parse(run.Out).RootElement;

            Assert.Equal("CycloneDX", bom.GetProperty("bomFormat").GetString());
            Assert.Equal("1.6", bom.GetProperty("specVersion").GetString());
            Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", bom.GetProperty("serialNumber").GetString());
            Assert.Equal(1, bom.GetProperty("version").GetInt32());
            Assert.Equal("lockin", bom.GetProperty("metadata").GetProperty("tools").GetProperty("components")[0].GetProperty("name").GetString());

            var components = bom.GetProperty("components").EnumerateArray().ToList();
            var openai = components.Single(c => c.GetProperty("name").GetString() == "OpenAI");
            Assert.Equal("library", openai.GetProperty("type").GetString());
            Assert.Equal("2.15.0", openai.GetProperty("version").GetString());
            Assert.Equal("pkg:nuget/OpenAI@2.15.0", openai.GetProperty("purl").GetString());
            Assert.Equal("pkg:nuget/OpenAI@2.15.0", openai.GetProperty("bom-ref").GetString());
            Assert.Equal("MIT", openai.GetProperty("licenses")[0].GetProperty("expression").GetString());
            Assert.Contains(Properties(openai), p => p == ("lockin:aiVendor", "openai"));
            Assert.Contains(Properties(openai), p => p == ("lockin:location", "src/App/App.csproj"));
            var busl = components.Single(c => c.GetProperty("name").GetString() == "Acme.Engine");
            Assert.Equal("BUSL-1.1", busl.GetProperty("licenses")[0].GetProperty("expression").GetString());
            Assert.Contains(Properties(busl), p => p == ("lockin:licenseCategory", "SourceAvailable"));

            var model = components.Single(c => c.GetProperty("type").GetString() == "machine-learning-model");
            Assert.Equal("gpt-4o", model.GetProperty("name").GetString());
            Assert.Equal("OpenAI", model.GetProperty("supplier").GetProperty("name").GetString());
            Assert.Contains(Properties(model), p => p == ("lockin:location", "src/App/Services/TriageService.cs#L7"));

            var service = Assert.Single(bom.GetProperty("services").EnumerateArray());
            Assert.Equal("OpenAI", service.GetProperty("provider").GetProperty("name").GetString());
            Assert.Equal(new[] { "https://api.openai.com/v1/" }, service.GetProperty("endpoints").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains(Properties(service), p => p == ("lockin:endpointSource", "code"));
            Assert.Contains(Properties(service), p => p.Name == "lockin:location" && p.Value.StartsWith("src/App/Services/TriageService.cs#L", StringComparison.Ordinal));

            var refs = components.Select(c => c.GetProperty("bom-ref").GetString()).Concat(bom.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("bom-ref").GetString())).Append("root").ToHashSet();
            foreach (var dependency in bom.GetProperty("dependencies").EnumerateArray())
            {
                Assert.Contains(dependency.GetProperty("ref").GetString(), refs);
                Assert.All(dependency.GetProperty("dependsOn").EnumerateArray(), d => Assert.Contains(d.GetString(), refs));
            }
        }

        [Fact]
        public async Task Json_has_summary_vendors_and_license_categories()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json");
            var root = JsonDocument.Parse(run.Out).RootElement;

            Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
            var summary = root.GetProperty("summary");
            Assert.Equal(2, summary.GetProperty("projects").GetInt32());
            Assert.True(summary.GetProperty("complete").GetBoolean());
            var vendor = Assert.Single(summary.GetProperty("vendors").EnumerateArray());
            Assert.Equal("openai", vendor.GetProperty("id").GetString());
            Assert.Equal(new[] { "gpt-4o" }, vendor.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
            Assert.Equal(2, summary.GetProperty("licenseCategories").GetProperty("Permissive").GetInt32()); // Good.Lib and OpenAI (the default preset audits direct references)
            Assert.Equal(1, summary.GetProperty("licenseCategories").GetProperty("SourceAvailable").GetInt32());
        }

        [Fact]
        public async Task Markdown_has_summary_projects_findings_and_packages()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "markdown");

            Assert.StartsWith("# LockIn audit: repository\n", run.Out);
            Assert.Contains("| Projects | Errors | Warnings | Info | AI vendors | Packages |", run.Out);
            Assert.Contains("## Findings", run.Out);
            Assert.Contains("### App (`src/App/App.csproj`)", run.Out);
            Assert.Contains("| LOCK003 | warning | `src/App/Services/TriageService.cs(7,", run.Out);
            Assert.Contains("| Acme.Engine | 3.0.0 | BUSL-1.1 | SourceAvailable | warn | App |", run.Out);
        }

        [Fact]
        public async Task Html_is_one_self_contained_file_with_the_four_charts()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "html");
            var html = run.Out;

            Assert.StartsWith("<!DOCTYPE html>", html);
            foreach (var id in new[] { "chart-vendors", "chart-projects", "chart-licenses", "chart-openness", "chart-files" })
            {
                Assert.Matches("<svg [^>]*id=\"" + id + "\"", html);
            }

            Assert.DoesNotMatch("<script|<link |<img |<iframe|@import|url\\(", html);
            Assert.DoesNotMatch("(src|href)=\"(?!https://github.com/LockInAnalyzer/)[a-z]+:", html); // only links to the rule docs, no assets
            Assert.Contains("gpt-4o", html);
            Assert.Equal(Regex.Matches(html, "<svg ").Count, Regex.Matches(html, "</svg>").Count);
        }

        [Fact]
        public async Task Console_report_groups_findings_by_project()
        {
            using var repository = Cli.Contoso();
            var run = await Cli.RunAsync("audit", repository.Root);

            Assert.Contains("LockIn audit: repository (2 projects)", run.Out);
            Assert.Contains("App (src/App/App.csproj)", run.Out);
            Assert.DoesNotContain("Clean (src/Clean", run.Out); // no findings table for a clean project
            Assert.Contains("AI vendors", run.Out);
            Assert.DoesNotContain('\u001b', run.Out);
            Assert.Matches("0 errors, \\d+ warnings, 0 info in 2 projects", run.Out);
        }

        [Fact]
        public async Task Console_format_with_output_writes_plain_text()
        {
            using var repository = Cli.Contoso();
            var file = System.IO.Path.Combine(repository.Base, "report.txt");
            var run = await Cli.RunAsync("audit", repository.Root, "--output", file);

            Assert.Equal(string.Empty, run.Out);
            Assert.Contains("| App ", System.IO.File.ReadAllText(file));
        }

        private static System.Collections.Generic.List<(string Name, string Value)> Properties(JsonElement element) =>
            element.GetProperty("properties").EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("value").GetString()!)).ToList();
    }
}
