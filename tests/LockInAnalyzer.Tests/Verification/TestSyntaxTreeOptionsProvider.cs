using System.Threading;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Applies <c>dotnet_diagnostic.ID.severity</c> and <c>generated_code</c> from the test's config files to the
    /// compilation, as the compiler does for .editorconfig/.globalconfig, so severity changes and suppressions through
    /// configuration are tested end to end rather than simulated.
    /// </summary>
    public sealed class TestSyntaxTreeOptionsProvider : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet configSet;

        public TestSyntaxTreeOptionsProvider(AnalyzerConfigSet configSet)
        {
            this.configSet = configSet;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!configSet.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions.TryGetValue("generated_code", out var value))
            {
                return GeneratedKind.Unknown;
            }

            return bool.TryParse(value, out var generated)
                ? (generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
                : GeneratedKind.Unknown;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            configSet.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            configSet.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
