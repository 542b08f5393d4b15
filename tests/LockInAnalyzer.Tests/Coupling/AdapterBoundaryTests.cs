using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>Inside an adapter LOCK001 and LOCK002 stay quiet; outside it the same code is reported.</summary>
    public class AdapterBoundaryTests
    {
        private static AnalyzerTest Coupling() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new VendorTypeInPublicApiAnalyzer());

        [Fact]
        public Task NamespaceGlobWithWildcards() => Coupling()
            .WithSource(
                """
                namespace Contoso.Infrastructure.AiProviders.OpenAi
                {
                    public class ChatAdapter
                    {
                        public OpenAI.Chat.ChatClient Client { get; } = new OpenAI.Chat.ChatClient("model", "key");
                    }
                }

                namespace Contoso.Domain
                {
                    public class TicketService
                    {
                        public {|LOCK002:{|LOCK001:OpenAI.Chat.ChatClient|}?|} Client { get; set; }
                    }
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = *.Infrastructure.Ai*
                """)
            .RunAsync();

        [Fact]
        public Task NamespacePrefixCoversChildrenButNotLookalikes() => Coupling()
            .WithSource(
                """
                namespace Contoso
                {
                    namespace Adapters
                    {
                        class Outer { OpenAI.Chat.ChatClient? _a; }

                        namespace OpenAi
                        {
                            class Inner { OpenAI.Chat.ChatClient? _b; }
                        }
                    }
                }

                namespace Contoso.AdaptersExtra
                {
                    class Lookalike { {|LOCK001:OpenAI.Chat.ChatClient|}? _c; }
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = Contoso.Adapters; Contoso.Gateways
                """)
            .RunAsync();

        [Fact]
        public Task FileScopedNamespaceIncludingItsUsingAlias() => Coupling()
            .WithSource(
                """
                using Chat = OpenAI.Chat.ChatClient;

                namespace Contoso.Adapters.OpenAi;

                public class ChatAdapter
                {
                    public Chat Create() => new Chat("model", "key");
                }
                """)
            .WithSource(
                """
                using Chat = {|LOCK001:OpenAI.Chat.ChatClient|};

                namespace Contoso.Domain;

                class Service
                {
                    private Chat? _chat;
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = Contoso.Adapters
                """)
            .RunAsync();

        [Theory]
        [InlineData("lockin.adapter_project = true")]
        [InlineData("lockin.adapter_project = True")]
        public Task AdapterProjectThroughEditorConfig(string line) => Coupling()
            .WithSource(
                """
                namespace Contoso.Domain
                {
                    public class Service
                    {
                        public OpenAI.Chat.ChatClient Client { get; } = new("model", "key");
                        public object Ask() => Client.CompleteChat("x");
                    }
                }
                """)
            .WithEditorConfig("root = true\n\n[*.cs]\n" + line + "\n")
            .RunAsync();

        [Fact]
        public Task AdapterProjectThroughTheMSBuildProperty() => Coupling()
            .WithSource(
                """
                public class Service
                {
                    public Anthropic.AnthropicClient Client { get; } = new();
                }
                """)
            .WithGlobalConfig("build_property.LockInAdapterProject = true")
            .RunAsync();

        [Fact]
        public Task EmptyMSBuildPropertyIsNotAnAdapter() => Coupling()
            .WithSource(
                """
                class Service
                {
                    private {|LOCK001:Anthropic.AnthropicClient|}? _client;
                }
                """)
            .WithGlobalConfig("build_property.LockInAdapterProject = ")
            .RunAsync();

        [Fact]
        public Task EditorConfigSectionsDecideWhichFilesAreAdapters() => Coupling()
            .WithSource(
                """
                class OpenAiAdapter
                {
                    private OpenAI.Chat.ChatClient? _client;
                }
                """,
                "/src/Adapters/OpenAiAdapter.cs")
            .WithSource(
                """
                class Service
                {
                    private {|LOCK001:OpenAI.Chat.ChatClient|}? _client;
                }
                """,
                "/src/Domain/Service.cs")
            .WithEditorConfig(
                """
                root = true

                [/src/Adapters/**.cs]
                lockin.adapter_project = true
                """)
            .RunAsync();

        [Fact]
        public Task AdapterAttributeOnTheTypeOrAnEnclosingType() => Coupling()
            .WithSource(
                """
                using Contoso;

                namespace Contoso
                {
                    [System.AttributeUsage(System.AttributeTargets.Class)]
                    sealed class LockInAdapterAttribute : System.Attribute { }
                }

                [LockInAdapter]
                public class OpenAiAdapter
                {
                    public OpenAI.Chat.ChatClient Client { get; } = new("model", "key");

                    public class Nested
                    {
                        public Anthropic.AnthropicClient Other { get; } = new();
                    }
                }

                [Contoso.LockInAdapterAttribute]
                public class AnthropicAdapter
                {
                    public Anthropic.AnthropicClient Client { get; } = new();
                }

                public class NotAnAdapter
                {
                    public {|LOCK002:{|LOCK001:Anthropic.AnthropicClient|}?|} Client { get; set; }
                }
                """)
            .RunAsync();

        [Fact]
        public Task AdapterAttributeOnAnotherPartOfAPartialType() => Coupling()
            .WithSource(
                """
                [LockInAdapter]
                public partial class ChatAdapter
                {
                }

                sealed class LockInAdapterAttribute : System.Attribute { }
                """)
            .WithSource(
                """
                public partial class ChatAdapter
                {
                    public OpenAI.Chat.ChatClient Client { get; } = new("model", "key");
                    public object Ask() => Client.CompleteChat("x");
                }
                """)
            .RunAsync();

        [Fact]
        public Task ModelIdsAndEndpointsAreStillReportedInsideAdapters() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new HardCodedModelIdAnalyzer(), new HardCodedEndpointAnalyzer())
            .WithSource(
                """
                namespace Contoso.Adapters
                {
                    class OpenAiAdapter
                    {
                        private readonly OpenAI.Chat.ChatClient _client = new({|LOCK003:"gpt-4o"|}, "key");
                        private readonly System.Uri _endpoint = new({|LOCK004:"https://api.openai.com/v1"|});
                    }
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = Contoso.Adapters
                """)
            .RunAsync();
    }
}
