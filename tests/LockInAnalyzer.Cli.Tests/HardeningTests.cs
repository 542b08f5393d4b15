using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Projects;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>CLI inputs fault injection found (issue 9): each is a clear one-line error with exit 2.</summary>
    public class HardeningTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("  ")]
        public async Task An_empty_policy_option_is_a_usage_error_not_each_projects_own_policy(string policy)
        {
            using var repository = Cli.Contoso(cleanOnly: true);

            var run = await Cli.RunAsync("audit", repository.Root, "--policy", policy);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("lockin: --policy needs a policy file or a preset name (default, permissive, strict)", Assert.Single(run.ErrorLines));
        }

        [Fact]
        public async Task A_policy_option_that_is_not_a_path_is_a_configuration_error()
        {
            using var repository = Cli.Contoso(cleanOnly: true);

            var run = await Cli.RunAsync("audit", repository.Root, "--policy", "lockin\u0001.json");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("The policy path \"lockin\\u0001.json\" is not a valid path: it contains the control character U+0001", run.Error);
            Assert.DoesNotContain("internal error", run.Error);
        }

        [Fact]
        public async Task A_NUL_in_extends_is_a_policy_problem_at_its_position()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            repository.Write("lockin.json", "{ \"extends\": \"a\\u0000b\" }");

            var run = await Cli.RunAsync("audit", repository.Root, "--policy", repository.Path("lockin.json"));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("lockin.json(1,14): invalid LockIn policy: 'extends' names an invalid path \"a\\u0000b\": it contains the control character U+0000", run.Error);
            Assert.DoesNotContain("internal error", run.Error);
        }

        [Fact]
        public async Task A_project_whose_properties_double_forty_times_cannot_be_loaded_and_says_so()
        {
            using var repository = Cli.Contoso(cleanOnly: true);
            var properties = new StringBuilder("<P0>ab</P0>");
            for (var i = 1; i <= 40; i++)
            {
                properties.Append("<P" + i + ">$(P" + (i - 1) + ")$(P" + (i - 1) + ")</P" + i + ">");
            }

            repository.Write("src/Bomb/Bomb.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>" + properties + "</PropertyGroup></Project>");

            var run = await Cli.RunAsync("audit", repository.Path("src/Bomb/Bomb.csproj"));

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.Equal("lockin: src/Bomb/Bomb.csproj: cannot load the project: 'Bomb.csproj' expands properties to more than "
                + ProjectEvaluator.MaxExpandedCharacters + " characters (at <P24>); a property that doubles itself?", line);
        }

        [Fact]
        public void Deeply_nested_property_functions_and_conditions_are_bounded_not_a_stack_overflow()
        {
            using var repository = new TestRepository();
            var nested = string.Concat(Enumerable.Repeat("$([MSBuild]::ValueOrDefault('', ", 5_000)) + "x" + new string(')', 5_000 * 2);
            var condition = new string('(', 50_000) + "'a' == 'a'" + new string(')', 50_000);
            repository.Write("src/Deep/Deep.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><A>" + nested + "</A><B Condition=\"" + condition + "\">b</B></PropertyGroup></Project>");

            repository.Write("src/Conditions/Conditions.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><B Condition=\"" + condition + "\">b</B><C Condition=\"!!('a' == 'a')\">c</C></PropertyGroup></Project>");

            var error = Assert.Throws<ProjectLoadException>(() => ProjectEvaluator.Evaluate(repository.Path("src/Deep/Deep.csproj")));
            var conditions = ProjectEvaluator.Evaluate(repository.Path("src/Conditions/Conditions.csproj"));

            Assert.Equal("'Deep.csproj' nests property functions deeper than " + ProjectEvaluator.MaxExpansionDepth + " levels (at <A>)", error.Message);
            // A condition nested deeper than the evaluator follows is one it cannot evaluate: false, as documented.
            Assert.Null(conditions["B"]);
            Assert.Equal("c", conditions["C"]);
        }
    }
}
