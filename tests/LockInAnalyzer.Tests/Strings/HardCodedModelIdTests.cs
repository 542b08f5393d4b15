using System.Threading.Tasks;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.Verify<LockInAnalyzer.Strings.HardCodedModelIdAnalyzer>;

namespace LockInAnalyzer.Tests.Strings
{
    /// <summary>LOCK003: closed model ids, today's and tomorrow's; short ids only where a model id goes; never open weights.</summary>
    public class HardCodedModelIdTests
    {
        [Theory]
        [InlineData("gpt-4o", "OpenAI")]
        [InlineData("gpt-4o-mini", "OpenAI")]
        [InlineData("gpt-4.1-mini", "OpenAI")]
        [InlineData("gpt-5", "OpenAI")]
        [InlineData("gpt-6", "OpenAI")]
        [InlineData("GPT-4o", "OpenAI")]
        [InlineData("text-embedding-3-small", "OpenAI")]
        [InlineData("dall-e-3", "OpenAI")]
        [InlineData("claude-sonnet-4-5", "Anthropic")]
        [InlineData("claude-3-5-sonnet-20241022", "Anthropic")]
        [InlineData("claude-opus-4-1-20250805", "Anthropic")]
        [InlineData("claude-sonnet-5", "Anthropic")]
        [InlineData("gemini-2.5-pro", "Google Gemini")]
        [InlineData("gemini-3-flash", "Google Gemini")]
        [InlineData("models/gemini-2.0-flash", "Google Gemini")]
        [InlineData("anthropic.claude-3-5-sonnet-20240620-v1:0", "AWS Bedrock")]
        [InlineData("us.anthropic.claude-3-7-sonnet-20250219-v1:0", "AWS Bedrock")]
        [InlineData("eu.anthropic.claude-sonnet-4-5-20250929-v1:0", "AWS Bedrock")]
        [InlineData("amazon.nova-pro-v1:0", "AWS Bedrock")]
        [InlineData("command-r-plus", "Cohere")]
        [InlineData("mistral-large-latest", "Mistral AI")]
        [InlineData("grok-4", "xAI")]
        public Task ClosedModelIdsAreReportedWherever(string id, string vendor) => Verifier.AnalyzerAsync(
            """
            class Catalog
            {
                public static readonly string[] Known = { {|#0:"ID"|} };
            }
            """.Replace("ID", id, System.StringComparison.Ordinal),
            Verifier.Diagnostic("LOCK003").At(0).WithMessage("'" + id + "' is a hard-coded " + vendor + " model id; read the model id from configuration"));

        [Fact]
        public Task ConstructorArgumentOfTheRealSdk() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                private readonly ChatClient _client = new({|#0:"gpt-4o"|}, "api-key");
            }
            """,
            Verifier.Diagnostic("LOCK003").At(0).WithMessage("'gpt-4o' is a hard-coded OpenAI model id; read the model id from configuration"));

        [Fact]
        public Task ShortIdsInModelContext() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Models.Messages;
            using OpenAI.Chat;

            class Settings
            {
                public string Model { get; set; } = "";
                public string ChatModelId { get; set; } = "";
            }

            class Service
            {
                private const string DefaultModel = [|"o4-mini"|];
                private string _modelId = [|"o3"|];
                public string DeploymentName => [|"o1"|];

                public void Run(bool fast)
                {
                    var modelId = [|"o3"|];
                    var settings = new Settings { Model = [|"o3"|], ChatModelId = [|"o4-mini"|] };
                    settings.Model = [|"o3-mini"|];
                    Ask(model: [|"o3"|], prompt: "hi");
                    Ask([|"o4-mini"|], "hi");
                    var client = new ChatClient([|"o3"|], "api-key");
                    var chosen = fast ? "o4-mini" : "o3";
                    Ask(fast ? [|"o4-mini"|] : [|"o3"|], "hi");
                    string model = _modelId ?? [|"o3"|];
                    Ask(fast switch { true => [|"o4-mini"|], false => [|"o3"|] }, "hi");
                }

                private static void Ask(string model, string prompt) { }

                private static void AskWithDefault(string prompt, string model = [|"o3"|]) { }
            }
            """);

        [Fact]
        public Task ShortIdsOutsideModelContextAreOrdinaryStrings() => Verifier.AnalyzerAsync(
            """
            using System;

            class Service
            {
                private const string Tier = "o3";
                private const string Anchor = [|"gpt-4o"|];
                public void Run(bool flag)
                {
                    var code = "o3";
                    Console.WriteLine("o4-mini");
                    var chosen = flag ? "o3" : "o1";
                    Log(message: "o3");
                    var remodel = "o3";
                    var models = new[] { "o3" };
                }

                private static void Log(string message) { }
            }
            """);

        [Theory]
        [InlineData("gpt-oss-120b")]
        [InlineData("gpt-oss-20b")]
        [InlineData("llama-3.3-70b")]
        [InlineData("llama-3.3-70b-versatile")]
        [InlineData("meta-llama/Llama-3.1-8B-Instruct")]
        [InlineData("mistral-7b")]
        [InlineData("mixtral-8x7b")]
        [InlineData("open-mistral-nemo")]
        [InlineData("phi-4")]
        [InlineData("phi-3.5-mini")]
        [InlineData("gemma-2-9b")]
        [InlineData("qwen2.5-coder")]
        [InlineData("deepseek-r1")]
        [InlineData("claude")]
        [InlineData("claude-")]
        [InlineData("command-line")]
        [InlineData("gemini")]
        [InlineData("gpt")]
        [InlineData("gpt-4o is the default")]
        [InlineData("use gpt-4o")]
        [InlineData("hello world")]
        [InlineData("")]
        public Task OpenWeightsAndOrdinaryStringsAreNotReportedEvenAsAModel(string text) => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public void Run()
                {
                    var other = "ID";
                    Ask(model: "ID");
                    Ask(model: [|"gpt-4o"|]);
                }

                private static void Ask(string model) { }
            }
            """.Replace("ID", text, System.StringComparison.Ordinal));

        [Fact]
        public Task CommentsAndInterpolationsAreNotLiterals() => Verifier.AnalyzerAsync(
            """
            /// <summary>Uses gpt-4o through configuration.</summary>
            class Service
            {
                // var model = "gpt-4o";
                /* "claude-sonnet-4-5" */
                public string Describe(string version) => $"gpt-{version}";
                public string Anchor => [|"gpt-4o"|];
            }
            """);

        [Fact]
        public Task ReportedWithoutAnyVendorSdk() => Verifier.Test(
                """
                class RawHttp
                {
                    public string Body => "{\"model\":\"gpt-4o\"}";
                    public string Model => [|"gpt-4o"|];
                }
                """)
            .WithStacks(TestStacks.None)
            .RunAsync();

        [Fact]
        public Task ExcludedVendorsAndExtraModelContextNames() => Verifier.Test(
                """
                class Service
                {
                    private readonly string _accepted = "gpt-4o";
                    private readonly string _reported = [|"claude-sonnet-4-5"|];
                    private readonly string _promptEngine = [|"sonar-pro"|];
                    private readonly string _searchTier = "sonar-pro";
                    private readonly string _llm = "o3";
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.excluded_vendors = openai
                lockin.model_context_names = promptEngine, llm
                """)
            .RunAsync();

        [Fact]
        public Task ExcludingOpenAIStillLeavesOtherShortFamilies() => Verifier.Test(
                """
                class Service
                {
                    private readonly string _model = "o3";
                    private readonly string _searchModel = [|"sonar-pro"|];
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.excluded_vendors = openai
                """)
            .RunAsync();

        [Fact]
        public Task GeneratedCodeIsSkipped() => Verifier.Test(
                """
                // <auto-generated/>
                class Generated
                {
                    public string Model => "gpt-4o";
                }
                """)
            .WithSource(
                """
                class HandWritten
                {
                    public string Model => [|"gpt-4o"|];
                }
                """)
            .RunAsync();
    }
}
