using System.Linq;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Catalog
{
    /// <summary>The built-in openness catalog reads cleanly, agrees with the vendor catalog and the SPDX data, and bad entries are file(line,col).</summary>
    public class ModelOpennessCatalogTests
    {
        private static readonly ModelOpennessCatalog Catalog = ModelOpennessCatalog.Builtin;

        private static string[] Problems(string json) =>
            ModelOpennessReader.Read(json.Replace("\r\n", "\n", System.StringComparison.Ordinal), "openness.json").Problems.Select(p => p.ToString()).ToArray();

        [Fact]
        public void BuiltinFileReadsWithoutProblems()
        {
            var text = System.IO.File.ReadAllText(RepositoryFiles.Path("policies", "catalog", "model-openness.json"));
            var result = ModelOpennessReader.Read(text, "model-openness.json");
            Assert.Empty(result.Problems.Select(p => p.ToString()));
            Assert.Equal(Catalog.Families.Select(f => f.Id), result.Catalog!.Families.Select(f => f.Id));
        }

        [Fact]
        public void EveryExampleIsItsOwnFamilysAndNeverAClosedModel()
        {
            var failures = (from family in Catalog.Families
                            from model in family.Models
                            let found = Catalog.Match(model.Example!)
                            where found?.Family != family || VendorCatalog.Builtin.MatchModel(model.Example!) != null
                            select family.Id + ": " + model.Example + " -> " + (found?.Family.Id ?? "nothing")).ToList();
            Assert.Empty(failures);
        }

        [Fact]
        public void SpdxLicensesAgreeWithTheSpdxData()
        {
            foreach (var license in Catalog.Licenses.Where(l => !l.Id.StartsWith("LicenseRef-", System.StringComparison.Ordinal)))
            {
                Assert.True(LicenseKnowledge.Default.TryGetLicense(license.Id, out var spdx), license.Id + " is not an SPDX id");
                Assert.Equal(spdx!.IsOsiApproved, license.IsOsiApproved);
                Assert.Equal(spdx.Name, license.Name);
            }
        }

        [Theory]
        [InlineData("llama3.1", "llama", ModelOpenness.OpenWeightsRestricted, "Llama Community License")]
        [InlineData("Llama3.2:3b", "llama", ModelOpenness.OpenWeightsRestricted, "Llama Community License")]
        [InlineData("gemma3:27b", "gemma", ModelOpenness.OpenWeightsRestricted, "Gemma Terms of Use")]
        [InlineData("olmo-2", "olmo", ModelOpenness.OpenSourceAi, "Apache License 2.0")]
        [InlineData("phi-4", "phi", ModelOpenness.OpenWeights, "MIT License")]
        [InlineData("gpt-oss-20b", "gpt-oss", ModelOpenness.OpenWeights, "Apache License 2.0")]
        [InlineData("gpt-oss:120b", "gpt-oss", ModelOpenness.OpenWeights, "Apache License 2.0")]
        [InlineData("qwen2.5:72b", "qwen2.5-72b", ModelOpenness.OpenWeightsRestricted, "Qwen License")]
        [InlineData("qwen2.5:7b", "qwen", ModelOpenness.OpenWeights, "Apache License 2.0")]
        [InlineData("deepseek-r1-distill-qwen-7b", "deepseek-mit", ModelOpenness.OpenWeights, "MIT License")]
        [InlineData("deepseek-r1-distill-llama-8b", "llama", ModelOpenness.OpenWeightsRestricted, "Llama Community License")]
        [InlineData("deepseek-v3", "deepseek", ModelOpenness.OpenWeightsRestricted, "DeepSeek License")]
        [InlineData("deepseek-v3.1", "deepseek-mit", ModelOpenness.OpenWeights, "MIT License")]
        [InlineData("mistral", "mistral", ModelOpenness.OpenWeights, "Apache License 2.0")]
        public void FamiliesGeneraliseToNewVersions(string id, string family, ModelOpenness openness, string license)
        {
            var found = Catalog.Match(id);
            Assert.Equal(family, found?.Family.Id);
            Assert.Equal(openness, found!.Value.Family.Openness);
            Assert.Equal(license, found.Value.Family.License.Name);
        }

        [Theory]
        [InlineData("qwen3-max")]
        [InlineData("qwen-plus")]
        [InlineData("mistral-large-latest")]
        [InlineData("ministral-8b-latest")]
        [InlineData("gpt-4o")]
        [InlineData("llama3.1 is a model")]
        public void HostedOnlyAndUnclassifiedIdsAreNotClassified(string id) => Assert.Null(Catalog.Match(id));

        [Fact]
        public void LicensesAreFoundByModelCardAlias()
        {
            Assert.Equal("LicenseRef-Llama-Community-License", Catalog.FindLicense("llama3.1")?.Id);
            Assert.Equal("Apache-2.0", Catalog.FindLicense("apache-2.0")?.Id);
            Assert.Null(Catalog.FindLicense("openrail"));
        }

        [Fact]
        public void AClassTheLicenseDoesNotSupportIsReported() => Assert.Equal(
            new[] { "openness.json(7,16): 'class' in model family 'acme' is 'open-source-ai', but its license ('LicenseRef-Acme'), 'code' and 'data' make it 'open-weights-restricted'" },
            Problems(
                """
                {
                  "licenses": [ { "id": "LicenseRef-Acme", "name": "Acme License", "osiApproved": false, "restrictions": "no competitors" } ],
                  "families": [
                    { "id": "acme", "name": "Acme",
                      "models": [ { "pattern": "acme-\\d+", "prefixes": [ "acme-" ], "example": "acme-2" } ],
                      "weightsLicense": "LicenseRef-Acme", "code": true, "data": true,
                      "class": "open-source-ai", "sources": [ "https://acme.example/license" ] }
                  ]
                }
                """));

        [Fact]
        public void MissingSourcesUnknownLicenseClosedClassAndUnrestrictedNonOsiLicense() => Assert.Equal(
            new[]
            {
                "openness.json(2,17): license 'LicenseRef-Vague' is not OSI-approved and needs 'restrictions': what it restricts decides a model's class",
                "openness.json(4,5): model family 'acme' needs at least one source in 'sources': a class is never asserted without one",
                "openness.json(6,25): 'weightsLicense' in model family 'acme' names 'Apache2', which 'licenses' does not list",
                "openness.json(7,16): 'class' in model family 'acme' must be one of: open-weights-restricted, open-weights, open-source-ai (closed models belong to the vendor catalog)",
            },
            Problems(
                """
                {
                  "licenses": [ { "id": "LicenseRef-Vague", "name": "Vague", "osiApproved": false } ],
                  "families": [
                    { "id": "acme", "name": "Acme",
                      "models": [ { "pattern": "acme-\\d+", "prefixes": [ "acme-" ], "example": "acme-2" } ],
                      "weightsLicense": "Apache2", "code": false, "data": false,
                      "class": "closed" }
                  ]
                }
                """));
    }
}
