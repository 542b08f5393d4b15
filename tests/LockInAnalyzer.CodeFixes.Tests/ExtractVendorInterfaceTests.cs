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
            Assert.Equal(new[] { "/src/App/Domain/IOpenAIFileClient.cs", "/src/App/Infrastructure/Ai/OpenAIFileClientAdapter.cs" }, result.AddedDocuments());
            Assert.Empty(await result.DiagnosticsAsync("LOCK001").ContinueWith(t => t.Result.Where(d => d.Location.SourceTree!.FilePath.Contains("Domain")).ToList()));
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
        }
    }
}
