using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using LockInAnalyzer.Cli.Model;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>
    /// SARIF 2.1.0 as GitHub code scanning accepts it: rule metadata (id, name, short/full description, helpUri, default
    /// level) in tool.driver.rules, results with ruleId/ruleIndex, level, message and a physical location whose URI is
    /// relative to the repository root (uriBaseId %SRCROOT%), package findings located at the project file, and
    /// problems as tool execution notifications.
    /// </summary>
    internal static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        public const string SourceRoot = "%SRCROOT%";

        public static string Write(AuditReport report)
        {
            var findings = report.AllFindings.ToList();
            var rules = RuleCatalog.All.ToList();
            foreach (var unknown in findings.Select(f => f.RuleId).Distinct().Where(id => rules.All(r => r.Id != id)).OrderBy(id => id, StringComparer.Ordinal).ToList())
            {
                rules.Add(new RuleInfo(unknown, unknown, unknown, unknown, "warning", Policy.Audit.AuditCodes.HelpLink(unknown)));
            }

            var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var fingerprints = SarifFingerprints.For(findings);
            return Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("$schema", SchemaUri);
                w.WriteString("version", "2.1.0");
                w.WriteStartArray("runs");
                w.WriteStartObject();
                w.WriteStartObject("tool");
                w.WriteStartObject("driver");
                w.WriteString("name", "LockInAnalyzer");
                w.WriteString("fullName", "LockInAnalyzer (lockin audit)");
                w.WriteString("version", AuditReport.ToolVersion);
                w.WriteString("semanticVersion", AuditReport.ToolVersion);
                w.WriteString("informationUri", "https://github.com/LockInAnalyzer/LockInAnalyzer");
                w.WriteStartArray("rules");
                foreach (var rule in rules)
                {
                    w.WriteStartObject();
                    w.WriteString("id", rule.Id);
                    w.WriteString("name", rule.Name);
                    Text(w, "shortDescription", rule.Title);
                    Text(w, "fullDescription", rule.Description);
                    w.WriteString("helpUri", rule.HelpUri);
                    w.WriteStartObject("help");
                    w.WriteString("text", rule.Description + " See " + rule.HelpUri);
                    w.WriteString("markdown", rule.Description + " See [" + rule.Id + "](" + rule.HelpUri + ").");
                    w.WriteEndObject();
                    w.WriteStartObject("defaultConfiguration");
                    w.WriteString("level", Level(rule.DefaultSeverity));
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteStartArray("tags");
                    w.WriteStringValue(rule.Id.StartsWith("LOCK0", StringComparison.Ordinal) ? "coupling" : "supply-chain");
                    w.WriteStringValue(rule.Id.StartsWith("LOCK0", StringComparison.Ordinal) ? "maintainability" : "license");
                    w.WriteEndArray();
                    w.WriteString("precision", "high");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();

                w.WriteStartArray("invocations");
                w.WriteStartObject();
                w.WriteBoolean("executionSuccessful", true);
                if (report.Timestamp is { } timestamp)
                {
                    w.WriteString("endTimeUtc", timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                }

                w.WriteStartArray("toolExecutionNotifications");
                foreach (var problem in report.AllProblems)
                {
                    w.WriteStartObject();
                    w.WriteString("level", "error");
                    Text(w, "message", problem);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();

                w.WriteString("columnKind", "utf16CodeUnits");
                w.WriteStartArray("results");
                foreach (var finding in findings)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleId", finding.RuleId);
                    w.WriteNumber("ruleIndex", index[finding.RuleId]);
                    w.WriteString("level", Level(ReportSummary.Level(finding.Severity)));
                    Text(w, "message", finding.Message);
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    PhysicalLocation(w, finding.File, finding.Line, finding.Column, finding.EndLine, finding.EndColumn);
                    w.WriteStartArray("logicalLocations");
                    w.WriteStartObject();
                    w.WriteString("name", finding.Project);
                    w.WriteString("kind", "module");
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    if (finding.OtherUses.Count > 0)
                    {
                        // A LOCK001 coupling point: every other use of the vendor in the unit, so code scanning shows them all.
                        w.WriteStartArray("relatedLocations");
                        for (var i = 0; i < finding.OtherUses.Count; i++)
                        {
                            var use = finding.OtherUses[i];
                            w.WriteStartObject();
                            w.WriteNumber("id", i + 1);
                            PhysicalLocation(w, use.File, use.Line, use.Column, use.EndLine, use.EndColumn);
                            Text(w, "message", "Use " + (i + 2).ToString(CultureInfo.InvariantCulture) + " of " + finding.Uses.ToString(CultureInfo.InvariantCulture));
                            w.WriteEndObject();
                        }

                        w.WriteEndArray();
                    }

                    w.WriteStartObject("partialFingerprints");
                    w.WriteString(SarifFingerprints.Name, fingerprints[finding]);
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteString("project", finding.Project);
                    if (finding.PackageId != null)
                    {
                        w.WriteString("package", finding.PackageId);
                        w.WriteString("packageVersion", finding.PackageVersion);
                    }

                    if (finding.VendorId != null)
                    {
                        w.WriteString("vendor", finding.VendorId);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        private static void PhysicalLocation(Utf8JsonWriter w, string file, int line, int column, int endLine, int endColumn)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri(file));
            w.WriteString("uriBaseId", SourceRoot);
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", Math.Max(1, line));
            if (line > 0 && column > 0)
            {
                w.WriteNumber("startColumn", column);
                if (endLine >= line && endColumn > 0 && (endLine > line || endColumn > column))
                {
                    w.WriteNumber("endLine", endLine);
                    w.WriteNumber("endColumn", endColumn);
                }
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        /// <summary>A relative URI reference: path segments percent-encoded, '/' kept.</summary>
        public static string Uri(string relativePath) =>
            string.Join("/", relativePath.Split('/').Select(System.Uri.EscapeDataString));

        private static string Level(string severity) => severity switch
        {
            "error" => "error",
            "warning" => "warning",
            "info" => "note",
            "hidden" => "none",
            _ => "warning",
        };

        private static void Text(Utf8JsonWriter w, string name, string text)
        {
            w.WriteStartObject(name);
            w.WriteString("text", text);
            w.WriteEndObject();
        }
    }
}
