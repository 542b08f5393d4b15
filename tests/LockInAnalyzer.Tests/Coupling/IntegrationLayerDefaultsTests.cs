using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>
    /// Semantic Kernel and Aspire at the default settings, in the shapes of docs/validation.md: registering a vendor
    /// connector in the composition root is the vendor choice (LOCK006, information); a service that holds vendor
    /// settings is one LOCK001 coupling point.
    /// </summary>
    public class IntegrationLayerDefaultsTests
    {
        private const TestStacks SemanticKernel = TestStacks.Default | TestStacks.SemanticKernel;

        [Fact]
        public Task KernelWiringInProgramCsIsTheVendorChoice() => new AnalyzerTest(new VendorSdkUsageAnalyzer()) { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication }
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.ChatCompletion;
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                var builder = Kernel.CreateBuilder();
                builder.{|#0:AddOpenAIChatCompletion|}("model", "key");
                var kernel = builder.Build();
                var chat = kernel.GetRequiredService<IChatCompletionService>();
                var settings = new {|#1:OpenAIPromptExecutionSettings|} { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0.2 };
                var history = new ChatHistory();
                history.AddUserMessage("Hello");
                var reply = await chat.GetChatMessageContentAsync(history, settings, kernel);
                System.Console.WriteLine(reply.Content);
                """,
                "/src/Program.cs")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK006").At(0).WithAdditionalLocations(1)
                .WithMessage("'Program' chooses OpenAI in 2 places ('Microsoft.SemanticKernel.OpenAIKernelBuilderExtensions.AddOpenAIChatCompletion' and 'Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings'); keep the choice here and depend on Microsoft.Extensions.AI.IChatClient everywhere else"))
            .RunAsync();

        [Fact]
        public Task AspireWiringInProgramCsIsTheVendorChoice() => new AnalyzerTest(new VendorSdkUsageAnalyzer()) { OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication }
            .WithStacks(SemanticKernel | TestStacks.AspireClients)
            .WithSource(
                """
                using Microsoft.Extensions.AI;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                IHostApplicationBuilder builder = null!;
                builder.{|#0:AddAzureOpenAIClient|}("openai").AddChatClient("chat").UseFunctionInvocation();
                builder.{|#1:AddOpenAIClient|}("backup", settings => settings.{|#2:Key|} = null).AddChatClient();
                """,
                "/src/Program.cs")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK006").At(0)
                    .WithMessage("'Program' chooses Azure OpenAI in 1 place ('Microsoft.Extensions.Hosting.AspireAzureOpenAIExtensions.AddAzureOpenAIClient'); keep the choice here and depend on an interface you own, implemented by an adapter everywhere else"),
                ExpectedDiagnostic.Diagnostic("LOCK006").At(1).WithAdditionalLocations(2)
                    .WithMessage("'Program' chooses OpenAI in 2 places ('Microsoft.Extensions.Hosting.AspireOpenAIExtensions.AddOpenAIClient' and 'Aspire.OpenAI.OpenAISettings.Key'); keep the choice here and depend on an interface you own, implemented by an adapter everywhere else"))
            .RunAsync();

        [Fact]
        public Task AServiceHoldingConnectorSettingsIsOneCouplingPoint() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .WithStacks(SemanticKernel)
            .WithSource(
                """
                using System.Threading.Tasks;
                using Microsoft.SemanticKernel;
                using Microsoft.SemanticKernel.ChatCompletion;
                using Microsoft.SemanticKernel.Connectors.OpenAI;

                sealed class Summarizer(Kernel kernel)
                {
                    private readonly {|#0:OpenAIPromptExecutionSettings|} settings = new {|#1:OpenAIPromptExecutionSettings|} { Temperature = 0 };

                    public async Task<string?> SummarizeAsync(string text)
                    {
                        var chat = kernel.GetRequiredService<IChatCompletionService>();
                        var reply = await chat.GetChatMessageContentAsync("Summarize: " + text, settings, kernel);
                        return reply.Content;
                    }
                }
                """,
                "/src/Domain/Summarizer.cs")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1)
                .WithMessage("'Summarizer' is coupled to OpenAI in 2 places ('Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings'); depend on Microsoft.Extensions.AI.IChatClient instead"))
            .RunAsync();
    }
}
