using System.Threading.Tasks;
using LockInAnalyzer.Policy.Policies;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.Verify<LockInAnalyzer.Strings.ModelOpennessAnalyzer>;

namespace LockInAnalyzer.Tests.Strings
{
    /// <summary>LOCK005: restricted open weights are Info by default; the policy's class actions; closed ids stay LOCK003 only.</summary>
    public class ModelOpennessTests
    {
        private const string LlamaMessage = "'llama3.1' is an open-weights model with use restrictions under the Llama Community License, not open source AI";

        // The real OllamaSharp: the constructor's parameter is `defaultModel`, the property `SelectedModel`.
        private const string OllamaCode =
            """
            using System;
            using OllamaSharp;

            class LocalChat
            {
                private readonly OllamaApiClient _llama = new(new Uri("http://localhost:11434"), {|#0:"llama3.1"|});
                private readonly OllamaApiClient _olmo = new(new Uri("http://localhost:11434"), "olmo-2");

                public void Switch(bool small)
                {
                    _olmo.SelectedModel = small ? "phi-4" : "olmo-2";
                    var model = {|#1:"gpt-4o"|};
                }
            }
            """;

        [Fact]
        public Task LlamaPassedToOllamaSharpIsInfoNamingItsLicenseOlmoAndPhiGetNothingGpt4oStaysLock003Only() => new AnalyzerTest(new ModelOpennessAnalyzer(), new HardCodedModelIdAnalyzer())
            .WithStacks(TestStacks.Default | TestStacks.Ollama)
            .WithSource(OllamaCode)
            .Expect(
                Verifier.Diagnostic("LOCK005").At(0).WithSeverity(DiagnosticSeverity.Info).WithMessage(LlamaMessage),
                Verifier.Diagnostic("LOCK003").At(1).WithMessage("'gpt-4o' is a hard-coded OpenAI model id; read the model id from configuration"))
            .RunAsync();

        [Fact]
        public Task DenyingTheRestrictedClassIsAnErrorAndRequiringOpenSourceAiReportsOpenWeights() => new AnalyzerTest(new ModelOpennessAnalyzer())
            .WithStacks(TestStacks.Default | TestStacks.Ollama)
            .WithGlobalConfig(GeneratedConfig("""{ "models": { "openness": { "open-weights-restricted": "deny", "open-weights": "warn", "unknown": "warn" } } }"""))
            .WithSource(
                """
                using System;
                using OllamaSharp;

                class LocalChat
                {
                    private readonly OllamaApiClient _llama = new(new Uri("http://localhost:11434"), {|#0:"llama3.1"|});

                    public void Switch(OllamaApiClient client)
                    {
                        client.SelectedModel = {|#1:"phi-4"|};
                        client.SelectedModel = "olmo-2";
                        client.SelectedModel = {|#2:"ministral-8b-latest"|};
                    }
                }
                """)
            .Expect(
                Verifier.Diagnostic("LOCK005").At(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(LlamaMessage),
                Verifier.Diagnostic("LOCK005").At(1).WithSeverity(DiagnosticSeverity.Warning)
                    .WithMessage("'phi-4' is an open-weights model without open training data under the MIT License, not open source AI"),
                Verifier.Diagnostic("LOCK005").At(2).WithSeverity(DiagnosticSeverity.Warning)
                    .WithMessage("'ministral-8b-latest' is an open-weights model of unknown openness under an unidentified license, not open source AI"))
            .RunAsync();

        // The policy reaches the analyzer the way the build hands it over: the generated global config.
        private static string GeneratedConfig(string policyJson)
        {
            var resolved = PolicyResolver.Resolve("/repo/lockin.json", path => path.EndsWith("lockin.json", System.StringComparison.Ordinal) ? policyJson : null);
            Assert.Empty(resolved.Problems);
            return AnalyzerConfigWriter.Write(resolved.Policy, isAdapterProject: false);
        }

        [Fact]
        public Task AllowingTheRestrictedClassSilencesIt() => new AnalyzerTest(new ModelOpennessAnalyzer(), new HardCodedModelIdAnalyzer())
            .WithStacks(TestStacks.Default | TestStacks.Ollama)
            .WithGlobalConfig("is_global = true\nlockin.model_openness = open-weights-restricted:allow\n")
            .WithSource(OllamaCode.Replace("{|#0:\"llama3.1\"|}", "\"llama3.1\"", System.StringComparison.Ordinal))
            .Expect(Verifier.Diagnostic("LOCK003").At(1))
            .RunAsync();

        [Fact]
        public Task ThePolicyCanReclassifyAFamily() => new AnalyzerTest(new ModelOpennessAnalyzer())
            .WithGlobalConfig(GeneratedConfig("""{ "models": { "families": { "qwen": "open-weights-restricted", "olmo": "open-weights" }, "openness": { "open-weights": "warn" } } }"""))
            .WithSource(
                """
                class Settings
                {
                    public string ChatModel { get; set; } = {|#0:"qwen3:8b"|};
                    public string LocalModel { get; set; } = {|#1:"olmo-2"|};
                    public string OtherModel { get; set; } = "smollm2:1.7b";
                }
                """)
            .Expect(
                Verifier.Diagnostic("LOCK005").At(0).WithSeverity(DiagnosticSeverity.Info)
                    .WithMessage("'qwen3:8b' is an open-weights model with use restrictions (as the policy classifies it) under the Apache License 2.0, not open source AI"),
                Verifier.Diagnostic("LOCK005").At(1).WithSeverity(DiagnosticSeverity.Warning)
                    .WithMessage("'olmo-2' is an open-weights model without open training data (as the policy classifies it) under the Apache License 2.0, not open source AI"))
            .RunAsync();

        [Fact]
        public Task AnUnknownFamilyOrAClosedClassIsLock009() => new AnalyzerTest(new ModelOpennessAnalyzer(), new LockInAnalyzer.Configuration.ConfigurationAnalyzer())
            .WithGlobalConfig("is_global = true\nlockin.model_families = qwen:closed, llama-2:open-weights\n")
            .WithSource(
                """
                {|#0:|}class Settings
                {
                    public string Model { get; set; } = "qwen3:8b";
                }
                """)
            .Expect(
                Verifier.Diagnostic("LOCK009").At(0).WithMessage("Invalid value 'qwen:closed' for 'lockin.model_families': a family's class must be one of open-weights-restricted, open-weights, open-source-ai; the setting is ignored"),
                Verifier.Diagnostic("LOCK009").At(0).WithMessage("Invalid value 'llama-2:open-weights' for 'lockin.model_families': no model family has this id; known ids: olmo, pythia, smollm, llama, gemma, qwen2.5-72b, qwen2.5-3b, qwen-1, qwen, deepseek-mit, deepseek, phi, gpt-oss, mistral, granite; the setting is ignored"))
            .RunAsync();

        [Theory]
        [InlineData("gemma3", "Gemma Terms of Use")]
        [InlineData("codegemma:7b", "Gemma Terms of Use")]
        [InlineData("meta-llama/Llama-3.3-70B-Instruct", "Llama Community License")]
        [InlineData("llama-4-scout", "Llama Community License")]
        [InlineData("deepseek-r1-distill-llama-70b", "Llama Community License")]
        [InlineData("qwen2.5:72b", "Qwen License")]
        [InlineData("qwen2.5-coder:3b", "Qwen Research License")]
        [InlineData("qwen1.5-14b-chat", "Tongyi Qianwen License")]
        [InlineData("deepseek-coder-v2", "DeepSeek License")]
        public Task RestrictedFamiliesNameTheirLicense(string id, string license) => Verifier.AnalyzerAsync(
            """
            class Settings
            {
                public string ChatModel { get; set; } = {|#0:"ID"|};
            }
            """.Replace("ID", id, System.StringComparison.Ordinal),
            Verifier.Diagnostic("LOCK005").At(0).WithMessage("'" + id + "' is an open-weights model with use restrictions under the " + license + ", not open source AI"));

        [Theory]
        [InlineData("olmo-2")]
        [InlineData("allenai/OLMo-2-1124-7B")]
        [InlineData("phi-4")]
        [InlineData("phi3.5")]
        [InlineData("qwen3:8b")]
        [InlineData("qwen2.5:7b")]
        [InlineData("gpt-oss-20b")]
        [InlineData("deepseek-r1:14b")]
        [InlineData("mixtral-8x7b")]
        [InlineData("mistral")]
        [InlineData("granite3.3:8b")]
        [InlineData("smollm2:1.7b")]
        [InlineData("ministral-8b-latest")]
        [InlineData("gpt-4o")]
        [InlineData("qwen3-max")]
        public Task OpenWeightsOpenSourceAiUnknownAndClosedAreNotReportedByDefault(string id) => Verifier.AnalyzerAsync(
            """
            class Settings
            {
                public string ChatModel { get; set; } = "ID";
            }
            """.Replace("ID", id, System.StringComparison.Ordinal));

        [Fact]
        public Task OnlyWhereAModelIdGoes() => Verifier.AnalyzerAsync(
            """
            class Names
            {
                public static readonly string[] Pets = { "llama3.1", "gemma" };
                public string Describe() => "gemma3";
                public void Run() => Ask(model: {|#0:"gemma3"|}, prompt: "llama3.1");
                private static void Ask(string model, string prompt) { }
            }
            """,
            Verifier.Diagnostic("LOCK005").At(0).WithMessage("'gemma3' is an open-weights model with use restrictions under the Gemma Terms of Use, not open source AI"));

        [Fact]
        public Task AnInvalidActionIsLock009AndTheDefaultStays() => new AnalyzerTest(new ModelOpennessAnalyzer(), new LockInAnalyzer.Configuration.ConfigurationAnalyzer())
            .WithGlobalConfig("is_global = true\nlockin.model_openness = open-weights-restricted:forbid, open-source-ai:deny\n")
            .WithSource(
                """
                {|#0:|}class Settings
                {
                    public string Model { get; set; } = {|#1:"llama3.1"|};
                }
                """)
            .Expect(
                Verifier.Diagnostic("LOCK009").At(0).WithMessage("Invalid value 'open-weights-restricted:forbid' for 'lockin.model_openness': the action must be allow, info, warn or deny; the setting is ignored"),
                Verifier.Diagnostic("LOCK009").At(0).WithMessage("Invalid value 'open-source-ai:deny' for 'lockin.model_openness': open source AI is never reported; the setting is ignored"),
                Verifier.Diagnostic("LOCK005").At(1).WithSeverity(DiagnosticSeverity.Info).WithMessage("'llama3.1' is an open-weights model with use restrictions under the Llama Community License, not open source AI"))
            .RunAsync();
    }
}
