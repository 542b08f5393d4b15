using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Strips span markup from a test source and records where each span was. Spans may nest and may be empty
    /// (<c>{|LOCK009:|}</c> marks a position). Malformed markup throws, so a typo in a test cannot pass silently.
    /// </summary>
    public static class MarkupParser
    {
        public static (string Text, IReadOnlyList<MarkupSpan> Spans) Parse(string markup)
        {
            var text = new StringBuilder(markup.Length);
            var spans = new List<MarkupSpan>();
            var open = new Stack<(char Closer, string? Id, int? Index, int Start)>();
            var i = 0;
            while (i < markup.Length)
            {
                if (StartsWith(markup, i, "[|"))
                {
                    open.Push((']', null, null, text.Length));
                    i += 2;
                }
                else if (StartsWith(markup, i, "{|"))
                {
                    var colon = markup.IndexOf(':', i + 2);
                    if (colon < 0)
                    {
                        throw new FormatException("Markup '{|' at offset " + i + " has no ':' after its id.");
                    }

                    var (id, index) = ParseHeader(markup.Substring(i + 2, colon - i - 2), i);
                    open.Push(('}', id, index, text.Length));
                    i = colon + 1;
                }
                else if (StartsWith(markup, i, "|]") || StartsWith(markup, i, "|}"))
                {
                    var closer = markup[i + 1];
                    if (open.Count == 0 || open.Peek().Closer != closer)
                    {
                        throw new FormatException("Markup '|" + closer + "' at offset " + i + " closes nothing.");
                    }

                    var frame = open.Pop();
                    spans.Add(new MarkupSpan(frame.Id, frame.Index, TextSpan.FromBounds(frame.Start, text.Length)));
                    i += 2;
                }
                else
                {
                    text.Append(markup[i]);
                    i++;
                }
            }

            if (open.Count > 0)
            {
                throw new FormatException(open.Count + " markup span(s) are not closed.");
            }

            spans.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
            return (text.ToString(), spans);
        }

        private static (string? Id, int? Index) ParseHeader(string header, int offset)
        {
            if (header.StartsWith("#", StringComparison.Ordinal))
            {
                if (int.TryParse(header.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return (null, index);
                }
            }
            else if (header.Length > 0 && Array.TrueForAll(header.ToCharArray(), char.IsLetterOrDigit))
            {
                return (header, null);
            }

            throw new FormatException("Markup '{|" + header + ":' at offset " + offset + " needs a diagnostic id or '#n'.");
        }

        private static bool StartsWith(string text, int index, string value) =>
            string.CompareOrdinal(text, index, value, 0, value.Length) == 0;
    }
}
