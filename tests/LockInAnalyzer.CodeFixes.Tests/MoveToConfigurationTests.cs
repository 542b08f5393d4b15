using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Settings;
using LockInAnalyzer.CodeFixes.Tests.Verification;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests
{
    public sealed class MoveToConfigurationTests
    {
        private const string Key = MoveModelIdToConfigurationCodeFixProvider.EquivalenceKey;
        private const string EndpointKey = MoveEndpointToConfigurationCodeFixProvider.EquivalenceKey;

        private const string Triage = """
            // Copyright (c) Contoso. All rights reserved.

            using OpenAI.Chat;

            namespace Contoso.Support.Domain;

            public sealed class Triage
            {
                // The model is chosen here.
                private readonly ChatClient chat = new ChatClient(/* model */ "gpt-4o", "key");
            }
            """;

        [Fact]
        public async Task Model_id_moves_to_a_new_settings_class()
        {
            var test = new FixTest().WithSource("Domain/Triage.cs", Triage);
            test.App.RootNamespace = "Contoso.Support";

            var result = await test.ApplyAsync(new MoveModelIdToConfigurationCodeFixProvider(), Key, "LOCK003", "Domain/Triage.cs", "\"gpt-4o\"");

            result.AssertText("Domain/Triage.cs", """
                // Copyright (c) Contoso. All rights reserved.

                using OpenAI.Chat;

                namespace Contoso.Support.Domain;

                public sealed class Triage
                {
                    // The model is chosen here.
                    private readonly ChatClient chat = new ChatClient(/* model */ AiSettings.Current.OpenAIChatModel, "key");
                }
                """);
            result.AssertText("AiSettings.cs", """
                // Copyright (c) Contoso. All rights reserved.

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

                    /// <summary>The model id; configuration key <c>Ai:OpenAIChatModel</c>.</summary>
                    public string OpenAIChatModel { get; set; } = "gpt-4o";
                }

                """);
            result.AssertCompiles();
            Assert.Equal(new[] { "/src/App/AiSettings.cs" }, result.AddedDocuments());
        }

        [Fact]
        public async Task Fix_all_creates_the_class_once_and_shares_equal_values()
        {
            var test = new FixTest()
                .WithSource("A.cs", """
                    namespace Contoso
                    {
                        public static class A
                        {
                            public static string Chat() => "gpt-4o";

                            public static string Mini() => "gpt-4o-mini";
                        }
                    }
                    """)
                .WithSource("B.cs", """
                    namespace Contoso
                    {
                        public static class B
                        {
                            public static string Chat() => "gpt-4o";

                            public static string Claude() => "claude-sonnet-4-5";

                            public static string Embed() => "text-embedding-3-small";
                        }
                    }
                    """);

            var result = await test.FixAllAsync(new MoveModelIdToConfigurationCodeFixProvider(), Key, FixAllScope.Solution, "A.cs", "LOCK003");

            result.AssertText("A.cs", """
                namespace Contoso
                {
                    public static class A
                    {
                        public static string Chat() => AiSettings.Current.OpenAIChatModel;

                        public static string Mini() => AiSettings.Current.OpenAIChatModel2;
                    }
                }
                """);
            result.AssertText("B.cs", """
                namespace Contoso
                {
                    public static class B
                    {
                        public static string Chat() => AiSettings.Current.OpenAIChatModel;

                        public static string Claude() => AiSettings.Current.AnthropicChatModel;

                        public static string Embed() => AiSettings.Current.OpenAIEmbeddingModel;
                    }
                }
                """);
            result.AssertText("AiSettings.cs", """
                namespace Contoso
                {
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

                        /// <summary>The model id; configuration key <c>Ai:OpenAIChatModel</c>.</summary>
                        public string OpenAIChatModel { get; set; } = "gpt-4o";

                        /// <summary>The model id; configuration key <c>Ai:OpenAIChatModel2</c>.</summary>
                        public string OpenAIChatModel2 { get; set; } = "gpt-4o-mini";

                        /// <summary>The model id; configuration key <c>Ai:AnthropicChatModel</c>.</summary>
                        public string AnthropicChatModel { get; set; } = "claude-sonnet-4-5";

                        /// <summary>The model id; configuration key <c>Ai:OpenAIEmbeddingModel</c>.</summary>
                        public string OpenAIEmbeddingModel { get; set; } = "text-embedding-3-small";
                    }
                }

                """);
            result.AssertCompiles();
            Assert.Single(result.AddedDocuments());

            // The settings class is the one named place: its defaults are what LOCK003 still reports, once per value.
            var remaining = await result.DiagnosticsAsync("LOCK003");
            Assert.All(remaining, d => Assert.EndsWith("AiSettings.cs", d.Location.SourceTree!.FilePath));
            Assert.Equal(4, remaining.Length);
        }

        [Fact]
        public async Task An_existing_settings_class_is_extended_and_its_members_reused()
        {
            var test = new FixTest()
                .WithSource("Config/AiSettings.cs", """
                    namespace Contoso.Config
                    {
                        public sealed class AiSettings
                        {
                            public static AiSettings Current { get; set; } = new AiSettings();

                            public string ChatModel { get; set; } = "gpt-4o";
                        }
                    }
                    """)
                .WithSource("Use.cs", """
                    namespace Contoso
                    {
                        public static class Use
                        {
                            public static string[] Models() => new[] { "gpt-4o", "claude-opus-4-1" };
                        }
                    }
                    """);

            var result = await test.FixAllAsync(new MoveModelIdToConfigurationCodeFixProvider(), Key, FixAllScope.Document, "Use.cs", "LOCK003");

            result.AssertText("Use.cs", """
                namespace Contoso
                {
                    public static class Use
                    {
                        public static string[] Models() => new[] { Config.AiSettings.Current.ChatModel, Config.AiSettings.Current.AnthropicChatModel };
                    }
                }
                """);
            result.AssertText("Config/AiSettings.cs", """
                namespace Contoso.Config
                {
                    public sealed class AiSettings
                    {
                        public static AiSettings Current { get; set; } = new AiSettings();

                        public string ChatModel { get; set; } = "gpt-4o";

                        /// <summary>The model id; configuration key <c>Ai:AnthropicChatModel</c>.</summary>
                        public string AnthropicChatModel { get; set; } = "claude-opus-4-1";
                    }
                }
                """);
            result.AssertCompiles();
            Assert.Empty(result.AddedDocuments());
        }

        [Theory]
        [InlineData("public const string Model = \"gpt-4o\";")]
        [InlineData("[System.ComponentModel.Description(\"gpt-4o\")] public string Model { get; set; } = \"\";")]
        [InlineData("public static string Pick(string model = \"gpt-4o\") => model;")]
        [InlineData("public static bool IsChat(string model) => model switch { \"gpt-4o\" => true, _ => false };")]
        [InlineData("public static int Size(string model) { switch (model) { case \"gpt-4o\": return 1; default: return 0; } }")]
        public async Task Not_offered_where_a_constant_is_required(string member)
        {
            var test = new FixTest().WithSource("C.cs", "public sealed class C\n{\n    " + member + "\n}\n");
            await test.AssertNotOfferedAsync(new MoveModelIdToConfigurationCodeFixProvider(), Key, "LOCK003", "C.cs", "\"gpt-4o\"");
        }

        [Fact]
        public async Task Not_offered_inside_the_settings_class()
        {
            var test = new FixTest().WithSource("AiSettings.cs", """
                public sealed class AiSettings
                {
                    public static AiSettings Current { get; set; } = new AiSettings();

                    public string ChatModel { get; set; } = "gpt-4o";
                }
                """);
            await test.AssertNotOfferedAsync(new MoveModelIdToConfigurationCodeFixProvider(), Key, "LOCK003", "AiSettings.cs", "\"gpt-4o\"");
        }

        [Fact]
        public async Task Endpoints_move_including_the_leading_text_of_interpolated_strings()
        {
            var test = new FixTest().WithSource("Http/Embeddings.cs", """
                using System;
                using System.Net.Http;

                namespace Contoso.Http
                {
                    public sealed class Embeddings
                    {
                        public void Configure(HttpClient http, string path)
                        {
                            http.BaseAddress = new Uri("https://api.openai.com/v1/"); // the vendor
                            var url = $"https://api.openai.com/v1/{path}";
                            var other = "https://api.anthropic.com/v1/messages";
                        }
                    }
                }
                """);

            var result = await test.FixAllAsync(new MoveEndpointToConfigurationCodeFixProvider(), EndpointKey, FixAllScope.Project, "Http/Embeddings.cs", "LOCK004");

            result.AssertText("Http/Embeddings.cs", """
                using System;
                using System.Net.Http;

                namespace Contoso.Http
                {
                    public sealed class Embeddings
                    {
                        public void Configure(HttpClient http, string path)
                        {
                            http.BaseAddress = new Uri(AiSettings.Current.OpenAIEndpoint); // the vendor
                            var url = $"{AiSettings.Current.OpenAIEndpoint}{path}";
                            var other = AiSettings.Current.AnthropicEndpoint;
                        }
                    }
                }
                """);
            Assert.Contains("public string OpenAIEndpoint { get; set; } = \"https://api.openai.com/v1/\";", result.Text("AiSettings.cs"));
            Assert.Contains("public string AnthropicEndpoint { get; set; } = \"https://api.anthropic.com/v1/messages\";", result.Text("AiSettings.cs"));
            Assert.Contains("namespace Contoso.Http", result.Text("AiSettings.cs"));
            result.AssertCompiles();
        }
    }
}
