using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.Verify<LockInAnalyzer.Coupling.VendorTypeInPublicApiAnalyzer>;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>LOCK002: a vendor type in a signature other assemblies can see, reported once per position, on the type as written.</summary>
    public class VendorTypeInPublicApiTests
    {
        [Fact]
        public Task ReturnType() => Verifier.AnalyzerAsync(
            """
            public class ChatFactory
            {
                public {|#0:OpenAI.Chat.ChatClient|} Create() => new("model", "key");
            }
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'ChatFactory.Create()' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task ParameterPropertyFieldAndEvents() => Verifier.AnalyzerAsync(
            """
            using System;
            using Anthropic;

            public class Service
            {
                public void Use({|#0:AnthropicClient|} client) { }
                public {|#1:AnthropicClient?|} Client { get; set; }
                public {|#2:AnthropicClient?|} Field;
                public event {|#3:Action<AnthropicClient>?|} Created;
                public event {|#4:EventHandler<OpenAI.Chat.ChatCompletion>|} Completed { add { } remove { } }
            }
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage(Exposes("Service.Use(AnthropicClient)")),
            Verifier.Diagnostic("LOCK002").At(1).WithMessage(Exposes("Service.Client")),
            Verifier.Diagnostic("LOCK002").At(2).WithMessage(Exposes("Service.Field")),
            Verifier.Diagnostic("LOCK002").At(3).WithMessage(Exposes("Service.Created")),
            Verifier.Diagnostic("LOCK002").At(4).WithMessage(Exposes("Service.Completed", "OpenAI.Chat.ChatCompletion", "OpenAI")));

        [Fact]
        public Task GenericTupleArrayAndIndexerPositions() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using OpenAI.Chat;

            public class Service
            {
                public [|Task<ChatCompletion>|] AskAsync() => null!;
                public [|IReadOnlyList<ChatClient>|] Clients => null!;
                public [|ChatClient[]|] Array => null!;
                public [|(ChatClient Client, int Weight)|] Weighted => default;
                public string this[[|ChatClient|] client] => "";
            }
            """);

        [Fact]
        public Task BaseTypeAndInterfaces() => Verifier.AnalyzerAsync(
            """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic.Credentials;

            public class LoggingChatClient : {|#0:OpenAI.Chat.ChatClient|}
            {
            }

            public class Tokens : [|IIdentityTokenProvider|], [|IEnumerable<OpenAI.Chat.ChatClient>|]
            {
                public Task<string> GetIdentityTokenAsync(CancellationToken cancellationToken) => Task.FromResult("");
                IEnumerator<OpenAI.Chat.ChatClient> IEnumerable<OpenAI.Chat.ChatClient>.GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }

            public interface IChatSource : [|IEnumerable<OpenAI.Chat.ChatClient>|]
            {
                [|OpenAI.Chat.ChatClient|] Primary { get; }
            }
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'LoggingChatClient' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task BaseTypeWrittenThroughAnAliasIsReportedOnTheDeclaration() => Verifier.AnalyzerAsync(
            """
            using Base = OpenAI.Chat.ChatClient;

            public class {|#0:LoggingChatClient|} : Base
            {
            }
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'LoggingChatClient' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task DelegateAndOperator() => Verifier.AnalyzerAsync(
            """
            public delegate [|OpenAI.Chat.ChatClient|] ChatFactory([|Anthropic.AnthropicClient|] fallback, string model);

            public sealed class Wrapper
            {
                public static implicit operator [|OpenAI.Chat.ChatClient|](Wrapper wrapper) => null!;
            }
            """);

        [Fact]
        public Task GenericConstraints() => Verifier.AnalyzerAsync(
            """
            public class Factory
            {
                public T Create<T>() where T : {|#0:OpenAI.Chat.ChatClient|}, new() => new T();
            }

            public class Pool<TClient> where TClient : [|Anthropic.IAnthropicClient|]
            {
            }

            public delegate TClient Make<TClient>() where TClient : [|OpenAI.Chat.ChatClient|];

            internal class Hidden<T> where T : OpenAI.Chat.ChatClient
            {
            }
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'Factory.Create<T>()' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task RecordPositionalParameterIsReportedOnce() => Verifier.AnalyzerAsync(
            """
            public record ChatSettings({|#0:OpenAI.Chat.ChatClient|} Client, string Name);
            """,
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'ChatSettings.ChatSettings(ChatClient, string)' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task SeveralFieldsInOneDeclarationAreReportedOnce() => Verifier.AnalyzerAsync(
            """
            public class Service
            {
                public {|#0:OpenAI.Chat.ChatClient?|} Primary, Secondary;
                public event {|#1:System.Action<Anthropic.AnthropicClient>?|} Created, Deleted;
            }
            """,
            Verifier.Diagnostic("LOCK002").At(1).WithMessage("'Service.Created' exposes 'Anthropic.AnthropicClient' from Anthropic in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK002").At(0).WithMessage("'Service.Primary' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task ProtectedMembersAreVisibleToDerivedAssemblies() => Verifier.AnalyzerAsync(
            """
            public class Service
            {
                protected [|OpenAI.Chat.ChatClient?|] Client { get; set; }
                protected internal void Use([|Anthropic.AnthropicClient|] client) { }
                public Service([|Anthropic.AnthropicClient|] client) { }
            }
            """);

        [Fact]
        public Task InternalAndPrivateSignaturesAreNotPublicApi() => Verifier.AnalyzerAsync(
            """
            internal class InternalService
            {
                public OpenAI.Chat.ChatClient? Client { get; set; }
                public class NestedPublic
                {
                    public OpenAI.Chat.ChatClient? Client { get; set; }
                }
            }

            public class PublicService
            {
                private OpenAI.Chat.ChatClient? _client;
                internal OpenAI.Chat.ChatClient? Internal { get; set; }
                private protected void Use(Anthropic.AnthropicClient client) { }
                private class Nested : OpenAI.Chat.ChatClient { }
                public void Run()
                {
                    OpenAI.Chat.ChatClient? local = null;
                    void LocalFunction(OpenAI.Chat.ChatClient client) { }
                    System.Func<OpenAI.Chat.ChatClient, int> lambda = client => 0;
                }
            }

            public class Anchor
            {
                public [|OpenAI.Chat.ChatClient|] Visible() => null!;
            }
            """);

        [Fact]
        public Task AdaptersMayExposeVendorTypes() => new AnalyzerTest(new VendorTypeInPublicApiAnalyzer())
            .WithSource(
                """
                namespace Contoso.Adapters.OpenAi
                {
                    public class ChatAdapter
                    {
                        public OpenAI.Chat.ChatClient Client { get; } = new("model", "key");
                    }
                }

                namespace Contoso.Domain
                {
                    [LockInAdapter]
                    public class AttributedAdapter
                    {
                        public Anthropic.AnthropicClient Client { get; } = new();
                    }

                    public class Service
                    {
                        public [|Anthropic.AnthropicClient?|] Client { get; set; }
                    }

                    sealed class LockInAdapterAttribute : System.Attribute { }
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = Contoso.Adapters
                """)
            .RunAsync();

        [Fact]
        public Task AnExcludedVendorDoesNotHideAnotherVendorInTheSameSignature() => new AnalyzerTest(new VendorTypeInPublicApiAnalyzer())
            .WithSource(
                """
                public class Service
                {
                    public void Use(Anthropic.AnthropicClient accepted, {|#0:OpenAI.Chat.ChatClient|} reported) { }
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.excluded_vendors = anthropic
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK002").At(0).WithMessage("'Service.Use(AnthropicClient, ChatClient)' exposes 'OpenAI.Chat.ChatClient' from OpenAI in its public API, so every consumer is locked in too; expose Microsoft.Extensions.AI.IChatClient instead"))
            .RunAsync();

        [Fact]
        public Task NothingWithoutAVendorAssembly() => Verifier.Test(
                """
                namespace OpenAI.Chat
                {
                    public class ChatClient { }
                }

                public class Service
                {
                    public OpenAI.Chat.ChatClient Client { get; } = new();
                }
                """)
            .WithStacks(TestStacks.None)
            .RunAsync();

        private static string Exposes(string member, string type = "Anthropic.AnthropicClient", string vendor = "Anthropic", string advice = "Microsoft.Extensions.AI.IChatClient") =>
            "'" + member + "' exposes '" + type + "' from " + vendor + " in its public API, so every consumer is locked in too; expose " + advice + " instead";
    }
}
