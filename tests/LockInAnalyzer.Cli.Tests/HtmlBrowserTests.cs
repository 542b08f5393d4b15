using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>
    /// A fact that needs Debian's chromium (/usr/bin/chromium). .ci/run installs it; elsewhere the test is skipped
    /// when the browser is missing, except under CI=true, where a missing browser is a failure.
    /// </summary>
    public sealed class ChromiumFactAttribute : FactAttribute
    {
        public const string Chromium = "/usr/bin/chromium";

        public ChromiumFactAttribute()
        {
            if (!File.Exists(Chromium) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Skip = Chromium + " is not installed (apt-get install chromium; .ci/run does it)";
            }
        }
    }

    public class HtmlBrowserTests
    {
        [ChromiumFact]
        public async Task The_html_report_renders_in_headless_chromium_with_its_charts()
        {
            var sample = SampleFixture.EnsureRestored();
            using var scratch = new TestRepository();
            var html = Path.Combine(scratch.Base, "report.html");
            var run = await Cli.RunAsync("audit", sample, "--format", "html", "--output", html);
            Assert.True(run.ExitCode == 0, run.ToString());

            var url = new Uri(html).AbsoluteUri;
            var dom = Chromium(scratch.Base, "--dump-dom", url);
            foreach (var id in new[] { "chart-vendors", "chart-projects", "chart-licenses", "chart-openness", "chart-files" })
            {
                Assert.Matches("<svg [^>]*id=\"" + id + "\"", dom);
            }

            Assert.True(Regex.Matches(dom, "<rect class=\"bar\"").Count >= 4, "bars are drawn");
            Assert.Matches("<path class=\"slice\"", dom);
            Assert.Contains("OpenAI", dom);
            Assert.Contains("Anthropic", dom);

            var png = Path.Combine(scratch.Base, "report.png");
            Chromium(scratch.Base, "--screenshot=" + png, url);
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, "the screenshot has content (" + bytes.Length + " bytes)");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }

        private static string Chromium(string scratch, string action, string url)
        {
            var start = new ProcessStartInfo(ChromiumFactAttribute.Chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(scratch, "chromium-profile-" + Guid.NewGuid().ToString("N")),
                "--window-size=1280,2000", action, url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 120 s");
            }

            Assert.True(process.ExitCode == 0, "chromium exited " + process.ExitCode + ": " + error.Result);
            return output.Result;
        }
    }
}
