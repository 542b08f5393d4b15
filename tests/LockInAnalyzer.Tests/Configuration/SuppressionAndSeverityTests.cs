using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LockInAnalyzer.Tests.Configuration
{
    /// <summary>The ordinary Roslyn controls work on LockIn diagnostics: #pragma, [SuppressMessage] and severities in config files.</summary>
    public class SuppressionAndSeverityTests
    {
        [Fact]
        public Task PragmaWarningDisable() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .PerUse()
            .WithSource(
                """
                class Service
                {
                #pragma warning disable LOCK001 // migrating in #1234
                    private {|#0:OpenAI.Chat.ChatClient|}? _legacy;
                #pragma warning restore LOCK001
                    private {|#1:OpenAI.Chat.ChatClient|}? _current;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).Suppressed(),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(1))
            .RunAsync();

        /// <summary>
        /// A coupling point is suppressed where it is reported: at its first use. A pragma around a later use does not
        /// suppress it; one around the first use does (the other uses are part of the same point).
        /// </summary>
        [Fact]
        public Task PragmaWarningDisableOnACouplingPoint() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .WithSource(
                """
                class Legacy
                {
                #pragma warning disable LOCK001 // migrating in #1234
                    private {|#0:OpenAI.Chat.ChatClient|}? _legacy;
                #pragma warning restore LOCK001
                    private {|#1:OpenAI.Chat.ChatClient|}? _current;
                }

                class Current
                {
                    private {|#2:OpenAI.Chat.ChatClient|}? _current;
                #pragma warning disable LOCK001
                    private {|#3:OpenAI.Chat.ChatClient|}? _legacy;
                #pragma warning restore LOCK001
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithAdditionalLocations(1).Suppressed(),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(2).WithAdditionalLocations(3))
            .RunAsync();

        [Fact]
        public Task SuppressMessageAttribute() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new HardCodedModelIdAnalyzer())
            .WithSource(
                """
                using System.Diagnostics.CodeAnalysis;

                [SuppressMessage("LockIn.Coupling", "LOCK001:Proprietary AI SDK used outside an adapter", Justification = "Spike")]
                class Spike
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? _client;
                    private string _model = {|#1:"gpt-4o"|};
                }

                class Service
                {
                    [SuppressMessage("LockIn.Coupling", "LOCK003")]
                    private string _model = {|#2:"gpt-4o"|};
                    private {|#3:OpenAI.Chat.ChatClient|}? _client;
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).Suppressed(),
                ExpectedDiagnostic.Diagnostic("LOCK003").At(1),
                ExpectedDiagnostic.Diagnostic("LOCK003").At(2).Suppressed(),
                ExpectedDiagnostic.Diagnostic("LOCK001").At(3))
            .RunAsync();

        [Fact]
        public Task SeverityErrorFromEditorConfig() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new HardCodedModelIdAnalyzer())
            .WithSource(
                """
                class Service
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? _client;
                    private string _model = {|#1:"gpt-4o"|};
                }
                """)
            .WithEditorConfig(
                """
                root = true

                [*.cs]
                dotnet_diagnostic.LOCK001.severity = error
                dotnet_diagnostic.LOCK003.severity = suggestion
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithSeverity(DiagnosticSeverity.Error),
                ExpectedDiagnostic.Diagnostic("LOCK003").At(1).WithSeverity(DiagnosticSeverity.Info))
            .RunAsync();

        [Fact]
        public Task SeverityNoneTurnsARuleOffForTheMatchingFilesOnly() => new AnalyzerTest(new VendorSdkUsageAnalyzer())
            .WithSource(
                """
                class Legacy
                {
                    private OpenAI.Chat.ChatClient? _client;
                }
                """,
                "/src/Legacy/Legacy.cs")
            .WithSource(
                """
                class Service
                {
                    private {|#0:OpenAI.Chat.ChatClient|}? _client;
                }
                """,
                "/src/Service.cs")
            .WithEditorConfig(
                """
                root = true

                [/src/Legacy/**.cs]
                dotnet_diagnostic.LOCK001.severity = none
                """)
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithSeverity(DiagnosticSeverity.Warning))
            .RunAsync();

        [Fact]
        public Task SeverityFromAGlobalConfig() => new AnalyzerTest(new HardCodedEndpointAnalyzer())
            .WithSource(
                """
                class Service
                {
                    private const string Url = {|#0:"https://api.openai.com/v1"|};
                }
                """)
            .WithGlobalConfig("dotnet_diagnostic.LOCK004.severity = error")
            .Expect(ExpectedDiagnostic.Diagnostic("LOCK004").At(0).WithSeverity(DiagnosticSeverity.Error))
            .RunAsync();

        [Fact]
        public Task DefaultSeverityIsWarning() => new AnalyzerTest(new VendorSdkUsageAnalyzer(), new VendorTypeInPublicApiAnalyzer(), new HardCodedModelIdAnalyzer(), new HardCodedEndpointAnalyzer())
            .WithSource(
                """
                public class Service
                {
                    public {|#1:{|#0:OpenAI.Chat.ChatClient|}?|} Client { get; set; }
                    private string _model = {|#2:"gpt-4o"|};
                    private string _url = {|#3:"https://api.openai.com"|};
                }
                """)
            .Expect(
                ExpectedDiagnostic.Diagnostic("LOCK001").At(0).WithSeverity(DiagnosticSeverity.Warning),
                ExpectedDiagnostic.Diagnostic("LOCK002").At(1).WithSeverity(DiagnosticSeverity.Warning),
                ExpectedDiagnostic.Diagnostic("LOCK003").At(2).WithSeverity(DiagnosticSeverity.Warning),
                ExpectedDiagnostic.Diagnostic("LOCK004").At(3).WithSeverity(DiagnosticSeverity.Warning))
            .RunAsync();
    }
}
