using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// "No malformed policy is accepted", decided independently of the reader: a text that is not JSON, or whose
    /// license maps hold a key their lookup would see twice, must come back with at least one problem.
    /// </summary>
    public static class MalformedPolicyOracle
    {
        public static void AssertNotAccepted(string text, IReadOnlyList<SourceProblem> problems)
        {
            if (problems.Count > 0)
            {
                return;
            }

            Assert.True(JsonParser.TryParse(text, out var root, out var error), "a policy that is not JSON was accepted: " + error?.Message);
            var licenses = root!["licenses"];
            if (licenses == null || licenses.Kind != JsonKind.Object)
            {
                return;
            }

            if (licenses["categories"] is { Kind: JsonKind.Object } categories)
            {
                var parsed = categories.AsObject.Select(m => LicenseCategories.TryParse(m.Name, out var c) ? c : (LicenseCategory?)null).ToList();
                Assert.True(parsed.All(c => c != null), "an unknown category was accepted");
                Assert.True(parsed.Distinct().Count() == parsed.Count, "a category given twice was accepted");
            }

            var ids = new[] { "allow", "warn", "deny" }
                .SelectMany(list => licenses[list] is { Kind: JsonKind.Array } items ? items.AsArray : new List<JsonValue>())
                .Select(item => SpdxExpressionParser.Parse(item.AsString).Expression!.ToString())
                .ToList();
            Assert.True(ids.Distinct(LockInPolicy.LicenseIdComparer).Count() == ids.Count, "a license id listed twice was accepted");
        }
    }
}
