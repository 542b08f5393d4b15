using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>The vendor choice in Program.cs (LOCK006) reaches the audit as information, counted in the vendor inventory.</summary>
    public class CompositionRootAuditTests
    {
        [Fact]
        public async Task Wiring_in_Program_cs_is_an_info_finding_in_the_inventory_and_fails_nothing()
        {
            using var repository = new TestRepository("repo");
            var app = new ProjectSpec();
            app.Packages.Add(TestRepository.OpenAI);
            app.Transitive.Add(TestRepository.ClientModel);
            app.Sources["Program.cs"] = "var client = new OpenAI.OpenAIClient(\"key\");\nvar chat = client.GetChatClient(System.Environment.GetEnvironmentVariable(\"MODEL\"));\nSystem.Console.WriteLine(chat is null);\n";
            repository.AddProject("src/App", "App", app);

            var run = await Cli.RunAsync("audit", repository.Root, "--format", "json", "--fail-on", "warning");
            var root = JsonDocument.Parse(run.Out).RootElement;
            var code = root.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "code").ToList();

            var choice = Assert.Single(code);
            Assert.Equal("LOCK006", choice.GetProperty("ruleId").GetString());
            Assert.Equal("info", choice.GetProperty("severity").GetString());
            Assert.Equal("openai", choice.GetProperty("vendor").GetString());
            Assert.Equal("src/App/Program.cs", choice.GetProperty("file").GetString());
            Assert.Equal(2, choice.GetProperty("uses").GetInt32());
            Assert.Equal(
                "'Program' chooses OpenAI in 2 places ('OpenAI.OpenAIClient' and 'OpenAI.OpenAIClient.GetChatClient'); keep the choice here and depend on an interface you own, implemented by an adapter everywhere else",
                choice.GetProperty("message").GetString());
            var vendor = root.GetProperty("summary").GetProperty("vendors").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "openai");
            Assert.Equal(2, vendor.GetProperty("codeUses").GetInt32());

            // LOCK100 for the OpenAI package is the one warning; the vendor choice adds none.
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(1, root.GetProperty("summary").GetProperty("warnings").GetInt32());
        }
    }
}
