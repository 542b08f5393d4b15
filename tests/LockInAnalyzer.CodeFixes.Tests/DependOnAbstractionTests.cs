using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    public sealed class DependOnAbstractionTests
    {
        private const string Key = DependOnAbstractionCodeFixProvider.EquivalenceKey;

        /// <summary>The adapter generated where Microsoft.Extensions.AI.OpenAI is not referenced, with the constructor the domain code used.</summary>
        internal const string OpenAIChatAdapterFile = """
            #nullable enable

            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Runtime.CompilerServices;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            namespace Contoso.Support.Infrastructure.Ai;

            /// <summary>Adapts an OpenAI <see cref="ChatClient"/> to <see cref="IChatClient"/>: the only code that knows OpenAI chat.</summary>
            public sealed class OpenAIChatClientAdapter : IChatClient
            {
                private readonly ChatClient client;

                public OpenAIChatClientAdapter(ChatClient client)
                {
                    this.client = client ?? throw new ArgumentNullException(nameof(client));
                }

                public OpenAIChatClientAdapter(string model, string apiKey)
                    : this(new ChatClient(model, apiKey))
                {
                }

                public async Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                {
                    ChatCompletion completion = await client.CompleteChatAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken).ConfigureAwait(false);
                    var text = string.Concat(completion.Content.Select(part => part.Text));
                    return new ChatResponse(new Microsoft.Extensions.AI.ChatMessage(ChatRole.Assistant, text)) { ModelId = completion.Model, ResponseId = completion.Id };
                }

                public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
                {
                    await foreach (var update in client.CompleteChatStreamingAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken).ConfigureAwait(false))
                    {
                        yield return new ChatResponseUpdate(ChatRole.Assistant, string.Concat(update.ContentUpdate.Select(part => part.Text))) { ModelId = update.Model, ResponseId = update.CompletionId };
                    }
                }

                public object? GetService(Type serviceType, object? serviceKey = null) =>
                    serviceKey is not null ? null : serviceType.IsInstanceOfType(this) ? this : serviceType.IsInstanceOfType(client) ? client : null;

                public void Dispose()
                {
                }

                private static List<OpenAI.Chat.ChatMessage> ToOpenAI(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages) =>
                    messages.Select(message => message.Role == ChatRole.System ? new SystemChatMessage(message.Text)
                        : message.Role == ChatRole.Assistant ? new AssistantChatMessage(message.Text)
                        : (OpenAI.Chat.ChatMessage)new UserChatMessage(message.Text)).ToList();

                private static ChatCompletionOptions? ToOpenAI(ChatOptions? options) =>
                    options is null ? null : new ChatCompletionOptions
                    {
                        Temperature = options.Temperature,
                        TopP = options.TopP,
                        MaxOutputTokenCount = options.MaxOutputTokens,
                        FrequencyPenalty = options.FrequencyPenalty,
                        PresencePenalty = options.PresencePenalty,
                    };
            }

            """;

        [Fact]
        public async Task OpenAI_chat_client_in_a_domain_type()
        {
            var test = new FixTest()
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = *.Infrastructure.Ai\n")
                .WithSource("Domain/Triage.cs", """
                    using System.Collections.Generic;
                    using System.Threading;
                    using System.Threading.Tasks;
                    using OpenAI.Chat;

                    namespace Contoso.Support.Domain;

                    /// <summary>Decides how urgent a ticket is.</summary>
                    public sealed class Triage
                    {
                        private readonly ChatClient chat; // the vendor client

                        public Triage(string apiKey)
                        {
                            chat = new ChatClient("gpt-4o", apiKey);
                        }

                        public async Task<string> TriageAsync(string subject, CancellationToken cancellationToken = default)
                        {
                            var messages = new List<ChatMessage>
                            {
                                new SystemChatMessage("Answer with one word."), // system prompt
                                new UserChatMessage(subject),
                            };

                            ChatCompletion completion = await chat.CompleteChatAsync(messages, cancellationToken: cancellationToken);
                            return completion.Content[0].Text.Trim();
                        }

                        public async Task<string> AskAsync(string question) =>
                            (await chat.CompleteChatAsync(question)).Value.Content[0].Text;

                        public ChatClient Client => chat;
                    }
                    """)
                .WithSource("Infrastructure/Ai/Marker.cs", "namespace Contoso.Support.Infrastructure.Ai;\n\ninternal static class Marker\n{\n}\n");

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "Domain/Triage.cs", "ChatClient chat;");

            result.AssertText("Domain/Triage.cs", """
                using System.Collections.Generic;
                using System.Threading;
                using System.Threading.Tasks;
                using Contoso.Support.Infrastructure.Ai;
                using Microsoft.Extensions.AI;

                namespace Contoso.Support.Domain;

                /// <summary>Decides how urgent a ticket is.</summary>
                public sealed class Triage
                {
                    private readonly IChatClient chat; // the vendor client

                    public Triage(string apiKey)
                    {
                        chat = new OpenAIChatClientAdapter("gpt-4o", apiKey);
                    }

                    public async Task<string> TriageAsync(string subject, CancellationToken cancellationToken = default)
                    {
                        var messages = new List<ChatMessage>
                        {
                            new ChatMessage(ChatRole.System, "Answer with one word."), // system prompt
                            new ChatMessage(ChatRole.User, subject),
                        };

                        ChatResponse completion = await chat.GetResponseAsync(messages, cancellationToken: cancellationToken);
                        return completion.Text.Trim();
                    }

                    public async Task<string> AskAsync(string question) =>
                        (await chat.GetResponseAsync(question)).Text;

                    public IChatClient Client => chat;
                }
                """);
            result.AssertText("Infrastructure/Ai/OpenAIChatClientAdapter.cs", OpenAIChatAdapterFile);
            result.AssertCompiles();
            Assert.Equal(new[] { "/src/App/Infrastructure/Ai/OpenAIChatClientAdapter.cs" }, result.AddedDocuments());
            Assert.DoesNotContain(await result.DiagnosticsAsync("LOCK001"), d => d.Location.SourceTree!.FilePath.Contains("Domain"));
        }
    
        private const string Drafts = """
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            namespace Contoso.Support.Domain;

            public sealed class ReplyDraftService(AnthropicClient client)
            {
                public async Task<string> DraftAsync(string body, CancellationToken cancellationToken = default)
                {
                    var parameters = new MessageCreateParams
                    {
                        Model = "claude-sonnet-4-5",
                        MaxTokens = 512,
                        Messages = [new UserMessageParam { Content = $"Draft a polite reply to: {body}" }],
                    };

                    var message = await client.Messages.Create(parameters, cancellationToken);
                    return string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty));
                }
            }
            """;

        private const string CompositionRoot = """
            using Anthropic;
            using Contoso.Support.Domain;

            namespace Contoso.Support.Infrastructure.Ai;

            public static class Services
            {
                public static ReplyDraftService Create(string apiKey) => new ReplyDraftService(new AnthropicClient { ApiKey = apiKey });
            }
            """;

        [Fact]
        public async Task Anthropic_client_is_wrapped_with_the_package_adapter_at_its_construction_site()
        {
            var test = new FixTest()
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = *.Infrastructure.Ai\n")
                .WithSource("Domain/ReplyDraftService.cs", Drafts)
                .WithSource("Infrastructure/Ai/Services.cs", CompositionRoot);

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK002", "Domain/ReplyDraftService.cs", "AnthropicClient client");

            result.AssertText("Domain/ReplyDraftService.cs", """
                using System.Linq;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                namespace Contoso.Support.Domain;

                public sealed class ReplyDraftService(IChatClient client)
                {
                    public async Task<string> DraftAsync(string body, CancellationToken cancellationToken = default)
                    {
                        var parameters = new ChatOptions { ModelId = "claude-sonnet-4-5", MaxOutputTokens = 512 };

                        var message = await client.GetResponseAsync($"Draft a polite reply to: {body}", parameters, cancellationToken: cancellationToken);
                        return message.Text;
                    }
                }
                """);
            result.AssertText("Infrastructure/Ai/Services.cs", """
                using Anthropic;
                using Contoso.Support.Domain;
                using Microsoft.Extensions.AI;

                namespace Contoso.Support.Infrastructure.Ai;

                public static class Services
                {
                    public static ReplyDraftService Create(string apiKey) => new ReplyDraftService(new AnthropicClient { ApiKey = apiKey }.AsIChatClient());
                }
                """);
            result.AssertCompiles();
            Assert.Empty(result.AddedDocuments());
        }

        [Theory]
        [InlineData("chat.CompleteChat(\"hi\")", "an unmapped (synchronous) member")]
        [InlineData("Use(ref chat)", "a ref use")]
        [InlineData("(object)chat", "a use the map does not know")]
        [InlineData("((dynamic)chat).CompleteChatAsync(\"hi\")", "dynamic")]
        [InlineData("chat.CompleteChatAsync(new ChatMessage[] { new ToolChatMessage(\"id\", \"x\") })", "messages that cannot be converted")]
        [InlineData("chat.CompleteChatAsync(\"hi\").Result.Value.Usage", "an unmapped result member")]
        public async Task Not_offered_where_a_use_cannot_be_migrated(string use, string why)
        {
            var test = new FixTest().WithSource("C.cs", """
                using OpenAI.Chat;

                namespace Contoso;

                internal sealed class C
                {
                    private ChatClient chat = new ChatClient("model", "key");

                    public object Run() => USE;

                    private static object Use(ref ChatClient client) => client;
                }
                """.Replace("USE", use));
            Assert.NotNull(why);
            await test.AssertNotOfferedAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "C.cs", "ChatClient chat");
        }

        [Fact]
        public async Task Not_offered_without_Microsoft_Extensions_AI()
        {
            var test = new FixTest()
                .WithStacks(Stacks.OpenAI)
                .WithSource("C.cs", "using OpenAI.Chat;\n\ninternal sealed class C\n{\n    private readonly ChatClient chat = new ChatClient(\"m\", \"k\");\n\n    public System.Threading.Tasks.Task<System.ClientModel.ClientResult<ChatCompletion>> Ask() => chat.CompleteChatAsync(\"hi\");\n}\n");
            await test.AssertNotOfferedAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "C.cs", "ChatClient chat");
        }

        [Fact]
        public async Task Not_offered_when_another_project_uses_the_vendor_typed_member()
        {
            var test = new FixTest().WithSource("Service.cs", """
                using OpenAI.Chat;

                namespace Contoso;

                public sealed class Service
                {
                    public ChatClient Chat { get; } = new ChatClient("m", "k");
                }
                """);
            var consumer = new TestProject("Consumer");
            consumer.ProjectReferences.Add("App");
            consumer.Sources.Add(("Use.cs", "namespace Consumer;\n\npublic static class Use\n{\n    public static object Model(Contoso.Service service) => service.Chat;\n}\n"));
            test.Projects.Add(consumer);
            await test.AssertNotOfferedAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK002", "Service.cs", "ChatClient Chat");
        }

        [Fact]
        public async Task Fix_all_creates_the_adapter_once_for_every_type()
        {
            var test = new FixTest()
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = Contoso.Adapters\n")
                .WithSource("A.cs", """
                    using OpenAI.Chat;

                    namespace Contoso;

                    public sealed class A
                    {
                        private readonly ChatClient chat = new ChatClient("gpt-4o", "key");

                        public async System.Threading.Tasks.Task<string> Ask(string q) => (await chat.CompleteChatAsync(q)).Value.Content[0].Text;
                    }
                    """)
                .WithSource("B.cs", """
                    using OpenAI.Chat;

                    namespace Contoso;

                    public sealed class B
                    {
                        private readonly ChatClient chat = new ChatClient("gpt-4o-mini", new System.ClientModel.ApiKeyCredential("key"));

                        public async System.Threading.Tasks.Task<string> Ask(string q)
                        {
                            var result = await chat.CompleteChatAsync(q);
                            return result.Value.Content[0].Text;
                        }
                    }
                    """);

            var result = await test.FixAllAsync(new DependOnAbstractionCodeFixProvider(), Key, FixAllScope.Solution, "A.cs", "LOCK001", "LOCK002");

            result.AssertText("A.cs", """
                using Contoso.Adapters;
                using Microsoft.Extensions.AI;

                namespace Contoso;

                public sealed class A
                {
                    private readonly IChatClient chat = new OpenAIChatClientAdapter("gpt-4o", "key");

                    public async System.Threading.Tasks.Task<string> Ask(string q) => (await chat.GetResponseAsync(q)).Text;
                }
                """);
            result.AssertText("B.cs", """
                using Contoso.Adapters;
                using Microsoft.Extensions.AI;

                namespace Contoso;

                public sealed class B
                {
                    private readonly IChatClient chat = new OpenAIChatClientAdapter("gpt-4o-mini", new System.ClientModel.ApiKeyCredential("key"));

                    public async System.Threading.Tasks.Task<string> Ask(string q)
                    {
                        var result = await chat.GetResponseAsync(q);
                        return result.Text;
                    }
                }
                """);
            Assert.Equal(new[] { "/src/App/Adapters/OpenAIChatClientAdapter.cs" }, result.AddedDocuments());
            var adapter = result.Text("Adapters/OpenAIChatClientAdapter.cs");
            Assert.Contains("public OpenAIChatClientAdapter(string model, string apiKey)\n        : this(new ChatClient(model, apiKey))", adapter);
            Assert.Contains("public OpenAIChatClientAdapter(string model, System.ClientModel.ApiKeyCredential credential)\n        : this(new ChatClient(model, credential))", adapter);
            result.AssertCompiles();
            Assert.Empty(await result.DiagnosticsAsync("LOCK001").ContinueWith(t => t.Result.Where(d => !d.Location.SourceTree!.FilePath.Contains("Adapters")).ToArray()));
        }

        [Fact]
        public async Task Embedding_client_becomes_an_embedding_generator()
        {
            var test = new FixTest()
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = Contoso.Adapters\n")
                .WithSource("Search.cs", """
                    using System;
                    using System.Threading.Tasks;
                    using OpenAI.Embeddings;

                    namespace Contoso;

                    public sealed class Search(EmbeddingClient embeddings)
                    {
                        public async Task<ReadOnlyMemory<float>> VectorAsync(string text)
                        {
                            OpenAIEmbedding embedding = await embeddings.GenerateEmbeddingAsync(text);
                            return embedding.ToFloats();
                        }
                    }
                    """)
                .WithSource("Adapters/Root.cs", """
                    using OpenAI.Embeddings;

                    namespace Contoso.Adapters;

                    public static class Root
                    {
                        public static Search Create() => new Search(new EmbeddingClient("text-embedding-3-small", "key"));
                    }
                    """);

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK002", "Search.cs", "EmbeddingClient embeddings");

            result.AssertText("Search.cs", """
                using System;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                namespace Contoso;

                public sealed class Search(IEmbeddingGenerator<string, Embedding<float>> embeddings)
                {
                    public async Task<ReadOnlyMemory<float>> VectorAsync(string text)
                    {
                        Embedding<float> embedding = await embeddings.GenerateAsync(text);
                        return embedding.Vector;
                    }
                }
                """);
            result.AssertText("Adapters/Root.cs", """
                using OpenAI.Embeddings;

                namespace Contoso.Adapters;

                public static class Root
                {
                    public static Search Create() => new Search(new OpenAIEmbeddingGeneratorAdapter(new EmbeddingClient("text-embedding-3-small", "key")));
                }
                """);
            Assert.Equal(new[] { "/src/App/Adapters/OpenAIEmbeddingGeneratorAdapter.cs" }, result.AddedDocuments());
            result.AssertCompiles();
        }
}
}

