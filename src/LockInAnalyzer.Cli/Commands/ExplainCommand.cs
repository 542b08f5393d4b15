using System;
using System.CommandLine;
using System.Linq;
using LockInAnalyzer.Cli.Model;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary><c>lockin explain LOCK001</c>: the rule's title, default severity, description, help link and its documentation page.</summary>
    internal static class ExplainCommand
    {
        public static Command Create(CliEnvironment environment)
        {
            var id = new Argument<string>("id") { Description = "A rule id, for example LOCK001 or LOCK102" };
            var command = new Command("explain", "Explain a rule: what it reports, why, and what to do") { id };
            command.SetAction(parse => Run(environment, parse.GetValue(id) ?? string.Empty));
            return command;
        }

        public static int Run(CliEnvironment environment, string id)
        {
            var rule = RuleCatalog.Find(id);
            if (rule == null)
            {
                throw new UsageException("unknown rule '" + id + "'; rules are: " + string.Join(", ", RuleCatalog.All.Select(r => r.Id)));
            }

            var output = environment.Out;
            output.WriteLine(rule.Id + ": " + rule.Title);
            output.WriteLine("Default severity: " + rule.DefaultSeverity);
            output.WriteLine("Help: " + rule.HelpUri);
            output.WriteLine();
            var page = RuleCatalog.Page(rule.Id);
            output.WriteLine(page != null ? page.TrimEnd() : rule.Description);
            return ExitCodes.Clean;
        }
    }
}
