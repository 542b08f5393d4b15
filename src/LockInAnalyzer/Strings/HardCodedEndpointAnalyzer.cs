using System.Collections.Immutable;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// LOCK004: a proprietary AI endpoint written into code: raw HTTP, <c>new Uri(...)</c>, <c>HttpClient.BaseAddress</c>,
    /// an SDK's <c>Endpoint</c> option. The host decides the vendor, so an OpenAI-compatible client pointed at
    /// <c>api.deepseek.com</c> is reported as DeepSeek. Runs without any vendor SDK referenced: raw HTTP needs none.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedEndpointAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedEndpoint);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(Analyze, StringLiterals.Kinds);
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            var text = StringLiterals.LeadingText(context.Node);
            if (text == null)
            {
                return;
            }

            var host = EndpointHost.Extract(text);
            if (host == null)
            {
                return;
            }

            var vendor = VendorCatalog.Builtin.FindHost(host);
            if (vendor == null)
            {
                return;
            }

            var settings = LockInSettings.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree));
            if (settings.IsExcluded(vendor))
            {
                return;
            }

            // The message never repeats credentials written into the URL (they would end up in build logs and SARIF).
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HardCodedEndpoint, context.Node.GetLocation(), EndpointHost.RedactUserInfo(text), vendor.Name, host));
        }
    }
}
