using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>
    /// LOCK001's default report: one diagnostic per type declaration (and part of a partial type) and vendor, at the
    /// first use, every other use an additional location, and a message naming the unit, the vendor, a few symbols and
    /// the number of uses. <c>lockin.coupling_report = member</c> groups per member instead; <c>use</c> (the tests of
    /// what counts as a use, in VendorSdkUsageTests) reports each use.
    /// </summary>
    public class CouplingPointTests
    {
        private const string Advice = "depend on Microsoft.Extensions.AI.IChatClient instead";

        private static AnalyzerTest Test() => new AnalyzerTest(new VendorSdkUsageAnalyzer());

        [Fact]
        public Task OneDiagnosticPerTypeAtItsFirstUseWithEveryOtherUse() => Test()
            .WithSource(
                """
                using System.Threading.Tasks;
                using OpenAI.Chat;

                internal sealed class TicketSummarizer
                {
                    private readonly {|#0:ChatClient|} chat;

                    public TicketSummarizer(string model, string apiKey) => chat = new {|#1:ChatClient|}(model, apiKey);

                    public async Task<string> SummarizeAsync(string ticket)
                    {
                        {|#2:ChatCompletion|} completion = await chat.{|#3:CompleteChatAsync|}(new {|#4:UserChatMessage|}("Summarize: " + ticket));
                        return completion.{|#5:Content|}[0].Text;
                    }
                }
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1, 2, 3, 4, 5)
                .WithMessage("'TicketSummarizer' is coupled to OpenAI in 6 places ('OpenAI.Chat.ChatClient', 'OpenAI.Chat.ChatCompletion', 'OpenAI.Chat.ChatClient.CompleteChatAsync' and 2 more); " + Advice))
            .RunAsync();

        [Fact]
        public Task OneUseAndTwoSymbolsAreNamedInFull() => Test()
            .WithSource(
                """
                using OpenAI.Chat;

                class One
                {
                    private {|#0:ChatClient|}? chat;
                }

                class Two
                {
                    private {|#1:ChatClient|}? chat;
                    private {|#2:ChatCompletion|}? last;
                    private {|#3:ChatClient|}? spare;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'One' is coupled to OpenAI in 1 place ('OpenAI.Chat.ChatClient'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithAdditionalLocations(2, 3)
                    .WithMessage("'Two' is coupled to OpenAI in 3 places ('OpenAI.Chat.ChatClient' and 'OpenAI.Chat.ChatCompletion'); " + Advice))
            .RunAsync();

        [Fact]
        public Task EachVendorOfATypeIsItsOwnCouplingPointAndRolesJoinTheAdvice() => Test()
            .WithSource(
                """
                using OpenAI.Chat;
                using OpenAI.Embeddings;

                class Assistant
                {
                    private {|#0:Anthropic.AnthropicClient|}? claude;
                    private {|#1:ChatClient|}? chat;
                    private {|#2:EmbeddingClient|}? embeddings;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Assistant' is coupled to Anthropic in 1 place ('Anthropic.AnthropicClient'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithAdditionalLocations(2)
                    .WithMessage("'Assistant' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient' and 'OpenAI.Embeddings.EmbeddingClient'); depend on Microsoft.Extensions.AI.IChatClient and Microsoft.Extensions.AI.IEmbeddingGenerator<string, Embedding<float>> instead"))
            .RunAsync();

        [Fact]
        public Task EachPartOfAPartialTypeIsReportedInItsOwnFile() => Test()
            .WithSource(
                """
                partial class Service
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? chat;
                }
                """,
                "/src/Service.cs")
            .WithSource(
                """
                partial class Service
                {
                    private {|#1:OpenAI.Chat.ChatCompletion|}? last;
                    private {|#2:OpenAI.Chat.ChatClient|}? spare;
                }
                """,
                "/src/Service.Results.cs")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Service' is coupled to OpenAI in 1 place ('OpenAI.Chat.ChatClient'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithAdditionalLocations(2)
                    .WithMessage("'Service' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatCompletion' and 'OpenAI.Chat.ChatClient'); " + Advice))
            .RunAsync();

        [Fact]
        public Task ANestedTypeIsItsOwnCouplingPoint() => Test()
            .WithSource(
                """
                class Outer
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? chat;

                    class Inner
                    {
                        private {|#1:OpenAI.Chat.ChatClient|}? chat;
                    }
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'Outer' is coupled to OpenAI in 1 place ('OpenAI.Chat.ChatClient'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage("'Outer.Inner' is coupled to OpenAI in 1 place ('OpenAI.Chat.ChatClient'); " + Advice))
            .RunAsync();

        [Fact]
        public Task MemberReportGroupsPerMember() => Test()
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.coupling_report = member
                """)
            .WithSource(
                """
                using OpenAI.Chat;

                class Service
                {
                    private readonly {|#0:ChatClient|} chat = new {|#1:ChatClient|}("m", "k");

                    public string Ask(string question)
                    {
                        {|#2:ChatCompletion|} completion = chat.{|#3:CompleteChat|}(question);
                        return completion.{|#4:Content|}[0].Text;
                    }

                    private {|#5:ChatClient|} Client => chat;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1)
                    .WithMessage("'Service.chat' is coupled to OpenAI in 2 places ('OpenAI.Chat.ChatClient'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithAdditionalLocations(3, 4)
                    .WithMessage("'Service.Ask(string)' is coupled to OpenAI in 3 places ('OpenAI.Chat.ChatCompletion', 'OpenAI.Chat.ChatClient.CompleteChat' and 'OpenAI.Chat.ChatCompletion.Content'); " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(5)
                    .WithMessage("'Service.Client' is coupled to OpenAI in 1 place ('OpenAI.Chat.ChatClient'); " + Advice))
            .RunAsync();

        [Fact]
        public Task UseReportGivesEachUseTheFormerMessage() => Test()
            .WithGlobalConfig("lockin.coupling_report = use")
            .WithSource(
                """
                class Service
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? chat;
                    private {|#1:OpenAI.Chat.ChatClient|}? spare;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatClient' couples this code to OpenAI; " + Advice),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithMessage("'OpenAI.Chat.ChatClient' couples this code to OpenAI; " + Advice))
            .RunAsync();

        [Fact]
        public Task TheReportModeCanDifferPerFolder() => Test()
            .WithEditorConfig(
                """
                root = true

                [Legacy/**.cs]
                lockin.coupling_report = use
                """,
                "/src/.editorconfig")
            .WithSource("class A { private {|#0:OpenAI.Chat.ChatClient|}? a; private {|#1:OpenAI.Chat.ChatClient|}? b; }", "/src/Domain/A.cs")
            .WithSource("class B { private {|#2:OpenAI.Chat.ChatClient|}? a; private {|#3:OpenAI.Chat.ChatClient|}? b; }", "/src/Legacy/B.cs")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(3))
            .RunAsync();

        [Fact]
        public Task UsingAliasesAndAssemblyAttributesOutsideTypesAreEachTheirOwnPoint() => Test()
            .WithSource(
                """
                using Chat = {|#0:OpenAI.Chat.ChatClient|};

                class Service
                {
                    private Chat? chat;
                }
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatClient' couples this code to OpenAI; " + Advice))
            .RunAsync();

        [Fact]
        public Task AdapterUsesAreNotCounted() => Test()
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.adapter_namespaces = Contoso.Ai
                """)
            .WithSource(
                """
                namespace Contoso.Ai
                {
                    class Adapter { private OpenAI.Chat.ChatClient? chat; }
                }

                namespace Contoso.Domain
                {
                    class Service { private {|#0:OpenAI.Chat.ChatClient|}? chat; }
                }
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0))
            .RunAsync();

        [Fact]
        public Task InvalidReportModeIsLock009AndTheDefaultApplies() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new LockInAnalyzer.Configuration.ConfigurationAnalyzer())
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                lockin.coupling_report = file
                """)
            .WithSource("{|#0:|}class Service { private {|#1:OpenAI.Chat.ChatClient|}? a; private {|#2:OpenAI.Chat.ChatClient|}? b; }")
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK009").At(0).WithMessage("Invalid value 'file' for 'lockin.coupling_report': expected type, member or use; the setting is ignored"),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1).WithAdditionalLocations(2))
            .RunAsync();

        /// <summary>
        /// The IDE analyzes the open document on its own (CompilationWithAnalyzers per semantic model, as csharp-ls and
        /// Visual Studio do): each document gets exactly its share of the full build's LOCK001, partial types included.
        /// </summary>
        [Fact]
        public async Task EachDocumentAnalyzedAloneGetsWhatTheBuildReportsForIt()
        {
            var result = await Test()
                .WithSource("partial class Service { private OpenAI.Chat.ChatClient? chat; string Ask() => chat!.CompleteChat(\"q\").Value.Content[0].Text; }", "/src/Service.cs")
                .WithSource("partial class Service { private OpenAI.Chat.ChatCompletion? last; }", "/src/Service.Results.cs")
                .WithSource("class Other { private Anthropic.AnthropicClient? claude; }", "/src/Other.cs")
                .AnalyzeAsync();
            Assert.Equal(3, result.Diagnostics.Length);

            var withAnalyzers = result.Compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new VendorSdkUsageAnalyzer()));
            foreach (var tree in result.Compilation.SyntaxTrees)
            {
                var alone = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(result.Compilation.GetSemanticModel(tree), null, default);
                var expected = result.Diagnostics.Where(d => d.Location.SourceTree!.FilePath == tree.FilePath).Select(Describe).ToArray();
                Assert.Single(expected);
                Assert.Equal(string.Join("\n", expected), string.Join("\n", alone.Select(Describe)));
            }

            static string Describe(Diagnostic d) => DiagnosticText.Describe(d) + " +" + string.Join(",", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()));
        }

        [Fact]
        public async Task TheDiagnosticCarriesTheVendorIdForReports()
        {
            var result = await Test().WithSource("class Service { private Anthropic.AnthropicClient? a; }").AnalyzeAsync();
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("anthropic", diagnostic.Properties[CouplingPointProperties.VendorId]);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        }
    }
}
