using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Xunit;
using Verifier = LockInAnalyzer.Tests.Verification.VerifyPerUse;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>LOCK001 on the real OpenAI 2.15.0 and Anthropic 13.12.0 assemblies, one reference kind per test.</summary>
    public class VendorSdkUsageTests
    {
        private const string ChatClientMessage = "'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead";
        private const string AnthropicClientMessage = "'Anthropic.AnthropicClient' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead";

        [Fact]
        public Task FieldType() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                private readonly {|#0:ChatClient|} _client = null!;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage));

        [Fact]
        public Task PropertyType() => Verifier.AnalyzerAsync(
            """
            using Anthropic;

            class Service
            {
                internal {|#0:AnthropicClient|} Client { get; set; } = null!;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(AnthropicClientMessage));

        [Fact]
        public Task ParameterReturnAndLocalTypes() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                private [|ChatCompletion|]? Last(in [|ChatClient|] client)
                {
                    [|ChatCompletion|]? completion = null;
                    return completion;
                }
            }
            """);

        [Fact]
        public Task TypeNamedByItsFullNameIsReportedOnceAsAWhole() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                private {|#0:OpenAI.Chat.ChatClient|}? _a;
                private {|#1:global::Anthropic.AnthropicClient|}? _b;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage(AnthropicClientMessage));

        [Fact]
        public Task RoleDecidesTheAdvice() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                private {|#0:OpenAI.Embeddings.EmbeddingClient|}? _embeddings;
                private {|#1:OpenAI.Images.ImageClient|}? _images;
                private {|#2:OpenAI.Audio.AudioClient|}? _audio;
                private {|#3:OpenAI.OpenAIClient|}? _root;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Embeddings.EmbeddingClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IEmbeddingGenerator<string, Embedding<float>> instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Images.ImageClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IImageGenerator instead"),
            Verifier.Diagnostic("LOCK001").At(2).WithMessage("'OpenAI.Audio.AudioClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.ISpeechToTextClient or ITextToSpeechClient instead"),
            Verifier.Diagnostic("LOCK001").At(3).WithMessage("'OpenAI.OpenAIClient' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task GenericArguments() => Verifier.AnalyzerAsync(
            """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Anthropic;
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI.Chat;

            class Registry
            {
                private readonly List<[|ChatClient|]> _clients = new();
                private readonly Dictionary<string, [|AnthropicClient|]> _byName = new();

                public object Resolve(IServiceProvider services) => services.GetRequiredService<[|ChatClient|]>();

                private Task<[|ChatCompletion|][]>? _pending;
                private ([|ChatClient|] Client, int Weight) _weighted;
            }
            """);

        [Fact]
        public Task VendorTypeArgumentsOfAVendorGenericAreReportedOnceWithTheGeneric() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Core;
            using Anthropic.Models.Messages;

            class Service
            {
                private {|#0:ApiEnum<string, Model>|}? _model;
                private System.Collections.Generic.List<[|ApiEnum<string, Model>|]>? _models;
                private [|Model|] _plain;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'Anthropic.Core.ApiEnum<TRaw, TEnum>' couples this code to Anthropic; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task BaseTypesAndInterfaces() => Verifier.AnalyzerAsync(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic.Credentials;
            using OpenAI.Chat;

            class LoggingChatClient : {|#0:ChatClient|}
            {
            }

            class Tokens : {|#1:IIdentityTokenProvider|}
            {
                public Task<string> GetIdentityTokenAsync(CancellationToken cancellationToken) => Task.FromResult("token");
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'Anthropic.Credentials.IIdentityTokenProvider' couples this code to Anthropic; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task ObjectCreationIsReportedOnTheTypeName() => Verifier.AnalyzerAsync(
            """
            using Anthropic;
            using OpenAI.Chat;

            class Service
            {
                public object Create() => new {|#0:ChatClient|}("model", "key");
                public object CreateAnthropic() => new [|AnthropicClient|]();
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage));

        [Fact]
        public Task TargetTypedNewIsReportedWhereNoTypeIsWritten() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Chat;

            class Service
            {
                private readonly [|ChatClient|] _client = {|#0:new("model", "key")|};

                public void Use(object o) { }

                public void Pass() => Take({|#1:new("model", "key")|});

                private static void Take([|ChatClient|] client) { }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage(ChatClientMessage));

        [Fact]
        public Task MethodCallsOnVendorObjects() => Verifier.AnalyzerAsync(
            """
            using OpenAI;

            class Service
            {
                public string Ask(object factory)
                {
                    var openAi = ({|#2:OpenAIClient|})factory;
                    var chat = openAi.{|#0:GetChatClient|}("model");
                    return chat.{|#1:CompleteChat|}("hello").Value.Content[0].Text;
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.OpenAIClient.GetChatClient' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Chat.ChatClient.CompleteChat' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(2).WithMessage("'OpenAI.OpenAIClient' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task MemberAccessChainIsReportedOnceAtItsFirstVendorStep() => Verifier.AnalyzerAsync(
            """
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class Service
            {
                public async Task<string> Ask(object o)
                {
                    var client = ({|#0:ChatClient|})o;
                    var text = client.{|#1:CompleteChat|}("x").Value.Content[0].Text;
                    var asyncText = (await client.{|#2:CompleteChatAsync|}("x")).Value.Content[0].Text;
                    return text + asyncText;
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Chat.ChatClient.CompleteChat' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(2).WithMessage("'OpenAI.Chat.ChatClient.CompleteChatAsync' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task ChainThatStartsFromAVendorResultHeldInAVariable() => Verifier.AnalyzerAsync(
            """
            using System.ClientModel;

            class Service
            {
                public string Read(ClientResult<[|OpenAI.Chat.ChatCompletion|]> result) => result.Value.{|#0:Content|}[0].Text;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatCompletion.Content' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task AnthropicServiceChain() => Verifier.AnalyzerAsync(
            """
            using System.Linq;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;

            class Service
            {
                public async Task<int> Ask([|AnthropicClient|] client, [|MessageCreateParams|] parameters)
                {
                    var message = await client.{|#0:Messages|}.Create(parameters);
                    return message.{|#1:Content|}.Count();
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'Anthropic.AnthropicClient.Messages' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'Anthropic.Models.Messages.Message.Content' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task ConditionalAccessAndMethodGroups() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI.Chat;

            class Service
            {
                public object? Ask([|ChatClient|]? client)
                {
                    Func<string, System.Threading.CancellationToken, System.ClientModel.ClientResult<[|ChatCompletion|]>>? ask = client is null ? null : client.{|#0:GetChatCompletion|};
                    return client?.{|#1:CompleteChat|}("x");
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Chat.ChatClient.CompleteChat' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task StaticMembersAreReportedOnTheMember() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public object User() => OpenAI.Chat.ChatMessage.{|#0:CreateUserMessage|}("hi");
                public object Role() => OpenAI.Chat.ChatMessageRole.{|#1:Assistant|};
                public object Model() => Anthropic.Models.Messages.Model.{|#2:ClaudeSonnet4_5|};
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatMessage.CreateUserMessage' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Chat.ChatMessageRole.Assistant' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"),
            Verifier.Diagnostic("LOCK001").At(2).WithMessage("'Anthropic.Models.Messages.Model.ClaudeSonnet4_5' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task UsingStaticMakesMembersReportedWithoutTheirType() => Verifier.AnalyzerAsync(
            """
            using static OpenAI.Chat.ChatMessage;

            class Service
            {
                public object User() => [|CreateUserMessage|]("hi");
            }
            """);

        [Fact]
        public Task ExtensionMethods() => Verifier.AnalyzerAsync(
            """
            using System.Threading.Tasks;
            using Anthropic.Models.Messages;
            using Anthropic.Services;
            using Microsoft.Extensions.Hosting;
            using OpenAI;

            class Answer { }

            static class Startup
            {
                public static void Register(IHostApplicationBuilder builder) => builder.{|#0:AddChatClient|}("model");

                public static Task Ask([|IMessageService|] messages, [|MessageCreateParams|] parameters) => messages.{|#1:Create<Answer>|}(parameters);
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.OpenAIHostBuilderExtensions.AddChatClient' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'Anthropic.Services.MessageServiceExtensions.Create' couples this code to Anthropic; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task Attributes() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Helpers;

            [{|#0:SchemaClass|}("A weather report")]
            class Weather
            {
                [[|SchemaProperty|]("Temperature in Celsius")]
                public double Celsius { get; set; }

                [[|Anthropic.Helpers.SchemaPropertyAttribute|]("Where")]
                public string City { get; set; } = "";
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'Anthropic.Helpers.SchemaClassAttribute' couples this code to Anthropic; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task CastsTypeTestsTypeofDefaultAndNameof() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI.Chat;

            class Service
            {
                public object Casts(object o)
                {
                    var a = ([|ChatClient|])o;
                    var b = o as [|ChatClient|];
                    var c = o is [|ChatClient|];
                    if (o is [|ChatClient|] d) { }
                    Type e = typeof([|ChatClient|]);
                    var f = default([|ChatClient|]);
                    return nameof([|ChatClient|]);
                }
            }
            """);

        [Fact]
        public Task TypesInPatternsCaseLabelsTuplesLambdasAndStatements() => Verifier.AnalyzerAsync(
            """
            using System;
            using System.Collections.Generic;
            using OpenAI.Chat;

            class Service
            {
                public string Kinds(object o, IEnumerable<object> items)
                {
                    switch (o)
                    {
                        case [|ChatClient|]:
                            break;
                        case [|OpenAI.Chat.ChatCompletion|] completion:
                            break;
                    }

                    var kind = o switch { [|ChatClient|] => "client", not [|OpenAI.Chat.ChatMessage|] => "other", _ => "message" };
                    ([|ChatClient|]?, int) pair = (null, 1);
                    Func<[|ChatClient|], string> describe = ([|ChatClient|] c) => kind;
                    [|ChatClient|][] clients = Array.Empty<[|ChatClient|]>();
                    foreach ([|ChatClient|] client in items) { }
                    try { } catch ([|Anthropic.Exceptions.AnthropicApiException|]) when (Local(out [|ChatClient|]? found)) { }
                    return kind;

                    static bool Local(out [|ChatClient|]? found) { found = null; return false; }
                }
            }
            """);

        [Fact]
        public Task EverydayNamesOfVendorTypesInMemberAndValuePositionsAreNotTypes() => Verifier.AnalyzerAsync(
            """
            using System.Linq;
            using Anthropic.Models.Messages;

            class Order { public string Name { get; set; } = ""; public int Status { get; set; } public int Content; }

            class Service
            {
                public object Use(Order[] orders, Order order)
                {
                    var Name = order.Name;
                    var copy = new Order { Name = Name, Status = order.Status, Content = order?.Content ?? 0 };
                    var anonymous = new { Name, Status = 1 };
                    var sorted = orders.OrderBy(o => o.Name).Select(o => Describe(Content: o.Content));
                    return Describe(Content: copy.Content) + anonymous.Status + sorted.Count() + Name;
                }

                private static int Describe(int Content) => Content;
            }
            """);

        [Fact]
        public Task PropertyPatternsBelongToTheTypeTheyName() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public bool Check(object o, [|OpenAI.Chat.ChatClient|] client) =>
                    o is [|OpenAI.Chat.ChatClient|] { Model: "m" }
                    || client is { {|#0:Model|}: "m" };
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatClient.Model' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task ObjectInitializerMembersBelongToTheCreation() => Verifier.AnalyzerAsync(
            """
            using System;
            using OpenAI;

            class Service
            {
                public object Options() => new {|#0:OpenAIClientOptions|}
                {
                    Endpoint = new Uri("https://example.test"),
                    OrganizationId = "org",
                };

                public object TargetTyped()
                {
                    [|OpenAIClientOptions|] options = {|#1:new() { OrganizationId = "org", ProjectId = "p" }|};
                    return options;
                }
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.OpenAIClientOptions' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"),
            Verifier.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.OpenAIClientOptions' couples this code to OpenAI; depend on an interface you own, implemented by an adapter instead"));

        [Fact]
        public Task AnthropicParametersWithInitializer() => Verifier.AnalyzerAsync(
            """
            using Anthropic.Models.Messages;

            class Service
            {
                public object Build() => new {|#0:MessageCreateParams|}
                {
                    MaxTokens = 1024,
                    Messages = new System.Collections.Generic.List<[|MessageParam|]>(),
                    Model = "model",
                };
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'Anthropic.Models.Messages.MessageCreateParams' couples this code to Anthropic; depend on Microsoft.Extensions.AI.IChatClient instead"));

        [Fact]
        public Task UsingAliasIsReportedOnTheAliasDirective() => Verifier.AnalyzerAsync(
            """
            using Chat = {|#0:OpenAI.Chat.ChatClient|};
            using Clients = System.Collections.Generic.List<[|Anthropic.AnthropicClient|]>;

            class Service
            {
                private Chat? _chat;
                private Clients? _clients;
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage(ChatClientMessage));

        [Fact]
        public Task EventsAreMembersToo() => Verifier.AnalyzerAsync(
            """
            using OpenAI.Realtime;

            class Service
            {
                public void Watch([|RealtimeClient|] client) => client.{|#0:OnSendingCommand|} += (sender, data) => { };
            }
            """,
            Verifier.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Realtime.RealtimeClient.OnSendingCommand' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IRealtimeClient instead"));

        [Fact]
        public Task ObjectMembersCoupleToNothing() => Verifier.AnalyzerAsync(
            """
            class Service
            {
                public string Describe([|OpenAI.Chat.ChatClient|] client, object other) =>
                    client.ToString() + client.GetHashCode() + client.Equals(other) + client.GetType();
            }
            """);

        [Fact]
        public Task AwsBedrockStub() => new AnalyzerTest(new VendorSdkUsageAnalyzer()).PerUse()
            .WithStacks(TestStacks.AwsBedrock)
            .WithSource(
                """
                using System.Threading.Tasks;
                using Amazon.BedrockRuntime;
                using Amazon.BedrockRuntime.Model;

                class Service
                {
                    public async Task<string> Ask()
                    {
                        using var client = new {|#0:AmazonBedrockRuntimeClient|}();
                        var response = await client.{|#1:ConverseAsync|}(new [|ConverseRequest|] { ModelId = "model" });
                        return response.{|#2:Output|}.Message.Content[0].Text;
                    }
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Amazon.BedrockRuntime.AmazonBedrockRuntimeClient' couples this code to AWS Bedrock; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage("'Amazon.BedrockRuntime.AmazonBedrockRuntimeClient.ConverseAsync' couples this code to AWS Bedrock; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithMessage("'Amazon.BedrockRuntime.Model.ConverseResponse.Output' couples this code to AWS Bedrock; depend on Microsoft.Extensions.AI.IChatClient instead"))
            .RunAsync();

        [Fact]
        public Task GoogleStubs() => new AnalyzerTest(new VendorSdkUsageAnalyzer()).PerUse()
            .WithStacks(TestStacks.GoogleGenAI | TestStacks.GoogleAIPlatform)
            .WithSource(
                """
                using System.Threading.Tasks;
                using Google.Cloud.AIPlatform.V1;
                using Google.GenAI;

                class Service
                {
                    public async Task<string> Gemini()
                    {
                        var client = new {|#0:Client|}(apiKey: "key");
                        var response = await client.{|#1:Models|}.GenerateContentAsync(model: "model", contents: "hi");
                        return response.{|#2:Text|};
                    }

                    public Task<[|GenerateContentResponse|]> Vertex() =>
                        PredictionServiceClient.{|#3:Create|}().GenerateContentAsync(new [|GenerateContentRequest|] { Model = "model" });
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Google.GenAI.Client' couples this code to Google Gemini; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage("'Google.GenAI.Client.Models' couples this code to Google Gemini; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithMessage("'Google.GenAI.Types.GenerateContentResponse.Text' couples this code to Google Gemini; depend on Microsoft.Extensions.AI.IChatClient instead"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(3).WithMessage("'Google.Cloud.AIPlatform.V1.PredictionServiceClient.Create' couples this code to Google Gemini; depend on Microsoft.Extensions.AI.IChatClient instead"))
            .RunAsync();
    }
}
