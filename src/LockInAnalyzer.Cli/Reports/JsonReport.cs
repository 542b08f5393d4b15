using System.Globalization;
using System.Linq;
using System.Text.Json;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>The whole audit as JSON (format documented in docs/cli.md): per-project status, packages with license verdicts, findings.</summary>
    internal static class JsonReport
    {
        public const int FormatVersion = 1;

        public static string Write(AuditReport report)
        {
            var summary = new ReportSummary(report);
            return Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("formatVersion", FormatVersion);
                w.WriteString("tool", "lockin");
                w.WriteString("toolVersion", AuditReport.ToolVersion);
                w.WriteString("root", report.RootName);
                if (report.Timestamp is { } timestamp)
                {
                    w.WriteString("timestamp", timestamp.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                }

                w.WriteStartObject("summary");
                w.WriteNumber("projects", report.Projects.Count);
                w.WriteNumber("errors", report.Count(Severity.Error));
                w.WriteNumber("warnings", report.Count(Severity.Warning));
                w.WriteNumber("infos", report.Count(Severity.Info));
                w.WriteNumber("packages", summary.Packages.Count);
                w.WriteBoolean("complete", !report.IsIncomplete);
                w.WriteStartArray("vendors");
                foreach (var vendor in summary.Vendors)
                {
                    w.WriteStartObject();
                    w.WriteString("id", vendor.Id);
                    w.WriteString("name", vendor.Name);
                    w.WriteNumber("codeFindings", vendor.CodeFindings);
                    w.WriteNumber("codeUses", vendor.CodeUses);
                    w.WriteStartObject("byRule");
                    foreach (var rule in vendor.ByRule)
                    {
                        w.WriteNumber(rule.Key, rule.Value);
                    }

                    w.WriteEndObject();
                    Strings(w, "files", vendor.Files);
                    Strings(w, "projects", vendor.Projects);
                    Strings(w, "packages", vendor.Packages);
                    Strings(w, "models", vendor.Models);
                    Strings(w, "endpoints", vendor.Endpoints);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("licenseCategories");
                foreach (var (category, count) in summary.Categories)
                {
                    w.WriteNumber(category.ToString(), count);
                }

                w.WriteEndObject();
                w.WriteStartObject("modelOpenness");
                foreach (var (openness, count) in summary.Openness)
                {
                    w.WriteNumber(ModelOpennessNames.ToText(openness), count);
                }

                w.WriteEndObject();
                w.WriteStartArray("models");
                foreach (var model in summary.Models)
                {
                    var use = model.First;
                    w.WriteStartObject();
                    w.WriteString("name", use.Name);
                    w.WriteString("source", use.Source == ModelSource.File ? "file" : "code");
                    w.WriteString("openness", ModelOpennessNames.ToText(use.Openness));
                    w.WriteString("license", use.LicenseId);
                    w.WriteString("licenseName", use.LicenseName);
                    w.WriteString("supplier", use.Supplier);
                    w.WriteString("vendor", use.VendorId);
                    w.WriteString("evidence", use.Evidence);
                    Strings(w, "locations", model.Locations);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                Strings(w, "problems", report.Problems);
                w.WriteStartArray("projects");
                foreach (var project in report.Projects)
                {
                    w.WriteStartObject();
                    w.WriteString("name", project.Name);
                    w.WriteString("path", project.Path);
                    w.WriteString("status", ReportSummary.Status(project.Status));
                    Strings(w, "frameworks", project.Frameworks);
                    Strings(w, "policy", project.Policy);
                    w.WriteBoolean("adapterProject", project.IsAdapterProject);
                    w.WriteBoolean("packagesAudited", project.PackagesAudited);
                    w.WriteBoolean("codeAnalyzed", project.CodeAnalyzed);
                    w.WriteNumber("sourceFiles", project.SourceFiles);
                    Strings(w, "problems", project.Problems);
                    Strings(w, "notes", project.Notes);
                    w.WriteStartArray("packages");
                    foreach (var package in project.Packages)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", package.Id);
                        w.WriteString("version", package.Version);
                        w.WriteBoolean("direct", package.IsDirect);
                        w.WriteBoolean("developmentDependency", package.IsDevelopmentDependency);
                        w.WriteString("license", package.Verdict.Expression);
                        w.WriteString("category", package.Verdict.Category.ToString());
                        w.WriteString("evidenceKind", package.Verdict.EvidenceKind.ToString());
                        w.WriteString("evidence", package.Verdict.Evidence);
                        w.WriteString("action", package.Action.ToString().ToLowerInvariant());
                        w.WriteString("vendor", package.VendorId);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("findings");
                    foreach (var finding in project.Findings)
                    {
                        w.WriteStartObject();
                        w.WriteString("ruleId", finding.RuleId);
                        w.WriteString("severity", ReportSummary.Level(finding.Severity));
                        w.WriteString("kind", finding.Kind.ToString().ToLowerInvariant());
                        Range(w, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
                        w.WriteString("message", finding.Message);
                        if (finding.PackageId != null)
                        {
                            w.WriteString("package", finding.PackageId);
                            w.WriteString("packageVersion", finding.PackageVersion);
                        }

                        if (finding.VendorId != null)
                        {
                            w.WriteString("vendor", finding.VendorId);
                        }

                        if (finding.Subject != null)
                        {
                            w.WriteString("subject", finding.Subject);
                        }

                        if (finding.OtherUses.Count > 0)
                        {
                            w.WriteNumber("uses", finding.Uses);
                            w.WriteStartArray("otherUses");
                            foreach (var use in finding.OtherUses)
                            {
                                w.WriteStartObject();
                                Range(w, use.File, use.Line, use.Column, use.EndLine, use.EndColumn);
                                w.WriteEndObject();
                            }

                            w.WriteEndArray();
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        private static void Strings(Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }

        private static void Range(System.Text.Json.Utf8JsonWriter w, string file, int line, int column, int endLine, int endColumn)
        {
            w.WriteString("file", file);
            w.WriteNumber("line", line);
            w.WriteNumber("column", column);
            w.WriteNumber("endLine", endLine);
            w.WriteNumber("endColumn", endColumn);
        }
    }
}
