using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>Shorthands for the common case: one analyzer, one source, the default stacks.</summary>
    public static class Verify<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static AnalyzerTest Test(string markup) => new AnalyzerTest(new TAnalyzer()).WithSource(markup);

        public static Task AnalyzerAsync(string markup, params ExpectedDiagnostic[] expected) =>
            Test(markup).Expect(expected).RunAsync();

        public static ExpectedDiagnostic Diagnostic(string id) => ExpectedDiagnostic.Diagnostic(id);
    }
}
