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
            var found = catalog.MatchModel(text);
            if (found == null)
            {
                return;
            }

            // Settings are looked up only for the rare literal that names a model; only context-anchored families pay for
            // the context check (which may bind).
            var settings = LockInSettings.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree));
            if (settings.IsExcluded(found.Value.Vendor)
                || (found.Value.Pattern.Anchor != ModelAnchor.Anywhere
                    && !ModelContext.Contains(context.Node, context.SemanticModel, catalog.ModelContextNames, settings.ExtraModelContextNames, context.CancellationToken)))
            {
                return;
            }

            var vendor = found.Value.Vendor;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HardCodedModelId, context.Node.GetLocation(), text, vendor.Name));
        }
    }
}
