using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>
    /// The composition root (Program.cs, Startup.cs, DI registration methods, or the files of lockin.composition_roots):
    /// creating, configuring and registering a vendor client there is the vendor choice (LOCK006, information), not
    /// LOCK001; calling the service still is LOCK001.
    /// </summary>
    public class CompositionRootTests
    {
        private const string Advice = "depend on Microsoft.Extensions.AI.IChatClient instead";

        private const string TopLevelProgram =
            """
            using Microsoft.Extensions.DependencyInjection;
            using OpenAI;
            using OpenAI.Chat;

            IServiceCollection services = null!;
            var options = new {|#10:OpenAIClientOptions|} { Endpoint = new System.Uri("https://llm.example.test") };
            var client = new {|#12:OpenAIClient|}(new System.ClientModel.ApiKeyCredential("k"), options);
            {|#13:ChatClient|} chat = client.{|#14:GetChatClient|}("model");
            services.AddSingleton(chat);
            services.AddSingleton(new {|#15:OpenAIClient|}("k").GetEmbeddingClient("model"));
            """;

        /// <summary>The vendor choice of <see cref="TopLevelProgram"/>: information, not a warning.</summary>
        private static readonly ExpectedDiagnostic VendorChoice = ExpectedDiagnostic.Diagnostic("LOCK006").At(10).WithAdditionalLocations(12, 13, 14, 15)
            .WithMessage("'Program' chooses OpenAI in 5 places ('OpenAI.OpenAIClientOptions', 'OpenAI.OpenAIClient', 'OpenAI.Chat.ChatClient' and 1 more); keep the choice here and depend on Microsoft.Extensions.AI.IChatClient and an interface you own, implemented by an adapter everywhere else");

        private static AnalyzerTest Test() => new AnalyzerTest(new VendorSdkUsageAnalyzer()) { OutputKind = OutputKind.ConsoleApplication };

        [Fact]
        public Task WiringInProgramCsIsOnlyTheVendorChoice() => Test()
            .WithSource(TopLevelProgram, "/src/Program.cs")
            .Expect(VendorChoice)
            .RunAsync();

        [Fact]
        public Task CallingTheServiceInProgramCsIsReportedFromItsFirstCall() => Test()
            .WithSource(
                TopLevelProgram + "\n" +
                """
                {|#16:ChatCompletion|} answer = chat.{|#0:CompleteChat|}("Hello");
                System.Console.WriteLine(answer.{|#1:Content|}[0].Text);
                """,
                "/src/Program.cs")
            .Expect(
                // Declaring a variable of a vendor type counts as wiring: the choice lists it, the call is the use.
                ExpectedDiagnostic.Diagnostic("LOCK006").At(10).WithAdditionalLocations(12, 13, 14, 15, 16)
                    .WithMessage("'Program' chooses OpenAI in 6 places ('OpenAI.OpenAIClientOptions', 'OpenAI.OpenAIClient', 'OpenAI.Chat.ChatClient' and 2 more); keep the choice here and depend on Microsoft.Extensions.AI.IChatClient and an interface you own, implemented by an adapter everywhere else"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1)
                    .WithMessage("'Program' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient.CompleteChat' and 'OpenAI.Chat.ChatCompletion.Content'); " + Advice))
            .RunAsync();

        [Fact]
        public Task TheSameCodeOutsideACompositionRootIsReportedInFull() => Test()
            .WithSource(
                """
                using Microsoft.Extensions.DependencyInjection;
                using OpenAI;
                using OpenAI.Chat;

                IServiceCollection services = null!;
                var client = new {|#0:OpenAIClient|}("k");
                {|#1:ChatClient|} chat = client.{|#2:GetChatClient|}("model");
                services.AddSingleton(chat);
                """,
                "/src/Bootstrap.cs")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1, 2)
                .WithMessage("'Program' is coupled to OpenAI in 3 places ('OpenAI.OpenAIClient', 'OpenAI.Chat.ChatClient' and 'OpenAI.OpenAIClient.GetChatClient'); depend on Microsoft.Extensions.AI.IChatClient and an interface you own, implemented by an adapter instead"))
            .RunAsync();

        [Fact]
        public Task NoneDeclaresNoCompositionRoot() => Test()
            .WithGlobalConfig("lockin.composition_roots = none")
            .WithSource(
                """
                var client = new {|#0:OpenAI.OpenAIClient|}("k");
                var chat = client.{|#1:GetChatClient|}("model");
                """,
                "/src/Program.cs")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1))
            .RunAsync();

        [Fact]
        public Task ConfiguredFilePatternsReplaceTheDefault() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.composition_roots = Hosting/*.cs, **/Composition/**/*Setup.cs
                """)
            .WithSource("static class AiSetup { public static object Chat() => new {|#1:OpenAI.Chat.ChatClient|}(\"m\", \"k\"); }", "/src/Hosting/AiSetup.cs")
            .WithSource("static class DeepSetup { public static object Chat() => new {|#2:OpenAI.Chat.ChatClient|}(\"m\", \"k\"); }", "/src/App/Composition/Ai/ChatSetup.cs")
            .WithSource("static class Program { public static object Chat() => new {|#0:OpenAI.Chat.ChatClient|}(\"m\", \"k\"); }", "/src/Program.cs")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0),
                ExpectedDiagnostic.Diagnostic("LOCK006").At(1),
                ExpectedDiagnostic.Diagnostic("LOCK006").At(2))
            .RunAsync();

        [Fact]
        public Task ARegistrationMethodIsACompositionRootAndItsSiblingsAreNot() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .WithSource(
                """
                using Microsoft.Extensions.DependencyInjection;
                using OpenAI.Chat;

                public static class AiRegistration
                {
                    public static IServiceCollection AddAi(this IServiceCollection services, string key) =>
                        services.AddSingleton(new {|#2:OpenAI.OpenAIClient|}(key).GetChatClient("model"));

                    internal static string Ask({|#0:ChatClient|} chat) => chat.{|#1:CompleteChat|}("Hello").Value.Content[0].Text;
                }
                """,
                "/src/Infrastructure/AiRegistration.cs")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK006").At(2)
                    .WithMessage("'AiRegistration' chooses OpenAI in 1 place ('OpenAI.OpenAIClient'); keep the choice here and depend on an interface you own, implemented by an adapter everywhere else"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1)
                    .WithMessage("'AiRegistration' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient' and 'OpenAI.Chat.ChatClient.CompleteChat'); " + Advice))
            .RunAsync();

        [Fact]
        public Task AnInvalidPatternIsLock009() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new LockInAnalyzer.Configuration.ConfigurationAnalyzer())
            .WithGlobalConfig("lockin.composition_roots = Program.cs, ../Startup.cs")
            .WithSource("{|#0:|}class C { }")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK009").At(0)
                .WithMessage("Invalid value '../Startup.cs' for 'lockin.composition_roots': '../Startup.cs' has an invalid segment '..' ('**' must be a whole segment; '.' and '..' are not allowed); the setting is ignored"))
            .RunAsync();
    }
}
