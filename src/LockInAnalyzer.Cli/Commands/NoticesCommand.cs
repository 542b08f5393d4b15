using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Auditing;
using LockInAnalyzer.Cli.Notices;
using LockInAnalyzer.Cli.Projects;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary>
    /// <c>lockin notices</c>: a third-party notices file for the packages a solution ships (the whole restored graph
    /// without development dependencies), from the last restore and the packages themselves. Reads only.
    /// </summary>
    internal static class NoticesCommand
    {
        public static Command Create(CliEnvironment environment)
        {
            var path = new Argument<string>("path") { Description = "A solution, project or directory", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
            var format = new Option<string>("--format", "-f") { Description = "markdown or text", DefaultValueFactory = _ => "markdown" };
            format.AcceptOnlyFromAmong(CliApp.Choices("markdown", "text"));
            var output = new Option<string?>("--output", "-o") { Description = "Write the notices to this file instead of standard output" };
            var policy = new Option<string?>("--policy") { Description = "A policy file or preset for every project (its licenses.urls help identify licenses)" };
            var command = new Command("notices", "Write a third-party notices file (package, version, license, copyright lines, license texts) from the packages themselves") { path, format, output, policy };
            command.SetAction((parse, cancellationToken) => RunAsync(environment, parse.GetValue(path) ?? ".", parse.GetValue(format) ?? "markdown", parse.GetValue(output), parse.GetValue(policy), cancellationToken));
            return command;
        }

        public static async Task<int> RunAsync(CliEnvironment environment, string path, string format, string? output, string? policy, CancellationToken cancellationToken)
        {
            var report = await new RepositoryAuditor().AuditAsync(new AuditOptions { Path = path, Policy = policy, PackagesOnly = true, ShippedPackages = true }, cancellationToken).ConfigureAwait(false);
            foreach (var problem in report.AllProblems)
            {
                environment.ErrorLine(problem);
            }

            var notices = NoticeCollector.Collect(report.Projects);
            var projects = report.Projects.Where(p => p.PackagesAudited).Select(p => p.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
            var scope = "packages restored for " + (projects.Count == 0 ? "no project" : string.Join(", ", projects));
            var text = NoticesWriter.Write(notices, scope, format == "markdown");
            if (output != null)
            {
                CliApp.WriteFile(output, text);
                environment.Out.WriteLine("Wrote " + output + ": " + notices.Count + " packages");
            }
            else
            {
                environment.Out.Write(text);
            }

            return report.IsIncomplete ? ExitCodes.Error : ExitCodes.Clean;
        }
    }
}
