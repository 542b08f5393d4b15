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
