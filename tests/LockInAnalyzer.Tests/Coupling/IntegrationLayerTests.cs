using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>
    /// LOCK001 on the integration layers real applications use: Semantic Kernel's OpenAI and Azure OpenAI connectors (the
    /// real 1.82.0 packages), its other vendor connectors and Aspire's client integrations (stubs with the real assembly
    /// names and namespaces), and their neutral counterparts (Semantic Kernel core, Microsoft.Extensions.AI and its
    /// OpenAI bridge, OllamaSharp), which are never reported. The shapes are the ones observed in public applications
    /// (docs/validation.md): kernel builders in Program.cs, DI registrations in <c>Add*</c> extension methods, settings
    /// objects in services.
    /// </summary>
    public class IntegrationLayerTests
    {
        private const TestStacks SemanticKernel = TestStacks.Default | TestStacks.SemanticKernel;

        /// <summary>Every use on its own and no composition root: these tests pin what counts as a vendor use.</summary>
        private static AnalyzerTest Uses() => new AnalyzerTest(new VendorSdkUsageAnalyzer()).PerUse().WithGlobalConfig("lockin.composition_roots = none", "/lockin.no-roots.globalconfig");

        private static string Message(string what, string vendor, string advice = "Microsoft.Extensions.AI.IChatClient") =>
            "'" + what + "' couples this code to " + vendor + "; depend on " + advice + " instead";

        [Fact]
        public Task SemanticKernelOpenAIConnectorInAKernelBuilder() => Uses()
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using System;
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                static class Program
                {
                    static Kernel Build(string model, string key)
                    {
                        var builder = Kernel.CreateBuilder();
                        builder.{|#0:AddOpenAIChatCompletion|}(model, key);
                        builder.Plugins.AddFromType<TimePlugin>();
                        return builder.Build();
                    }

                    static KernelArguments Arguments() => new(new {|#1:OpenAIPromptExecutionSettings|}
                    {
                        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
                        Temperature = 0.2,
                    });
                }

                sealed class TimePlugin
                {
                    [KernelFunction]
                    public string Now() => DateTime.UtcNow.ToString("O");
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion", "OpenAI")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage(Message("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings", "OpenAI")))
            .RunAsync();

        [Fact]
        public Task SemanticKernelAzureOpenAIConnectorInServiceRegistrations() => Uses()
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.ChatCompletion;
                using Microsoft.SemanticKernel.Connectors.AzureOpenAI;

                static class AiServiceCollectionExtensions
                {
                    public static IServiceCollection AddAssistant(this IServiceCollection services, string deployment, string endpoint, string key)
                    {
                        services.{|#0:AddAzureOpenAIChatCompletion|}(deployment, endpoint, key);
                        services.AddKernel();
                        return services;
                    }
                }

                sealed class Assistant
                {
                    private readonly Kernel kernel;
                    private readonly IChatCompletionService chat;

                    public Assistant(Kernel kernel)
                    {
                        this.kernel = kernel;
                        chat = kernel.GetRequiredService<IChatCompletionService>();
                    }

                    public PromptExecutionSettings Settings() => new {|#1:AzureOpenAIPromptExecutionSettings|} { MaxTokens = 400 };

                    public async System.Threading.Tasks.Task<string?> AskAsync(string question)
                    {
                        var history = new ChatHistory();
                        history.AddUserMessage(question);
                        var reply = await chat.GetChatMessageContentAsync(history, Settings(), kernel);
                        return reply.Content;
                    }
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("Microsoft.SemanticKernel.AzureOpenAIServiceCollectionExtensions.AddAzureOpenAIChatCompletion", "Azure OpenAI")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage(Message("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIPromptExecutionSettings", "Azure OpenAI")))
            .RunAsync();

        [Fact]
        public Task ConnectorServiceTypesAndTheExtensionsInTheDependencyInjectionNamespace() => Uses()
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                static class Registrations
                {
                    public static void Add(IServiceCollection services, string model, string key, string deployment, string endpoint)
                    {
                        services.{|#0:AddOpenAIChatClient|}(model, key);
                        services.AddSingleton(new {|#1:OpenAIChatCompletionService|}(model, key));
                        services.AddSingleton(new {|#2:AzureOpenAIChatCompletionService|}(deployment, endpoint, key));
                    }
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("Microsoft.Extensions.DependencyInjection.OpenAIServiceCollectionExtensions.AddOpenAIChatClient", "OpenAI")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage(Message("Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIChatCompletionService", "OpenAI")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithMessage(Message("Microsoft.SemanticKernel.Connectors.AzureOpenAI.AzureOpenAIChatCompletionService", "Azure OpenAI")))
            .RunAsync();

        [Fact]
        public Task OtherSemanticKernelVendorConnectors() => Uses()
            .WithStacks(SemanticKernel | TestStacks.SemanticKernelConnectorStubs)
            .WithSource(
                """
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.Connectors.Google;

                static class Kernels
                {
                    public static Kernel Create(string vendor, string model, string key) => vendor switch
                    {
                        "google" => Kernel.CreateBuilder().{|#0:AddGoogleAIGeminiChatCompletion|}(model, key).Build(),
                        "vertex" => Kernel.CreateBuilder().{|#1:AddVertexAIGeminiChatCompletion|}(model, key, "europe-west4", "contoso").Build(),
                        "mistral" => Kernel.CreateBuilder().{|#2:AddMistralChatCompletion|}(model, key).Build(),
                        "bedrock" => Kernel.CreateBuilder().{|#3:AddBedrockChatCompletionService|}(model).Build(),
                        _ => Kernel.CreateBuilder().{|#4:AddHuggingFaceChatCompletion|}(model).Build(),
                    };

                    public static PromptExecutionSettings Gemini() => new {|#5:GeminiPromptExecutionSettings|}();
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("Microsoft.SemanticKernel.GoogleAIKernelBuilderExtensions.AddGoogleAIGeminiChatCompletion", "Google Gemini", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage(Message("Microsoft.SemanticKernel.VertexAIKernelBuilderExtensions.AddVertexAIGeminiChatCompletion", "Google Gemini", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithMessage(Message("Microsoft.SemanticKernel.MistralAIKernelBuilderExtensions.AddMistralChatCompletion", "Mistral AI", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(3).WithMessage(Message("Microsoft.SemanticKernel.BedrockKernelBuilderExtensions.AddBedrockChatCompletionService", "AWS Bedrock", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(4).WithMessage(Message("Microsoft.SemanticKernel.HuggingFaceKernelBuilderExtensions.AddHuggingFaceChatCompletion", "Hugging Face Inference", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(5).WithMessage(Message("Microsoft.SemanticKernel.Connectors.Google.GeminiPromptExecutionSettings", "Google Gemini", "an interface you own, implemented by an adapter")))
            .RunAsync();

        [Fact]
        public Task AspireClientIntegrations() => Uses()
            .WithStacks(SemanticKernel | TestStacks.AspireClients)
            .WithSource(
                """
                using Microsoft.Extensions.AI;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                static class Startup
                {
                    public static void AddAi(IHostApplicationBuilder builder, bool azure)
                    {
                        if (azure)
                        {
                            builder.{|#0:AddAzureOpenAIClient|}("openai").AddChatClient("chat").UseFunctionInvocation();
                        }
                        else
                        {
                            builder.{|#1:AddOpenAIClient|}("openai", settings => settings.{|#2:Key|} = null).AddChatClient();
                        }
                    }
                }

                sealed class Chat
                {
                    private readonly IChatClient client;

                    public Chat(IChatClient client) => this.client = client;

                    public async System.Threading.Tasks.Task<string> AskAsync(string question) => (await client.GetResponseAsync(question)).Text;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("Microsoft.Extensions.Hosting.AspireAzureOpenAIExtensions.AddAzureOpenAIClient", "Azure OpenAI", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage(Message("Microsoft.Extensions.Hosting.AspireOpenAIExtensions.AddOpenAIClient", "OpenAI", "an interface you own, implemented by an adapter")),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithMessage(Message("Aspire.OpenAI.OpenAISettings.Key", "OpenAI", "an interface you own, implemented by an adapter")))
            .RunAsync();

        [Fact]
        public Task NeutralCounterpartsAreNeverReported() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new VendorTypeInPublicApiAnalyzer())
            .WithStacks(SemanticKernel | TestStacks.Ollama)
            .WithSource(
                """
                using System;
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.ChatCompletion;
                using OllamaSharp;

                public static class LocalAi
                {
                    public static IServiceCollection AddLocalAi(this IServiceCollection services, Uri endpoint, string model)
                    {
                        IChatClient ollama = new OllamaApiClient(endpoint, model);
                        services.AddChatClient(ollama).UseFunctionInvocation();
                        services.AddKernel().Plugins.AddFromType<Clock>();
                        return services;
                    }

                    public static async Task<string?> AskAsync(Kernel kernel, string question)
                    {
                        var chat = kernel.GetRequiredService<IChatCompletionService>();
                        var history = new ChatHistory("You are terse.");
                        history.AddUserMessage(question);
                        var settings = new PromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto() };
                        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel);
                        return reply.Content;
                    }

                    public static IChatCompletionService AsSemanticKernelService(IChatClient client) => client.AsChatCompletionService();
                }

                public sealed class Clock
                {
                    [KernelFunction]
                    public string Now() => DateTime.UtcNow.ToString("O");
                }
                """)
            .RunAsync();

        [Fact]
        public Task TheMicrosoftExtensionsAIBridgeIsTheWayOutAndOnlyTheVendorClientIsReported() => Uses()
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using Microsoft.Extensions.AI;
                using Microsoft.Extensions.DependencyInjection;
                using OpenAI;

                static class CompositionRoot
                {
                    public static void AddChat(IServiceCollection services, string key, string model) =>
                        services.AddChatClient(new {|#0:OpenAIClient|}(key).GetChatClient(model).AsIChatClient());
                }
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage(Message("OpenAI.OpenAIClient", "OpenAI", "an interface you own, implemented by an adapter")))
            .RunAsync();
    }
}
