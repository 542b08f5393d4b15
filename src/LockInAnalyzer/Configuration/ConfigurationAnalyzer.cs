using System;
using System.Collections.Generic;
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

                // Computed only once some file has a problem: a valid configuration costs no look at any other file.
                var owners = new Lazy<Dictionary<string, SyntaxTree>>(() => ProblemOwners(start.Compilation, provider, start.CancellationToken));
                start.RegisterSyntaxTreeAction(tree =>
                {
                    var settings = LockInSettings.For(provider.GetOptions(tree.Tree));
                    if (settings.Problems.Count == 0)
                    {
                        return;
                    }

                    var location = Location.Create(tree.Tree, new TextSpan(0, 0));
                    foreach (var problem in settings.Problems)
                    {
                        if (owners.Value.TryGetValue(Key(problem), out var owner) && owner == tree.Tree)
                        {
                            tree.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, location, problem.Value, problem.Key, problem.Reason));
                        }
                    }
                });
            });
        }

        /// <summary>
        /// Each distinct bad value belongs to one file: the anchor when the anchor has it, else the first file in
        /// compilation order whose options have it. So a bad value in a folder's own .editorconfig section is reported
        /// once, on that folder's first file, and never again on the others.
        /// </summary>
        private static Dictionary<string, SyntaxTree> ProblemOwners(Compilation compilation, AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
        {
            var owners = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
            var anchor = ConfigurationAnchor.Choose(compilation, provider, cancellationToken);
            var ordered = anchor == null ? compilation.SyntaxTrees : new[] { anchor }.Concat(compilation.SyntaxTrees.Where(t => t != anchor));
            foreach (var tree in ordered)
            {
                foreach (var problem in LockInSettings.For(provider.GetOptions(tree)).Problems)
                {
                    var key = Key(problem);
                    if (!owners.ContainsKey(key))
                    {
                        owners[key] = tree;
                    }
                }
            }

            return owners;
        }

        private static string Key(SettingsProblem problem) => problem.Key + "=" + problem.Value;
    }
}
