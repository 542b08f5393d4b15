using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Auditing;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Reports;
using Spectre.Console;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary><c>lockin audit [path]</c>: the read-only audit and its reports.</summary>
    internal static class AuditCommand
    {
        public static readonly string[] Formats = { "console", "sarif", "json", "markdown", "html", "cyclonedx" };

        public static Command Create(CliEnvironment environment)
        {
            var path = new Argument<string>("path") { Description = "A solution (.sln, .slnx), a project (.csproj) or a directory to search for projects", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
            var format = new Option<string>("--format", "-f") { Description = "Report format: console, sarif, json, markdown, html or cyclonedx", DefaultValueFactory = _ => "console" };
            format.AcceptOnlyFromAmong(Formats);
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
            var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding has this severity or higher: error, warning or info", DefaultValueFactory = _ => "error" };
            failOn.AcceptOnlyFromAmong("error", "warning", "info");
            var policy = new Option<string?>("--policy") { Description = "A policy file or preset (default, strict, permissive) for every project, instead of each project's LockInPolicy" };
            var restore = new Option<bool>("--restore") { Description = "Run 'dotnet restore' first (restore writes obj/; without this flag the audit writes nothing)" };
            var packagesOnly = new Option<bool>("--packages-only") { Description = "Audit packages and licenses only; skip the coupling analyzers" };
            var codeOnly = new Option<bool>("--code-only") { Description = "Run the coupling analyzers only; skip the package audit" };
            var timestamp = new Option<bool>("--timestamp") { Description = "Put the time of the audit into the report (reports are otherwise byte-identical for the same input)" };
            var noProgress = new Option<bool>("--no-progress") { Description = "No progress display on the terminal" };

            var command = new Command("audit", "Audit a solution, project or directory: package licenses and policy from the last restore, and code coupled to AI vendors. Changes nothing.")
            {
                path, format, output, failOn, policy, restore, packagesOnly, codeOnly, timestamp, noProgress,
            };
            command.SetAction((parse, cancellationToken) => RunAsync(environment, new AuditOptions
            {
                Path = parse.GetValue(path) ?? ".",
                Policy = parse.GetValue(policy),
                Restore = parse.GetValue(restore),
                PackagesOnly = parse.GetValue(packagesOnly),
                CodeOnly = parse.GetValue(codeOnly),
            }, parse.GetValue(format) ?? "console", parse.GetValue(output), parse.GetValue(failOn) ?? "error", parse.GetValue(timestamp), !parse.GetValue(noProgress), cancellationToken));
            return command;
        }

        public static async Task<int> RunAsync(CliEnvironment environment, AuditOptions options, string format, string? output, string failOn, bool timestamp, bool progress, CancellationToken cancellationToken)
        {
            if (options.PackagesOnly && options.CodeOnly)
            {
                throw new UsageException("--packages-only and --code-only exclude each other");
            }

            if (options.Policy != null && options.Policy.Trim().Length == 0)
            {
                // An empty value would otherwise fall back to each project's own policy: a check the user asked to replace.
                throw new UsageException("--policy needs a policy file or a preset name (" + string.Join(", ", Policy.Policies.PolicyResolver.PresetNames.OrderBy(n => n, StringComparer.Ordinal)) + ")");
            }

            var auditor = new RepositoryAuditor();
            AuditReport report;
            if (progress && environment.ErrorIsTerminal)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(environment.Error) });
                report = null!;
                await console.Progress().AutoClear(true).HideCompleted(true).StartAsync(async context =>
                {
                    var task = context.AddTask("Auditing", autoStart: true, maxValue: 1);
                    auditor.Progress = (done, total, name) =>
                    {
                        task.MaxValue = total;
                        task.Value = done;
                        task.Description = "Audited " + Markup.Escape(name);
                    };
                    report = await auditor.AuditAsync(options, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                report = await auditor.AuditAsync(options, cancellationToken).ConfigureAwait(false);
            }

            if (timestamp)
            {
                report.Timestamp = DateTimeOffset.UtcNow;
            }

            foreach (var problem in report.AllProblems)
            {
                environment.ErrorLine(problem);
            }

            if (format == "console")
            {
                var toFile = output != null;
                var writer = toFile ? new System.IO.StringWriter() : environment.Out;
                var plain = toFile || !environment.OutputIsTerminal;
                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(writer),
                    Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
                    ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                    Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
                });
                if (plain)
                {
                    console.Profile.Width = 200;
                }

                ConsoleReport.Write(report, console, plain);
                if (toFile)
                {
                    CliApp.WriteFile(output!, writer.ToString()!);
                }
            }
            else
            {
                var text = Render(report, format);
                if (output != null)
                {
                    CliApp.WriteFile(output, text);
                }
                else
                {
                    environment.Out.Write(text);
                }
            }

            return ExitCode(report, failOn);
        }

        public static string Render(AuditReport report, string format) => format switch
        {
            "sarif" => SarifReport.Write(report),
            "json" => JsonReport.Write(report),
            "markdown" => MarkdownReport.Write(report),
            "html" => HtmlReport.Write(report),
            "cyclonedx" => CycloneDxReport.Write(report),
            _ => throw new UsageException("unknown format '" + format + "'"),
        };

        /// <summary>2 when the audit could not be completed (configuration errors, projects not audited), else 1 for findings at or above <paramref name="failOn"/>, else 0.</summary>
        public static int ExitCode(AuditReport report, string failOn)
        {
            if (report.HasConfigurationErrors || report.IsIncomplete)
            {
                return ExitCodes.Error;
            }

            var threshold = failOn switch
            {
                "info" => Severity.Info,
                "warning" => Severity.Warning,
                _ => Severity.Error,
            };
            return report.AllFindings.Any(f => f.Severity >= threshold) ? ExitCodes.Violations : ExitCodes.Clean;
        }
    }
}
