using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    /// <summary>
    /// Inputs found by fault injection (issue 9) that used to switch a check off or crash the resolver: each is now a
    /// problem at its file(line,col), and the key a map is looked up by is the key its duplicates are checked by.
    /// </summary>
    public sealed class NoSilentLiftTests
    {
        private static List<string> Problems(string json)
        {
            var problems = new List<SourceProblem>();
            PolicyReader.Read(json, "lockin.json", problems);
            return problems.Select(p => p.ToString()).ToList();
        }

        [Theory]
        [InlineData("unknown")]
        [InlineData("Unknown ")]
        [InlineData(" UNKNOWN")]
        public void A_category_written_twice_in_another_case_or_with_spaces_is_a_duplicate_at_the_second_key(string second)
        {
            var json = "{ \"extends\": \"default\", \"licenses\": { \"categories\": { \"Unknown\": \"deny\",\n    \"" + second + "\": \"allow\" } } }";

            var problem = Assert.Single(Problems(json));

            Assert.Equal("lockin.json(2,5): Duplicate license category '" + second + "' in 'licenses.categories': the same as 'Unknown' at (1,55)", problem);
        }

        [Fact]
        public void A_duplicate_category_does_not_override_the_first_one()
        {
            var problems = new List<SourceProblem>();
            var layer = PolicyReader.Read("{ \"licenses\": { \"categories\": { \"Unknown\": \"deny\", \"unknown\": \"allow\" } } }", "lockin.json", problems);

            Assert.Single(problems);
            Assert.Equal(PolicyAction.Deny, layer.CategoryActions[LicenseCategory.Unknown]);
        }

        [Theory]
        [InlineData("\"allow\": [\"MIT\"], \"deny\": [\"mit\"]", "'mit' in 'licenses.deny'", "licenses.allow")]
        [InlineData("\"deny\": [\"GPL-3.0-only\", \"gpl-3.0-only\"]", "'gpl-3.0-only' in 'licenses.deny'", "licenses.deny")]
        [InlineData("\"warn\": [\"GPL-2.0 WITH Classpath-exception-2.0\"], \"allow\": [\"GPL-2.0  WITH  Classpath-exception-2.0\"]", "'GPL-2.0  WITH  Classpath-exception-2.0' in 'licenses.allow'", "licenses.warn")]
        public void A_license_id_listed_twice_under_the_lookup_comparison_is_a_duplicate(string members, string second, string first)
        {
            var problem = Assert.Single(Problems("{ \"licenses\": { " + members + " } }"));

            Assert.Contains("Duplicate license " + second + ": the same as ", problem);
            Assert.Contains("'" + first + "'", problem);
        }

        [Fact]
        public void A_license_id_is_stored_the_way_the_audit_looks_it_up()
        {
            var problems = new List<SourceProblem>();
            var layer = PolicyReader.Read("{ \"licenses\": { \"deny\": [\" GPL-3.0-only \", \"GPL-2.0  WITH  Classpath-exception-2.0\"] } }", "lockin.json", problems);

            Assert.Empty(problems);
            Assert.Equal(new[] { "GPL-2.0-only WITH Classpath-exception-2.0", "GPL-3.0-only" }, layer.LicenseActions.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        }

        [Fact]
        public void A_vendor_added_twice_in_another_case_is_a_duplicate_at_its_id()
        {
            var json = "{ \"vendors\": { \"add\": [\n { \"id\": \"contoso\", \"name\": \"A\", \"kind\": \"custom\", \"packages\": [\"A\"] },\n { \"id\": \"Contoso\", \"name\": \"B\", \"kind\": \"custom\", \"packages\": [\"B\"] } ] } }";

            var problem = Assert.Single(Problems(json));

            Assert.Equal("lockin.json(3,10): Duplicate vendor id 'Contoso': the same as 'contoso' at (2,10)", problem);
        }

        [Fact]
        public void A_catalog_vendor_defined_twice_is_a_duplicate_at_its_id()
        {
            var result = CatalogReader.Read("{ \"vendors\": [ { \"id\": \"x\", \"name\": \"X\" },\n { \"id\": \"X\", \"name\": \"Y\" } ] }", "vendors.json");

            var problem = Assert.Single(result.Problems);
            Assert.Equal("vendors.json(2,10): Duplicate vendor id 'X': the same as 'x' at (1,24)", problem.ToString());
        }

        [Theory]
        [InlineData("{ \"a\": \"x\u0000y\" }", 1, 10, "U+0000")]
        [InlineData("{ \"a\": \"tab\there\" }", 1, 12, "U+0009")]
        [InlineData("{ \"$ke\u001fy\": 1 }", 1, 7, "U+001F")]
        public void A_raw_control_character_in_a_string_is_an_error_at_the_character(string text, int line, int column, string code)
        {
            var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));

            Assert.Equal((line, column), (error.Position.Line, error.Position.Column));
            Assert.Equal("Control character " + code + " inside a string; write it as an escape (\\u" + code.Substring(2).ToLowerInvariant() + ")", error.Message);
        }

        [Fact]
        public void A_raw_control_character_in_a_policy_is_a_problem()
        {
            var problem = Assert.Single(Problems("{ \"extends\": \"default\u0001\" }"));

            Assert.StartsWith("lockin.json(1,22): Control character U+0001", problem);
        }

        [Fact]
        public void Escaped_control_characters_are_still_read()
        {
            Assert.Equal("a\u0000b\tc", JsonParser.Parse("\"a\\u0000b\\tc\"").AsString);
        }

        [Theory]
        [InlineData("a\\u0000b", "contains the control character U+0000")]
        [InlineData("a\\u001fb.json", "contains the control character U+001F")]
        public void An_extends_path_that_is_not_a_path_is_a_problem_at_the_entry(string extends, string why)
        {
            var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "lockin-policy-tests"));
            var policy = Path.Combine(root, "lockin.json");

            var result = PolicyResolver.Resolve(policy, p => p == policy ? "{ \"extends\": \"" + extends + "\" }" : null);

            var problem = Assert.Single(result.Problems);
            Assert.Equal((policy, 1, 14), (problem.File, problem.Line, problem.Column));
            Assert.Equal("'extends' names an invalid path \"" + extends + "\": it " + why, problem.Message);
        }

        [Fact]
        public void A_policy_path_that_is_not_a_path_is_a_problem_not_an_exception()
        {
            var result = PolicyResolver.Resolve("lockin\u0000.json", _ => throw new Xunit.Sdk.XunitException("must not read"));

            var problem = Assert.Single(result.Problems);
            Assert.Equal("The policy path \"lockin\\u0000.json\" is not a valid path: it contains the control character U+0000", problem.Message);
        }
    }
}
