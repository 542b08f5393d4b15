using System;
using System.Collections.Immutable;
using System.Linq;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Configuration
{
    /// <summary>
    /// LOCK009: an option the analyzers could not understand. Reported at the top of the first hand-written file of the
    /// compilation (see <see cref="ConfigurationAnchor"/>), and at the top of any other file whose problems differ from
    /// that file's, so one bad line in .editorconfig yields one warning, not one per file. Deterministic: no shared state
    /// between callbacks.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidConfiguration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated files are analyzed too: when every file is generated, the anchor is one of them, and the warning
            // must still appear. Other generated files share the anchor's options and stay quiet.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var provider = start.Options.AnalyzerConfigOptionsProvider;

                // Chosen only once some file has a problem: a valid configuration costs no look at any file.
                var anchor = new Lazy<SyntaxTree?>(() => ConfigurationAnchor.Choose(start.Compilation, provider, start.CancellationToken));
                start.RegisterSyntaxTreeAction(tree =>
                {
                    var settings = LockInSettings.For(provider.GetOptions(tree.Tree));
                    if (settings.Problems.Count == 0)
                    {
                        return;
                    }

                    var anchorTree = anchor.Value;
                    if (tree.Tree != anchorTree && anchorTree != null && SameProblems(settings, LockInSettings.For(provider.GetOptions(anchorTree))))
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
