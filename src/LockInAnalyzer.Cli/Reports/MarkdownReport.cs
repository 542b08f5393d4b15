using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>A Markdown report for pull-request comments and job summaries (GitHub's $GITHUB_STEP_SUMMARY).</summary>
    internal static class MarkdownReport
    {
        public static string Write(AuditReport report)
        {
            var summary = new ReportSummary(report);
            var b = new StringBuilder();
            b.Append("# LockIn audit: ").Append(Escape(report.RootName)).Append("\n\n");
            if (report.Timestamp is { } timestamp)
            {
                b.Append("Generated ").Append(timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append(" by lockin ").Append(AuditReport.ToolVersion).Append(".\n\n");
            }

            b.Append("| Projects | Errors | Warnings | Info | AI vendors | Packages |\n|---:|---:|---:|---:|---:|---:|\n");
            b.Append("| ").Append(report.Projects.Count).Append(" | ").Append(report.Count(Severity.Error)).Append(" | ").Append(report.Count(Severity.Warning))
                .Append(" | ").Append(report.Count(Severity.Info)).Append(" | ").Append(summary.Vendors.Count).Append(" | ").Append(summary.Packages.Count).Append(" |\n\n");

            b.Append("## AI vendors\n\n");
            if (summary.Vendors.Count == 0)
            {
                b.Append("No proprietary AI vendor found.\n\n");
            }
            else
            {
                b.Append("| Vendor | Code findings | Uses | Files | SDK packages | Models | Endpoints |\n|---|---:|---:|---:|---|---|---|\n");
                foreach (var vendor in summary.Vendors)
                {
                    b.Append("| ").Append(Escape(vendor.Name)).Append(" | ").Append(vendor.CodeFindings).Append(" | ").Append(vendor.CodeUses).Append(" | ").Append(vendor.Files.Count)
                        .Append(" | ").Append(Escape(string.Join(", ", vendor.Packages))).Append(" | ").Append(Code(vendor.Models)).Append(" | ").Append(Code(vendor.Endpoints)).Append(" |\n");
                }

                b.Append('\n');
            }

            if (summary.Models.Count > 0)
            {
                b.Append("## Models\n\n");
                b.Append(string.Join(", ", summary.Openness.Select(o => ModelOpennessNames.Title(o.Openness) + ": " + o.Count))).Append("\n\n");
                b.Append("| Model | Openness | License | Supplier | Evidence | Where |\n|---|---|---|---|---|---|\n");
                foreach (var model in summary.Models)
                {
                    var use = model.First;
                    b.Append("| ").Append(Code(new[] { use.Source == ModelSource.File ? System.IO.Path.GetFileName(use.Name) : use.Name })).Append(" | ").Append(ModelOpennessNames.Title(use.Openness))
                        .Append(" | ").Append(Escape(use.LicenseName ?? use.LicenseId ?? (use.Openness == ModelOpenness.Closed ? "terms of service" : "unknown")))
                        .Append(" | ").Append(Escape(use.Supplier ?? string.Empty)).Append(" | ").Append(Escape(use.Evidence)).Append(" | ").Append(Code(model.Locations)).Append(" |\n");
                }

                b.Append('\n');
            }

            b.Append("## Projects\n\n| Project | Status | Frameworks | Errors | Warnings | Info | Packages |\n|---|---|---|---:|---:|---:|---:|\n");
            foreach (var project in report.Projects)
            {
                b.Append("| ").Append(Escape(project.Name)).Append(" | ").Append(ReportSummary.Status(project.Status)).Append(" | ").Append(Escape(string.Join(", ", project.Frameworks)))
                    .Append(" | ").Append(project.Findings.Count(f => f.Severity == Severity.Error))
                    .Append(" | ").Append(project.Findings.Count(f => f.Severity == Severity.Warning))
                    .Append(" | ").Append(project.Findings.Count(f => f.Severity == Severity.Info))
                    .Append(" | ").Append(project.Packages.Count).Append(" |\n");
            }

            b.Append('\n');
            b.Append("## Findings\n\n");
            if (!report.AllFindings.Any())
            {
                b.Append("No findings.\n\n");
            }

            foreach (var project in report.Projects.Where(p => p.Findings.Count > 0))
            {
                b.Append("### ").Append(Escape(project.Name)).Append(" (`").Append(project.Path).Append("`)\n\n");
                b.Append("| Rule | Severity | Location | Message |\n|---|---|---|---|\n");
                foreach (var finding in project.Findings)
                {
                    b.Append("| ").Append(finding.RuleId).Append(" | ").Append(ReportSummary.Level(finding.Severity)).Append(" | `").Append(finding.File)
                        .Append(finding.Line > 0 ? "(" + finding.Line + "," + finding.Column + ")" : string.Empty).Append("` | ").Append(Escape(finding.Message)).Append(" |\n");
                }

                b.Append('\n');
            }

            b.Append("## Packages and licenses\n\n");
            if (summary.Packages.Count == 0)
            {
                b.Append("No package was audited.\n\n");
            }
            else
            {
                b.Append("| Package | Version | License | Category | Policy | Projects |\n|---|---|---|---|---|---|\n");
                foreach (var package in summary.Packages)
                {
                    b.Append("| ").Append(Escape(package.Id)).Append(" | ").Append(Escape(package.Version)).Append(" | ").Append(Escape(package.Report.Verdict.Expression ?? "unknown"))
                        .Append(" | ").Append(package.Category).Append(" | ").Append(package.Report.Action.ToString().ToLowerInvariant())
                        .Append(" | ").Append(Escape(string.Join(", ", package.Projects))).Append(" |\n");
                }

                b.Append('\n');
            }

            var problems = report.AllProblems;
            if (problems.Count > 0)
            {
                b.Append("## Problems\n\nThe audit is incomplete:\n\n");
                foreach (var problem in problems)
                {
                    b.Append("- ").Append(Escape(problem)).Append('\n');
                }

                b.Append('\n');
            }

            return b.ToString();
        }

        private static string Code(System.Collections.Generic.IEnumerable<string> values) =>
            string.Join(", ", values.Select(v => "`" + v.Replace("`", "'") + "`"));

        private static string Escape(string text) =>
            text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace("\r", " ").Replace("\n", " ");
    }
}
