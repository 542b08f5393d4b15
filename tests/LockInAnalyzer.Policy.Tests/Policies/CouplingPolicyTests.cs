using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    /// <summary>The policy's <c>coupling</c> section: read and validated like the analyzer reads it, merged, and written for the analyzer.</summary>
    public sealed class CouplingPolicyTests
    {
        private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "lockin-coupling-tests"));

        private static PolicyResolveResult Resolve(Dictionary<string, string> files) =>
            PolicyResolver.Resolve(Path.Combine(Root, "lockin.json"), p => files.TryGetValue(Path.GetFileName(p), out var text) ? text : null);

        [Fact]
        public void The_section_reaches_the_generated_analyzer_config()
        {
            var result = Resolve(new Dictionary<string, string>
            {
                ["lockin.json"] = "{ \"coupling\": { \"report\": \"Member\", \"compositionRoots\": [\"Program.cs\", \"Hosting/**/*.cs\"] } }",
            });

            Assert.Empty(result.Problems);
            Assert.Equal(CouplingReport.Member, result.Policy.CouplingReport);
            var config = AnalyzerConfigWriter.Write(result.Policy, isAdapterProject: false);
            Assert.Contains("\nlockin.coupling_report = member\n", config, System.StringComparison.Ordinal);
            Assert.Contains("\nlockin.composition_roots = Program.cs, Hosting/**/*.cs\n", config, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Without_the_section_the_analyzer_defaults_apply()
        {
            var config = AnalyzerConfigWriter.Write(Resolve(new Dictionary<string, string> { ["lockin.json"] = "{ }" }).Policy, isAdapterProject: false);

            Assert.DoesNotContain("coupling_report", config, System.StringComparison.Ordinal);
            Assert.DoesNotContain("composition_roots", config, System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_empty_list_declares_no_composition_root_and_the_last_layer_wins()
        {
            var result = Resolve(new Dictionary<string, string>
            {
                ["base.json"] = "{ \"coupling\": { \"report\": \"use\", \"compositionRoots\": [\"Startup.cs\"] } }",
                ["lockin.json"] = "{ \"extends\": \"./base.json\", \"coupling\": { \"compositionRoots\": [] } }",
            });

            Assert.Empty(result.Problems);
            var config = AnalyzerConfigWriter.Write(result.Policy, isAdapterProject: false);
            Assert.Contains("\nlockin.coupling_report = use\n", config, System.StringComparison.Ordinal);
            Assert.Contains("\nlockin.composition_roots = none\n", config, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Invalid_values_are_problems_at_their_position()
        {
            var problems = new List<SourceProblem>();
            PolicyReader.Read("{\n  \"coupling\": { \"report\": \"file\", \"compositionRoots\": [\"../Program.cs\"], \"roots\": 1 }\n}", "lockin.json", problems);

            Assert.Equal(
                new[]
                {
                    "lockin.json(2,27): 'coupling.report' must be type, member or use, not 'file'",
                    "lockin.json(2,55): Composition root pattern '../Program.cs' has an invalid segment '..' ('**' must be a whole segment; '.' and '..' are not allowed)",
                    "lockin.json(2,74): Unknown property 'roots' in 'coupling'; expected one of: report, compositionRoots",
                },
                problems.Select(p => p.ToString()).ToArray());
        }
    }
}
