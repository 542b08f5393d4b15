using System.Collections.Immutable;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Policy.Catalog;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// LOCK003: a closed model's id written into code. The whole literal must be a model id of a catalog family
    /// (patterns cover future versions: <c>gpt-6</c>, <c>claude-sonnet-5</c>); short or generic families (<c>o3</c>,
    /// <c>sonar</c>) also need a model context. Open-weight families (<c>gpt-oss-*</c>, <c>llama-*</c>, <c>phi-*</c>) never fire.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HardCodedModelIdAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.HardCodedModelId);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression);
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            var text = StringLiterals.LeadingText(context.Node);
            if (text == null || text.Length < 2 || text.Length > 128)
            {
                return;
            }

            var catalog = VendorCatalog.Builtin;
            var settings = LockInSettings.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree));

            // Only strings that already look like a context-anchored family pay for the context check (which may bind).
            var found = catalog.FindModel(text, inModelContext: false)
                ?? (catalog.FindModel(text, inModelContext: true) is { } anchored
                    && ModelContext.Contains(context.Node, context.SemanticModel, catalog.ModelContextNames, settings.ExtraModelContextNames, context.CancellationToken)
                        ? anchored
                        : ((Vendor, ModelPattern)?)null);
            if (found == null || settings.IsExcluded(found.Value.Item1))
            {
                return;
            }

            var vendor = found.Value.Item1;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HardCodedModelId, context.Node.GetLocation(), text, vendor.Name));
        }
    }
}
