using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>The AI-BOM lists every model in code (closed or open) and every shipped model file, with license and openness class.</summary>
    public sealed class ModelBomTests
    {
        private const string LocalChat =
            "using OllamaSharp;\n\n"
            + "namespace Local\n{\n    public sealed class LocalChat\n    {\n"
            + "        private readonly OllamaApiClient llama = new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"llama3.1\");\n"
            + "        private readonly OllamaApiClient olmo = new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"olmo-2\");\n\n"
            + "        public void Switch()\n        {\n"
            + "            olmo.SelectedModel = \"phi-4\";\n"
            + "            var model = \"gpt-4o\";\n"
            + "        }\n    }\n}\n";

        private static TestRepository Local(string extra = "")
        {
            var repository = new TestRepository();
            var app = new ProjectSpec { Extra = extra };
            app.Packages.Add(new TestPackage("OllamaSharp", "5.5.2", true, "lib/net10.0/OllamaSharp.dll"));
            app.Transitive.Add(new TestPackage("Microsoft.Extensions.AI.Abstractions", "10.8.0", true, "lib/net10.0/Microsoft.Extensions.AI.Abstractions.dll"));
            app.Sources["LocalChat.cs"] = LocalChat;
            repository.AddProject("src/Local", "Local", app);
            return repository;
        }

        private static List<JsonElement> Models(string bom) =>
            JsonDocument.Parse(bom).RootElement.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("type").GetString() == "machine-learning-model").ToList();

        private static string Property(JsonElement element, string name) =>
            element.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("value").GetString()!;

        private static string? License(JsonElement model) =>
            model.TryGetProperty("licenses", out var licenses) ? licenses[0].GetProperty("license") is var l && l.TryGetProperty("id", out var id) ? id.GetString() : l.GetProperty("name").GetString() : null;

        [Fact]
        public async Task All_four_models_of_the_OllamaSharp_project_with_license_and_class_and_the_bom_is_valid_CycloneDX_1_6()
        {
            using var repository = Local();
            var output = await AuditAsync(repository, "cyclonedx");
            var models = Models(output);

            Assert.Equal(
                new[]
                {
                    ("gpt-4o", "closed", (string?)null, "src/Local/LocalChat.cs#L13"),
                    ("llama3.1", "open-weights-restricted", "Llama Community License", "src/Local/LocalChat.cs#L7"),
                    ("olmo-2", "open-source-ai", "Apache-2.0", "src/Local/LocalChat.cs#L8"),
                    ("phi-4", "open-weights", "MIT", "src/Local/LocalChat.cs#L12"),
                },
                models.Select(m => (m.GetProperty("name").GetString()!, Property(m, "lockin:openness"), License(m), Property(m, "lockin:location"))));
            var llama = models.Single(m => m.GetProperty("name").GetString() == "llama3.1");
            Assert.Equal("Meta", llama.GetProperty("supplier").GetProperty("name").GetString());
            Assert.Equal("https://www.llama.com/llama3_1/license/", llama.GetProperty("licenses")[0].GetProperty("license").GetProperty("url").GetString());
            Assert.Equal("Llama", llama.GetProperty("modelCard").GetProperty("modelParameters").GetProperty("architectureFamily").GetString());
            Assert.StartsWith("License restrictions: the Acceptable Use Policy", llama.GetProperty("modelCard").GetProperty("considerations").GetProperty("technicalLimitations")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal("catalog:llama", Property(llama, "lockin:evidence"));
            var olmo = models.Single(m => m.GetProperty("name").GetString() == "olmo-2");
            Assert.Equal("true", Property(olmo.GetProperty("modelCard"), "lockin:trainingDataPublished"));
            Assert.Equal("OpenAI", models.Single(m => m.GetProperty("name").GetString() == "gpt-4o").GetProperty("supplier").GetProperty("name").GetString());

            Validate(repository, output);
        }

        [Fact]
        public async Task Model_files_carry_what_the_repository_says_about_them_and_nothing_outside_it_is_read()
        {
            using var repository = Local(
                "  <ItemGroup>\n"
                + "    <Content Include=\"models/phi/*.gguf\" />\n"
                + "    <EmbeddedResource Include=\"models/llama/llama.onnx\" />\n"
                + "    <None Include=\"models/bare.safetensors\" CopyToOutputDirectory=\"PreserveNewest\" />\n"
                + "    <None Include=\"models/notshipped.gguf\" />\n"
                + "    <Content Include=\"../../../outside.gguf\" />\n"
                + "    <Content Include=\"models/linked/linked.gguf\" />\n"
                + "    <Content Include=\"models/elsewhere/*.gguf\" />\n"
                + "  </ItemGroup>\n");
            repository.Write("src/Local/models/phi/phi-4-mini.Q4_K_M.gguf", "GGUF");
            repository.Write("src/Local/models/phi/README.md", "---\nlicense: mit\nbase_model:\n  - microsoft/Phi-4-mini-instruct\n---\n# Phi-4 mini, quantized\n");
            repository.Write("src/Local/models/llama/llama.onnx", "onnx");
            repository.Write("src/Local/models/llama/LICENSE", "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\nLlama 3.2 Version Release Date: September 25, 2024\n");
            repository.Write("src/Local/models/bare.safetensors", "st");
            repository.Write("src/Local/models/notshipped.gguf", "GGUF");
            File.WriteAllText(Path.Combine(repository.Base, "outside.gguf"), "GGUF");
            File.WriteAllText(Path.Combine(repository.Base, "README.md"), "---\nlicense: apache-2.0\n---\n");
            repository.Write("src/Local/models/linked/linked.gguf", "GGUF");
            File.CreateSymbolicLink(repository.Path("src/Local/models/linked/README.md"), Path.Combine(repository.Base, "README.md"));
            Directory.CreateDirectory(Path.Combine(repository.Base, "elsewhere"));
            File.WriteAllText(Path.Combine(repository.Base, "elsewhere", "secret.gguf"), "GGUF");
            Directory.CreateSymbolicLink(repository.Path("src/Local/models/elsewhere"), Path.Combine(repository.Base, "elsewhere"));

            var output = await AuditAsync(repository, "cyclonedx");
            var files = Models(output).Where(m => Property(m, "lockin:source") == "file").ToList();

            Assert.Equal(
                new[]
                {
                    ("src/Local/models/bare.safetensors", "unknown", (string?)null, "none"),
                    ("src/Local/models/linked/linked.gguf", "unknown", (string?)null, "none"),
                    ("src/Local/models/llama/llama.onnx", "open-weights-restricted", "Llama Community License", "license file src/Local/models/llama/LICENSE"),
                    ("src/Local/models/phi/phi-4-mini.Q4_K_M.gguf", "open-weights", "MIT", "model card src/Local/models/phi/README.md"),
                },
                files.Select(m => (Property(m, "lockin:location"), Property(m, "lockin:openness"), License(m), Property(m, "lockin:evidence"))));
            Assert.Equal("4", Property(files[3], "lockin:fileBytes"));

            Validate(repository, output);
        }

        [Fact]
        public async Task A_policy_denying_restricted_open_weights_fails_the_audit_at_the_model_id()
        {
            using var repository = Local();
            repository.Write("lockin.json", "{ \"models\": { \"openness\": { \"open-weights-restricted\": \"deny\" } } }\n");
            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--policy", repository.Path("lockin.json"));

            Assert.True(run.ExitCode == 1, run.ToString());
            var finding = JsonDocument.Parse(run.Out).RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "LOCK005");
            Assert.Equal(
                ("error", "src/Local/LocalChat.cs", 7, 105, "'llama3.1' is an open-weights model with use restrictions under the Llama Community License, not open source AI"),
                (finding.GetProperty("severity").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32(), finding.GetProperty("message").GetString()));
        }

        [Fact]
        public async Task Json_summary_has_the_openness_mix_and_the_models()
        {
            using var repository = Local();
            var output = await AuditAsync(repository, "json");
            var summary = JsonDocument.Parse(output).RootElement.GetProperty("summary");
            Assert.Equal(
                new[] { ("closed", 1), ("open-weights-restricted", 1), ("open-weights", 1), ("open-source-ai", 1) },
                summary.GetProperty("modelOpenness").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
            var llama = summary.GetProperty("models").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "llama3.1");
            Assert.Equal("LicenseRef-Llama-Community-License", llama.GetProperty("license").GetString());
            Assert.Equal(new[] { "src/Local/LocalChat.cs#L7" }, llama.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));
        }

        [Fact]
        public async Task Markdown_report_lists_the_models_with_their_class()
        {
            using var repository = Local();
            var output = await AuditAsync(repository, "markdown");
            Assert.Contains("## Models\n\nClosed: 1, Open weights, restricted: 1, Open weights: 1, Open source AI: 1\n", output, StringComparison.Ordinal);
            Assert.Contains("| `llama3.1` | Open weights, restricted | Llama Community License | Meta | catalog:llama | `src/Local/LocalChat.cs#L7` |\n", output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Html_report_shows_the_openness_mix()
        {
            using var repository = Local();
            var output = await AuditAsync(repository, "html");
            Assert.Contains("<h2>Model openness</h2>", output, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"Model openness distribution\"", output, StringComparison.Ordinal);
            Assert.Contains("<td>llama3.1</td><td><span class=\"cat\" style=\"background:#e8590c\">Open weights, restricted</span></td><td>Llama Community License</td>", output, StringComparison.Ordinal);
        }

        private static async Task<string> AuditAsync(TestRepository repository, string format)
        {
            var run = await Cli.RunAsync("audit", repository.Root, "--format", format);
            Assert.True(run.ExitCode == 0, run.ToString());
            return run.Out;
        }

        /// <summary>Runs ../shared/tools/validate-reports (the CycloneDX library's strict JSON-schema validation) on the BOM.</summary>
        private static void Validate(TestRepository repository, string bom)
        {
            var tool = Validator();
            var file = Path.Combine(repository.Base, "bom.cdx.json");
            File.WriteAllText(file, bom);
            var start = new ProcessStartInfo(tool, file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "validate-reports failed (exit " + process.ExitCode + "):\n" + output.Result + error.Result);
        }

        private static string Validator()
        {
            var configured = Environment.GetEnvironmentVariable("LOCKIN_VALIDATE_REPORTS");
            var candidates = new[]
            {
                configured,
                Path.Combine(Cli.RepositoryRoot, "..", "shared", "tools", "validate-reports"),
                Path.Combine(Cli.RepositoryRoot, "..", "wt", "shared", "tools", "validate-reports"),
            };
            return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
                ?? throw new InvalidOperationException("validate-reports not found: set LOCKIN_VALIDATE_REPORTS or put it at ../shared/tools/validate-reports beside the repository");
        }
    }
}
