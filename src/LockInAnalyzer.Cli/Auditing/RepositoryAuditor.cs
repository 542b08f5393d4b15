using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Analysis;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;

namespace LockInAnalyzer.Cli.Auditing
{
    /// <summary>What <c>lockin audit</c> was asked to do.</summary>
    internal sealed class AuditOptions
    {
        public string Path { get; set; } = ".";

        /// <summary>A policy file or preset for every project, instead of each project's <c>LockInPolicy</c>.</summary>
        public string? Policy { get; set; }

        /// <summary>Run <c>dotnet restore</c> first (the only way the audit writes anything: restore's own obj/ output).</summary>
        public bool Restore { get; set; }

        /// <summary>Skip the coupling analyzers: licenses and packages only.</summary>
        public bool PackagesOnly { get; set; }

        /// <summary>Skip the package audit: coupling analyzers only.</summary>
        public bool CodeOnly { get; set; }

        /// <summary>Audit every package the project ships (the whole graph, without development dependencies), whatever the audit mode says: for notices.</summary>
        public bool ShippedPackages { get; set; }

        public DateTime Today { get; set; } = DateTime.UtcNow.Date;
    }

    /// <summary>
    /// Audits every project a path names: the package policy from the last restore and the coupling analyzers, each
    /// project independently, so one broken project costs only its own results. Reads only; writes nothing unless
    /// <see cref="AuditOptions.Restore"/> asks for a restore.
    /// </summary>
    internal sealed class RepositoryAuditor
    {
        private readonly PolicyCache policies = new PolicyCache();
        private readonly CodeAnalyzer analyzer = new CodeAnalyzer();

        /// <summary>Called with (project done, total, project name) for progress displays.</summary>
        public Action<int, int, string>? Progress { get; set; }

        /// <summary>Throws <see cref="UsageException"/> when the path does not exist; everything else ends up in the report.</summary>
        public async Task<AuditReport> AuditAsync(AuditOptions options, CancellationToken cancellationToken = default)
        {
            var discovery = ProjectDiscovery.Discover(options.Path);
            var problems = new List<string>(discovery.Problems);
            if (options.Restore)
            {
                Restore(discovery, problems, cancellationToken);
            }

            var results = new List<ProjectResult>();
            var done = 0;
            foreach (var path in discovery.Projects)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(await AuditProjectAsync(path, discovery.Root, options, cancellationToken).ConfigureAwait(false));
                Progress?.Invoke(++done, discovery.Projects.Count, Path.GetFileNameWithoutExtension(path));
            }

            // Project names identify projects in reports; two projects with one name are told apart by their path.
            foreach (var group in results.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                foreach (var result in group)
                {
                    result.Name = result.Path;
                    result.Findings.ForEach(f => f.Project = result.Path);
                }
            }

            return new AuditReport(discovery.Name, results, problems);
        }

        private async Task<ProjectResult> AuditProjectAsync(string path, string root, AuditOptions options, CancellationToken cancellationToken)
        {
            var result = new ProjectResult(Path.GetFileNameWithoutExtension(path), ProjectDiscovery.Relative(root, path));
            EvaluatedProject project;
            try
            {
                project = ProjectEvaluator.Evaluate(path);
            }
            catch (ProjectLoadException e)
            {
                result.Problems.Add(result.Path + ": cannot load the project: " + e.Message);
                return result;
            }

            result.Frameworks.AddRange(project.TargetFrameworks);
            var policy = policies.ForProject(options.Policy, project);
            result.Policy.AddRange(policy.Policy.Sources.Select(s => s.StartsWith("preset:", StringComparison.Ordinal) ? s : ProjectDiscovery.Relative(root, s)));
            PackageAuditStep.ReportPolicyProblems(policy, result, root);
            result.IsAdapterProject = project.IsTrue("LockInAdapterProject") || policy.Policy.IsAdapterProject(result.Name);

            var (assets, assetsText) = PackageAuditStep.ReadAssets(project, result, root);
            result.Assets = assets;
            if (!options.CodeOnly && assets != null)
            {
                if (string.Equals(project["LockInEnabled"], "false", StringComparison.OrdinalIgnoreCase))
                {
                    result.PackagesAudited = true;
                }
                else
                {
                    PackageAuditStep.Run(project, assets, policy, result, new WarningSettings(project), root, options.Today, options.ShippedPackages);
                }
            }

            if (!options.PackagesOnly)
            {
                try
                {
                    await analyzer.AnalyzeAsync(project, assetsText, policy.Policy, result.IsAdapterProject, result, root, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The compiler and the analyzers are guarded; this is the last line so one project never ends the audit.
                    result.Problems.Add(result.Path + ": the code analysis failed: " + ProjectEvaluator.OneLine(e.Message));
                }
            }

            try
            {
                result.Models.AddRange(ModelFiles.Collect(project, result.Name, root));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                result.Problems.Add(result.Path + ": the model files could not be listed: " + ProjectEvaluator.OneLine(e.Message));
            }

            SortFindings(result.Findings);
            return result;
        }

        public static void SortFindings(List<Finding> findings) =>
            findings.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(a.File, b.File);
                c = c != 0 ? c : a.Line.CompareTo(b.Line);
                c = c != 0 ? c : a.Column.CompareTo(b.Column);
                c = c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
                return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
            });

        private static void Restore(DiscoveryResult discovery, List<string> problems, CancellationToken cancellationToken)
        {
            var targets = discovery.Solution != null ? new[] { discovery.Solution } : discovery.Projects.ToArray();
            foreach (var target in targets)
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                start.ArgumentList.Add("restore");
                start.ArgumentList.Add(target);
                start.ArgumentList.Add("--nologo");
                start.ArgumentList.Add("-v:q");
                try
                {
                    using var process = Process.Start(start)!;
                    var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
                    var error = process.StandardError.ReadToEndAsync(cancellationToken);
                    process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
                    if (process.ExitCode != 0)
                    {
                        var text = (output.Result + "\n" + error.Result).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? "exit code " + process.ExitCode;
                        problems.Add(ProjectDiscovery.Relative(discovery.Root, target) + ": dotnet restore failed: " + text);
                    }
                }
                catch (Exception e) when (e is System.ComponentModel.Win32Exception || e is InvalidOperationException)
                {
                    problems.Add(ProjectDiscovery.Relative(discovery.Root, target) + ": dotnet restore could not be started: " + e.Message);
                }
            }
        }
    }
}
