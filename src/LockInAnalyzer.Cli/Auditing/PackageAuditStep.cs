using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Cli.Auditing
{
    /// <summary>
    /// The license and package policy of one project from its last restore: <see cref="ProjectAssetsReader"/>,
    /// <see cref="LicenseIdentifier"/> (through <see cref="PackageLicenseLocator"/>) and <see cref="PackageAuditor"/>,
    /// with the project's LockIn properties and items read as the MSBuild task receives them.
    /// </summary>
    internal static class PackageAuditStep
    {
        public const string OwnPackageId = "LockInAnalyzer";
        public const long MaxAssetsFileBytes = 512L * 1024 * 1024;
        public const long MaxBaselineFileBytes = 16L * 1024 * 1024;

        /// <summary>Reads the assets file; null (with a problem on <paramref name="result"/>) when the project was never restored or the file is broken.</summary>
        public static (ProjectAssets? Assets, string? Text) ReadAssets(EvaluatedProject project, ProjectResult result, string root)
        {
            var path = project["ProjectAssetsFile"]!;
            string? text;
            try
            {
                text = PolicyCache.ReadBounded(path, MaxAssetsFileBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                result.Problems.Add(result.Path + ": cannot read " + ProjectDiscovery.Relative(root, path) + ": " + ProjectEvaluator.OneLine(e.Message));
                return (null, null);
            }

            if (text == null)
            {
                result.Problems.Add(result.Path + ": never restored (" + ProjectDiscovery.Relative(root, path) + " does not exist); run 'dotnet restore' or 'lockin audit --restore'");
                return (null, null);
            }

            var problems = new List<SourceProblem>();
            var assets = ProjectAssetsReader.Read(text, path, problems);
            if (assets == null || problems.Count > 0)
            {
                var first = problems.FirstOrDefault();
                result.Problems.Add(result.Path + ": the assets file is unreadable" + (first != null ? " (" + ProjectDiscovery.Relative(root, first.File) + "(" + first.Line + "," + first.Column + "): " + first.Message + ")" : string.Empty) + "; restore the project again");
                return (null, null);
            }

            return (assets, text);
        }

        public static void Run(EvaluatedProject project, ProjectAssets assets, LoadedPolicy policy, ProjectResult result, WarningSettings warnings, string root, DateTime today, bool shippedPackages = false)
        {
            var projectDirectory = project.Directory;
            var adapterProperty = project.IsTrue("LockInAdapterProject");
            var mode = shippedPackages ? AuditMode.All : ParseMode(project["LockInAuditMode"], result, root, project);
            var development = shippedPackages ? false : ParseBoolean(project["LockInAuditDevelopmentDependencies"]);
            var suppressions = Suppressions(project, result, root);
            var baseline = ReadBaseline(project, result, root);

            // The audit does not audit itself: LockInAnalyzer is a build-time tool that ships nothing into the output.
            var audited = new ProjectAssets(assets.ProjectName, assets.ProjectPath, assets.PackageFolders, assets.Frameworks,
                assets.Packages.Where(p => !string.Equals(p.Id, OwnPackageId, StringComparison.OrdinalIgnoreCase)).ToList());
            var folders = assets.PackageFolders;
            var request = new AuditRequest(audited, policy.Policy, result.Name, package => PackageLicenseLocator.Identify(package, folders, policy.Policy.LicenseUrls))
            {
                IsAdapterProject = adapterProperty,
                AuditMode = mode,
                AuditDevelopmentDependencies = development,
                Suppressions = suppressions,
                Baseline = baseline,
                Today = today,
            };
            var audit = PackageAuditor.Audit(request);
            result.IsAdapterProject = adapterProperty || policy.Policy.IsAdapterProject(result.Name);
            result.Packages.AddRange(audit.Packages);
            result.PackagesAudited = true;

            var byId = audited.Packages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
            var lines = ProjectLines(project.FullPath);
            foreach (var finding in audit.Findings)
            {
                var packageNoWarn = finding.PackageId != null && byId.TryGetValue(finding.PackageId, out var package) ? package.NoWarn : (IEnumerable<string>)Array.Empty<string>();
                var severity = warnings.Apply(finding.Code, Map(finding.Severity), packageNoWarn);
                if (severity == null)
                {
                    continue;
                }

                var line = finding.PackageId != null ? LineOf(lines, finding.PackageId) : 1;
                result.Findings.Add(new Finding(finding.Code, severity.Value, FindingKind.Package, finding.Message, result.Name, result.Path, line, 1)
                {
                    PackageId = finding.PackageId,
                    PackageVersion = finding.PackageVersion,
                    VendorId = finding.Code == AuditCodes.VendorSdkPackage ? audit.Packages.FirstOrDefault(p => string.Equals(p.Id, finding.PackageId, StringComparison.OrdinalIgnoreCase))?.VendorId : null,
                    Subject = finding.PackageId,
                });
            }
        }

        /// <summary>Policy problems (LOCK190): errors at the policy file, and a configuration error for the exit code.</summary>
        public static void ReportPolicyProblems(LoadedPolicy policy, ProjectResult result, string root)
        {
            foreach (var problem in policy.Result.Problems)
            {
                var file = problem.File.Length > 0 && Path.IsPathFullyQualified(problem.File) ? ProjectDiscovery.Relative(root, problem.File) : problem.File;
                result.Findings.Add(new Finding(AuditCodes.PolicyInvalid, Severity.Error, FindingKind.Configuration, "Invalid LockIn policy: " + problem.Message, result.Name, file, Math.Max(problem.Line, 0), Math.Max(problem.Column, 0)));
                result.Problems.Add(file + (problem.Line > 0 ? "(" + problem.Line + "," + problem.Column + ")" : string.Empty) + ": invalid LockIn policy: " + problem.Message);
                result.HasConfigurationError = true;
            }
        }

        public static Severity Map(AuditSeverity severity) => severity switch
        {
            AuditSeverity.Error => Severity.Error,
            AuditSeverity.Warning => Severity.Warning,
            _ => Severity.Info,
        };

        private static string[] ProjectLines(string path)
        {
            try
            {
                return File.ReadAllLines(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Array.Empty<string>();
            }
        }

        /// <summary>The line of the package's PackageReference in the project file, else 1 (transitive packages, central references).</summary>
        private static int LineOf(string[] lines, string packageId)
        {
            var needle = "\"" + packageId + "\"";
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].IndexOf("PackageReference", StringComparison.OrdinalIgnoreCase) >= 0 && lines[i].IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return i + 1;
                }
            }

            return 1;
        }

        private static AuditMode? ParseMode(string? text, ProjectResult result, string root, EvaluatedProject project)
        {
            var value = text?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            if (value.Equals("direct", StringComparison.OrdinalIgnoreCase))
            {
                return AuditMode.Direct;
            }

            if (value.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                return AuditMode.All;
            }

            ConfigurationProblem(result, ProjectDiscovery.Relative(root, project.FullPath), "LockInAuditMode must be 'direct' or 'all', not '" + value + "'");
            return null;
        }

        private static bool? ParseBoolean(string? text) => bool.TryParse(text?.Trim(), out var value) ? value : null;

        private static void ConfigurationProblem(ProjectResult result, string file, string message)
        {
            result.Findings.Add(new Finding(AuditCodes.PolicyInvalid, Severity.Error, FindingKind.Configuration, message, result.Name, file, 1, 1));
            result.Problems.Add(file + ": " + message);
            result.HasConfigurationError = true;
        }

        private static IReadOnlyList<PolicyException> Suppressions(EvaluatedProject project, ProjectResult result, string root)
        {
            var list = new List<PolicyException>();
            foreach (var item in project.ItemsOf("LockInSuppress"))
            {
                var where = "LockInSuppress '" + item.Include + "' in " + Path.GetFileName(item.DefinedIn);
                var file = ProjectDiscovery.Relative(root, item.DefinedIn);
                var range = PackageVersionRange.All;
                if (!IdGlob.IsValid(item.Include, out var idError))
                {
                    ConfigurationProblem(result, file, where + ": the package id pattern " + idError);
                    continue;
                }

                if (item.Get("Version") is { Length: > 0 } version && !PackageVersionRange.TryParse(version, out range!, out var rangeError))
                {
                    ConfigurationProblem(result, file, where + ": Version '" + version + "' is not a NuGet version range: " + rangeError);
                    continue;
                }

                var justification = item.Get("Justification");
                if (string.IsNullOrWhiteSpace(justification))
                {
                    ConfigurationProblem(result, file, where + ": a Justification is required: say why this package is accepted (and who approved it)");
                    continue;
                }

                DateTime? expires = null;
                if (item.Get("Expires") is { Length: > 0 } expiresText)
                {
                    if (!DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        ConfigurationProblem(result, file, where + ": Expires must be a date written yyyy-MM-dd, not '" + expiresText + "'");
                        continue;
                    }

                    expires = date;
                }

                var rules = (item.Get("Rules") ?? string.Empty).Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim().ToUpperInvariant()).ToList();
                list.Add(new PolicyException(item.Include, range, rules, justification!.Trim(), expires, where));
            }

            return list;
        }

        private static LicenseBaseline? ReadBaseline(EvaluatedProject project, ProjectResult result, string root)
        {
            var path = BaselinePath(project);
            string? text;
            try
            {
                text = PolicyCache.ReadBounded(path, MaxBaselineFileBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                ConfigurationProblem(result, ProjectDiscovery.Relative(root, path), "cannot read the LockIn baseline: " + ProjectEvaluator.OneLine(e.Message));
                return null;
            }

            if (text == null)
            {
                return null;
            }

            var problems = new List<SourceProblem>();
            var baseline = LicenseBaseline.Read(text, path, problems);
            foreach (var problem in problems)
            {
                ConfigurationProblem(result, ProjectDiscovery.Relative(root, path), "invalid LockIn baseline (" + problem.Line + "," + problem.Column + "): " + problem.Message);
            }

            return problems.Count > 0 ? null : baseline;
        }

        /// <summary>The project's baseline file: <c>LockInBaseline</c>, else <c>lockin.baseline.json</c> beside the project (as the task does).</summary>
        public static string BaselinePath(EvaluatedProject project) =>
            ProjectEvaluator.Resolve(project["LockInBaseline"] ?? "lockin.baseline.json", project.Directory);
    }
}
