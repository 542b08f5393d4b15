using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Auditing;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using NuGet.Versioning;

namespace LockInAnalyzer.Cli.Outdated
{
    /// <summary>What <c>lockin outdated</c> was asked to do.</summary>
    internal sealed class OutdatedOptions
    {
        public string Path { get; set; } = ".";

        public string? Policy { get; set; }

        public bool IncludeTransitive { get; set; }

        public bool IncludePrerelease { get; set; }

        public DateTime Today { get; set; } = DateTime.UtcNow.Date;
    }

    /// <summary>
    /// The upgrade forecast: each package of the last restore, and each newer version its sources list, judged by the
    /// audit's own engine (<see cref="LicenseIdentifier"/> for the license, <see cref="PackageAuditor"/> for the policy's
    /// action, package rules included) under the project's policy. A version's license comes from the source's listing
    /// when that suffices (a license expression, or a licenseUrl the engine identifies), else from its nupkg's nuspec
    /// and license file, read exactly as a restored package is.
    /// </summary>
    internal sealed class UpgradeForecaster
    {
        private readonly PolicyCache policies = new PolicyCache();
        private readonly Dictionary<string, IReadOnlyList<FeedVersion>> versions = new Dictionary<string, IReadOnlyList<FeedVersion>>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (LicenseVerdict Verdict, string ReadFrom)> verdicts = new Dictionary<string, (LicenseVerdict, string)>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> problems = new List<string>();

        public async Task<UpgradeForecast> ForecastAsync(OutdatedOptions options, CancellationToken cancellationToken)
        {
            var discovery = ProjectDiscovery.Discover(options.Path);
            problems.AddRange(discovery.Problems);
            var scratch = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lockin-outdated-" + Guid.NewGuid().ToString("N"));
            using var feeds = PackageFeeds.ForDirectory(discovery.Root);
            var projects = new List<ProjectForecast>();
            try
            {
                foreach (var path in discovery.Projects)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var forecast = await ForecastProjectAsync(path, discovery.Root, options, feeds, scratch, cancellationToken).ConfigureAwait(false);
                    if (forecast != null)
                    {
                        projects.Add(forecast);
                    }
                }
            }
            finally
            {
                try
                {
                    if (Directory.Exists(scratch))
                    {
                        Directory.Delete(scratch, recursive: true);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                }
            }

            if (feeds.Sources.Count == 0)
            {
                problems.Add("no enabled package source in the NuGet configuration of " + discovery.Root);
            }

            var name = System.IO.Path.GetFileName(discovery.Root.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            var sources = feeds.Sources.Select(s => s.Name + " (" + s.Source + ")").ToList();
            return new UpgradeForecast(name.Length == 0 ? "." : name, sources, projects, problems.Distinct(StringComparer.Ordinal).ToList());
        }

        private async Task<ProjectForecast?> ForecastProjectAsync(string path, string root, OutdatedOptions options, PackageFeeds feeds, string scratch, CancellationToken cancellationToken)
        {
            var result = new ProjectResult(System.IO.Path.GetFileNameWithoutExtension(path), ProjectDiscovery.Relative(root, path));
            EvaluatedProject project;
            try
            {
                project = ProjectEvaluator.Evaluate(path);
            }
            catch (ProjectLoadException e)
            {
                problems.Add(result.Path + ": cannot load the project: " + e.Message);
                return null;
            }

            if (string.Equals(project["LockInEnabled"], "false", StringComparison.OrdinalIgnoreCase))
            {
                // As in the audit: a project that turned LockIn off has no packages to judge.
                return new ProjectForecast(result.Name, result.Path);
            }

            var policy = policies.ForProject(options.Policy, project);
            PackageAuditStep.ReportPolicyProblems(policy, result, root);
            var (assets, _) = PackageAuditStep.ReadAssets(project, result, root);
            problems.AddRange(result.Problems);
            if (assets == null || result.HasConfigurationError)
            {
                return null;
            }

            var isAdapter = project.IsTrue("LockInAdapterProject");
            var forecast = new ProjectForecast(result.Name, result.Path);
            var packages = assets.Packages
                .Where(p => (p.IsDirect || options.IncludeTransitive) && !string.Equals(p.Id, PackageAuditStep.OwnPackageId, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var package in packages)
            {
                var current = Judge(assets, package, package.Version, policy.Policy, result.Name, isAdapter, options.Today,
                    p => PackageLicenseLocator.Identify(p, assets.PackageFolders, policy.Policy.LicenseUrls));
                var item = new PackageForecast(package.Id, package.IsDirect, VersionVerdict.From(current, "restored package"));
                if (!NuGetVersion.TryParse(package.Version.ToString(), out var currentVersion))
                {
                    problems.Add(result.Path + ": " + package.Id + " " + package.Version + ": not a NuGet version");
                    forecast.Packages.Add(item);
                    continue;
                }

                var listed = await VersionsAsync(feeds, package.Id, options.IncludePrerelease || currentVersion.IsPrerelease, cancellationToken).ConfigureAwait(false);
                item.Listed = listed.Count > 0;
                foreach (var newer in listed.Where(v => v.Version > currentVersion))
                {
                    var (verdict, readFrom) = await IdentifyAsync(feeds, newer, policy.Policy.LicenseUrls, scratch, cancellationToken).ConfigureAwait(false);
                    PackageVersion.TryParse(newer.Version.ToNormalizedString(), out var parsed, out _);
                    var judged = Judge(assets, package, parsed!, policy.Policy, result.Name, isAdapter, options.Today, _ => verdict);
                    item.Newer.Add(VersionVerdict.From(judged, readFrom));
                }

                forecast.Packages.Add(item);
            }

            return forecast;
        }

        /// <summary>The audit's verdict for <paramref name="package"/> at <paramref name="version"/>: one package through <see cref="PackageAuditor"/>.</summary>
        private static PackageReport Judge(ProjectAssets assets, AssetsPackage package, PackageVersion version, LockInPolicy policy, string projectName, bool isAdapter, DateTime today, Func<AssetsPackage, LicenseVerdict> identify)
        {
            var candidate = new AssetsPackage(package.Id, version, version.Equals(package.Version) ? package.Path : null)
            {
                IsDirect = package.IsDirect,
                IsDevelopmentDependency = package.IsDevelopmentDependency,
                IncludedBy = package.IncludedBy,
            };
            candidate.Frameworks.AddRange(package.Frameworks);
            var single = new ProjectAssets(assets.ProjectName, assets.ProjectPath, assets.PackageFolders, assets.Frameworks, new[] { candidate });
            var request = new AuditRequest(single, policy, projectName, identify)
            {
                IsAdapterProject = isAdapter,
                AuditMode = AuditMode.All,
                AuditDevelopmentDependencies = true,
                Today = today,
            };
            return PackageAuditor.Audit(request).Packages.Single();
        }

        private async Task<IReadOnlyList<FeedVersion>> VersionsAsync(PackageFeeds feeds, string id, bool includePrerelease, CancellationToken cancellationToken)
        {
            var key = id + (includePrerelease ? "\npre" : string.Empty);
            if (!versions.TryGetValue(key, out var listed))
            {
                versions[key] = listed = await feeds.VersionsAsync(id, includePrerelease, problems, cancellationToken).ConfigureAwait(false);
            }

            return listed;
        }

        private async Task<(LicenseVerdict Verdict, string ReadFrom)> IdentifyAsync(PackageFeeds feeds, FeedVersion version, LicenseUrlTable urls, string scratch, CancellationToken cancellationToken)
        {
            var key = version.Id + "/" + version.Version.ToNormalizedString() + "\n" + urls.Signature;
            if (verdicts.TryGetValue(key, out var known))
            {
                return known;
            }

            var listing = ListingVerdict(version, urls);
            if (listing != null)
            {
                return verdicts[key] = (listing, "source listing");
            }

            var folder = System.IO.Path.Combine(scratch, verdicts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(scratch);
            var failure = await feeds.ExtractLicenseFilesAsync(version, folder, cancellationToken).ConfigureAwait(false);
            LicenseVerdict verdict;
            if (failure != null)
            {
                problems.Add(version.Id + " " + version.Version.ToNormalizedString() + ": " + failure);
                verdict = new LicenseVerdict(version.Id, version.Version.ToNormalizedString(), null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "package not readable: " + failure,
                    new[] { new PackageProblem(PackageProblemKind.FileUnreadable, failure) });
            }
            else
            {
                verdict = LicenseIdentifier.Default.IdentifyPackageFolder(folder, null, urls);
            }

            return verdicts[key] = (verdict, "package " + version.SourceName);
        }

        /// <summary>
        /// The verdict from the listing alone, when it is the one the package itself would give: a valid license
        /// expression decides before anything else, and so does a licenseUrl the engine identifies without the knowledge
        /// base. Anything else (a license file, an unknown URL) needs the package.
        /// </summary>
        private static LicenseVerdict? ListingVerdict(FeedVersion version, LicenseUrlTable urls)
        {
            var normalized = version.Version.ToNormalizedString();
            PackageMetadata metadata;
            if (version.License is { Type: NuGet.Packaging.LicenseType.Expression } expression)
            {
                metadata = new PackageMetadata(version.Id, normalized, new PackageLicense("expression", expression.License, null), version.LicenseUrl);
            }
            else if (version.License == null && version.LicenseUrl != null)
            {
                metadata = new PackageMetadata(version.Id, normalized, null, version.LicenseUrl);
            }
            else
            {
                return null;
            }

            var verdict = LicenseIdentifier.Default.Identify(metadata, null, null, urls);
            var decided = (verdict.EvidenceKind == LicenseEvidenceKind.NuspecExpression || verdict.EvidenceKind == LicenseEvidenceKind.LicenseUrl)
                && verdict.Category != LicenseCategory.Unknown && verdict.Problems.Count == 0;
            return decided ? verdict : null;
        }
    }
}
