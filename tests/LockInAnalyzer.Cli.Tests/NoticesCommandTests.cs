using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary><c>lockin notices</c> on the sample: the packages it ships, from the packages themselves, byte for byte the same every time.</summary>
    public class NoticesCommandTests
    {
        [Fact]
        public async Task Markdown_notices_of_the_sample_list_every_shipped_package_its_copyright_and_the_license_texts()
        {
            var sample = SampleFixture.EnsureRestored();
            var run = await Cli.RunAsync("notices", sample);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(string.Empty, run.Error);
            var text = run.Out.Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.StartsWith(
                "# Third-party notices\n\n"
                + "This product includes the following 13 third-party packages (packages restored for ContosoSupport). Licenses, copyright lines and license texts are taken from the packages themselves, as restored.\n\n"
                + "| Package | Version | License |\n"
                + "|---|---|---|\n"
                + "| Anthropic | 13.12.0 | Apache-2.0 |\n"
                + "| Microsoft.Extensions.AI.Abstractions | 10.11.0 | MIT |\n",
                text);
            Assert.Contains("| OpenAI | 2.15.0 | MIT |\n| System.ClientModel | 1.16.0 | MIT |\n| System.Memory.Data | 10.0.10 | MIT |\n\n## Packages\n", text);
            Assert.Contains(
                "### Anthropic 13.12.0\n\n"
                + "- **License:** Apache-2.0 (Permissive; license expression Apache-2.0)\n"
                + "- **License file:** LICENSE\n"
                + "- **Copyright:** (from LICENSE)\n"
                + "  - Copyright 2023 Anthropic, PBC.\n\n",
                text);
            Assert.Contains(
                "### OpenAI 2.15.0\n\n"
                + "- **License:** MIT (Permissive; license expression MIT)\n"
                + "- **License file:** none in the package\n",
                text);

            // The license texts, grouped by license: Apache-2.0 from Anthropic's own LICENSE (its copyright line is listed
            // above, the license's own clause "(c) You must retain" stays in the text); MIT packages ship no text.
            var texts = text.Substring(text.IndexOf("## License texts\n", StringComparison.Ordinal));
            Assert.StartsWith("## License texts\n\n### Apache-2.0\n\n- **Used by:** Anthropic 13.12.0\n\n```text\n", texts);
            Assert.Contains("Apache License\n", texts);
            Assert.Contains("(c) You must retain, in the Source form of any Derivative Works", texts);
            Assert.DoesNotContain("Copyright 2023 Anthropic", texts);
            Assert.Contains("\n### MIT\n\n- **No license text in the package:** Microsoft.Extensions.AI.Abstractions 10.11.0, ", texts);
            Assert.EndsWith("System.Memory.Data 10.0.10 (the nuspec names the license; its text is not shipped in the package)\n\n", texts);

            var again = await Cli.RunAsync("notices", sample);
            Assert.Equal(run.Out, again.Out);
        }

        [Fact]
        public async Task Text_notices_are_written_to_the_output_file()
        {
            var sample = SampleFixture.EnsureRestored();
            var output = Path.Combine(Path.GetTempPath(), "lockin-notices-" + Guid.NewGuid().ToString("N"), "THIRD-PARTY-NOTICES.txt");
            try
            {
                var run = await Cli.RunAsync("notices", sample, "--format", "text", "--output", output);

                Assert.True(run.ExitCode == 0, run.ToString());
                Assert.Equal("Wrote " + output + ": 13 packages", run.Out.Trim());
                var text = File.ReadAllText(output);
                Assert.StartsWith("Third-party notices\n===================\n\nThis product includes the following 13 third-party packages", text, StringComparison.Ordinal);
                Assert.Contains("\n" + "Package".PadRight(54) + " Version  License\n" + "Anthropic".PadRight(54) + " 13.12.0  Apache-2.0\n", text, StringComparison.Ordinal);
                Assert.Contains("\nAnthropic 13.12.0\n~~~~~~~~~~~~~~~~~\n\nLicense: Apache-2.0 (Permissive; license expression Apache-2.0)\nLicense file: LICENSE\nCopyright: (from LICENSE)\n    Copyright 2023 Anthropic, PBC.\n", text, StringComparison.Ordinal);
                Assert.Contains("\nLicense texts\n-------------\n\nApache-2.0\n~~~~~~~~~~\n\nUsed by: Anthropic 13.12.0\n\n", text, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
            }
        }

        [Fact]
        public async Task An_unknown_format_is_a_usage_error()
        {
            var run = await Cli.RunAsync("notices", ".", "--format", "html");
            Assert.Equal(2, run.ExitCode);
        }
    }
}
