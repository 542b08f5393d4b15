using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Json;

namespace LockInAnalyzer.Build.Reporting
{
    /// <summary>
    /// <c>lockin.findings.json</c>: the diagnostics of the last evaluation, exactly as the audit produced them, so a
    /// build whose inputs did not change shows the same warnings (and fails the same way) without re-evaluating.
    /// Kept apart from the sidecar so the replay reads a few hundred bytes, not the whole package report.
    /// </summary>
    internal static class FindingsFile
    {
        public const int FormatVersion = 1;

        public static string Write(IEnumerable<BuildDiagnostic> diagnostics)
        {
            var builder = new StringBuilder();
            builder.Append("{\n  \"formatVersion\": ").Append(FormatVersion).Append(",\n  \"findings\": [");
            var first = true;
            foreach (var d in diagnostics)
            {
                builder.Append(first ? "\n" : ",\n");
                first = false;
                builder.Append("    { \"code\": ").Append(JsonText.Quote(d.Code))
                    .Append(", \"severity\": ").Append(JsonText.Quote(d.Severity.ToString()))
                    .Append(", \"file\": ").Append(d.File == null ? "null" : JsonText.Quote(d.File))
                    .Append(", \"line\": ").Append(d.Line.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"column\": ").Append(d.Column.ToString(CultureInfo.InvariantCulture))
                    .Append(", \"package\": ").Append(d.PackageId == null ? "null" : JsonText.Quote(d.PackageId))
                    .Append(", \"version\": ").Append(d.PackageVersion == null ? "null" : JsonText.Quote(d.PackageVersion))
                    .Append(", \"noWarn\": [").Append(string.Join(", ", d.PackageNoWarn.Select(JsonText.Quote))).Append(']')
                    .Append(", \"message\": ").Append(JsonText.Quote(d.Message))
                    .Append(" }");
            }

            builder.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            return builder.ToString();
        }

        /// <summary>Reads a findings file; null with a problem when it is missing or not one this version wrote.</summary>
        public static List<BuildDiagnostic>? Read(string path, out string? problem)
        {
            problem = null;
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                problem = "cannot read '" + path + "': " + e.Message;
                return null;
            }

            var problems = new List<SourceProblem>();
            var context = new JsonReadContext(path);
            if (!JsonParser.TryParse(text, out var root, out var error) || root!.Kind != JsonKind.Object)
            {
                problem = "'" + path + "' is not a findings file: " + (error?.Message ?? "not an object");
                return null;
            }

            if (root["formatVersion"] is not { Kind: JsonKind.Number } version || (int)version.AsNumber != FormatVersion)
            {
                problem = "'" + path + "' was written by another version of LockInAnalyzer";
                return null;
            }

            var result = new List<BuildDiagnostic>();
            foreach (var item in context.ObjectArray(root, "findings", "the findings file"))
            {
                var code = context.RequiredString(item, "code", "a finding");
                var severityText = context.RequiredString(item, "severity", "a finding");
                var message = context.RequiredString(item, "message", "a finding");
                if (code == null || message == null || !Enum.TryParse<AuditSeverity>(severityText, out var severity))
                {
                    continue;
                }

                result.Add(new BuildDiagnostic(
                    code,
                    severity,
                    message,
                    context.OptionalString(item, "file", "a finding"),
                    item["line"] is { Kind: JsonKind.Number } line ? (int)line.AsNumber : 0,
                    item["column"] is { Kind: JsonKind.Number } column ? (int)column.AsNumber : 0,
                    context.OptionalString(item, "package", "a finding"),
                    context.OptionalString(item, "version", "a finding"),
                    context.StringArray(item, "noWarn", "a finding")));
            }

            problems.AddRange(context.Problems);
            if (problems.Count > 0)
            {
                problem = problems[0].ToString();
                return null;
            }

            return result;
        }
    }
}
