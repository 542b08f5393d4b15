using System.Collections.Immutable;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// LOCK005: an open-weight model id where a model id goes (a model parameter, property or variable, as for LOCK003)
    /// whose openness class the policy reports: by default the open-weights-restricted class (Llama Community License,
    /// Gemma Terms of Use) as Info. The policy's <c>models.openness</c> reaches the analyzer as
    /// <c>lockin.model_openness</c> and sets each class's action; <c>deny</c> reports an error, so the build fails at
    /// the model's location. Closed ids (LOCK003) and open source AI are never reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ModelOpennessAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ModelNotOpenSource, DiagnosticDescriptors.ModelNotOpenSourceWarning, DiagnosticDescriptors.ModelNotOpenSourceError);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression);
        }

        private static void Analyze(SyntaxNodeAnalysisContext context)
        {
            // The common case costs one first-character probe; settings are looked up only for a literal that may be a model id.
            var text = StringLiterals.LeadingText(context.Node);
            if (text == null || (ModelOpennessCatalog.Builtin.Match(text) == null && !OpenModelLiteral.IsUnclassifiedOpenWeights(text)))
            {
                return;
            }

            var settings = LockInSettings.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Node.SyntaxTree));
            var includeUnclassified = settings.ActionFor(ModelOpenness.Unknown) != ModelPolicyAction.Allow;
            var found = OpenModelLiteral.Find(context.Node, context.SemanticModel, settings, includeUnclassified, context.CancellationToken);
            if (found == null)
            {
                return;
            }

            // The descriptor's default carries the action, so dotnet_diagnostic.LOCK005.severity still overrides it.
            var descriptor = settings.ActionFor(found.Openness) switch
            {
                ModelPolicyAction.Deny => DiagnosticDescriptors.ModelNotOpenSourceError,
                ModelPolicyAction.Warn => DiagnosticDescriptors.ModelNotOpenSourceWarning,
                ModelPolicyAction.Info => DiagnosticDescriptors.ModelNotOpenSource,
                _ => null,
            };
            if (descriptor == null || found.Openness == ModelOpenness.OpenSourceAi)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                descriptor,
                context.Node.GetLocation(),
                found.Text,
                found.OpennessPhrase,
                found.LicensePhrase));
        }
    }
}
