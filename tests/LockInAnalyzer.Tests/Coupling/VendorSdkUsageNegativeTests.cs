using System.Threading.Tasks;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.VerifyPerUse;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>Where LOCK001 must stay quiet: the way out, code that only looks like a vendor's, and code nobody wrote by hand.</summary>
    public class VendorSdkUsageNegativeTests
    {
        [Fact]
        public Task MicrosoftExtensionsAIIsTheWayOut() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Service
            {
                private readonly IChatClient _chat;
                private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;

                public Service(IChatClient chat, IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    _chat = chat;
                    _embeddings = embeddings;
                }

                public async Task<string> Ask(string question)
                {
                    var messages = new List<ChatMessage> { new ChatMessage(ChatRole.User, question) };
                    var response = await _chat.GetResponseAsync(messages, new ChatOptions { ModelId = "configured" });
                    return response.Text;
                }

                // The vendor's own ChatMessage next to the neutral one is still reported: the analyzer is running.
                private [|OpenAI.Chat.ChatMessage|]? _vendorMessage;
            }
            """);

        [Fact]
        public Task AnthropicAsIChatClientFlagsTheClientNotTheAdapterCallNorUseThroughIChatClient() => Verifier.AnalyzerAsync(
            """
            using System;
            using System.Threading.Tasks;
            using Anthropic;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.DependencyInjection;

            class Registration
            {
                public static IChatClient FromServices(IServiceProvider services) =>
                    services.GetRequiredService<{|#0:AnthropicClient|}>().AsIChatClient("model");

                public static IChatClient Create() => new {|#1:AnthropicClient|}().AsIChatClient();

                public static IChatClient Explicit([|IAnthropicClient|] client) => AnthropicClientExtensions.AsIChatClient(client);

                public static async Task<string> Use(IChatClient chat) => (await chat.GetResponseAsync("hi")).Text;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'Anthropic.AnthropicClient' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'Anthropic.AnthropicClient' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task VendorMembersThatServeANeutralContractAreNotReported() => Verifier.Test(
                """
                using System;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;
                using Mistral.SDK;
                using Mistral.SDK.Completions;

                class Service
                {
                    public async Task<string> Ask()
                    {
                        var client = new {|#0:MistralClient|}("key");
                        IChatClient chat = client.{|#1:Completions|};
                        var viaInterface = await chat.GetResponseAsync("hi");

                        [|ChatCompletionsEndpoint|] endpoint = client.{|#2:Completions|};
                        var viaVendorType = await endpoint.GetResponseAsync("hi");
                        endpoint.Dispose();
                        endpoint.{|#3:DefaultModel|} = "configured";
                        return viaInterface.Text + viaVendorType.Text;
                    }

                    public string Describe([|Anthropic.AnthropicClient|] anthropic, Exception error) =>
                        error is [|Anthropic.Exceptions.AnthropicApiException|] vendorError
                            ? vendorError.Message + vendorError.StackTrace + anthropic.GetHashCode()
                            : anthropic.ToString() ?? "";

                    public void Close([|Anthropic.AnthropicClient|] anthropic) => anthropic.Dispose();
                }
                """)
            .WithStacks(TestStacks.Default | TestStacks.MistralSdk)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Mistral.SDK.MistralClient' couples this code to Mistral AI; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage("'Mistral.SDK.MistralClient.Completions' couples this code to Mistral AI; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(3).WithMessage("'Mistral.SDK.Completions.ChatCompletionsEndpoint.DefaultModel' couples this code to Mistral AI; depend on Microsoft.Extensions.AI.IChatClient instead"))
            .RunAsync();

        [Fact]
        public Task LocalStackWithoutAnyVendorAssemblyReportsNothingFromAnyAnalyzer() => new AnalyzerTest(
                new VendorSdkUsageAnalyzer(), new VendorTypeInPublicApiAnalyzer(), new HardCodedModelIdAnalyzer(), new HardCodedEndpointAnalyzer(), new ConfigurationAnalyzer())
            .WithStacks(TestStacks.ExtensionsAI)
            .WithSource(
                """
                using System;
                using System.Net.Http;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                namespace OpenAI.Chat
                {
                    // A type spelled like the vendor's, in the vendor's namespace, but written here: not the SDK.
                    public class ChatClient
                    {
                        public string CompleteChat(string prompt) => prompt;
                    }
                }

                namespace Contoso.Local
                {
                    public class OllamaChat
                    {
                        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("http://localhost:11434") };
                        private const string Model = "llama3.2";

                        public OpenAI.Chat.ChatClient Client { get; } = new OpenAI.Chat.ChatClient();

                        public Task<string> Ask(string prompt) => _http.GetStringAsync("http://127.0.0.1:11434/api/generate?model=" + Model);

                        public ChatOptions Options() => new ChatOptions { ModelId = "phi-4" };
                    }
                }
                """)
            .RunAsync();

        [Fact]
        public Task UserCodeInANamespaceCalledOpenAIIsNotTheSdk() => Verifier.Test(
                """
                namespace OpenAI.Something
                {
                    public class Helper
                    {
                        public string Name => "helper";
                    }
                }

                namespace Contoso
                {
                    using OpenAI.Something;

                    public class UsesHelper
                    {
                        private readonly Helper _helper = new Helper();
                        public string Name => _helper.Name;

                        // Also a library of ours, compiled separately, whose namespace is OpenAI.Something.
                        public string Library()
                        {
                            var client = new ChatClient("model");
                            return client.CompleteChat("x") + client.Shout("y") + ChatClient.Default.Model;
                        }

                        // The real SDK next to it is still reported.
                        private [|OpenAI.Chat.ChatClient|]? _real;
                    }
                }
                """)
            .WithStacks(TestStacks.Default | TestStacks.UserOpenAINamespace)
            .RunAsync();

        [Fact]
        public Task CommentsStringsAndDocumentationMentionTypesWithoutDependingOnThem() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            /// <summary>Replaces <see cref="ChatClient"/> and <see cref="OpenAI.Chat.ChatClient.CompleteChat(ChatMessage[])"/>.</summary>
            /// <seealso cref="global::Anthropic.AnthropicClient"/>
            class Service
            {
                // private ChatClient _client = new ChatClient("gpt-4o", key);
                /* Anthropic.AnthropicClient */
                public string Name => "OpenAI.Chat.ChatClient";

                private [|ChatClient|]? _real;
            }
            """);

        [Fact]
        public Task ImportsAloneCoupleNothing() => Verifier.AnalyzerAsync(
            """
            using OpenAI;
            using OpenAI.Chat;
            using Anthropic;
            using static OpenAI.Chat.ChatMessage;
            using global::Anthropic.Models.Messages;

            class Service
            {
                private [|ChatClient|]? _used;
            }
            """);

        [Fact]
        public Task GeneratedCodeIsSkipped() => Verifier.Test(
                """
                // <auto-generated/>
                using OpenAI.Chat;

                class Generated
                {
                    private ChatClient? _client;
                    public object Ask() => _client!.CompleteChat("x");
                }
                """)
            .WithSource(
                """
                class GeneratedByName
                {
                    private OpenAI.Chat.ChatClient? _client;
                }
                """,
                "/src/obj/Client.g.cs")
            .WithSource(
                """
                class GeneratedByOption
                {
                    private OpenAI.Chat.ChatClient? _client;
                }
                """,
                "/src/Proxies/Proxy.cs")
            .WithSource(
                """
                class HandWritten
                {
                    private [|OpenAI.Chat.ChatClient|]? _client;
                }
                """,
                "/src/HandWritten.cs")
            .WithEditorConfig(
                """
                root = true

                [/src/Proxies/*.cs]
                generated_code = true
                """)
            .RunAsync();

        [Fact]
        public Task ExcludedVendorsAreAccepted() => Verifier.Test(
                """
                class Service
                {
                    private Anthropic.AnthropicClient? _accepted;
                    private [|OpenAI.Chat.ChatClient|]? _reported;
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.excluded_vendors = anthropic, AWS-Bedrock
                """)
            .RunAsync();
    }
}
