using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>What identifies a report and its results: SARIF fingerprints per result, the same bytes in any folder.</summary>
    public class ReportIdentityTests
    {
        private const string Twice =
            "using OpenAI.Chat;\n\nnamespace Contoso.App\n{\n    public sealed class Writer\n    {\n"
            + "        private readonly ChatClient first = new ChatClient(\"gpt-4o\", \"key\");\n"
            + "        private readonly ChatClient second = new ChatClient(\"gpt-4o\", \"key\");\n\n"
            + "        public string Primary => \"https://api.openai.com/v1/\";\n\n        public string Fallback => \"https://api.openai.com/v1/\";\n    }\n}\n";

        [Fact]
        public async Task Sarif_fingerprints_are_unique_per_result_and_stable_when_lines_move()
        {
            var before = await SarifResults(Twice);
            var moved = await SarifResults("// a comment and a blank line push every result down\n\n" + Twice);

            // Two LOCK003 for the one model id and two LOCK004 for the one endpoint, each pair with one message.
            Assert.Equal(2, before.Count(r => r.Rule == "LOCK003"));
            Assert.Equal(2, before.Count(r => r.Rule == "LOCK004"));
            Assert.Equal(before.Count, before.Select(r => r.Fingerprint).Distinct().Count());
            Assert.Equal(before.Select(r => (r.Rule, r.Line + 2)), moved.Select(r => (r.Rule, r.Line)));
            Assert.Equal(before.Select(r => r.Fingerprint), moved.Select(r => r.Fingerprint));
        }

        [Theory]
        [InlineData("console")]
        [InlineData("sarif")]
        [InlineData("json")]
        [InlineData("markdown")]
        [InlineData("html")]
        [InlineData("cyclonedx")]
        public async Task The_same_content_gives_byte_identical_reports_in_differently_named_checkouts(string format)
        {
            using var first = Cli.Contoso(rootFolderName: "main");
            using var second = Cli.Contoso(rootFolderName: "review-checkout-2");
            var one = await Cli.RunAsync("audit", first.Root, "--format", format);
            var other = await Cli.RunAsync("audit", second.Root, "--format", format);

            Assert.True(one.ExitCode == 0 && one.Error.Length == 0, one.ToString());
            Assert.Equal(one.Out, other.Out);
            Assert.DoesNotContain("review-checkout-2", other.Out, System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_report_is_named_after_the_audited_content()
        {
            using var repository = Cli.Contoso(rootFolderName: "main");

            Assert.StartsWith("# LockIn audit: repository\n", (await Cli.RunAsync("audit", repository.Root, "--format", "markdown")).Out);
            repository.Write("Contoso.slnx", "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n  <Project Path=\"src/Clean/Clean.csproj\" />\n</Solution>\n");
            Assert.StartsWith("# LockIn audit: Contoso\n", (await Cli.RunAsync("audit", repository.Root, "--format", "markdown")).Out);
            Assert.StartsWith("# LockIn audit: Contoso\n", (await Cli.RunAsync("audit", repository.Path("Contoso.slnx"), "--format", "markdown")).Out);
            Assert.StartsWith("# LockIn audit: App\n", (await Cli.RunAsync("audit", repository.Path("src/App"), "--format", "markdown")).Out);
            Assert.StartsWith("# LockIn audit: Clean\n", (await Cli.RunAsync("audit", repository.Path("src/Clean/Clean.csproj"), "--format", "markdown")).Out);
        }

        private static async Task<List<(string Rule, int Line, string Fingerprint)>> SarifResults(string source)
        {
            using var repository = new TestRepository();
            var app = new ProjectSpec();
            app.Packages.Add(TestRepository.OpenAI);
            app.Transitive.Add(TestRepository.ClientModel);
            app.Sources["Writer.cs"] = source;
            repository.AddProject("src/App", "App", app);
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "sarif", "--code-only");
            Assert.True(run.ExitCode is 0 or 1, run.ToString());
            return JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => (
                    r.GetProperty("ruleId").GetString()!,
                    r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                    r.GetProperty("partialFingerprints").EnumerateObject().Single().Value.GetString()!))
                .ToList();
        }
    }
}
