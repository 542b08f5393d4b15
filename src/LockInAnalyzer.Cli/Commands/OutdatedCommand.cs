using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Outdated;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary>
    /// <c>lockin outdated [path]</c>: the upgrade forecast. Asks the repository's package sources for newer versions of
    /// each package and judges their licenses with the audit's engine and policy, before anyone upgrades.
    /// </summary>
    internal static class OutdatedCommand
    {
        public static readonly string[] Formats = { "console", "json", "markdown" };

        public static Command Create(CliEnvironment environment)
        {
            var path = new Argument<string>("path") { Description = "A solution (.sln, .slnx), a project (.csproj) or a directory to search for projects", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
            var format = new Option<string>("--format", "-f") { Description = "Report format: console, json or markdown", DefaultValueFactory = _ => "console" };
            format.AcceptOnlyFromAmong(Formats);
            var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
            var policy = new Option<string?>("--policy") { Description = "A policy file or preset (default, strict, permissive) for every project, instead of each project's LockInPolicy" };
            var transitive = new Option<bool>("--include-transitive") { Description = "Forecast the transitive packages of the last restore too (default: direct references only)" };
            var prerelease = new Option<bool>("--prerelease") { Description = "Consider prerelease versions (always for a package whose current version is a prerelease)" };
            var command = new Command("outdated", "Forecast upgrades: newer versions of each package on the repository's package sources (nuget.config) and their licenses under the policy. Reads the network; changes nothing.")
            {
                path, format, output, policy, transitive, prerelease,
            };
            command.SetAction((parse, cancellationToken) => RunAsync(environment, new OutdatedOptions
            {
                Path = parse.GetValue(path) ?? ".",
                Policy = parse.GetValue(policy),
                IncludeTransitive = parse.GetValue(transitive),
                IncludePrerelease = parse.GetValue(prerelease),
            }, parse.GetValue(format) ?? "console", parse.GetValue(output), cancellationToken));
            return command;
        }

        /// <summary>2 when the forecast is incomplete (a source or project failed), else 1 when an allowed package's newest version is not allowed, else 0.</summary>
        public static async Task<int> RunAsync(CliEnvironment environment, OutdatedOptions options, string format, string? output, CancellationToken cancellationToken)
        {
            if (options.Policy != null && options.Policy.Trim().Length == 0)
            {
                throw new UsageException("--policy needs a policy file or a preset name");
            }

            var forecast = await new UpgradeForecaster().ForecastAsync(options, cancellationToken).ConfigureAwait(false);
            foreach (var problem in forecast.Problems)
            {
                environment.ErrorLine(problem);
            }

            var text = format switch
            {
                "json" => ForecastJson.Write(forecast),
                "markdown" => ForecastText.Markdown(forecast),
                _ => ForecastText.Console(forecast),
            };
            if (output != null)
            {
                CliApp.WriteFile(output, text);
            }
            else
            {
                environment.Out.Write(text);
            }

            if (forecast.Problems.Count > 0)
            {
                return ExitCodes.Error;
            }

            return forecast.AllPackages.Any(p => p.UpgradeLeavesPolicy) ? ExitCodes.Violations : ExitCodes.Clean;
        }
    }
}
