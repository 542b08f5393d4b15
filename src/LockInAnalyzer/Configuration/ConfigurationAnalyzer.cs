using System.Collections.Immutable;
using System.Linq;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Configuration
{
    /// <summary>
    /// LOCK009: an option the analyzers could not understand. Reported at the top of the first file of the compilation,
    /// and at the top of any other file whose options differ from that first file's, so one bad line in
    /// .editorconfig yields one warning, not one per file. Deterministic: no shared state between callbacks.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var firstTree = start.Compilation.SyntaxTrees.FirstOrDefault();
                if (firstTree == null)
                {
                    return;
                }

                var provider = start.Options.AnalyzerConfigOptionsProvider;
                var firstSettings = LockInSettings.For(provider.GetOptions(firstTree));
                start.RegisterSyntaxTreeAction(tree =>
                {
                    var settings = LockInSettings.For(provider.GetOptions(tree.Tree));
                    if (settings.Problems.Count == 0 || (tree.Tree != firstTree && SameProblems(settings, firstSettings)))
                    {
                        return;
                    }

                    var location = Location.Create(tree.Tree, new TextSpan(0, 0));
                    foreach (var problem in settings.Problems)
                    {
                        tree.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, location, problem.Value, problem.Key, problem.Reason));
                    }
                });
            });
        }

        private static bool SameProblems(LockInSettings a, LockInSettings b) =>
            ReferenceEquals(a, b)
            || a.Problems.Select(p => p.Key + "=" + p.Value).SequenceEqual(b.Problems.Select(p => p.Key + "=" + p.Value));
    }
}
