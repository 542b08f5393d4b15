using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Interfaces;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    public sealed class ExtractVendorInterfaceTests
    {
        private const string Key = ExtractVendorInterfaceCodeFixProvider.EquivalenceKey;
        private const string AdapterNamespaces = "[*.cs]\nlockin.adapter_namespaces = *.Infrastructure.Ai\n";
        private const string Marker = "namespace Contoso.Support.Infrastructure.Ai;\n\ninternal static class Marker\n{\n}\n";

        private const string Attachments = """
            // Copyright Contoso. All rights reserved.

            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using OpenAI.Files;

            namespace Contoso.Support.Domain;

            /// <summary>Reads ticket attachments stored with the AI provider.</summary>
            public sealed class Attachments
            {
                private readonly OpenAIFileClient files; // where attachments live

                public Attachments(string apiKey)
                {
                    files = new OpenAIFileClient(apiKey);
                }

                public async Task<string> ReadAsync(string fileId, CancellationToken cancellationToken = default)
                {
                    // Download and decode.
                    BinaryData data = (await files.DownloadFileAsync(fileId, cancellationToken)).Value;
                    return data.ToString();
                }

                public string Read(string fileId) => files.DownloadFile(fileId).Value.ToString();
            }
            """;

        private const string AttachmentsFixed = """
            // Copyright Contoso. All rights reserved.

            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Support.Infrastructure.Ai;

            namespace Contoso.Support.Domain;

            /// <summary>Reads ticket attachments stored with the AI provider.</summary>
            public sealed class Attachments
            {
                private readonly IOpenAIFileClient files; // where attachments live

                public Attachments(string apiKey)
                {
                    files = new OpenAIFileClientAdapter(apiKey);
                }

                public async Task<string> ReadAsync(string fileId, CancellationToken cancellationToken = default)
                {
                    // Download and decode.
                    BinaryData data = (await files.DownloadFileAsync(fileId, cancellationToken)).Value;
                    return data.ToString();
                }

                public string Read(string fileId) => files.DownloadFile(fileId).Value.ToString();
            }
            """;

        [Fact]
        public async Task OpenAI_file_client_without_Microsoft_Extensions_AI()
        {
            var test = new FixTest()
                .WithStacks(Stacks.OpenAI)
                .WithEditorConfig(AdapterNamespaces)
                .WithSource("Domain/Attachments.cs", Attachments)
                .WithSource("Infrastructure/Ai/Marker.cs", Marker);

            var result = await test.ApplyAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Domain/Attachments.cs", "OpenAIFileClient files;");

            result.AssertText("Domain/Attachments.cs", AttachmentsFixed);
            result.AssertText("Domain/IOpenAIFileClient.cs", """
                // Copyright Contoso. All rights reserved.

                using System;
                using System.ClientModel;
                using System.Threading;
                using System.Threading.Tasks;

                namespace Contoso.Support.Domain;

                /// <summary>The members of <c>OpenAI.Files.OpenAIFileClient</c> this project uses, without the vendor types; implemented by <c>Contoso.Support.Infrastructure.Ai.OpenAIFileClientAdapter</c>.</summary>
                public interface IOpenAIFileClient
                {
                    ClientResult<BinaryData> DownloadFile(string fileId, CancellationToken cancellationToken = default);

                    Task<ClientResult<BinaryData>> DownloadFileAsync(string fileId, CancellationToken cancellationToken = default);
                }

                """);
            result.AssertText("Infrastructure/Ai/OpenAIFileClientAdapter.cs", """
                // Copyright Contoso. All rights reserved.

                #nullable enable

                using System;
                using System.ClientModel;
                using System.Threading;
                using System.Threading.Tasks;
                using Contoso.Support.Domain;
                using OpenAI.Files;

                namespace Contoso.Support.Infrastructure.Ai;

                /// <summary>Adapts <see cref="OpenAIFileClient"/> to <see cref="IOpenAIFileClient"/>: the only code that knows it.</summary>
                public sealed class OpenAIFileClientAdapter : IOpenAIFileClient
                {
                    private readonly OpenAIFileClient client;

                    public OpenAIFileClientAdapter(OpenAIFileClient client)
                    {
                        this.client = client ?? throw new ArgumentNullException(nameof(client));
                    }

                    public OpenAIFileClientAdapter(string apiKey)
                        : this(new OpenAIFileClient(apiKey))
                    {
                    }

                    public ClientResult<BinaryData> DownloadFile(string fileId, CancellationToken cancellationToken = default) => client.DownloadFile(fileId, cancellationToken);

                    public Task<ClientResult<BinaryData>> DownloadFileAsync(string fileId, CancellationToken cancellationToken = default) => client.DownloadFileAsync(fileId, cancellationToken);
                }

                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
            Assert.Equal(new[] { "/src/App/Domain/IOpenAIFileClient.cs", "/src/App/Infrastructure/Ai/OpenAIFileClientAdapter.cs" }, result.AddedDocuments());
            Assert.DoesNotContain(await result.DiagnosticsAsync("LOCK001"), d => d.Location.SourceTree!.FilePath.Contains("/Domain/"));
        }

        [Fact]
        public async Task Moderation_client_injected_through_a_primary_constructor_with_block_namespaces()
        {
            var test = new FixTest()
                .WithEditorConfig(AdapterNamespaces)
                .WithSource("Domain/ModerationGate.cs", """
                    using System;
                    using System.ClientModel;
                    using System.Threading.Tasks;
                    using OpenAI.Moderations;

                    namespace Contoso.Support.Domain
                    {
                        /// <summary>Asks the provider whether a reply may be sent.</summary>
                        public sealed class ModerationGate(ModerationClient moderation)
                        {
                            public string Check(BinaryContent content) => moderation.ClassifyText(content).GetRawResponse().Content.ToString();

                            public async Task<string> CheckAsync(string text)
                            {
                                using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { input = text }));
                                ClientResult result = await moderation.ClassifyTextAsync(content);
                                return result.GetRawResponse().Content.ToString();
                            }
                        }
                    }
                    """)
                .WithSource("Infrastructure/Ai/Composition.cs", """
                    using Contoso.Support.Domain;
                    using OpenAI;

                    namespace Contoso.Support.Infrastructure.Ai
                    {
                        public static class Composition
                        {
                            public static ModerationGate Gate(OpenAIClient client) =>
                                new ModerationGate(client.GetModerationClient("omni-moderation-latest"));
                        }
                    }
                    """)
                .WithSource("Domain/Startup.cs", """
                    namespace Contoso.Support.Domain
                    {
                        public static class Startup
                        {
                            public static ModerationGate Gate(string apiKey) =>
                                new ModerationGate(new OpenAI.Moderations.ModerationClient("omni-moderation-latest", apiKey));
                        }
                    }
                    """);

            var (_, _, _, actions) = await test.ActionsAsync(new DependOnAbstractionCodeFixProvider(), "LOCK001", "Domain/ModerationGate.cs", "ModerationClient moderation");
            Assert.Empty(actions);

            var result = await test.ApplyAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Domain/ModerationGate.cs", "ModerationClient moderation");

            result.AssertText("Domain/ModerationGate.cs", """
                using System;
                using System.ClientModel;
                using System.Threading.Tasks;

                namespace Contoso.Support.Domain
                {
                    /// <summary>Asks the provider whether a reply may be sent.</summary>
                    public sealed class ModerationGate(IOpenAIModerationClient moderation)
                    {
                        public string Check(BinaryContent content) => moderation.ClassifyText(content).GetRawResponse().Content.ToString();

                        public async Task<string> CheckAsync(string text)
                        {
                            using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { input = text }));
                            ClientResult result = await moderation.ClassifyTextAsync(content);
                            return result.GetRawResponse().Content.ToString();
                        }
                    }
                }
                """);
            result.AssertText("Infrastructure/Ai/Composition.cs", """
                using Contoso.Support.Domain;
                using OpenAI;

                namespace Contoso.Support.Infrastructure.Ai
                {
                    public static class Composition
                    {
                        public static ModerationGate Gate(OpenAIClient client) =>
                            new ModerationGate(new OpenAIModerationClientAdapter(client.GetModerationClient("omni-moderation-latest")));
                    }
                }
                """);
            result.AssertText("Domain/Startup.cs", """
                using Contoso.Support.Infrastructure.Ai;

                namespace Contoso.Support.Domain
                {
                    public static class Startup
                    {
                        public static ModerationGate Gate(string apiKey) =>
                            new ModerationGate(new OpenAIModerationClientAdapter("omni-moderation-latest", apiKey));
                    }
                }
                """);
            result.AssertText("Domain/IOpenAIModerationClient.cs", """
                using System.ClientModel;
                using System.ClientModel.Primitives;
                using System.Threading.Tasks;

                namespace Contoso.Support.Domain
                {
                    /// <summary>The members of <c>OpenAI.Moderations.ModerationClient</c> this project uses, without the vendor types; implemented by <c>Contoso.Support.Infrastructure.Ai.OpenAIModerationClientAdapter</c>.</summary>
                    public interface IOpenAIModerationClient
                    {
                        ClientResult ClassifyText(BinaryContent content, RequestOptions? options = null);

                        Task<ClientResult> ClassifyTextAsync(BinaryContent content, RequestOptions? options = null);
                    }
                }

                """);
            result.AssertText("Infrastructure/Ai/OpenAIModerationClientAdapter.cs", """
                #nullable enable

                using System;
                using System.ClientModel;
                using System.ClientModel.Primitives;
                using System.Threading.Tasks;
                using Contoso.Support.Domain;
                using OpenAI.Moderations;

                namespace Contoso.Support.Infrastructure.Ai
                {
                    /// <summary>Adapts <see cref="ModerationClient"/> to <see cref="IOpenAIModerationClient"/>: the only code that knows it.</summary>
                    public sealed class OpenAIModerationClientAdapter : IOpenAIModerationClient
                    {
                        private readonly ModerationClient client;

                        public OpenAIModerationClientAdapter(ModerationClient client)
                        {
                            this.client = client ?? throw new ArgumentNullException(nameof(client));
                        }

                        public OpenAIModerationClientAdapter(string model, string apiKey)
                            : this(new ModerationClient(model, apiKey))
                        {
                        }

                        public ClientResult ClassifyText(BinaryContent content, RequestOptions? options = null) => client.ClassifyText(content, options);

                        public Task<ClientResult> ClassifyTextAsync(BinaryContent content, RequestOptions? options = null) => client.ClassifyTextAsync(content, options);
                    }
                }

                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
        }

        [Theory]
        [InlineData("files.DownloadFile(\"id\").Value", true, "a control: a member with a vendor-free signature")]
        [InlineData("files?.DownloadFile(\"id\").Value", true, "a control: conditional access")]
        [InlineData("files?.GetFile(\"id\").Value.Filename", false, "conditional access to a member with a vendor result")]
        [InlineData("files.GetFile(\"id\").Value.Filename", false, "a vendor result type (OpenAIFile) would leak through the interface")]
        [InlineData("files.UploadFile(\"a.txt\", FileUploadPurpose.Assistants)", false, "a vendor parameter type (FileUploadPurpose)")]
        [InlineData("Archive.Keep(files)", false, "the client passed on to code that needs the vendor type")]
        [InlineData("(object)files", false, "a use the interface cannot stand in for")]
        [InlineData("files.Pipeline", true, "a control: a property with a vendor-free type")]
        [InlineData("files is null || files == null ? \"none\" : files.ToString()", true, "a control: null checks and object members need nothing on the interface")]
        [InlineData("new System.Func<string, System.Threading.CancellationToken, System.ClientModel.ClientResult<System.BinaryData>>(files.DownloadFile)", false, "a method group")]
        [InlineData("files.Describe()", false, "an extension method of the vendor type")]
        public async Task Offered_only_where_every_use_can_go_behind_the_interface(string use, bool offered, string why)
        {
            var test = new FixTest().WithSource("C.cs", """
                using OpenAI.Files;

                namespace Contoso;

                internal sealed class C
                {
                    private readonly OpenAIFileClient files = new OpenAIFileClient("key");

                    public object Run() => USE;
                }

                internal static class Archive
                {
                    public static object Keep(OpenAIFileClient client) => client;

                    public static string Describe(this OpenAIFileClient client) => "files";
                }
                """.Replace("USE", use));
            Assert.NotNull(why);
            var (_, _, _, actions) = await test.ActionsAsync(new ExtractVendorInterfaceCodeFixProvider(), "LOCK001", "C.cs", "OpenAIFileClient files");
            Assert.Equal(offered, actions.Any(a => a.EquivalenceKey == Key));
        }

        [Fact]
        public async Task Not_offered_when_the_result_of_a_used_member_is_a_vendor_type()
        {
            // ClassifyTextAsync(string) returns ClientResult<ModerationResult>: the interface would have to expose OpenAI's type.
            var test = new FixTest().WithSource("Gate.cs", """
                using System.Threading.Tasks;
                using OpenAI.Moderations;

                namespace Contoso;

                internal sealed class Gate
                {
                    private readonly ModerationClient moderation = new ModerationClient("omni-moderation-latest", "key");

                    public async Task<bool> IsFlaggedAsync(string text) => (await moderation.ClassifyTextAsync(text)).Value.Flagged;
                }
                """);
            await test.AssertNotOfferedAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Gate.cs", "ModerationClient moderation");
        }

        [Fact]
        public async Task Not_offered_for_an_Anthropic_service_whose_members_all_use_vendor_types()
        {
            var test = new FixTest().WithSource("Drafts.cs", """
                using System.Threading.Tasks;
                using Anthropic;
                using Anthropic.Models.Messages;

                namespace Contoso;

                internal sealed class Drafts(AnthropicClient client)
                {
                    public async Task<string> DraftAsync(string body)
                    {
                        var message = await client.Messages.Create(new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 512, Messages = [new UserMessageParam { Content = body }] });
                        return message.Content.Count.ToString();
                    }
                }
                """);
            await test.AssertNotOfferedAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Drafts.cs", "AnthropicClient client");
        }

        [Fact]
        public async Task Not_offered_when_another_project_calls_the_constructor_with_the_vendor_client()
        {
            var test = new FixTest().WithSource("Reader.cs", """
                using OpenAI.Files;

                namespace Contoso;

                public sealed class Reader(OpenAIFileClient files)
                {
                    public string Read(string id) => files.DownloadFile(id).Value.ToString();
                }
                """);
            var consumer = new TestProject("Consumer");
            consumer.ProjectReferences.Add("App");
            consumer.Sources.Add(("Use.cs", "namespace Consumer;\n\npublic static class Use\n{\n    public static Contoso.Reader Create() => new Contoso.Reader(new OpenAI.Files.OpenAIFileClient(\"key\"));\n}\n"));
            test.Projects.Add(consumer);
            await test.AssertNotOfferedAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK002", "Reader.cs", "OpenAIFileClient files");
        }

        [Theory]
        [InlineData(FixAllScope.Project)]
        [InlineData(FixAllScope.Solution)]
        public async Task Fix_all_creates_the_interface_and_adapter_once_for_two_consumers(FixAllScope scope)
        {
            var test = new FixTest()
                .WithStacks(Stacks.OpenAI)
                .WithEditorConfig("[*.cs]\nlockin.adapter_namespaces = Contoso.Adapters\n")
                .WithSource("Billing/Invoices.cs", """
                    using OpenAI.Files;

                    namespace Contoso.Billing;

                    internal sealed class Invoices
                    {
                        private readonly OpenAIFileClient files = new OpenAIFileClient("key");

                        public string Read(string id) => files.DownloadFile(id).Value.ToString();
                    }
                    """)
                .WithSource("Support/Tickets.cs", """
                    using System.Threading.Tasks;
                    using OpenAI.Files;

                    namespace Contoso.Support;

                    public sealed class Tickets(OpenAIFileClient files)
                    {
                        public async Task<string> ReadAsync(string id) => (await files.DownloadFileAsync(id)).Value.ToString();
                    }
                    """)
                .WithSource("Support/TicketsFactory.cs", """
                    using OpenAI.Files;

                    namespace Contoso.Support;

                    internal static class TicketsFactory
                    {
                        public static Tickets Create(string key)
                        {
                            // The vendor client is created here and handed to the consumer.
                            OpenAIFileClient client = new OpenAIFileClient(key);
                            return new Tickets(client);
                        }
                    }
                    """);

            // Alone, the factory cannot be fixed: Tickets still needs the vendor type. Fix All fixes both together.
            await test.AssertNotOfferedAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Support/TicketsFactory.cs", "OpenAIFileClient client");

            var result = await test.FixAllAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, scope, "Billing/Invoices.cs", "LOCK001", "LOCK002");

            result.AssertText("Billing/Invoices.cs", """
                using Contoso.Adapters;

                namespace Contoso.Billing;

                internal sealed class Invoices
                {
                    private readonly IOpenAIFileClient files = new OpenAIFileClientAdapter("key");

                    public string Read(string id) => files.DownloadFile(id).Value.ToString();
                }
                """);
            result.AssertText("Support/Tickets.cs", """
                using System.Threading.Tasks;
                using Contoso.Billing;

                namespace Contoso.Support;

                public sealed class Tickets(IOpenAIFileClient files)
                {
                    public async Task<string> ReadAsync(string id) => (await files.DownloadFileAsync(id)).Value.ToString();
                }
                """);
            result.AssertText("Support/TicketsFactory.cs", """
                using Contoso.Adapters;
                using Contoso.Billing;

                namespace Contoso.Support;

                internal static class TicketsFactory
                {
                    public static Tickets Create(string key)
                    {
                        // The vendor client is created here and handed to the consumer.
                        IOpenAIFileClient client = new OpenAIFileClientAdapter(key);
                        return new Tickets(client);
                    }
                }
                """);
            result.AssertText("Billing/IOpenAIFileClient.cs", """
                using System;
                using System.ClientModel;
                using System.Threading;
                using System.Threading.Tasks;

                namespace Contoso.Billing;

                /// <summary>The members of <c>OpenAI.Files.OpenAIFileClient</c> this project uses, without the vendor types; implemented by <c>Contoso.Adapters.OpenAIFileClientAdapter</c>.</summary>
                public interface IOpenAIFileClient
                {
                    ClientResult<BinaryData> DownloadFile(string fileId, CancellationToken cancellationToken = default);

                    Task<ClientResult<BinaryData>> DownloadFileAsync(string fileId, CancellationToken cancellationToken = default);
                }

                """);
            result.AssertText("Adapters/OpenAIFileClientAdapter.cs", """
                #nullable enable

                using System;
                using System.ClientModel;
                using System.Threading;
                using System.Threading.Tasks;
                using Contoso.Billing;
                using OpenAI.Files;

                namespace Contoso.Adapters;

                /// <summary>Adapts <see cref="OpenAIFileClient"/> to <see cref="IOpenAIFileClient"/>: the only code that knows it.</summary>
                public sealed class OpenAIFileClientAdapter : IOpenAIFileClient
                {
                    private readonly OpenAIFileClient client;

                    public OpenAIFileClientAdapter(OpenAIFileClient client)
                    {
                        this.client = client ?? throw new ArgumentNullException(nameof(client));
                    }

                    public OpenAIFileClientAdapter(string apiKey)
                        : this(new OpenAIFileClient(apiKey))
                    {
                    }

                    public ClientResult<BinaryData> DownloadFile(string fileId, CancellationToken cancellationToken = default) => client.DownloadFile(fileId, cancellationToken);

                    public Task<ClientResult<BinaryData>> DownloadFileAsync(string fileId, CancellationToken cancellationToken = default) => client.DownloadFileAsync(fileId, cancellationToken);
                }

                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
            Assert.Equal(new[] { "/src/App/Adapters/OpenAIFileClientAdapter.cs", "/src/App/Billing/IOpenAIFileClient.cs" }, result.AddedDocuments());
            Assert.All(await result.DiagnosticsAsync("LOCK001"), d => Assert.Contains("/Adapters/", d.Location.SourceTree!.FilePath));
        }


        [Fact]
        public async Task A_later_fix_adds_its_members_to_the_generated_interface_and_adapter()
        {
            var test = new FixTest()
                .WithStacks(Stacks.OpenAI)
                .WithSource("Reports.cs", """
                    using OpenAI.Moderations;

                    namespace Contoso;

                    internal sealed class Reports
                    {
                        private readonly ModerationClient moderation = new ModerationClient("omni-moderation-latest", "key");

                        public string Check(System.ClientModel.BinaryContent content) => moderation.ClassifyText(content).GetRawResponse().Content.ToString();
                    }
                    """)
                .WithSource("Replies.cs", """
                    using System.ClientModel;
                    using System.ClientModel.Primitives;
                    using System.Threading.Tasks;
                    using OpenAI.Moderations;

                    namespace Contoso;

                    internal sealed class Replies
                    {
                        private readonly ModerationClient moderation;

                        public Replies(ApiKeyCredential credential) => moderation = new ModerationClient("omni-moderation-latest", credential);

                        public async Task<ClientResult> CheckAsync(BinaryContent content) => await moderation.ClassifyTextAsync(content, new RequestOptions());

                        public ClientResult Check(BinaryContent content) => moderation.ClassifyText(content, null);
                    }
                    """);
            var provider = new ExtractVendorInterfaceCodeFixProvider();
            var first = await test.ApplyAsync(provider, Key, "LOCK001", "Reports.cs", "ModerationClient moderation");

            var second = await ApplyAgainAsync(first.After, provider, "/src/App/Replies.cs", "ModerationClient moderation");

            var result = new FixResult(first.Before, second);
            result.AssertText("Replies.cs", """
                using System.ClientModel;
                using System.ClientModel.Primitives;
                using System.Threading.Tasks;
                using Contoso.Adapters;

                namespace Contoso;

                internal sealed class Replies
                {
                    private readonly IOpenAIModerationClient moderation;

                    public Replies(ApiKeyCredential credential) => moderation = new OpenAIModerationClientAdapter("omni-moderation-latest", credential);

                    public async Task<ClientResult> CheckAsync(BinaryContent content) => await moderation.ClassifyTextAsync(content, new RequestOptions());

                    public ClientResult Check(BinaryContent content) => moderation.ClassifyText(content, null);
                }
                """);
            result.AssertText("IOpenAIModerationClient.cs", """
                using System.ClientModel;
                using System.ClientModel.Primitives;
                using System.Threading.Tasks;

                namespace Contoso;

                /// <summary>The members of <c>OpenAI.Moderations.ModerationClient</c> this project uses, without the vendor types; implemented by <c>Contoso.Adapters.OpenAIModerationClientAdapter</c>.</summary>
                public interface IOpenAIModerationClient
                {
                    ClientResult ClassifyText(BinaryContent content, RequestOptions? options = null);

                    Task<ClientResult> ClassifyTextAsync(BinaryContent content, RequestOptions? options = null);
                }

                """);
            result.AssertText("Adapters/OpenAIModerationClientAdapter.cs", """
                #nullable enable

                using System;
                using System.ClientModel;
                using System.ClientModel.Primitives;
                using System.Threading.Tasks;
                using OpenAI.Moderations;

                namespace Contoso.Adapters;

                /// <summary>Adapts <see cref="ModerationClient"/> to <see cref="IOpenAIModerationClient"/>: the only code that knows it.</summary>
                public sealed class OpenAIModerationClientAdapter : IOpenAIModerationClient
                {
                    private readonly ModerationClient client;

                    public OpenAIModerationClientAdapter(ModerationClient client)
                    {
                        this.client = client ?? throw new ArgumentNullException(nameof(client));
                    }

                    public OpenAIModerationClientAdapter(string model, string apiKey)
                        : this(new ModerationClient(model, apiKey))
                    {
                    }

                    public OpenAIModerationClientAdapter(string model, ApiKeyCredential credential)
                        : this(new ModerationClient(model, credential))
                    {
                    }

                    public ClientResult ClassifyText(BinaryContent content, RequestOptions? options = null) => client.ClassifyText(content, options);

                    public Task<ClientResult> ClassifyTextAsync(BinaryContent content, RequestOptions? options = null) => client.ClassifyTextAsync(content, options);
                }

                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
            Assert.Equal(new[] { "/src/App/Adapters/OpenAIModerationClientAdapter.cs", "/src/App/IOpenAIModerationClient.cs" }, result.AddedDocuments());
        }

        /// <summary>The test input itself compiles, so "no new compiler error" means none at all.</summary>
        private static void AssertCompiledBefore(FixResult result) => new FixResult(result.Before, result.Before).AssertCompiles();

        /// <summary>Runs the fix again on a solution an earlier fix produced, for the LOCK001 at <paramref name="marker"/>.</summary>
        private static async Task<Microsoft.CodeAnalysis.Solution> ApplyAgainAsync(Microsoft.CodeAnalysis.Solution solution, CodeFixProvider provider, string path, string marker)
        {
            var document = solution.Projects.SelectMany(p => p.Documents).Single(d => d.FilePath == path);
            var index = (await document.GetTextAsync()).ToString().IndexOf(marker, System.StringComparison.Ordinal);
            var diagnostic = (await FixTest.DiagnosticsAsync(document.Project)).First(d => d.Id == "LOCK001" && d.Location.SourceTree!.FilePath == path && d.Location.SourceSpan.Contains(index));
            var actions = new System.Collections.Generic.List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), System.Threading.CancellationToken.None));
            return await FixTest.ApplyAsync(solution, Assert.Single(actions, a => a.EquivalenceKey == Key));
        }


        [Fact]
        public async Task Anthropic_client_with_an_initializer_is_wrapped_and_the_name_avoids_the_SDKs_own_interface()
        {
            var test = new FixTest()
                .WithStacks(Stacks.Anthropic)
                .WithSource("Gateway.cs", """
                    using Anthropic;

                    namespace Contoso.Support;

                    public sealed class Gateway
                    {
                        /* one client per process */
                        private static readonly AnthropicClient Client = new AnthropicClient { ApiKey = "key" };

                        public string Host => Client.BaseUrl;
                    }
                    """);

            var result = await test.ApplyAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Gateway.cs", "AnthropicClient Client");

            result.AssertText("Gateway.cs", """
                using Anthropic;
                using Contoso.Support.Adapters;

                namespace Contoso.Support;

                public sealed class Gateway
                {
                    /* one client per process */
                    private static readonly IAnthropicClient1 Client = new AnthropicClientAdapter(new AnthropicClient { ApiKey = "key" });

                    public string Host => Client.BaseUrl;
                }
                """);
            result.AssertText("IAnthropicClient1.cs", """
                namespace Contoso.Support;

                /// <summary>The members of <c>Anthropic.AnthropicClient</c> this project uses, without the vendor types; implemented by <c>Contoso.Support.Adapters.AnthropicClientAdapter</c>.</summary>
                public interface IAnthropicClient1
                {
                    string BaseUrl { get; }
                }

                """);
            result.AssertText("Adapters/AnthropicClientAdapter.cs", """
                #nullable enable

                using System;
                using Anthropic;

                namespace Contoso.Support.Adapters;

                /// <summary>Adapts <see cref="AnthropicClient"/> to <see cref="IAnthropicClient1"/>: the only code that knows it.</summary>
                public sealed class AnthropicClientAdapter : IAnthropicClient1
                {
                    private readonly AnthropicClient client;

                    public AnthropicClientAdapter(AnthropicClient client)
                    {
                        this.client = client ?? throw new ArgumentNullException(nameof(client));
                    }

                    public string BaseUrl => client.BaseUrl;
                }

                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
        }


        [Theory]
        [InlineData("LOCK001", "OpenAIFileClient files")]
        [InlineData("LOCK002", "OpenAIFileClient files")]
        public async Task Offered_from_the_coupling_point_and_from_a_public_signature(string id, string marker)
        {
            var test = new FixTest().WithSource("Reader.cs", """
                using OpenAI.Files;

                namespace Contoso;

                public sealed class Reader(OpenAIFileClient files)
                {
                    public string Read(string id) => files.DownloadFile(id).Value.ToString();
                }

                internal static class Composition
                {
                    public static Reader Create() => new Reader(new OpenAIFileClient("key"));
                }
                """);

            var result = await test.ApplyAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, id, "Reader.cs", marker);

            result.AssertText("Reader.cs", """
                using Contoso.Adapters;

                namespace Contoso;

                public sealed class Reader(IOpenAIFileClient files)
                {
                    public string Read(string id) => files.DownloadFile(id).Value.ToString();
                }

                internal static class Composition
                {
                    public static Reader Create() => new Reader(new OpenAIFileClientAdapter("key"));
                }
                """);
            result.AssertCompiles();
            AssertCompiledBefore(result);
        }

        [Fact]
        public async Task Generated_names_are_made_unique_against_the_project()
        {
            var test = new FixTest()
                .WithSource("Reader.cs", """
                    using OpenAI.Files;

                    namespace Contoso;

                    internal sealed class Reader
                    {
                        private readonly OpenAIFileClient files = new OpenAIFileClient("key");

                        public string Read(string id) => files.DownloadFile(id).Value.ToString();
                    }
                    """)
                .WithSource("Taken.cs", "namespace Contoso.Legacy;\n\npublic interface IOpenAIFileClient\n{\n}\n\npublic sealed class OpenAIFileClientAdapter\n{\n}\n");

            var result = await test.ApplyAsync(new ExtractVendorInterfaceCodeFixProvider(), Key, "LOCK001", "Reader.cs", "OpenAIFileClient files");

            Assert.Contains("private readonly IOpenAIFileClient1 files = new OpenAIFileClientAdapter1(\"key\");", result.Text("Reader.cs"));
            Assert.Equal(new[] { "/src/App/Adapters/OpenAIFileClientAdapter1.cs", "/src/App/IOpenAIFileClient1.cs" }, result.AddedDocuments());
            Assert.Contains("public interface IOpenAIFileClient1", result.Text("IOpenAIFileClient1.cs"));
            Assert.Contains("public sealed class OpenAIFileClientAdapter1 : IOpenAIFileClient1", result.Text("Adapters/OpenAIFileClientAdapter1.cs"));
            result.AssertCompiles();
        }
    }
}
