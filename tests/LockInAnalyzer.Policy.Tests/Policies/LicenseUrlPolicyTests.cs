using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    /// <summary><c>licenses.urls</c>: reading, merging across layers, and its effect on verdicts.</summary>
    public sealed class LicenseUrlPolicyTests
    {
        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "lockin-policy-tests"));

        private static (PolicyLayer Layer, List<string> Problems) Read(string json)
        {
            var problems = new List<SourceProblem>();
            var layer = PolicyReader.Read(json, "lockin.json", problems);
            return (layer, problems.Select(p => p.ToString()).ToList());
        }

        [Fact]
        public void Urls_and_prefixes_are_read_with_license_category_and_reason()
        {
            var (layer, problems) = Read(@"{
  ""licenses"": { ""urls"": [
    { ""url"": ""https://www.contoso.com/EULA/"", ""license"": ""LicenseRef-Contoso-EULA"", ""category"": ""ProprietaryFree"", ""reason"": ""LEGAL-12"" },
    { ""prefix"": ""https://github.com/contoso/"", ""license"": ""MIT"" },
    { ""url"": ""http://example.com/terms"", ""category"": ""Commercial"" }
  ] }
}");

            Assert.Empty(problems);
            Assert.Equal(
                new[] { "exact contoso.com/eula LicenseRef-Contoso-EULA ProprietaryFree LEGAL-12", "prefix github.com/contoso/ MIT  ", "exact example.com/terms  Commercial " },
                layer.LicenseUrls.Select(u => (u.IsPrefix ? "prefix " : "exact ") + u.Pattern + " " + u.Expression + " " + u.Category + " " + u.Note));
        }

        [Fact]
        public void Bad_entries_are_reported_at_their_position_and_skipped()
        {
            var (layer, problems) = Read(@"{
  ""licenses"": { ""urls"": [
    { ""url"": ""https://a.com/l"", ""prefix"": ""https://a.com/"", ""license"": ""MIT"" },
    { ""license"": ""MIT"" },
    { ""url"": ""ftp://a.com/l"", ""license"": ""MIT"" },
    { ""url"": ""https://a.com/l"", ""license"": ""MIT AND"" },
    { ""url"": ""https://a.com/l"", ""category"": ""Comercial"" },
    { ""url"": ""https://a.com/l"" },
    { ""url"": ""https://a.com/l"", ""license"": ""MIT"", ""expression"": ""MIT"" },
    { ""url"": 42, ""license"": ""MIT"" }
  ] }
}");

            Assert.Equal(
                new[]
                {
                    "lockin.json(3,5): an entry of 'licenses.urls' needs exactly one of 'url' (one URL) or 'prefix' (every URL starting with it)",
                    "lockin.json(4,5): an entry of 'licenses.urls' needs exactly one of 'url' (one URL) or 'prefix' (every URL starting with it)",
                    "lockin.json(5,14): 'ftp://a.com/l' in an entry of 'licenses.urls' is not an http(s) URL",
                    "lockin.json(6,44): 'license' in an entry of 'licenses.urls' is not a valid SPDX expression: " + SpdxExpressionParser.Parse("MIT AND").DescribeError(),
                    "lockin.json(7,45): Unknown license category 'Comercial' in an entry of 'licenses.urls'; expected one of: Permissive, WeakCopyleft, StrongCopyleft, NetworkCopyleft, SourceAvailable, NonCommercial, Commercial, ProprietaryFree, Unknown",
                    "lockin.json(8,5): an entry of 'licenses.urls' needs a 'license' (SPDX expression) or a 'category'",
                    "lockin.json(9,51): Unknown property 'expression' in an entry of 'licenses.urls'; expected one of: url, prefix, license, category, reason",
                    "lockin.json(10,14): 'url' in an entry of 'licenses.urls' must be a string, not a number",
                },
                problems);
            Assert.Single(layer.LicenseUrls);
        }

        [Fact]
        public void Layers_merge_and_a_later_layer_wins_for_the_same_url()
        {
            var files = new Dictionary<string, string>
            {
                ["repo/lockin.json"] = "{ \"extends\": \"../org/base.json\", \"licenses\": { \"urls\": [ { \"url\": \"https://contoso.com/eula\", \"category\": \"Permissive\", \"reason\": \"repo decision\" } ] } }",
                ["org/base.json"] = "{ \"licenses\": { \"urls\": [ { \"url\": \"https://contoso.com/eula\", \"category\": \"Commercial\" }, { \"prefix\": \"https://contoso.com/\", \"license\": \"LicenseRef-Contoso\" } ] } }",
            };

            var result = PolicyResolver.Resolve(Path.Combine(Root, "repo/lockin.json"), p => files.TryGetValue(Path.GetRelativePath(Root, p).Replace('\\', '/'), out var text) ? text : null);

            Assert.Empty(result.Problems);
            var urls = result.Policy.LicenseUrls;
            Assert.Equal(2, urls.Count);
            Assert.Equal(LicenseCategory.Permissive, urls.Find("https://contoso.com/eula")!.Category);
            Assert.Equal("LicenseRef-Contoso", urls.Find("https://contoso.com/other")!.Expression!.ToString());
            Assert.Same(LicenseUrlTable.Empty, PolicyResolver.Resolve(null, _ => null).Policy.LicenseUrls);
        }

        [Fact]
        public void A_policy_url_identifies_a_real_url_only_package()
        {
            // NBuilder-style: a licenseUrl the built-in data does not know, fixed once for every package that uses it.
            using var temp = new TempFolder();
            temp.Write("contoso.lib.nuspec", "<package><metadata><id>Contoso.Lib</id><version>1.0.0</version><licenseUrl>https://contoso.com/legal/eula.html</licenseUrl></metadata></package>");
            Assert.Equal(LicenseCategory.Unknown, LicenseIdentifier.Default.IdentifyPackageFolder(temp.Path).Category);

            var urls = Read(@"{ ""licenses"": { ""urls"": [ { ""prefix"": ""https://contoso.com/legal/"", ""license"": ""LicenseRef-Contoso-EULA"", ""category"": ""ProprietaryFree"", ""reason"": ""reviewed, LEGAL-12"" } ] } }").Layer.LicenseUrls;
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(temp.Path, null, new LicenseUrlTable(urls));
            Assert.Equal(LicenseCategory.ProprietaryFree, verdict.Category);
            Assert.Equal("LicenseRef-Contoso-EULA", verdict.Expression);
            Assert.Equal("licenseUrl https://contoso.com/legal/eula.html: policy licenses.urls maps it to LicenseRef-Contoso-EULA (reviewed, LEGAL-12)", verdict.Evidence);
        }
    }
}
