using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Catalog.Json;

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

        private static readonly string[] RootMembers = { "formatVersion", "findings" };
        private static readonly string[] FindingMembers = { "code", "severity", "file", "line", "column", "package", "version", "noWarn", "message" };

        /// <summary>
        /// Reads a findings file; null with a problem when it is missing or not exactly what this version writes. Nothing
        /// is skipped: a finding the replay cannot read fully (an unknown severity, a fractional line, an unknown member)
        /// makes the whole file unreadable, because replaying the rest would report fewer findings than the audit found.
        /// </summary>
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

            var context = new JsonReadContext(path);
            if (!JsonParser.TryParse(text, out var root, out var error) || root!.Kind != JsonKind.Object)
            {
                problem = "'" + path + "' is not a findings file: " + (error?.Message ?? "not an object");
                return null;
            }

            if (root["formatVersion"] is not { Kind: JsonKind.Number } version || version.AsNumber != FormatVersion)
            {
                problem = "'" + path + "' was written by another version of LockInAnalyzer";
                return null;
            }

            context.RejectUnknownMembers(root, "the findings file", RootMembers);
            if (root["findings"] == null)
            {
                context.Report(root.Position, "the findings file has no 'findings'");
            }

            var result = new List<BuildDiagnostic>();
            foreach (var item in context.ObjectArray(root, "findings", "the findings file"))
            {
                context.RejectUnknownMembers(item, "a finding", FindingMembers);
                var code = context.RequiredString(item, "code", "a finding");
                var severity = ReadSeverity(item, context);
                var message = context.RequiredString(item, "message", "a finding");
                var line = ReadCount(item, "line", context);
                var column = ReadCount(item, "column", context);
                if (code == null || message == null || severity == null)
                {
                    continue;
                }

                result.Add(new BuildDiagnostic(
                    code,
                    severity.Value,
                    message,
                    context.OptionalString(item, "file", "a finding"),
                    line,
                    column,
                    context.OptionalString(item, "package", "a finding"),
                    context.OptionalString(item, "version", "a finding"),
                    context.StringArray(item, "noWarn", "a finding")));
            }

            if (context.Problems.Count > 0)
            {
                problem = context.Problems[0].ToString();
                return null;
            }

            return result;
        }

        /// <summary>Exactly a name <see cref="Write"/> writes; Enum.TryParse would also take "1" or "Error, Info".</summary>
        private static AuditSeverity? ReadSeverity(JsonValue item, JsonReadContext context)
        {
            var text = context.RequiredString(item, "severity", "a finding");
            foreach (AuditSeverity severity in Enum.GetValues(typeof(AuditSeverity)))
            {
                if (string.Equals(text, severity.ToString(), StringComparison.Ordinal))
                {
                    return severity;
                }
            }

            if (text != null)
            {
                context.Report(item["severity"]!.Position, "'severity' in a finding must be one of " + string.Join(", ", Enum.GetNames(typeof(AuditSeverity))) + ", not '" + text + "'");
            }

            return null;
        }

        private static int ReadCount(JsonValue item, string name, JsonReadContext context)
        {
            var value = item[name];
            if (value == null || !context.Expect(value, JsonKind.Number, "'" + name + "' in a finding"))
            {
                return 0;
            }

            if (value.AsNumber < 0 || value.AsNumber > int.MaxValue || value.AsNumber != Math.Floor(value.AsNumber))
            {
                context.Report(value.Position, "'" + name + "' in a finding must be a whole number of at least 0");
                return 0;
            }

            return (int)value.AsNumber;
        }
    }
}
