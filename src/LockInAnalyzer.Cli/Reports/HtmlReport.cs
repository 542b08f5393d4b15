using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Rules;
using static LockInAnalyzer.Cli.Reports.SvgCharts;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>
    /// One self-contained HTML file: inline CSS and inline SVG charts (lock-in exposure per vendor and per project,
    /// license categories, most coupled files), tables of projects, findings and packages. No script, no external asset.
    /// </summary>
    internal static class HtmlReport
    {
        private static readonly Dictionary<string, (string Label, string Color)> RuleSeries = new Dictionary<string, (string, string)>
        {
            [DiagnosticIds.VendorSdkUsage] = ("SDK use (LOCK001)", "#d9480f"),
            [DiagnosticIds.VendorTypeInPublicApi] = ("public API (LOCK002)", "#9c36b5"),
            [DiagnosticIds.HardCodedModelId] = ("model id (LOCK003)", "#1971c2"),
            [DiagnosticIds.HardCodedEndpoint] = ("endpoint (LOCK004)", "#2b8a3e"),
            [DiagnosticIds.VendorChosenInCompositionRoot] = ("vendor choice (LOCK006)", "#868e96"),
        };

        private static readonly Dictionary<ModelOpenness, string> OpennessColors = new Dictionary<ModelOpenness, string>
        {
            [ModelOpenness.Closed] = "#a61e4d",
            [ModelOpenness.OpenWeightsRestricted] = "#e8590c",
            [ModelOpenness.OpenWeights] = "#74b816",
            [ModelOpenness.OpenSourceAi] = "#2f9e44",
            [ModelOpenness.Unknown] = "#868e96",
        };

        private static readonly Dictionary<LicenseCategory, string> CategoryColors = new Dictionary<LicenseCategory, string>
        {
            [LicenseCategory.Permissive] = "#2f9e44",
            [LicenseCategory.WeakCopyleft] = "#74b816",
            [LicenseCategory.StrongCopyleft] = "#f59f00",
            [LicenseCategory.NetworkCopyleft] = "#e8590c",
            [LicenseCategory.SourceAvailable] = "#c2255c",
            [LicenseCategory.NonCommercial] = "#e03131",
            [LicenseCategory.Commercial] = "#a61e4d",
            [LicenseCategory.ProprietaryFree] = "#5f3dc4",
            [LicenseCategory.Unknown] = "#868e96",
        };

        public static string Write(AuditReport report)
        {
            var summary = new ReportSummary(report);
            var b = new StringBuilder();
            b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            b.Append("<meta name=\"generator\" content=\"lockin ").Append(AuditReport.ToolVersion).Append("\">\n");
            b.Append("<title>LockIn audit: ").Append(E(report.RootName)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
            b.Append("<header><h1>LockIn audit: <span class=\"root\">").Append(E(report.RootName)).Append("</span></h1><p class=\"sub\">")
                .Append(report.Projects.Count).Append(report.Projects.Count == 1 ? " project" : " projects").Append(" · lockin ").Append(AuditReport.ToolVersion);
            if (report.Timestamp is { } timestamp)
            {
                b.Append(" · ").Append(timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            }

            b.Append(report.IsIncomplete ? " · <strong class=\"warn\">incomplete: see Problems</strong>" : string.Empty).Append("</p></header>\n<main>\n");

            b.Append("<section class=\"cards\">");
            Card(b, "Projects", report.Projects.Count, null);
            Card(b, "Errors", report.Count(Severity.Error), "error");
            Card(b, "Warnings", report.Count(Severity.Warning), "warning");
            Card(b, "Info", report.Count(Severity.Info), "info");
            Card(b, "AI vendors", summary.Vendors.Count, null);
            Card(b, "Packages", summary.Packages.Count, null);
            b.Append("</section>\n");

            b.Append("<section class=\"charts\">\n");
            Figure(b, "Lock-in exposure per vendor", "Code coupled to each AI vendor (findings by kind)",
                Bars("chart-vendors", "Lock-in exposure per vendor", summary.Vendors.Select(v => (v.Name, Segments(v.ByRule))).ToList(), "No coupling to a proprietary AI vendor"));
            Figure(b, "Lock-in exposure per project", "Coupling and package findings per project",
                Bars("chart-projects", "Lock-in exposure per project", report.Projects.Select(p => (p.Name, (IReadOnlyList<BarSegment>)new[]
                {
                    new BarSegment(p.Findings.Count(f => f.Kind == FindingKind.Code), "code (LOCK0xx)", "#d9480f"),
                    new BarSegment(p.Findings.Count(f => f.Kind != FindingKind.Code), "packages and policy (LOCK1xx)", "#1971c2"),
                })).ToList(), "No project"));
            Figure(b, "License categories", "Audited packages by license category",
                Donut("chart-licenses", "License category distribution", summary.Categories.Select(c => (c.Category.ToString(), c.Count, CategoryColors[c.Category])).ToList(), "No packages"));
            Figure(b, "Model openness", "Models in code and model files by openness class",
                Donut("chart-openness", "Model openness distribution", summary.Openness.Select(o => (ModelOpennessNames.Title(o.Openness), o.Count, OpennessColors[o.Openness])).ToList(), "No model found"));
            Figure(b, "Most coupled files", "Files with the most coupling findings",
                Bars("chart-files", "Most coupled files", summary.CoupledFiles.Take(10).Select(f => (f.File, (IReadOnlyList<BarSegment>)new[] { new BarSegment(f.Count, "findings", "#d9480f") })).ToList(), "No coupled file"));
            b.Append("</section>\n");

            b.Append("<section><h2>Projects</h2><table class=\"projects\"><thead><tr><th>Project</th><th>Status</th><th>Frameworks</th><th>Policy</th><th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Info</th><th class=\"n\">Packages</th><th class=\"n\">Files</th></tr></thead><tbody>\n");
            foreach (var project in report.Projects)
            {
                var status = ReportSummary.Status(project.Status);
                b.Append("<tr><td><strong>").Append(E(project.Name)).Append("</strong><br><code>").Append(E(project.Path)).Append("</code>")
                    .Append(project.IsAdapterProject ? " <span class=\"tag\">adapter</span>" : string.Empty).Append("</td>")
                    .Append("<td><span class=\"status ").Append(status).Append("\">").Append(status).Append("</span></td>")
                    .Append("<td>").Append(E(string.Join(", ", project.Frameworks))).Append("</td>")
                    .Append("<td>").Append(E(string.Join(" → ", project.Policy))).Append("</td>")
                    .Append("<td class=\"n\">").Append(project.Findings.Count(f => f.Severity == Severity.Error)).Append("</td>")
                    .Append("<td class=\"n\">").Append(project.Findings.Count(f => f.Severity == Severity.Warning)).Append("</td>")
                    .Append("<td class=\"n\">").Append(project.Findings.Count(f => f.Severity == Severity.Info)).Append("</td>")
                    .Append("<td class=\"n\">").Append(project.Packages.Count).Append("</td>")
                    .Append("<td class=\"n\">").Append(project.SourceFiles).Append("</td></tr>\n");
            }

            b.Append("</tbody></table></section>\n");

            if (summary.Vendors.Count > 0)
            {
                b.Append("<section><h2>AI vendors</h2><table><thead><tr><th>Vendor</th><th class=\"n\">Findings</th><th class=\"n\">Uses</th><th class=\"n\">Files</th><th>SDK packages</th><th>Models</th><th>Endpoints</th></tr></thead><tbody>\n");
                foreach (var vendor in summary.Vendors)
                {
                    b.Append("<tr><td>").Append(E(vendor.Name)).Append("</td><td class=\"n\">").Append(vendor.CodeFindings).Append("</td><td class=\"n\">").Append(vendor.CodeUses).Append("</td><td class=\"n\">").Append(vendor.Files.Count)
                        .Append("</td><td>").Append(E(string.Join(", ", vendor.Packages))).Append("</td><td>").Append(string.Join(" ", vendor.Models.Select(m => "<code>" + E(m) + "</code>")))
                        .Append("</td><td>").Append(string.Join(" ", vendor.Endpoints.Select(m => "<code>" + E(m) + "</code>"))).Append("</td></tr>\n");
                }

                b.Append("</tbody></table></section>\n");
            }

            if (summary.Models.Count > 0)
            {
                b.Append("<section><h2>Models</h2><table class=\"models\"><thead><tr><th>Model</th><th>Openness</th><th>License</th><th>Supplier</th><th>Evidence</th><th>Where</th></tr></thead><tbody>\n");
                foreach (var model in summary.Models)
                {
                    var use = model.First;
                    b.Append("<tr><td>").Append(E(use.Source == ModelSource.File ? System.IO.Path.GetFileName(use.Name) : use.Name)).Append("</td>")
                        .Append("<td><span class=\"cat\" style=\"background:").Append(OpennessColors[use.Openness]).Append("\">").Append(E(ModelOpennessNames.Title(use.Openness))).Append("</span></td>")
                        .Append("<td>").Append(E(use.LicenseName ?? use.LicenseId ?? (use.Openness == ModelOpenness.Closed ? "terms of service" : "unknown"))).Append("</td>")
                        .Append("<td>").Append(E(use.Supplier ?? string.Empty)).Append("</td>")
                        .Append("<td>").Append(E(use.Evidence)).Append("</td>")
                        .Append("<td>").Append(string.Join(" ", model.Locations.Select(l => "<code>" + E(l) + "</code>"))).Append("</td></tr>\n");
                }

                b.Append("</tbody></table></section>\n");
            }

            b.Append("<section><h2>Findings</h2>\n");
            if (!report.AllFindings.Any())
            {
                b.Append("<p>No findings.</p>\n");
            }

            foreach (var project in report.Projects.Where(p => p.Findings.Count > 0))
            {
                b.Append("<details open><summary><strong>").Append(E(project.Name)).Append("</strong> — ").Append(project.Findings.Count).Append(project.Findings.Count == 1 ? " finding" : " findings").Append("</summary>\n");
                b.Append("<table class=\"findings\"><thead><tr><th>Rule</th><th>Severity</th><th>Location</th><th>Message</th></tr></thead><tbody>\n");
                foreach (var finding in project.Findings)
                {
                    var level = ReportSummary.Level(finding.Severity);
                    var rule = RuleCatalog.Find(finding.RuleId);
                    b.Append("<tr><td>").Append(rule != null ? "<a href=\"" + E(rule.HelpUri) + "\" title=\"" + E(rule.Title) + "\">" + E(finding.RuleId) + "</a>" : E(finding.RuleId))
                        .Append("</td><td><span class=\"sev ").Append(level).Append("\">").Append(level).Append("</span></td><td><code>").Append(E(finding.File))
                        .Append(finding.Line > 0 ? "(" + finding.Line + "," + finding.Column + ")" : string.Empty).Append("</code></td><td>").Append(E(finding.Message)).Append("</td></tr>\n");
                }

                b.Append("</tbody></table></details>\n");
            }

            b.Append("</section>\n");

            b.Append("<section><h2>Packages and licenses</h2>");
            if (summary.Packages.Count == 0)
            {
                b.Append("<p>No package was audited.</p>");
            }
            else
            {
                b.Append("<table class=\"packages\"><thead><tr><th>Package</th><th>Version</th><th>License</th><th>Category</th><th>Policy</th><th>Evidence</th><th>Projects</th></tr></thead><tbody>\n");
                foreach (var package in summary.Packages)
                {
                    b.Append("<tr><td>").Append(E(package.Id)).Append(package.Report.VendorId != null ? " <span class=\"tag ai\">AI SDK</span>" : string.Empty)
                        .Append("</td><td>").Append(E(package.Version)).Append("</td><td>").Append(E(package.Report.Verdict.Expression ?? "unknown"))
                        .Append("</td><td><span class=\"cat\" style=\"background:").Append(CategoryColors[package.Category]).Append("\">").Append(package.Category).Append("</span></td><td>")
                        .Append(package.Report.Action.ToString().ToLowerInvariant()).Append("</td><td class=\"evidence\">").Append(E(package.Report.Verdict.Evidence))
                        .Append("</td><td>").Append(E(string.Join(", ", package.Projects))).Append("</td></tr>\n");
                }

                b.Append("</tbody></table>");
            }

            b.Append("</section>\n");
            var problems = report.AllProblems;
            if (problems.Count > 0)
            {
                b.Append("<section class=\"problems\"><h2>Problems</h2><ul>\n");
                foreach (var problem in problems)
                {
                    b.Append("<li>").Append(E(problem)).Append("</li>\n");
                }

                b.Append("</ul></section>\n");
            }

            b.Append("</main>\n<footer>Generated by <code>lockin audit</code>. Rules: ");
            b.Append(string.Join(" ", RuleCatalog.All.Select(r => "<a href=\"" + E(r.HelpUri) + "\" title=\"" + E(r.Title) + "\">" + r.Id + "</a>")));
            b.Append("</footer>\n</body>\n</html>\n");
            return b.ToString();
        }

        private static IReadOnlyList<BarSegment> Segments(IReadOnlyDictionary<string, int> byRule) =>
            ReportSummary.CouplingRules.Select(r => new BarSegment(byRule.TryGetValue(r, out var n) ? n : 0, RuleSeries[r].Label, RuleSeries[r].Color)).ToList();

        private static void Card(StringBuilder b, string label, int value, string? kind) =>
            b.Append("<div class=\"card").Append(kind != null && value > 0 ? " " + kind : string.Empty).Append("\"><div class=\"value\">").Append(value).Append("</div><div class=\"label\">").Append(label).Append("</div></div>");

        private static void Figure(StringBuilder b, string title, string caption, string svg) =>
            b.Append("<figure class=\"chart-box\"><h2>").Append(E(title)).Append("</h2>").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");

        private const string Css = @"*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:#212529;background:#f4f5f7}
header{background:#1b2433;color:#fff;padding:20px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header .sub{margin:4px 0 0;color:#c5ccd6}
header .warn{color:#ffd43b}
main{padding:20px 32px;max-width:1400px}
h2{font-size:16px;margin:0 0 10px}
section{margin-bottom:24px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border-radius:8px;padding:12px 18px;min-width:130px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card .value{font-size:26px;font-weight:700}
.card .label{color:#6c757d}
.card.error .value{color:#c92a2a}.card.warning .value{color:#e67700}.card.info .value{color:#1971c2}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(540px,1fr));gap:16px}
.chart-box{background:#fff;border-radius:8px;padding:14px 16px;margin:0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.chart-box svg{max-width:100%;height:auto}
figcaption{color:#6c757d;font-size:12px}
svg text{font-size:12px;fill:#343a40}
svg .empty{fill:#868e96}
svg .total{font-size:24px;font-weight:700}
table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08);border-radius:8px;overflow:hidden}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e9ecef;vertical-align:top}
th{background:#f1f3f5;font-weight:600}
td.n,th.n{text-align:right}
code{font:12px/1.3 ui-monospace,'DejaVu Sans Mono',monospace;background:#f1f3f5;padding:1px 4px;border-radius:3px}
.status,.sev,.tag,.cat{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;color:#fff}
.status.clean{background:#2f9e44}.status.findings{background:#e67700}.status.partial{background:#868e96}.status.failed{background:#c92a2a}
.sev.error{background:#c92a2a}.sev.warning{background:#e67700}.sev.info{background:#1971c2}
.tag{background:#495057}.tag.ai{background:#d9480f}
.evidence{color:#495057;font-size:12px}
details{margin-bottom:12px}summary{cursor:pointer;margin-bottom:6px}
.problems li{color:#c92a2a}
footer{padding:12px 32px 28px;color:#6c757d;font-size:12px}
footer a{margin-right:6px}
";
    }
}
