using System;
using System.Linq;
using Xunit;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>The policy's <c>licenses.urls</c> through the MSBuild task: applied to every package, bad entries are LOCK190.</summary>
    public sealed class LicenseUrlPolicyTaskTests : IDisposable
    {
        private readonly TestRepository repo = new TestRepository();
        private readonly FakeBuildEngine engine = new FakeBuildEngine();

        public void Dispose() => repo.Dispose();

        [Fact]
        public void A_url_prefix_decides_the_license_of_every_package_that_uses_it()
        {
            repo.AddPackage("Contoso.One", "1.0.0", "<licenseUrl>https://contoso.com/legal/eula.html</licenseUrl>");
            repo.AddPackage("Contoso.Two", "2.0.0", "<licenseUrl>http://www.contoso.com/legal/eula-v2.html</licenseUrl>");
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{\n  \"licenses\": {\n    \"urls\": [ { \"prefix\": \"https://contoso.com/legal/\", \"license\": \"LicenseRef-Contoso-EULA\", \"category\": \"Commercial\", \"reason\": \"PO-81\" } ]\n  }\n}\n");

            Assert.True(repo.Task(engine, policy).Execute());

            Assert.Equal(
                new[]
                {
                    "LOCK102 Contoso.One 1.0.0: license 'LicenseRef-Contoso-EULA' (Commercial, licenseUrl https://contoso.com/legal/eula.html: policy licenses.urls maps it to LicenseRef-Contoso-EULA (PO-81)) needs review under the policy [net10.0]",
                    "LOCK102 Contoso.Two 2.0.0: license 'LicenseRef-Contoso-EULA' (Commercial, licenseUrl http://www.contoso.com/legal/eula-v2.html: policy licenses.urls maps it to LicenseRef-Contoso-EULA (PO-81)) needs review under the policy [net10.0]",
                },
                engine.Warnings.Where(w => w.Code == "LOCK102").Select(w => w.Code + " " + w.Message).Where(m => m.Contains("Contoso", StringComparison.Ordinal)));
        }

        [Fact]
        public void A_bad_url_entry_is_LOCK190_at_its_line_and_column()
        {
            repo.WriteAssets();
            var policy = repo.WriteFile("lockin.json", "{\n  \"licenses\": {\n    \"urls\": [ { \"url\": \"ftp://contoso.com/eula\", \"license\": \"MIT\" } ]\n  }\n}\n");

            Assert.False(repo.Task(engine, policy).Execute());

            var error = Assert.Single(engine.Errors);
            Assert.Equal("LOCK190", error.Code);
            Assert.Equal((policy, 3, 24), (error.File, error.LineNumber, error.ColumnNumber));
            Assert.Equal("Invalid LockIn policy: 'ftp://contoso.com/eula' in an entry of 'licenses.urls' is not an http(s) URL", error.Message);
        }
    }
}
