using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    public sealed class PolicyResolverTests
    {
        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "lockin-policy-tests"));

        private static PolicyResolveResult Resolve(string path, Dictionary<string, string> files) =>
            PolicyResolver.Resolve(Path.Combine(Root, path), p => files.TryGetValue(Path.GetRelativePath(Root, p).Replace('\\', '/'), out var text) ? text : null);

        [Fact]
        public void No_policy_means_the_default_preset()
        {
            var result = PolicyResolver.Resolve(null, _ => null);

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "preset:default" }, result.Policy.Sources);
            Assert.Equal(PolicyAction.Warn, result.Policy.ActionFor(LicenseCategory.Commercial));
            Assert.Equal(PolicyAction.Allow, result.Policy.ActionFor(LicenseCategory.WeakCopyleft));
            Assert.Equal(AuditMode.Direct, result.Policy.AuditMode);
        }

        [Fact]
        public void Presets_load_without_problems_and_strict_denies_what_restricts_commercial_use()
        {
            foreach (var preset in PolicyResolver.PresetNames)
            {
                var result = PolicyResolver.Resolve(Path.Combine(Root, "p.json"), _ => "{ \"extends\": \"" + preset + "\" }");
                Assert.Empty(result.Problems);
            }

            var strict = PolicyResolver.Resolve(Path.Combine(Root, "p.json"), _ => "{ \"extends\": \"strict\" }").Policy;
            Assert.Equal(new[] { "preset:default", "preset:strict", Path.Combine(Root, "p.json") }, strict.Sources);
            Assert.Equal(PolicyAction.Deny, strict.ActionFor(LicenseCategory.Commercial));
            Assert.Equal(PolicyAction.Deny, strict.ActionFor(LicenseCategory.NonCommercial));
            Assert.Equal(PolicyAction.Allow, strict.ActionFor(LicenseCategory.Permissive));
            Assert.Equal(AuditMode.All, strict.AuditMode);
        }

        [Fact]
        public void Extends_chains_merge_parents_first_and_children_win()
        {
            var files = new Dictionary<string, string>
            {
                ["repo/lockin.json"] = "{ \"extends\": \"../org/base.json\", \"licenses\": { \"categories\": { \"Commercial\": \"allow\" }, \"deny\": [\"MIT\"] }, \"adapters\": { \"namespaces\": [\"*.Ai\"] } }",
                ["org/base.json"] = "{ \"extends\": \"strict\", \"adapters\": { \"namespaces\": [\"Org.Adapters\"] }, \"packages\": [ { \"id\": \"AutoMapper\", \"versions\": \"[15,)\", \"action\": \"deny\", \"reason\": \"RPL\" } ] }",
            };

            var result = Resolve("repo/lockin.json", files);

            Assert.Empty(result.Problems);
            var policy = result.Policy;
            Assert.Equal(PolicyAction.Allow, policy.ActionFor(LicenseCategory.Commercial));
            Assert.Equal(PolicyAction.Deny, policy.ActionFor(LicenseCategory.NonCommercial));
            Assert.Equal(PolicyAction.Deny, policy.LicenseActions["MIT"]);
            Assert.Equal(new[] { "Org.Adapters", "*.Ai" }, policy.AdapterNamespaces);
            var rule = Assert.Single(policy.PackageRules);
            Assert.True(rule.Matches("automapper", PackageVersion.Parse("15.1.4")));
            Assert.False(rule.Matches("AutoMapper", PackageVersion.Parse("14.0.0")));
        }

        [Fact]
        public void A_cycle_a_missing_parent_and_an_unknown_preset_are_problems_at_the_extends_entry()
        {
            var files = new Dictionary<string, string>
            {
                ["a.json"] = "{\n  \"extends\": [\"b.json\", \"nope.json\", \"nightly\"]\n}",
                ["b.json"] = "{ \"extends\": \"a.json\" }",
            };

            var problems = Resolve("a.json", files).Problems.Select(p => p.ToString()).ToList();

            Assert.Equal(
                new[]
                {
                    Path.Combine(Root, "b.json") + "(1,14): 'extends' makes a cycle: " + Path.Combine(Root, "a.json") + " -> " + Path.Combine(Root, "b.json") + " -> " + Path.Combine(Root, "a.json"),
                    Path.Combine(Root, "a.json") + "(2,25): Policy file '" + Path.Combine(Root, "nope.json") + "' does not exist",
                    Path.Combine(Root, "a.json") + "(2,38): Unknown preset 'nightly'; presets are: default, permissive, strict",
                },
                problems);
        }

        [Fact]
        public void A_missing_policy_file_is_a_problem_not_a_silent_default()
        {
            var result = Resolve("missing.json", new Dictionary<string, string>());

            var problem = Assert.Single(result.Problems);
            Assert.Equal("Policy file '" + Path.Combine(Root, "missing.json") + "' does not exist", problem.Message);
        }

        [Fact]
        public void A_read_error_becomes_a_problem()
        {
            var result = PolicyResolver.Resolve(Path.Combine(Root, "locked.json"), _ => throw new IOException("sharing violation"));

            Assert.Equal("Cannot read policy file '" + Path.Combine(Root, "locked.json") + "': sharing violation", Assert.Single(result.Problems).Message);
        }
    }
}
