using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Settings;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    /// <summary>
    /// The "done when": samples/ContosoSupport, loaded into a workspace as its build sees it (its .cs files, its
    /// .editorconfig, the SDK's implicit usings, real OpenAI/Anthropic/Microsoft.Extensions.AI references), fixed with Fix All
    /// for LOCK003, LOCK004 and LOCK001, compiles and has no LOCK001 outside its adapter namespace.
    /// </summary>
    public sealed class SampleFixAllTests
    {
        private const string ImplicitUsings = """
            global using global::System;
            global using global::System.Collections.Generic;
            global using global::System.IO;
            global using global::System.Linq;
            global using global::System.Net.Http;
            global using global::System.Threading;
            global using global::System.Threading.Tasks;

            """;

        private const string ExpectedTicketTriageService = """
            using Contoso.Support.Infrastructure.Ai;
            using Microsoft.Extensions.AI;

            namespace Contoso.Support.Domain;

            /// <summary>Decides how urgent a ticket is. Written straight against the OpenAI SDK, as many first versions are.</summary>
            public sealed class TicketTriageService
            {
                private readonly IChatClient chat;

                public TicketTriageService(string apiKey)
                {
                    chat = new OpenAIChatClientAdapter(AiSettings.Current.OpenAIChatModel, apiKey);
                }

                public async Task<TicketPriority> TriageAsync(Ticket ticket, CancellationToken cancellationToken = default)
                {
                    var messages = new List<ChatMessage>
                    {
                        new ChatMessage(ChatRole.System, "Answer with one word: Low, Normal or Urgent."),
                        new ChatMessage(ChatRole.User, $"{ticket.Subject}\n\n{ticket.Body}"),
                    };

                    ChatResponse completion = await chat.GetResponseAsync(messages, cancellationToken: cancellationToken);
                    return Enum.TryParse<TicketPriority>(completion.Text.Trim(), ignoreCase: true, out var priority)
                        ? priority
                        : TicketPriority.Normal;
                }

                /// <summary>Exposes the vendor client to callers, which spreads the lock-in further.</summary>
                public IChatClient Client => chat;
            }

            """;

        private const string ExpectedReplyDraftService = """
            using Microsoft.Extensions.AI;

            namespace Contoso.Support.Domain;

            /// <summary>Drafts a reply with Claude; the model id is written into the code.</summary>
            public sealed class ReplyDraftService(IChatClient client)
            {
                public async Task<string> DraftAsync(Ticket ticket, CancellationToken cancellationToken = default)
                {
                    var parameters = new ChatOptions { ModelId = AiSettings.Current.AnthropicChatModel, MaxOutputTokens = 512 };

                    var message = await client.GetResponseAsync($"Draft a polite reply to: {ticket.Body}", parameters, cancellationToken: cancellationToken);
                    return message.Text;
                }
            }

            """;

        private const string ExpectedAiSettings = """
            namespace Contoso.Support;

            /// <summary>
            /// The AI model ids and endpoints of this project, in one place. Bind the configuration section
            /// <see cref="SectionName"/> to <see cref="Current"/> at startup; the defaults are the values that were written in code.
            /// </summary>
            public sealed class AiSettings
            {
                /// <summary>The configuration section these settings are read from.</summary>
                public const string SectionName = "Ai";

                /// <summary>The settings in effect.</summary>
                public static AiSettings Current { get; set; } = new AiSettings();

                /// <summary>The model id; configuration key <c>Ai:AnthropicChatModel</c>.</summary>
                public string AnthropicChatModel { get; set; } = "claude-sonnet-4-5";

                /// <summary>The model id; configuration key <c>Ai:OpenAIChatModel</c>.</summary>
                public string OpenAIChatModel { get; set; } = "gpt-4o";

                /// <summary>The model id; configuration key <c>Ai:OpenAIEmbeddingModel</c>.</summary>
                public string OpenAIEmbeddingModel { get; set; } = "text-embedding-3-small";

                /// <summary>The endpoint; configuration key <c>Ai:OpenAIEndpoint</c>.</summary>
                public string OpenAIEndpoint { get; set; } = "https://api.openai.com/v1/";
            }

            """;

        /// <summary>With Microsoft.Extensions.AI.OpenAI referenced: no vendor, no adapter, the abstraction injected.</summary>
        private const string ExpectedInjectedTicketTriageService = """
            using Microsoft.Extensions.AI;

            namespace Contoso.Support.Domain;

            /// <summary>Decides how urgent a ticket is. Written straight against the OpenAI SDK, as many first versions are.</summary>
            public sealed class TicketTriageService
            {
                private readonly IChatClient chat;

                public TicketTriageService(IChatClient chat)
                {
                    this.chat = chat;
                }

                public async Task<TicketPriority> TriageAsync(Ticket ticket, CancellationToken cancellationToken = default)
                {
                    var messages = new List<ChatMessage>
                    {
                        new ChatMessage(ChatRole.System, "Answer with one word: Low, Normal or Urgent."),
                        new ChatMessage(ChatRole.User, $"{ticket.Subject}\n\n{ticket.Body}"),
                    };

                    ChatResponse completion = await chat.GetResponseAsync(messages, cancellationToken: cancellationToken);
                    return Enum.TryParse<TicketPriority>(completion.Text.Trim(), ignoreCase: true, out var priority)
                        ? priority
                        : TicketPriority.Normal;
                }

                /// <summary>Exposes the vendor client to callers, which spreads the lock-in further.</summary>
                public IChatClient Client => chat;
            }

            """;

        /// <summary>The composition root builds the client the domain used to build, with the provider's adapter.</summary>
        private const string ExpectedInjectedSupportServices = """
            using Anthropic;
            using Contoso.Support.Domain;
            using Microsoft.Extensions.AI;
            using OpenAI.Chat;

            namespace Contoso.Support.Infrastructure.Ai;

            /// <summary>The composition root: picks the vendors. It lives in the adapter namespace, so it is not reported.</summary>
            public static class SupportServices
            {
                public static (TicketTriageService Triage, ChatTriageService NeutralTriage, ReplyDraftService Drafts) Create(string apiKey, string chatModel) =>
                    (new TicketTriageService(new ChatClient(AiSettings.Current.OpenAIChatModel, apiKey).AsIChatClient()),
                     new ChatTriageService(new OpenAiChatAdapter(new ChatClient(chatModel, apiKey))),
                     new ReplyDraftService(new AnthropicClient { ApiKey = apiKey }.AsIChatClient()));
            }

            """;

        private static FixTest LoadSample(Stacks stacks = Stacks.OpenAI | Stacks.Anthropic | Stacks.ExtensionsAI)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Sample");
            var test = new FixTest().WithStacks(stacks);
            test.App.RootNamespace = "Contoso.Support";
            test.App.OutputKind = OutputKind.ConsoleApplication;
            test.App.EditorConfig = File.ReadAllText(Path.Combine(folder, ".editorconfig"));
            foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                test.App.Sources.Add((Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllText(file)));
            }

            test.App.Sources.Add(("obj/GlobalUsings.g.cs", ImplicitUsings));
            return test;
        }

        [Fact]
        public async Task Fix_all_makes_the_sample_vendor_neutral_outside_its_adapters()
        {
            var test = LoadSample();
            var solution = test.CreateSolution();
            await AssertCompilesAsync(solution);
            Assert.Contains(await FixTest.DiagnosticsAsync(solution.Projects.Single()), d => d.Id == "LOCK001");

            solution = await FixAllAsync(solution, new MoveModelIdToConfigurationCodeFixProvider(), MoveModelIdToConfigurationCodeFixProvider.EquivalenceKey, "LOCK003");
            solution = await FixAllAsync(solution, new MoveEndpointToConfigurationCodeFixProvider(), MoveEndpointToConfigurationCodeFixProvider.EquivalenceKey, "LOCK004");
            solution = await FixAllAsync(solution, new DependOnAbstractionCodeFixProvider(), DependOnAbstractionCodeFixProvider.EquivalenceKey, "LOCK001");

            await AssertCompilesAsync(solution);
            var project = solution.Projects.Single();
            var remaining = await FixTest.DiagnosticsAsync(project);
            foreach (var diagnostic in remaining.Where(d => d.Id == "LOCK001" || d.Id == "LOCK002"))
            {
                var node = (await diagnostic.Location.SourceTree!.GetRootAsync()).FindNode(diagnostic.Location.SourceSpan);
                var ns = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).FirstOrDefault() ?? string.Empty;
                Assert.True(ns.StartsWith("Contoso.Support.Infrastructure.Ai", StringComparison.Ordinal), "Still coupled outside the adapters: " + diagnostic);
            }

            Assert.Empty(remaining.Where(d => d.Id == "LOCK001" || d.Id == "LOCK002"));
            var triage = project.Documents.Single(d => d.FilePath!.EndsWith("/Domain/TicketTriageService.cs", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "sample-triage.cs"), (await triage.GetTextAsync()).ToString());
            Assert.Equal(ExpectedTicketTriageService, (await triage.GetTextAsync()).ToString());
            var drafts = project.Documents.Single(d => d.FilePath!.EndsWith("/Domain/ReplyDraftService.cs", StringComparison.Ordinal));
            Assert.Equal(ExpectedReplyDraftService, (await drafts.GetTextAsync()).ToString());
            var settings = project.Documents.Single(d => d.FilePath == "/src/App/AiSettings.cs");
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "sample-settings.cs"), (await settings.GetTextAsync()).ToString());
            Assert.Equal(ExpectedAiSettings, (await settings.GetTextAsync()).ToString());
            Assert.Contains(project.Documents, d => d.FilePath == "/src/App/Infrastructure/Ai/OpenAIChatClientAdapter.cs");
        }

        [Fact]
        public async Task With_the_provider_adapter_fix_all_injects_the_abstraction_and_builds_it_with_AsIChatClient()
        {
            var solution = await FixWithProviderAdapterAsync();
            await AssertCompilesAsync(solution);
            var project = solution.Projects.Single();
            var triage = project.Documents.Single(d => d.FilePath!.EndsWith("/Domain/TicketTriageService.cs", StringComparison.Ordinal));
            var services = project.Documents.Single(d => d.FilePath!.EndsWith("/Infrastructure/Ai/SupportServices.cs", StringComparison.Ordinal));
            Assert.Equal(ExpectedInjectedTicketTriageService, (await triage.GetTextAsync()).ToString());
            Assert.Equal(ExpectedInjectedSupportServices, (await services.GetTextAsync()).ToString());
            Assert.DoesNotContain(project.Documents, d => d.FilePath!.Contains("Adapter.cs", StringComparison.Ordinal) && !d.FilePath.EndsWith("/OpenAiChatAdapter.cs", StringComparison.Ordinal));
            Assert.Empty((await FixTest.DiagnosticsAsync(project)).Where(d => d.Id == "LOCK001" || d.Id == "LOCK002"));
        }

        [Fact]
        public async Task The_fixed_domain_service_sends_an_injected_client_the_messages_the_original_sent_OpenAI()
        {
            var original = LoadSample(ProviderStacks).CreateSolution();
            var fixedSolution = await FixWithProviderAdapterAsync();
            var originalTypes = Emit(original.Projects.Single());
            var fixedTypes = Emit(fixedSolution.Projects.Single());

            // The original builds its own ChatClient: replace it with one whose transport records the request.
            var originalWire = new RecordingHandler();
            var originalService = Activator.CreateInstance(originalTypes.GetType("Contoso.Support.Domain.TicketTriageService")!, "key")!;
            originalService.GetType().GetField("chat", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(originalService, originalWire.Client());
            var originalResult = await TriageAsync(originalService, originalTypes);

            // The fixed service, given a fake IChatClient: the same messages, in order, with the same roles and text.
            var fake = new RecordingChatClient();
            var fixedResult = await TriageAsync(Activator.CreateInstance(fixedTypes.GetType("Contoso.Support.Domain.TicketTriageService")!, fake)!, fixedTypes);
            Assert.Equal(originalWire.Messages(), fake.Messages.Select(m => (m.Role.Value, m.Text)).ToList());
            Assert.Equal("Urgent", originalResult);
            Assert.Equal(originalResult, fixedResult);

            // And given the provider's adapter, as the fixed composition root builds it: the same request on the wire.
            var fixedWire = new RecordingHandler();
            var adapted = await TriageAsync(Activator.CreateInstance(fixedTypes.GetType("Contoso.Support.Domain.TicketTriageService")!, fixedWire.Client().AsIChatClient())!, fixedTypes);
            Assert.Equal(originalWire.Messages(), fixedWire.Messages());
            Assert.Equal(originalResult, adapted);
        }

        private const Stacks ProviderStacks = Stacks.OpenAI | Stacks.Anthropic | Stacks.ExtensionsAIOpenAI;

        /// <summary>The sample as if it referenced Microsoft.Extensions.AI.OpenAI 11.0.0, after Fix All for LOCK003 then LOCK001.</summary>
        private static async Task<Solution> FixWithProviderAdapterAsync()
        {
            var solution = LoadSample(ProviderStacks).CreateSolution();
            await AssertCompilesAsync(solution);
            solution = await FixAllAsync(solution, new MoveModelIdToConfigurationCodeFixProvider(), MoveModelIdToConfigurationCodeFixProvider.EquivalenceKey, "LOCK003");
            return await FixAllAsync(solution, new DependOnAbstractionCodeFixProvider(), DependOnAbstractionCodeFixProvider.EquivalenceKey, "LOCK001");
        }

        private static Assembly Emit(Project project)
        {
            var compilation = project.GetCompilationAsync().GetAwaiter().GetResult()!;
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            stream.Position = 0;
            // Each build in its own context: both are named "App"; OpenAI and Microsoft.Extensions.AI come from the test's own context.
            return new AssemblyLoadContext(project.Name + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
        }

        private static async Task<string> TriageAsync(object service, Assembly types)
        {
            var ticket = Activator.CreateInstance(types.GetType("Contoso.Support.Domain.Ticket")!, 42, "Fabrikam", "Checkout is down", "Customers cannot pay since 09:00.");
            var task = (Task)service.GetType().GetMethod("TriageAsync")!.Invoke(service, new[] { ticket, CancellationToken.None })!;
            await task;
            return task.GetType().GetProperty("Result")!.GetValue(task)!.ToString()!;
        }

        /// <summary>An OpenAI transport that records the chat request and answers "Urgent".</summary>
        private sealed class RecordingHandler : HttpMessageHandler
        {
            private string? body;

            public ChatClient Client() =>
                new ChatClient("gpt-4o", new ApiKeyCredential("key"), new OpenAIClientOptions { Transport = new HttpClientPipelineTransport(new HttpClient(this)) });

            public List<(string Role, string Text)> Messages()
            {
                using var json = JsonDocument.Parse(body ?? throw new InvalidOperationException("No request was sent."));
                return json.RootElement.GetProperty("messages").EnumerateArray()
                    .Select(m => (m.GetProperty("role").GetString()!, Text(m.GetProperty("content"))))
                    .ToList();
            }

            // The SDK writes a text message's content as a string, the adapter as an array of text parts: both mean the same text.
            private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
                ? content.GetString()!
                : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                body = await request.Content!.ReadAsStringAsync(cancellationToken);
                const string Answer = """{"id":"c1","object":"chat.completion","created":0,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"Urgent"},"finish_reason":"stop"}]}""";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Answer, Encoding.UTF8, "application/json") };
            }
        }

        /// <summary>A fake IChatClient that records the messages it is sent and answers "Urgent".</summary>
        private sealed class RecordingChatClient : IChatClient
        {
            public List<Microsoft.Extensions.AI.ChatMessage> Messages { get; } = new List<Microsoft.Extensions.AI.ChatMessage>();

            public Task<ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                Messages.AddRange(messages);
                return Task.FromResult(new ChatResponse(new Microsoft.Extensions.AI.ChatMessage(ChatRole.Assistant, "Urgent")));
            }

            public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
                throw new NotSupportedException();

            public object? GetService(Type serviceType, object? serviceKey = null) => null;

            public void Dispose()
            {
            }
        }

        private static async Task<Solution> FixAllAsync(Solution solution, CodeFixProvider provider, string key, string id)
        {
            var project = solution.Projects.Single();
            var diagnostics = await FixTest.DiagnosticsAsync(project);
            var first = diagnostics.FirstOrDefault(d => d.Id == id);
            Assert.NotNull(first);
            var document = project.GetDocument(first!.Location.SourceTree)!;
            return await FixTest.FixAllAsync(solution, document, provider, key, FixAllScope.Solution, id);
        }

        private static async Task AssertCompilesAsync(Solution solution)
        {
            foreach (var project in solution.Projects)
            {
                var compilation = (await project.GetCompilationAsync())!;
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }
        }
    }
}
