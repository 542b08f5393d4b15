using System.Linq;
using LockInAnalyzer.Catalog.Vendors;
using Xunit;

namespace LockInAnalyzer.Tests.Catalog
{
    /// <summary>A broken catalog entry is reported as file(line,col): what is wrong, and never hides the rest.</summary>
    public class CatalogReaderTests
    {
        private static string[] Problems(string json) =>
            CatalogReader.Read(json.Replace("\r\n", "\n", System.StringComparison.Ordinal), "extra-vendors.json").Problems.Select(p => p.ToString()).ToArray();

        [Fact]
        public void MinimalCatalogReads()
        {
            var result = CatalogReader.Read(
                """
                {
                  "formatVersion": 1,
                  "roles": { "chat": { "abstraction": "Microsoft.Extensions.AI.IChatClient" } },
                  "vendors": [
                    {
                      "id": "acme",
                      "name": "Acme AI",
                      "assemblies": [ { "name": "Acme.Sdk", "namespaces": [ "Acme.Sdk" ] } ],
                      "types": { "Acme.Sdk.AcmeClient": "chat" },
                      "hosts": [ "api.acme.example", "*.acme.example" ],
                      "models": [ { "pattern": "acme-\\d+", "prefixes": [ "acme-" ], "example": "acme-2" } ]
                    }
                  ]
                }
                """,
                "extra-vendors.json");
            Assert.Empty(result.Problems);
            var vendor = Assert.Single(result.Catalog!.Vendors);
            Assert.Equal("Acme AI", vendor.Name);
            Assert.Same(vendor, result.Catalog.FindHost("eu.acme.example"));
            Assert.Same(vendor, result.Catalog.FindModel("acme-7", inModelContext: false)?.Vendor);
            Assert.Equal("Microsoft.Extensions.AI.IChatClient", result.Catalog.RoleOf(vendor, "Acme.Sdk.AcmeClient", "Acme.Sdk").Abstraction);
        }

        [Fact]
        public void TheWayOutCannotAlsoBeAVendor() => Assert.Equal(
            new[]
            {
                "extra-vendors.json(3,28): Neutral package 'Acme.Bridge' is also a package of vendor 'acme'",
                "extra-vendors.json(3,61): Neutral assembly 'Acme.Bridge' is also an assembly of vendor 'acme'",
            },
            Problems(
                """
                {
                  "vendors": [ { "id": "acme", "name": "Acme", "packages": [ "Acme.Bridge" ], "assemblies": [ { "name": "Acme.Bridge", "namespaces": [ "Acme" ] } ] } ],
                  "neutral": { "packages": [ "Acme.Bridge" ], "assemblies": [ "Acme.Bridge" ] }
                }
                """));

        [Fact]
        public void UnknownKey() => Assert.Equal(
            new[] { "extra-vendors.json(5,7): Unknown property 'colour' in vendor 'acme'; expected one of: id, name, kind, packages, assemblies, types, namespaceRoles, hosts, models, notes" },
            Problems(
                """
                {
                  "vendors": [
                    {
                      "id": "acme",
                      "colour": "red",
                      "name": "Acme"
                    }
                  ]
                }
                """));

        [Fact]
        public void BadRegex()
        {
            var problem = Assert.Single(Problems(
                """
                {
                  "vendors": [
                    {
                      "id": "acme",
                      "name": "Acme",
                      "models": [ { "pattern": "acme-(\\d+", "prefixes": [ "acme-" ] } ]
                    }
                  ]
                }
                """));

            // The position is the pattern's value; the rest of the message is the runtime's own regex error.
            Assert.StartsWith("extra-vendors.json(6,32): 'pattern' in a model of vendor 'acme' is not a valid regular expression: ", problem, System.StringComparison.Ordinal);
            Assert.Contains("Not enough )'s", problem, System.StringComparison.Ordinal);
        }

        [Fact]
        public void MissingNamespaces() => Assert.Equal(
            new[]
            {
                "extra-vendors.json(6,23): an assembly of vendor 'acme' needs at least one namespace: an assembly alone would also match user code",
                "extra-vendors.json(7,23): an assembly of vendor 'acme' needs at least one namespace: an assembly alone would also match user code",
            },
            Problems(
                """
                {
                  "vendors": [
                    {
                      "id": "acme",
                      "name": "Acme",
                      "assemblies": [ { "name": "Acme.Sdk" },
                                      { "name": "Acme.Extra", "namespaces": [] } ]
                    }
                  ]
                }
                """));

        [Fact]
        public void SeveralProblemsAreAllReported() => Assert.Equal(
            new[]
            {
                "extra-vendors.json(4,5): vendor 'acme' is missing the required property 'name'",
                "extra-vendors.json(6,15): 'kind' in vendor 'acme' must be one of: proprietary-service, hosted-open-weights, custom",
                "extra-vendors.json(7,81): Example 'acme-x' in a model of vendor 'acme' does not match its own pattern",
                "extra-vendors.json(9,15): 'kind' in vendor 'beta' must be a string, not a number",
            },
            Problems(
                """
                {
                  "roles": {},
                  "vendors": [
                    {
                      "id": "acme",
                      "kind": "closed",
                      "models": [ { "pattern": "acme-\\d+", "prefixes": [ "acme-" ], "example": "acme-x" } ]
                    },
                    { "kind": 3, "id": "beta", "name": "Beta" }
                  ]
                }
                """));

        [Fact]
        public void DuplicateVendorId() => Assert.Equal(
            new[] { "extra-vendors.json(4,13): Duplicate vendor id 'ACME': the same as 'acme' at (3,13)" },
            Problems(
                """
                {
                  "vendors": [
                    { "id": "acme", "name": "Acme" },
                    { "id": "ACME", "name": "Acme again" }
                  ]
                }
                """));

        [Fact]
        public void NotJson() => Assert.Equal(
            new[] { "extra-vendors.json(2,16): Unexpected character ','" },
            Problems(
                """
                {
                  "vendors": [ , ]
                }
                """));

        [Fact]
        public void APrefixThatCannotStartAMatchIsReported() => Assert.Equal(
            new[]
            {
                "extra-vendors.json(2,107): Prefix 'amce-' in a model of vendor 'acme' cannot start a match of the pattern",
                "extra-vendors.json(3,105): Prefix 'beta.x' in a model of vendor 'acme' cannot start a match of the pattern",
                "extra-vendors.json(4,66): Example 'beta.nova-1' in a model of vendor 'acme' starts with none of the prefixes, so it would never be found",
            },
            Problems(
                """
                { "vendors": [ { "id": "acme", "name": "Acme", "models": [
                  { "pattern": "acme-\\d+", "example": "acme-2",                                              "prefixes": [ "acme-", "amce-" ] },
                  { "pattern": "(?:acme|beta\\.(?:nova|titan))-\\d+", "example": "acme-2",                  "prefixes": [ "acme-", "beta.x" ] },
                  { "pattern": "(?:acme|beta\\.(?:nova|titan))-\\d+", "example": "beta.nova-1",             "prefixes": [ "acme-" ] }
                ] } ] }
                """));

        [Theory]
        [InlineData("(?:eu\\.)?(?:acme|beta\\.(?:nova|titan))-\\d+", "beta.")] // another alternative than the example's
        [InlineData("(?:eu\\.)?(?:acme|beta\\.(?:nova|titan))-\\d+", "eu.beta.t")]
        [InlineData("(?:openai/)?o\\d{1,2}(?:-[a-z0-9][a-z0-9.-]*)?", "OpenAI/O")] // ignoring case
        [InlineData("acme-(?=[a-z0-9.-]*\\d)[a-z0-9.-]+", "acme-")]
        [InlineData("(?:tts-1(?:-hd)?|whisper-1)", "tts-1-h")]
        [InlineData("acme_[^\\s]+", "acme_x")]
        [InlineData("acme\\x2d\\p{L}+", "acme-x")] // constructs not modelled count as any character
        [InlineData("(?<v>acme)-\\k<v>", "acme-a")]
        public void APrefixThatCanStartAMatchIsAccepted(string pattern, string prefix) => Assert.Empty(Problems(
            "{ \"vendors\": [ { \"id\": \"acme\", \"name\": \"Acme\", \"models\": [ { \"pattern\": \"" + pattern.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            + "\", \"prefixes\": [ \"" + prefix + "\" ] } ] } ] }"));
    }
}
