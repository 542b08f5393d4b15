using System.Threading.Tasks;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.Verify<LockInAnalyzer.Strings.HardCodedEndpointAnalyzer>;

namespace LockInAnalyzer.Tests.Strings
{
    /// <summary>LOCK004: the host decides the vendor; loopback, documentation links and lookalike hosts are not endpoints.</summary>
    public class HardCodedEndpointTests
    {
        [Theory]
        [InlineData("https://api.openai.com/v1/chat/completions", "OpenAI", "api.openai.com")]
        [InlineData("https://api.openai.com", "OpenAI", "api.openai.com")]
        [InlineData("HTTPS://API.OPENAI.COM/v1", "OpenAI", "api.openai.com")]
        [InlineData("api.openai.com", "OpenAI", "api.openai.com")]
        [InlineData("https://api.anthropic.com/v1/messages", "Anthropic", "api.anthropic.com")]
        [InlineData("https://generativelanguage.googleapis.com/v1beta/models", "Google Gemini", "generativelanguage.googleapis.com")]
        [InlineData("https://contoso.openai.azure.com/", "Azure OpenAI", "contoso.openai.azure.com")]
        [InlineData("https://bedrock-runtime.us-east-1.amazonaws.com", "AWS Bedrock", "bedrock-runtime.us-east-1.amazonaws.com")]
        [InlineData("https://us-central1-aiplatform.googleapis.com/v1/projects/p", "Google Gemini", "us-central1-aiplatform.googleapis.com")]
        [InlineData("https://api.deepseek.com", "DeepSeek", "api.deepseek.com")]
        [InlineData("https://api.mistral.ai/v1", "Mistral AI", "api.mistral.ai")]
        [InlineData("https://api.x.ai/v1", "xAI", "api.x.ai")]
        [InlineData("https://openrouter.ai/api/v1", "OpenRouter", "openrouter.ai")]
        [InlineData("https://key:secret@api.openai.com/v1", "OpenAI", "api.openai.com")]
        [InlineData("https://api.openai.com:443/v1", "OpenAI", "api.openai.com")]
        [InlineData("api.anthropic.com:443/v1/messages", "Anthropic", "api.anthropic.com")]
        [InlineData("wss://api.openai.com/v1/realtime", "OpenAI", "api.openai.com")]
        public Task VendorHostsAreReported(string url, string vendor, string host) => Verifier.AnalyzerAsync(
            """
            class Endpoints
            {
                public const string Value = {|#0:"URL"|};
            }
            """.Replace("URL", url, System.StringComparison.Ordinal),
            Verifier.Diagnostic("LOCK004").At(0).WithMessage("'" + url.Replace("key:secret@", "***@") + "' hard-codes the " + vendor + " endpoint host '" + host + "'; read the endpoint from configuration behind a vendor-neutral client"));

        [Fact]
        public Task UriBaseAddressInterpolationAndSdkEndpoint() => Verifier.AnalyzerAsync(
            """
            using System;
            using System.Net.Http;
            using OpenAI;

            class Service
            {
                public void Configure(HttpClient client, string path)
                {
                    var anthropic = new Uri({|#0:"https://api.anthropic.com"|});
                    client.BaseAddress = new Uri({|#1:"https://generativelanguage.googleapis.com/"|});
                    var url = {|#2:$"https://api.openai.com/v1/{path}"|};
                    var options = new OpenAIClientOptions { Endpoint = new Uri({|#3:"https://api.deepseek.com"|}) };
                }
            }
            """,
            Verifier.Diagnostic("LOCK004").At(0).WithMessage("'https://api.anthropic.com' hard-codes the Anthropic endpoint host 'api.anthropic.com'; read the endpoint from configuration behind a vendor-neutral client"),
            Verifier.Diagnostic("LOCK004").At(1).WithMessage("'https://generativelanguage.googleapis.com/' hard-codes the Google Gemini endpoint host 'generativelanguage.googleapis.com'; read the endpoint from configuration behind a vendor-neutral client"),
            Verifier.Diagnostic("LOCK004").At(2).WithMessage("'https://api.openai.com/v1/' hard-codes the OpenAI endpoint host 'api.openai.com'; read the endpoint from configuration behind a vendor-neutral client"),
            Verifier.Diagnostic("LOCK004").At(3).WithMessage("'https://api.deepseek.com' hard-codes the DeepSeek endpoint host 'api.deepseek.com'; read the endpoint from configuration behind a vendor-neutral client"));

        [Fact]
        public Task VertexEndpointInTheGoogleStub() => Verifier.Test(
                """
                using Google.Cloud.AIPlatform.V1;

                class Service
                {
                    public PredictionServiceClient Create() =>
                        new PredictionServiceClientBuilder { Endpoint = {|#0:"us-central1-aiplatform.googleapis.com"|} }.Build();
                }
                """)
            .WithStacks(TestStacks.GoogleAIPlatform)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK004").At(0).WithMessage("'us-central1-aiplatform.googleapis.com' hard-codes the Google Gemini endpoint host 'us-central1-aiplatform.googleapis.com'; read the endpoint from configuration behind a vendor-neutral client"))
            .RunAsync();

        [Theory]
        [InlineData("http://localhost:11434")]
        [InlineData("http://localhost:11434/api/chat")]
        [InlineData("http://127.0.0.1:8080/v1")]
        [InlineData("http://[::1]:8080/v1")]
        [InlineData("http://ollama.localhost/v1")]
        [InlineData("https://platform.openai.com/docs")]
        [InlineData("https://docs.anthropic.com/en/api")]
        [InlineData("https://openai.com")]
        [InlineData("https://github.com/openai/openai-dotnet")]
        [InlineData("https://example.com/api.openai.com")]
        [InlineData("https://example.com/?next=https://api.openai.com")]
        [InlineData("api.openai.com.evil.example")]
        [InlineData("https://api.openai.com.evil.example/v1")]
        [InlineData("https://api.openai.com@evil.example/v1")]
        [InlineData("https://api.openai.com:443@evil.example/v1")]
        [InlineData("https://api.openai.com:abc/v1")]
        [InlineData("api.openai.com?x=1")]
        [InlineData("https://evil-api.openai.com")]
        [InlineData("https://notapi.anthropic.com")]
        [InlineData("https://openai.azure.com")]
        [InlineData("https://contoso.openai.azure.com.evil.example")]
        [InlineData("https://bedrock-runtime.amazonaws.com.evil.example")]
        [InlineData("support@openai.com")]
        [InlineData("Call api.openai.com later")]
        [InlineData("appsettings.json")]
        [InlineData("System.Net.Http")]
        [InlineData("ftp://files.contoso.com/api.anthropic.com")]
        public Task NotAVendorEndpoint(string text) => Verifier.AnalyzerAsync(
            """
            class Endpoints
            {
                public const string Value = "URL";
                public const string Anchor = [|"https://api.openai.com"|];
            }
            """.Replace("URL", text, System.StringComparison.Ordinal));

        [Fact]
        public Task InterpolatedStringsWithoutALeadingHostAreNotJudged() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public string Url(string host, string baseUrl) => $"https://{host}/v1" + $"{baseUrl}/chat/completions";
                public string Anchor(string path) => [|$"https://api.openai.com/{path}"|];
            }
            """);

        [Fact]
        public Task ReportedWithoutAnyVendorSdkAndHonoursExclusions() => Verifier.Test(
                """
                class RawHttp
                {
                    public const string Accepted = "https://contoso.openai.azure.com/openai";
                    public const string Reported = [|"https://api.anthropic.com/v1/messages"|];
                }
                """)
            .WithStacks(TestStacks.None)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.excluded_vendors = azure-openai
                """)
            .RunAsync();
    }
}
