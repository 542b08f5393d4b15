using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Matches expected diagnostics to reported ones by id, file, exact span and suppression state, then compares message
    /// and severity where the expectation gives them. Any difference fails with every side listed at line:col.
    /// </summary>
    public static class DiagnosticComparison
    {
        public static void AssertSame(IReadOnlyList<ExpectedDiagnostic> expected, ImmutableArray<Diagnostic> actual, IReadOnlyList<TestSource> testSources)
        {
            var texts = testSources.ToDictionary(s => s.Path, s => s.Text);
            var unmatched = actual.ToList();
            var missing = new List<ExpectedDiagnostic>();
            var wrong = new List<string>();
            foreach (var item in expected.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span!.Value.Start).ThenBy(e => e.Id, StringComparer.Ordinal))
            {
                var match = unmatched.FirstOrDefault(d => d.Id == item.Id
                    && d.Location.IsInSource
                    && d.Location.SourceTree!.FilePath == item.Path
                    && d.Location.SourceSpan == item.Span
                    && d.IsSuppressed == item.IsSuppressed);
                if (match == null)
                {
                    missing.Add(item);
                    continue;
                }

                unmatched.Remove(match);
                var message = match.GetMessage(CultureInfo.InvariantCulture);
                if (item.Message != null && item.Message != message)
                {
                    wrong.Add("  " + DiagnosticText.Describe(match) + Environment.NewLine + "    expected message: " + item.Message + Environment.NewLine + "    actual message:   " + message);
                }

                var additional = match.AdditionalLocations.Where(l => l.IsInSource).Select(l => (l.SourceTree!.FilePath, l.SourceSpan)).ToList();
                if (!additional.SequenceEqual(item.AdditionalLocations))
                {
                    wrong.Add("  " + DiagnosticText.Describe(match) + Environment.NewLine
                        + "    expected additional locations: " + Describe(item.AdditionalLocations, texts) + Environment.NewLine
                        + "    actual additional locations:   " + Describe(additional, texts));
                }

                if (item.Severity != null && item.Severity != match.Severity)
                {
                    wrong.Add("  " + DiagnosticText.Describe(match) + Environment.NewLine + "    expected severity " + item.Severity + ", actual " + match.Severity);
                }
            }

            if (missing.Count == 0 && unmatched.Count == 0 && wrong.Count == 0)
            {
                return;
            }

            var report = new StringBuilder("Diagnostics differ from the expectation." + Environment.NewLine);
            if (missing.Count > 0)
            {
                report.AppendLine("Expected but not reported:");
                foreach (var item in missing)
                {
                    report.AppendLine("  " + DiagnosticText.Describe(item, texts.TryGetValue(item.Path!, out var text) ? text : null));
                }
            }

            if (unmatched.Count > 0)
            {
                report.AppendLine("Reported but not expected:");
                foreach (var diagnostic in unmatched)
                {
                    report.AppendLine("  " + DiagnosticText.Describe(diagnostic));
                }
            }

            if (wrong.Count > 0)
            {
                report.AppendLine("Reported with a different message, severity or additional locations:");
                foreach (var line in wrong)
                {
                    report.AppendLine(line);
                }
            }

            report.AppendLine("All reported:");
            foreach (var diagnostic in actual)
            {
                report.AppendLine("  " + DiagnosticText.Describe(diagnostic));
            }

            throw new XunitException(report.ToString());
        }

        private static string Describe(IEnumerable<(string Path, Microsoft.CodeAnalysis.Text.TextSpan Span)> locations, IReadOnlyDictionary<string, Microsoft.CodeAnalysis.Text.SourceText> texts)
        {
            var described = locations.Select(l => texts.TryGetValue(l.Path, out var text) ? DiagnosticText.Position(l.Path, text, l.Span) : l.Path + l.Span).ToList();
            return described.Count == 0 ? "(none)" : string.Join(", ", described);
        }
    }
}
