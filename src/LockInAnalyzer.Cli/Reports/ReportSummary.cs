using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Rules;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>One AI vendor's footprint in the audited code: findings, files, SDK packages, models and endpoints.</summary>
    internal sealed class VendorExposure
    {
        public VendorExposure(string id, string name)
        {
            Id = id;
            Name = name;
        }

        public string Id { get; }

        public string Name { get; }

        public VendorKind? Kind { get; set; }

        /// <summary>Code findings (LOCK001-LOCK004, LOCK006) by rule id.</summary>
        public SortedDictionary<string, int> ByRule { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

        public int CodeFindings => ByRule.Values.Sum();

        /// <summary>Every use of the vendor in code: a LOCK001 coupling point counts each of its uses.</summary>
        public int CodeUses { get; set; }

        public SortedSet<string> Files { get; } = new SortedSet<string>(StringComparer.Ordinal);

        public SortedSet<string> Projects { get; } = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>SDK packages as "id version".</summary>
        public SortedSet<string> Packages { get; } = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);

        public SortedSet<string> Models { get; } = new SortedSet<string>(StringComparer.Ordinal);

        public SortedSet<string> Endpoints { get; } = new SortedSet<string>(StringComparer.Ordinal);
    }

    /// <summary>A package as it appears across projects (one entry per id and version).</summary>
    internal sealed class PackageSummary
    {
        public PackageSummary(PackageReport report)
        {
            Report = report;
        }

        public PackageReport Report { get; }

        public string Id => Report.Id;

        public string Version => Report.Version;

        public LicenseCategory Category => Report.Verdict.Category;

        public SortedSet<string> Projects { get; } = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>Project files referencing it (relative paths), the BOM's locations.</summary>
        public SortedSet<string> ProjectFiles { get; } = new SortedSet<string>(StringComparer.Ordinal);
    }

    /// <summary>The aggregates every report format shows, computed once and in a deterministic order.</summary>
    internal sealed class ReportSummary
    {
        public static readonly string[] CouplingRules = { DiagnosticIds.VendorSdkUsage, DiagnosticIds.VendorTypeInPublicApi, DiagnosticIds.HardCodedModelId, DiagnosticIds.HardCodedEndpoint, DiagnosticIds.VendorChosenInCompositionRoot };

        public ReportSummary(AuditReport report)
        {
            Report = report;
            var catalog = VendorCatalog.Builtin;
            var vendors = new SortedDictionary<string, VendorExposure>(StringComparer.Ordinal);
            VendorExposure Vendor(string id)
            {
                if (!vendors.TryGetValue(id, out var exposure))
                {
                    var known = catalog.Vendors.FirstOrDefault(v => v.Id == id);
                    vendors[id] = exposure = new VendorExposure(id, known?.Name ?? id) { Kind = known?.Kind };
                }

                return exposure;
            }

            var packages = new SortedDictionary<string, PackageSummary>(StringComparer.OrdinalIgnoreCase);
            foreach (var project in report.Projects)
            {
                foreach (var package in project.Packages)
                {
                    var key = package.Id + "/" + package.Version;
                    if (!packages.TryGetValue(key, out var summary))
                    {
                        packages[key] = summary = new PackageSummary(package);
                    }

                    summary.Projects.Add(project.Name);
                    summary.ProjectFiles.Add(project.Path);
                    if (package.VendorId != null)
                    {
                        var exposure = Vendor(package.VendorId);
                        exposure.Packages.Add(package.Id + " " + package.Version);
                        exposure.Projects.Add(project.Name);
                    }
                }

                foreach (var finding in project.Findings.Where(f => f.Kind == FindingKind.Code && f.VendorId != null && CouplingRules.Contains(f.RuleId)))
                {
                    var exposure = Vendor(finding.VendorId!);
                    exposure.ByRule[finding.RuleId] = exposure.ByRule.TryGetValue(finding.RuleId, out var n) ? n + 1 : 1;
                    exposure.CodeUses += finding.Uses;
                    exposure.Files.Add(finding.File);
                    exposure.Files.UnionWith(finding.OtherUses.Select(u => u.File));
                    exposure.Projects.Add(project.Name);
                    if (finding.RuleId == DiagnosticIds.HardCodedModelId && !string.IsNullOrEmpty(finding.Subject))
                    {
                        exposure.Models.Add(finding.Subject!);
                    }
                    else if (finding.RuleId == DiagnosticIds.HardCodedEndpoint && !string.IsNullOrEmpty(finding.Subject))
                    {
                        exposure.Endpoints.Add(finding.Subject!);
                    }
                }
            }

            Vendors = vendors.Values.OrderByDescending(v => v.CodeFindings).ThenByDescending(v => v.Packages.Count).ThenBy(v => v.Id, StringComparer.Ordinal).ToList();
            Packages = packages.Values.ToList();
            Categories = Enum.GetValues<LicenseCategory>()
                .Select(c => (Category: c, Count: Packages.Count(p => p.Category == c)))
                .Where(c => c.Count > 0)
                .ToList();
            Models = ModelSummary.Collect(report);
            Openness = ModelOpennessNames.All
                .Select(c => (Openness: c, Count: Models.Count(m => m.Openness == c)))
                .Where(c => c.Count > 0)
                .ToList();
            CoupledFiles = report.AllFindings
                .Where(f => f.Kind == FindingKind.Code && CouplingRules.Contains(f.RuleId))
                .GroupBy(f => f.File, StringComparer.Ordinal)
                .Select(g => (File: g.Key, Count: g.Sum(f => f.Uses), Vendors: string.Join(", ", g.Where(f => f.VendorId != null).Select(f => Vendor(f.VendorId!).Name).Distinct().OrderBy(n => n, StringComparer.Ordinal))))
                .OrderByDescending(f => f.Count)
                .ThenBy(f => f.File, StringComparer.Ordinal)
                .ToList();
        }

        public AuditReport Report { get; }

        /// <summary>Vendors by exposure: most code findings first.</summary>
        public IReadOnlyList<VendorExposure> Vendors { get; }

        /// <summary>Unique packages (id, version) in id order.</summary>
        public IReadOnlyList<PackageSummary> Packages { get; }

        /// <summary>Packages per license category, in the category order of <see cref="LicenseCategory"/>; empty categories left out.</summary>
        public IReadOnlyList<(LicenseCategory Category, int Count)> Categories { get; }

        /// <summary>Every model id in code (closed or open) and every model file, with license and openness class.</summary>
        public IReadOnlyList<ModelSummary> Models { get; }

        /// <summary>Models per openness class, closed first; empty classes left out.</summary>
        public IReadOnlyList<(ModelOpenness Openness, int Count)> Openness { get; }

        /// <summary>Files by number of coupling findings, most first.</summary>
        public IReadOnlyList<(string File, int Count, string Vendors)> CoupledFiles { get; }

        public static string Level(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };

        public static string Status(ProjectStatus status) => status switch
        {
            ProjectStatus.Clean => "clean",
            ProjectStatus.Findings => "findings",
            ProjectStatus.Partial => "partial",
            _ => "failed",
        };
    }
}
