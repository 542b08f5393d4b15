using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class SampleTests
    {
        /// <summary>The CLI, driving the compiler itself, reaches exactly the diagnostics the build prints for the sample.</summary>
        [Fact]
        public async Task Audit_of_the_sample_reports_exactly_the_builds_code_diagnostics()
        {
            var sample = SampleFixture.EnsureRestored();
            var run = await Cli.RunAsync("audit", sample, "--format", "json");
            Assert.True(run.ExitCode == 0, run.ToString());

            var project = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects").EnumerateArray().Single();
            var actual = project.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("kind").GetString() == "code")
                .Select(f => f.GetProperty("file").GetString()!.Replace("samples/ContosoSupport/", string.Empty, StringComparison.Ordinal)
                    + "(" + f.GetProperty("line").GetInt32() + "," + f.GetProperty("column").GetInt32() + "): " + f.GetProperty("severity").GetString()
                    + " " + f.GetProperty("ruleId").GetString() + ": " + f.GetProperty("message").GetString())
                .OrderBy(l => l, StringComparer.Ordinal)
                .ToList();
            var expected = File.ReadAllLines(Path.Combine(sample, "expected-diagnostics.txt")).Where(l => l.Length > 0).OrderBy(l => l, StringComparer.Ordinal).ToList();

            Assert.Equal(expected, actual);
        }

        /// <summary>
        /// LOCK001 is one diagnostic per coupling point, but the inventory counts every use: the JSON lists the other
        /// uses, the vendor table counts them, SARIF gives them as relatedLocations.
        /// </summary>
        [Fact]
        public async Task The_inventory_counts_every_use_of_a_coupling_point()
        {
            var sample = SampleFixture.EnsureRestored();
            var json = JsonDocument.Parse((await Cli.RunAsync("audit", sample, "--format", "json")).Out).RootElement;

            var vendors = json.GetProperty("summary").GetProperty("vendors").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetString()!);
            Assert.Equal(5, vendors["openai"].GetProperty("codeFindings").GetInt32());
            Assert.Equal(13, vendors["openai"].GetProperty("codeUses").GetInt32());
            Assert.Equal(3, vendors["anthropic"].GetProperty("codeFindings").GetInt32());
            Assert.Equal(9, vendors["anthropic"].GetProperty("codeUses").GetInt32());

            var triage = json.GetProperty("projects")[0].GetProperty("findings").EnumerateArray()
                .Single(f => f.GetProperty("ruleId").GetString() == "LOCK001" && f.GetProperty("file").GetString()!.EndsWith("TicketTriageService.cs", StringComparison.Ordinal));
            Assert.Equal(9, triage.GetProperty("uses").GetInt32());
            Assert.Equal(
                new[] { "12:20", "17:33", "19:17", "20:17", "23:9", "23:48", "24:57", "30:12" },
                triage.GetProperty("otherUses").EnumerateArray().Select(u => u.GetProperty("line").GetInt32() + ":" + u.GetProperty("column").GetInt32()).ToArray());

            var sarif = JsonDocument.Parse((await Cli.RunAsync("audit", sample, "--format", "sarif")).Out).RootElement;
            var result = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "LOCK001" && r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("'TicketTriageService'", StringComparison.Ordinal));
            var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, 8), related.Select(r => r.GetProperty("id").GetInt32()));
            Assert.Equal("Use 2 of 9", related[0].GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(12, related[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        }

        [Fact]
        public async Task Audit_of_the_sample_reports_both_vendor_sdk_packages()
        {
            var sample = SampleFixture.EnsureRestored();
            var run = await Cli.RunAsync("audit", sample, "--format", "json", "--packages-only");

            var project = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0];
            var lock100 = project.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "LOCK100").Select(f => f.GetProperty("package").GetString()).OrderBy(p => p).ToList();
            Assert.Equal(new[] { "Anthropic", "OpenAI" }, lock100);
        }
    }
}
