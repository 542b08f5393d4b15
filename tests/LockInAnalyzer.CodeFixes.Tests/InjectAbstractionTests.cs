using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    /// <summary>
    /// "Depend on Microsoft.Extensions.AI" where the project references the provider's adapter (Microsoft.Extensions.AI.OpenAI):
    /// a client the domain type builds in its constructor is injected instead, and its creators build it with <c>AsIChatClient()</c>.
    /// </summary>
    public sealed class InjectAbstractionTests
    {
        private const string Key = DependOnAbstractionCodeFixProvider.EquivalenceKey;

        private const string Service = """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            namespace Contoso.Domain;

            public sealed class Summarizer
            {
                private readonly ChatClient _chat;
                private readonly string tone;

                public Summarizer(string apiKey, string tone, int retries = 1)
                {
                    _chat = new ChatClient("gpt-4o-mini", apiKey);
                    this.tone = tone;
                }

                public async Task<string> SummarizeAsync(string text) => (await _chat.CompleteChatAsync(tone + text)).Value.Content[0].Text;
            }
            """;

        private static FixTest Test(string compositionRoot) => Console(new FixTest())
            .WithStacks(Stacks.OpenAI | Stacks.ExtensionsAIOpenAI)
            .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = *.Adapters\n")
            .WithSource("Domain/Summarizer.cs", Service)
            .WithSource("Program.cs", compositionRoot);

        private static FixTest Console(FixTest test)
        {
            test.App.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            return test;
        }

        [Fact]
        public async Task A_client_built_in_the_constructor_is_injected_and_built_with_the_provider_adapter_in_the_composition_root()
        {
            var test = Test("""
                using Contoso.Domain;

                var summarizer = new Summarizer(args[0], "Briefly: ");
                var other = new Summarizer(tone: "Politely: ", apiKey: args[1], retries: 2);
                System.Console.WriteLine(await summarizer.SummarizeAsync("text") + await other.SummarizeAsync("text"));
                """);

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "Domain/Summarizer.cs", "ChatClient _chat");

            result.AssertText("Domain/Summarizer.cs", """
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                namespace Contoso.Domain;

                public sealed class Summarizer
                {
                    private readonly IChatClient _chat;
                    private readonly string tone;

                    public Summarizer(IChatClient chat, string tone, int retries = 1)
                    {
                        _chat = chat;
                        this.tone = tone;
                    }

                    public async Task<string> SummarizeAsync(string text) => (await _chat.GetResponseAsync(tone + text)).Text;
                }
                """);
            result.AssertText("Program.cs", """
                using Contoso.Domain;
                using Microsoft.Extensions.AI;
                using OpenAI.Chat;

                var summarizer = new Summarizer(new ChatClient("gpt-4o-mini", args[0]).AsIChatClient(), "Briefly: ");
                var other = new Summarizer(tone: "Politely: ", retries: 2, chat: new ChatClient("gpt-4o-mini", args[1]).AsIChatClient());
                System.Console.WriteLine(await summarizer.SummarizeAsync("text") + await other.SummarizeAsync("text"));
                """);
            result.AssertCompiles();
            Assert.Empty(result.AddedDocuments());
        }

        [Fact]
        public async Task Created_in_domain_code_the_client_is_wrapped_in_place_with_the_provider_adapter_and_no_adapter_is_generated()
        {
            // The only creator is another domain type: moving the construction there would move the lock-in, not remove it.
            var test = new FixTest()
                .WithStacks(Stacks.OpenAI | Stacks.ExtensionsAIOpenAI)
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = *.Adapters\n")
                .WithSource("Domain/Summarizer.cs", Service)
                .WithSource("Domain/Desk.cs", "namespace Contoso.Domain;\n\npublic sealed class Desk\n{\n    public Summarizer Create(string key) => new Summarizer(key, \"\");\n}\n");

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "Domain/Summarizer.cs", "ChatClient _chat");

            Assert.Contains("_chat = new ChatClient(\"gpt-4o-mini\", apiKey).AsIChatClient();", result.Text("Domain/Summarizer.cs"));
            Assert.Contains("public Summarizer(string apiKey, string tone, int retries = 1)", result.Text("Domain/Summarizer.cs"));
            Assert.Equal("namespace Contoso.Domain;\n\npublic sealed class Desk\n{\n    public Summarizer Create(string key) => new Summarizer(key, \"\");\n}\n", result.Text("Domain/Desk.cs"));
            result.AssertCompiles();
            Assert.Empty(result.AddedDocuments());
        }

        [Fact]
        public async Task A_construction_that_reads_instance_state_is_not_moved()
        {
            var test = Console(new FixTest())
                .WithStacks(Stacks.OpenAI | Stacks.ExtensionsAIOpenAI)
                .WithSource("Domain/C.cs", """
                    using System.Threading.Tasks;
                    using OpenAI.Chat;

                    namespace Contoso.Domain;

                    public sealed class C
                    {
                        private readonly string model = "m";
                        private readonly ChatClient chat;

                        public C(string key)
                        {
                            chat = new ChatClient(model, key);
                        }

                        public async Task<string> Ask() => (await chat.CompleteChatAsync("hi")).Value.Content[0].Text;
                    }
                    """)
                .WithSource("Program.cs", "System.Console.WriteLine(new Contoso.Domain.C(args[0]).Ask());\n");

            var result = await test.ApplyAsync(new DependOnAbstractionCodeFixProvider(), Key, "LOCK001", "Domain/C.cs", "ChatClient chat");

            Assert.Contains("public C(string key)", result.Text("Domain/C.cs"));
            Assert.Contains("chat = new ChatClient(model, key).AsIChatClient();", result.Text("Domain/C.cs"));
            Assert.Equal("System.Console.WriteLine(new Contoso.Domain.C(args[0]).Ask());\n", result.Text("Program.cs"));
            result.AssertCompiles();
        }
    }
}
