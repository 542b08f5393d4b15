using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>How diagnostics are written in failure messages: <c>path(line,col,endLine,endCol): severity ID [spanned text]: message</c>.</summary>
    public static class DiagnosticText
    {
        public static string Describe(Diagnostic diagnostic)
        {
            var location = diagnostic.Location;
            var where = location.IsInSource ? Position(location.SourceTree!.FilePath, location.SourceTree.GetText(), location.SourceSpan) : "(no location)";
            var suppressed = diagnostic.IsSuppressed ? " (suppressed)" : string.Empty;
            return where + ": " + diagnostic.Severity.ToString().ToLowerInvariant() + " " + diagnostic.Id + suppressed + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }

        public static string Describe(ExpectedDiagnostic expected, SourceText? text)
        {
            var where = expected.Path == null || expected.Span == null ? "(unresolved)" : text == null ? expected.Path + expected.Span : Position(expected.Path, text, expected.Span.Value);
            var severity = expected.Severity == null ? string.Empty : expected.Severity.Value.ToString().ToLowerInvariant() + " ";
            var suppressed = expected.IsSuppressed ? " (suppressed)" : string.Empty;
            var message = expected.Message == null ? string.Empty : ": " + expected.Message;
            return where + ": " + severity + expected.Id + suppressed + message;
        }

        public static string Position(string path, SourceText text, TextSpan span)
        {
            var lines = text.Lines.GetLinePositionSpan(span);
            var spanned = text.ToString(span);
            if (spanned.Length > 60)
            {
                spanned = spanned.Substring(0, 57) + "...";
            }

            return string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2},{3},{4}) [{5}]",
                path,
                lines.Start.Line + 1,
                lines.Start.Character + 1,
                lines.End.Line + 1,
                lines.End.Character + 1,
                spanned.Replace("\r", "\\r").Replace("\n", "\\n"));
        }
    }
}
