using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    /// <summary><c>models.openness</c>: read, merged along <c>extends</c>, and handed to the analyzer in the generated config.</summary>
    public sealed class ModelOpennessPolicyTests
    {
        private static PolicyResolveResult Resolve(Dictionary<string, string> files) =>
            PolicyResolver.Resolve("/repo/lockin.json", path => files.TryGetValue(System.IO.Path.GetFileName(path), out var text) ? text : null);

        [Fact]
        public void Child_layers_override_class_by_class_and_the_config_lists_them_in_a_fixed_order()
        {
            var result = Resolve(new Dictionary<string, string>
            {
                ["lockin.json"] = """{ "extends": "org.json", "models": { "openness": { "unknown": "warn", "open-weights-restricted": "deny" }, "families": { "qwen": "open-weights" } } }""",
                ["org.json"] = """{ "extends": "default", "models": { "openness": { "open-weights-restricted": "warn", "open-weights": "info" }, "families": { "qwen": "open-weights-restricted", "phi": "open-weights-restricted" } } }""",
            });

            Assert.Empty(result.Problems);
            Assert.Equal(ModelPolicyAction.Deny, result.Policy.ModelActions[ModelOpenness.OpenWeightsRestricted]);
            Assert.Equal(ModelPolicyAction.Info, result.Policy.ModelActions[ModelOpenness.OpenWeights]);
            Assert.Equal(ModelPolicyAction.Warn, result.Policy.ModelActions[ModelOpenness.Unknown]);
            var config = AnalyzerConfigWriter.Write(result.Policy, isAdapterProject: false).Split('\n');
            Assert.Contains("lockin.model_openness = open-weights-restricted:deny, open-weights:info, unknown:warn", config);
            Assert.Contains("lockin.model_families = phi:open-weights-restricted, qwen:open-weights", config);
        }

        [Fact]
        public void Without_a_models_section_nothing_is_written_and_the_defaults_apply()
        {
            var result = PolicyResolver.Resolve(null, _ => null);
            Assert.Empty(result.Policy.ModelActions);
            Assert.DoesNotContain("lockin.model_openness", AnalyzerConfigWriter.Write(result.Policy, isAdapterProject: false), System.StringComparison.Ordinal);
            Assert.Equal(ModelPolicyAction.Info, ModelOpennessRules.DefaultFor(ModelOpenness.OpenWeightsRestricted));
            Assert.Equal(ModelPolicyAction.Allow, ModelOpennessRules.DefaultFor(ModelOpenness.OpenWeights));
            Assert.Equal(ModelPolicyAction.Allow, ModelOpennessRules.DefaultFor(ModelOpenness.Unknown));
        }

        [Fact]
        public void Every_mistake_is_reported_at_its_position()
        {
            var problems = new List<SourceProblem>();
            PolicyReader.Read(
                """
                {
                  "models": {
                    "openness": { "closed": "deny", "open-source-ai": "warn", "open-weight": "deny", "open-weights": "block", "unknown": true },
                    "families": { "llama-2": "open-weights", "qwen": "closed", "phi": "free" },
                    "datasets": {}
                  }
                }
                """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
                "lockin.json",
                problems);

            Assert.Equal(
                new[]
                {
                    "lockin.json(3,19): 'closed' in 'models.openness' cannot be set: closed models are LOCK003 (set its severity instead)",
                    "lockin.json(3,37): 'open-source-ai' in 'models.openness' cannot be set: open source AI is never reported",
                    "lockin.json(3,63): Unknown model openness class 'open-weight' in 'models.openness'; expected one of: open-weights-restricted, open-weights, unknown",
                    "lockin.json(3,102): 'models.openness.open-weights' must be 'allow', 'info', 'warn' or 'deny', not 'block'",
                    "lockin.json(3,122): 'models.openness.unknown' must be a string, not a boolean",
                    "lockin.json(4,19): 'models.families.llama-2': no model family has this id; known ids: olmo, pythia, smollm, llama, gemma, qwen2.5-72b, qwen2.5-3b, qwen-1, qwen, deepseek-mit, deepseek, phi, gpt-oss, mistral, granite",
                    "lockin.json(4,54): 'models.families.qwen': a family's class must be one of open-weights-restricted, open-weights, open-source-ai",
                    "lockin.json(4,71): 'models.families.phi' must be one of open-weights-restricted, open-weights, open-source-ai, not 'free'",
                    "lockin.json(5,5): Unknown property 'datasets' in 'models'; expected one of: openness, families",
                },
                problems.Select(p => p.ToString()));
        }
    }
}
