using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Build.Evaluation;
using LockInAnalyzer.Build.Reporting;
using LockInAnalyzer.Catalog.Json;

namespace LockInAnalyzer.Build.Output
{
    /// <summary>
    /// <c>lockin.result.json</c>: the machine-readable result of one project's audit (format: docs/policy.md, "Sidecar"),
    /// for the CLI to aggregate. Deterministic: the same inputs give byte-identical output (no timestamps, stable order).
    /// </summary>
    internal static class SidecarWriter
    {
        public const int FormatVersion = 1;

        public static string Write(AuditInputs inputs, AuditOutcome outcome)
        {
            var b = new StringBuilder();
            b.Append("{\n");
            b.Append("  \"formatVersion\": ").Append(FormatVersion).Append(",\n");
            b.Append("  \"tool\": ").Append(Q("LockInAnalyzer " + typeof(SidecarWriter).Assembly.GetName().Version)).Append(",\n");
            b.Append("  \"project\": { \"name\": ").Append(Q(outcome.ProjectName)).Append(", \"path\": ").Append(Q(inputs.ProjectPath)).Append(" },\n");
            b.Append("  \"frameworks\": ").Append(Array(outcome.Assets?.Frameworks ?? new string[0])).Append(",\n");
            b.Append("  \"policy\": ").Append(Array(outcome.Policy?.Sources ?? new string[0])).Append(",\n");
            b.Append("  \"auditMode\": ").Append(Q(outcome.Mode.ToString().ToLowerInvariant())).Append(",\n");
            b.Append("  \"developmentDependencies\": ").Append(outcome.IncludeDevelopmentDependencies ? "true" : "false").Append(",\n");
            b.Append("  \"adapterProject\": ").Append(outcome.IsAdapterProject ? "true" : "false").Append(",\n");
            b.Append("  \"audited\": ").Append(outcome.Audited ? "true" : "false").Append(",\n");

            var findingsByPackage = outcome.Diagnostics
                .Where(d => d.PackageId != null && d.PackageVersion != null)
                .GroupBy(d => d.PackageId + "/" + d.PackageVersion, System.StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Select(d => d.Code).Distinct().OrderBy(c => c, System.StringComparer.Ordinal).ToList(), System.StringComparer.OrdinalIgnoreCase);
            var noWarnById = outcome.PackageNoWarn;

            b.Append("  \"packages\": [");
            var first = true;
            foreach (var p in outcome.Result?.Packages ?? new List<Policy.Audit.PackageReport>())
            {
                b.Append(first ? "\n" : ",\n");
                first = false;
                findingsByPackage.TryGetValue(p.Id + "/" + p.Version, out var codes);
                noWarnById.TryGetValue(p.Id, out var noWarn);
                b.Append("    { \"id\": ").Append(Q(p.Id))
                    .Append(", \"version\": ").Append(Q(p.Version))
                    .Append(", \"direct\": ").Append(p.IsDirect ? "true" : "false")
                    .Append(", \"developmentDependency\": ").Append(p.IsDevelopmentDependency ? "true" : "false")
                    .Append(", \"frameworks\": ").Append(Array(p.Frameworks))
                    .Append(", \"license\": ").Append(p.Verdict.Expression == null ? "null" : Q(p.Verdict.Expression))
                    .Append(", \"category\": ").Append(Q(p.Verdict.Category.ToString()))
                    .Append(", \"evidenceKind\": ").Append(Q(p.Verdict.EvidenceKind.ToString()))
                    .Append(", \"evidence\": ").Append(Q(p.Verdict.Evidence))
                    .Append(", \"action\": ").Append(Q(p.Action.ToString().ToLowerInvariant()))
                    .Append(", \"vendor\": ").Append(p.VendorId == null ? "null" : Q(p.VendorId))
                    .Append(", \"noWarn\": ").Append(Array(noWarn ?? (IReadOnlyList<string>)new List<string>()))
                    .Append(", \"findings\": ").Append(Array(codes ?? new List<string>()))
                    .Append(" }");
            }

            b.Append(first ? "],\n" : "\n  ],\n");
            b.Append("  \"findings\": [");
            first = true;
            foreach (var d in outcome.Diagnostics)
            {
                b.Append(first ? "\n" : ",\n");
                first = false;
                b.Append("    { \"code\": ").Append(Q(d.Code))
                    .Append(", \"severity\": ").Append(Q(d.Severity.ToString().ToLowerInvariant()))
                    .Append(", \"package\": ").Append(d.PackageId == null ? "null" : Q(d.PackageId))
                    .Append(", \"version\": ").Append(d.PackageVersion == null ? "null" : Q(d.PackageVersion))
                    .Append(", \"file\": ").Append(d.File == null ? "null" : Q(d.File))
                    .Append(", \"line\": ").Append(d.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"column\": ").Append(d.Column.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"message\": ").Append(Q(d.Message))
                    .Append(" }");
            }

            b.Append(first ? "]\n" : "\n  ]\n");
            b.Append("}\n");
            return b.ToString();
        }

        private static string Q(string value) => JsonText.Quote(value);

        private static string Array(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Q)) + "]";
    }
}
