using System.Threading.Tasks;
using LockInAnalyzer.Coupling;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>LOCK001 with every use reported on its own: the shorthand for tests of what counts as a vendor use.</summary>
    public static class VerifyPerUse
    {
        public static AnalyzerTest Test(string markup) => new AnalyzerTest(new VendorSdkUsageAnalyzer()).PerUse().WithSource(markup);

        public static Task AnalyzerAsync(string markup, params ExpectedDiagnostic[] expected) =>
            Test(markup).Expect(expected).RunAsync();

        public static ExpectedDiagnostic Diagnostic(string id) => ExpectedDiagnostic.Diagnostic(id);
    }
}
