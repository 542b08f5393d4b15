using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Cli.Auditing;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Audit;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary>
    /// <c>lockin baseline</c>: records the current license of every audited package as approved
    /// (<see cref="LicenseBaseline"/>), merged into each project's baseline file (<c>LockInBaseline</c>, else
    /// <c>lockin.baseline.json</c> beside the project) or into the one <c>--output</c> names. The same result as
    /// <c>dotnet build -t:LockInUpdateBaseline</c>, without a build.
    /// </summary>
    internal static class BaselineCommand
    {
        public static Command Create(CliEnvironment environment)
        {
            var path = new Argument<string>("path") { Description = "A solution, project or directory", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
            var output = new Option<string?>("--output", "-o") { Description = "One baseline file for every project, instead of each project's own" };
            var policy = new Option<string?>("--policy") { Description = "A policy file or preset for every project (it decides which packages are audited)" };
            var command = new Command("baseline", "Write or refresh the approved-license baseline from the last restore (license drift is LOCK104)") { path, output, policy };
            command.SetAction((parse, cancellationToken) => RunAsync(environment, parse.GetValue(path) ?? ".", parse.GetValue(output), parse.GetValue(policy), cancellationToken));
            return command;
        }

        public static async Task<int> RunAsync(CliEnvironment environment, string path, string? output, string? policy, CancellationToken cancellationToken)
        {
            var report = await new RepositoryAuditor().AuditAsync(new AuditOptions { Path = path, Policy = policy, PackagesOnly = true }, cancellationToken).ConfigureAwait(false);
            foreach (var problem in report.AllProblems)
            {
                environment.ErrorLine(problem);
            }

            var root = ProjectDiscovery.Discover(path).Root;
            var byFile = new SortedDictionary<string, List<BaselineEntry>>(StringComparer.Ordinal);
            foreach (var project in report.Projects.Where(p => p.PackagesAudited))
            {
                var file = output != null ? Path.GetFullPath(output) : PackageAuditStep.BaselinePath(ProjectEvaluator.Evaluate(Path.Combine(root, project.Path)));
                if (!byFile.TryGetValue(file, out var entries))
                {
                    byFile[file] = entries = new List<BaselineEntry>();
                }

                entries.AddRange(project.Packages.Select(p => new BaselineEntry(p.Id, p.Version, p.Verdict.Expression, p.Verdict.Category)));
            }

            var failed = false;
            foreach (var (file, entries) in byFile)
            {
                var problems = new List<SourceProblem>();
                string? text;
                try
                {
                    text = PolicyCache.ReadBounded(file, PackageAuditStep.MaxBaselineFileBytes);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    environment.ErrorLine(file + ": cannot read the baseline: " + e.Message);
                    failed = true;
                    continue;
                }

                var existing = text == null || text.Trim().Length == 0 ? new LicenseBaseline(Array.Empty<BaselineEntry>()) : LicenseBaseline.Read(text, file, problems);
                if (existing == null || problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        environment.ErrorLine(problem.ToString());
                    }

                    environment.ErrorLine(file + ": the existing baseline is invalid; it was left unchanged");
                    failed = true;
                    continue;
                }

                var merged = existing.With(entries);
                CliApp.WriteFile(file, merged.Write());
                environment.Out.WriteLine((text == null ? "Wrote " : "Updated ") + ProjectDiscovery.Relative(root, file) + ": " + merged.Entries.Count() + " packages");
            }

            return failed || report.IsIncomplete ? ExitCodes.Error : ExitCodes.Clean;
        }
    }
}
