using System.Threading.Tasks;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.Verify<LockInAnalyzer.Strings.HardCodedModelIdAnalyzer>;

namespace LockInAnalyzer.Tests.Strings
{
    /// <summary>
    /// LOCK003 on the model families of 2025-2026 applications, in the forms they are written (dated snapshots, Bedrock
    /// regional and global inference profiles, Vertex <c>@version</c> and publisher paths, router <c>vendor/model</c> ids),
    /// including versions that do not exist yet; open-weight families still win, and look-alike words are not model ids.
    /// </summary>
    public class ModelFamilies2025Tests
    {
        private static Task Reported(string id, string vendor) => Verifier.AnalyzerAsync(
            """
            class Models
            {
                public static readonly string[] Known = { {|#0:"ID"|} };
            }
            """.Replace("ID", id, System.StringComparison.Ordinal),
            Verifier.Diagnostic("LOCK003").At(0).WithMessage("'" + id + "' is a hard-coded " + vendor + " model id; read the model id from configuration"));

        [Theory]
        [InlineData("sora-2")]
        [InlineData("sora-2-pro")]
        [InlineData("sora-2-2025-10-06")]
        [InlineData("sora-3")]
        [InlineData("gpt-image-1")]
        [InlineData("gpt-image-1-mini")]
        [InlineData("gpt-image-2")]
        [InlineData("gpt-4o-realtime-preview-2024-12-17")]
        [InlineData("gpt-realtime")]
        [InlineData("gpt-realtime-mini")]
        [InlineData("gpt-audio")]
        [InlineData("gpt-4o-transcribe")]
        [InlineData("gpt-4o-mini-transcribe")]
        [InlineData("gpt-4o-mini-tts")]
        [InlineData("gpt-5")]
        [InlineData("gpt-5-mini")]
        [InlineData("gpt-5-nano")]
        [InlineData("gpt-5.1")]
        [InlineData("gpt-5.1-codex-max")]
        [InlineData("gpt-5-chat-latest")]
        [InlineData("gpt-4.1")]
        [InlineData("gpt-4.1-nano")]
        [InlineData("gpt-35-turbo")]
        [InlineData("openai/gpt-5")]
        public Task OpenAIFamilies(string id) => Reported(id, "OpenAI");

        [Theory]
        [InlineData("claude-sonnet-4-5-20250929")]
        [InlineData("claude-opus-4-1-20250805")]
        [InlineData("claude-opus-4-1@20250805")]
        [InlineData("claude-3-5-sonnet-v2@20241022")]
        [InlineData("claude-haiku-4-5")]
        [InlineData("claude-opus-4-5")]
        [InlineData("claude-sonnet-5")]
        [InlineData("claude-opus-5-0")]
        [InlineData("anthropic/claude-sonnet-4.5")]
        [InlineData("publishers/anthropic/models/claude-sonnet-4-5")]
        public Task AnthropicFamiliesIncludingVertexForms(string id) => Reported(id, "Anthropic");

        [Theory]
        [InlineData("anthropic.claude-sonnet-4-5-20250929-v1:0")]
        [InlineData("us.anthropic.claude-opus-4-1-20250805-v1:0")]
        [InlineData("global.anthropic.claude-haiku-4-5-20251001-v1:0")]
        [InlineData("apac.anthropic.claude-sonnet-5-v1:0")]
        [InlineData("amazon.nova-pro-v1:0")]
        [InlineData("us.amazon.nova-premier-v1:0")]
        [InlineData("amazon.nova-2-lite-v1:0")]
        [InlineData("amazon.titan-embed-text-v2:0")]
        [InlineData("cohere.command-r-plus-v1:0")]
        [InlineData("mistral.mistral-large-2407-v1:0")]
        public Task BedrockForms(string id) => Reported(id, "AWS Bedrock");

        [Theory]
        [InlineData("gemini-2.5-flash")]
        [InlineData("gemini-2.5-flash-lite")]
        [InlineData("gemini-2.5-pro-preview-05-06")]
        [InlineData("gemini-3-pro-preview")]
        [InlineData("gemini-2.0-flash-001")]
        [InlineData("gemini-flash-latest")]
        [InlineData("gemini-embedding-001")]
        [InlineData("models/gemini-2.5-flash")]
        [InlineData("google/gemini-2.5-pro")]
        [InlineData("publishers/google/models/gemini-2.5-pro")]
        [InlineData("imagen-4.0-generate-001")]
        [InlineData("imagen-3.0-fast-generate-001")]
        [InlineData("veo-3.0-generate-preview")]
        [InlineData("veo-3.1-fast-generate-preview")]
        public Task GoogleFamilies(string id) => Reported(id, "Google Gemini");

        [Theory]
        [InlineData("command-r", "Cohere")]
        [InlineData("command-r7b-12-2024", "Cohere")]
        [InlineData("command-a-03-2025", "Cohere")]
        [InlineData("command-a-vision-07-2025", "Cohere")]
        [InlineData("embed-v4.0", "Cohere")]
        [InlineData("rerank-v3.5", "Cohere")]
        [InlineData("mistral-large-2411", "Mistral AI")]
        [InlineData("mistral-medium-2508", "Mistral AI")]
        [InlineData("mistral-medium-latest", "Mistral AI")]
        [InlineData("magistral-medium-2509", "Mistral AI")]
        [InlineData("codestral-2508", "Mistral AI")]
        [InlineData("mistral-ocr-latest", "Mistral AI")]
        [InlineData("grok-3", "xAI")]
        [InlineData("grok-3-mini", "xAI")]
        [InlineData("grok-4-fast-reasoning", "xAI")]
        [InlineData("grok-4-1-fast", "xAI")]
        [InlineData("grok-code-fast-1", "xAI")]
        [InlineData("grok-5", "xAI")]
        [InlineData("x-ai/grok-4", "xAI")]
        public Task OtherClosedFamilies(string id, string vendor) => Reported(id, vendor);

        [Fact]
        public Task OSeriesOnlyWhereAModelIdGoes() => Verifier.AnalyzerAsync(
            """
            class Options
            {
                public string Model { get; set; } = "";
            }

            class Service
            {
                private const string ReasoningModel = {|#0:"o3-pro"|};

                public void Configure(Options options, bool deep)
                {
                    options.Model = deep ? {|#1:"o3-deep-research"|} : {|#2:"o4-mini"|};
                    var model = {|#3:"o1"|};
                    var tier = "o3-pro";
                    System.Console.WriteLine("o4-mini-deep-research");
                }
            }
            """,
            Verifier.Diagnostic("LOCK003").At(0).WithMessage("'o3-pro' is a hard-coded OpenAI model id; read the model id from configuration"),
            Verifier.Diagnostic("LOCK003").At(1).WithMessage("'o3-deep-research' is a hard-coded OpenAI model id; read the model id from configuration"),
            Verifier.Diagnostic("LOCK003").At(2).WithMessage("'o4-mini' is a hard-coded OpenAI model id; read the model id from configuration"),
            Verifier.Diagnostic("LOCK003").At(3).WithMessage("'o1' is a hard-coded OpenAI model id; read the model id from configuration"));

        [Theory]
        [InlineData("openai/gpt-oss-120b")]
        [InlineData("gpt-oss-20b")]
        [InlineData("codestral-mamba-latest")]
        [InlineData("open-codestral-mamba")]
        [InlineData("mathstral-7b")]
        [InlineData("mistral-small-latest")]
        [InlineData("gemma-3-27b-it")]
        [InlineData("llama-4-maverick")]
        [InlineData("meta.llama3-3-70b-instruct-v1:0")]
        [InlineData("us.meta.llama4-scout-17b-instruct-v1:0")]
        [InlineData("openai.gpt-oss-120b-1:0")]
        [InlineData("deepseek.r1-v1:0")]
        [InlineData("mistral.mistral-7b-instruct-v0:2")]
        [InlineData("deepseek-chat")]
        [InlineData("qwen3-coder")]
        public Task OpenWeightsStillWin(string id) => ModelValueIsNotReported(id);

        [Theory]
        [InlineData("claude-code")]
        [InlineData("gpt-image")]
        [InlineData("gemini-cli")]
        [InlineData("command-line")]
        [InlineData("sora-app")]
        [InlineData("grok-it")]
        [InlineData("veo-camera")]
        [InlineData("oauth-2")]
        public Task LookAlikeWordsAreNotModelIds(string id) => ModelValueIsNotReported(id);

        // In a model context, so only the family decides: the strongest form of the negative.
        private static Task ModelValueIsNotReported(string id) => Verifier.AnalyzerAsync(
            """
            class Options
            {
                public string Model { get; set; } = "ID";
            }
            """.Replace("ID", id, System.StringComparison.Ordinal));
    }
}
