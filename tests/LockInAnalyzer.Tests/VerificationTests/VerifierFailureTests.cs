using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Sdk;

namespace LockInAnalyzer.Tests.VerificationTests
{
    /// <summary>The verifier is only as good as its failures: each way a test can be wrong must fail, with a readable report.</summary>
    public class VerifierFailureTests
    {
        private const string Source = """
            class Service
            {
                private OpenAI.Chat.ChatClient? _client;
            }
            """;

        [Fact]
        public async Task MissingDiagnosticFails()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => Verify<HardCodedModelIdAnalyzer>.AnalyzerAsync("class C { string s = [|\"hello\"|]; }"));
            Assert.Contains("Expected but not reported:", error.Message, StringComparison.Ordinal);
            Assert.Contains("/src/Test0.cs(1,22,1,29) [\"hello\"]: LOCK003", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task UnexpectedDiagnosticFails()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(Source));
            Assert.Contains("Reported but not expected:", error.Message, StringComparison.Ordinal);
            Assert.Contains(
                "/src/Test0.cs(3,13,3,35) [OpenAI.Chat.ChatClient]: warning LOCK001: 'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead",
                error.Message,
                StringComparison.Ordinal);
        }

        [Fact]
        public Task WrongSpanFails() => Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(Source.Replace("OpenAI.Chat.ChatClient", "OpenAI.Chat.[|ChatClient|]", StringComparison.Ordinal)));

        [Fact]
        public Task WrongIdFails() => Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(Source.Replace("OpenAI.Chat.ChatClient", "{|LOCK002:OpenAI.Chat.ChatClient|}", StringComparison.Ordinal)));

        [Fact]
        public async Task WrongMessageFails()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(
                Source.Replace("OpenAI.Chat.ChatClient", "{|#0:OpenAI.Chat.ChatClient|}", StringComparison.Ordinal),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithMessage("'OpenAI.Chat.ChatClient' couples this code to OpenAI")));
            Assert.Contains("expected message: 'OpenAI.Chat.ChatClient' couples this code to OpenAI", error.Message, StringComparison.Ordinal);
            Assert.Contains("actual message:   'OpenAI.Chat.ChatClient' couples this code to OpenAI; depend on Microsoft.Extensions.AI.IChatClient instead", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task WrongSeverityFails()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(
                Source.Replace("OpenAI.Chat.ChatClient", "{|#0:OpenAI.Chat.ChatClient|}", StringComparison.Ordinal),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithSeverity(DiagnosticSeverity.Error)));
            Assert.Contains("expected severity Error, actual Warning", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public Task SuppressionStateIsCompared() => Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(
            "#pragma warning disable LOCK001\n" + Source.Replace("OpenAI.Chat.ChatClient", "[|OpenAI.Chat.ChatClient|]", StringComparison.Ordinal)));

        [Fact]
        public async Task CompilerErrorsFailUnlessAllowed()
        {
            const string broken = "class C { void M() { undefined(); } }";
            var error = await Assert.ThrowsAsync<XunitException>(() => VerifyPerUse.AnalyzerAsync(broken));
            Assert.Contains("error CS0103", error.Message, StringComparison.Ordinal);
            await new AnalyzerTest(new VendorSdkUsageAnalyzer()) { AllowCompilerErrors = true }.WithSource(broken).RunAsync();
        }

        [Fact]
        public async Task AnalyzerExceptionsFail()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => new AnalyzerTest(new ThrowingAnalyzer()).WithSource("class C { }").RunAsync());
            Assert.Contains("An analyzer threw", error.Message, StringComparison.Ordinal);
            Assert.Contains("ThrowingAnalyzer", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public Task UnusedMarkupLocationIsAnError() => Assert.ThrowsAsync<InvalidOperationException>(() => VerifyPerUse.AnalyzerAsync("class {|#0:C|} { }"));

        [Fact]
        public Task ExpectationAtAnUndefinedLocationIsAnError() => Assert.ThrowsAsync<InvalidOperationException>(() => VerifyPerUse.AnalyzerAsync(
            "class C { }", ExpectedDiagnostic.Diagnostic("LOCK001").At(4)));

        [Fact]
        public Task DefaultMarkupNeedsASingleRule() => Assert.ThrowsAsync<InvalidOperationException>(() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new HardCodedModelIdAnalyzer())
            .WithSource("class C { string s = [|\"gpt-4o\"|]; }")
            .RunAsync());

        [Fact]
        public async Task CompilationWithoutStacksHasNoVendorSdk()
        {
            var error = await Assert.ThrowsAsync<XunitException>(() => Verify<VendorSdkUsageAnalyzer>.Test(Source).WithStacks(TestStacks.None).RunAsync());
            Assert.Contains("error CS0246", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task StubsCarryTheVendorsAssemblyNames()
        {
            var result = await new AnalyzerTest(new VendorSdkUsageAnalyzer()) { Stacks = TestStacks.All }.WithSource("class C { }").AnalyzeAsync();
            var names = result.Compilation.ReferencedAssemblyNames.Select(n => n.Name).ToImmutableHashSet();
            Assert.Superset(ImmutableHashSet.Create("AWSSDK.BedrockRuntime", "Google.GenAI", "Google.Cloud.AIPlatform.V1", "Contoso.Toolkit", "Mistral.SDK", "OpenAI", "Anthropic", "Microsoft.Extensions.AI.Abstractions"), names);
        }

        [Fact]
        public async Task EditorConfigSectionsApplyByPath()
        {
            var test = new AnalyzerTest(new VendorSdkUsageAnalyzer())
                .WithSource(Source, "/src/A/Service.cs")
                .WithSource(Source.Replace("Service", "Other", StringComparison.Ordinal), "/src/B/Other.cs")
                .WithEditorConfig("root = true\n\n[/src/A/*.cs]\ndotnet_diagnostic.LOCK001.severity = error\n")
                .WithEditorConfig("[*.cs]\nlockin.example = b\n", "/src/B/.editorconfig");
            var result = await test.AnalyzeAsync();
            Assert.Collection(
                result.Diagnostics,
                d => Assert.Equal(("/src/A/Service.cs", DiagnosticSeverity.Error), (d.Location.SourceTree!.FilePath, d.Severity)),
                d => Assert.Equal(("/src/B/Other.cs", DiagnosticSeverity.Warning), (d.Location.SourceTree!.FilePath, d.Severity)));
        }

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
#pragma warning disable RS2008 // A test-only rule: release tracking is for shipped analyzers.
            private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.EnableConcurrentExecution();
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.ClassDeclaration);
            }
        }
    }
}
