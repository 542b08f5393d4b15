using System;
using System.Collections.Generic;
using System.Text;

namespace LockInAnalyzer.Tools.SpdxDataGenerator
{
    /// <summary>
    /// Deterministic "real world" copies of a reference text, used to measure how far a genuine LICENSE file may
    /// drift from the SPDX text and still match (docs/licenses.md). They imitate what packages actually ship.
    /// </summary>
    public static class TextVariants
    {
        /// <summary>
        /// A reformatted copy: a markdown title, a filled-in copyright line, lines rewrapped at 72 columns,
        /// "http://" for "https://", and the "how to apply these terms" appendix removed (many projects drop it).
        /// </summary>
        public static string Reformatted(string id, string text)
        {
            var body = text.Replace("<http s ://", "<http://").Replace("https://", "http://");
            var end = body.IndexOf("END OF TERMS AND CONDITIONS", StringComparison.OrdinalIgnoreCase);
            if (end > 0)
            {
                body = body.Substring(0, end);
            }

            var builder = new StringBuilder();
            builder.Append("# ").Append(id).Append(" license\n\n");
            builder.Append("Copyright (c) 2019-2024 Example Contributors\n\n");
            foreach (var paragraph in body.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.None))
            {
                builder.Append(Wrap(paragraph.Replace('\n', ' '), 72)).Append("\n\n");
            }

            return builder.ToString();
        }

        /// <summary>The reformatted copy with one word in every 50 misspelt (doubled last letter), as in a hand-typed copy.</summary>
        public static string Edited(string id, string text)
        {
            var words = Reformatted(id, text).Split(' ');
            for (var i = 25; i < words.Length; i += 50)
            {
                if (words[i].Length > 0 && char.IsLetter(words[i][words[i].Length - 1]))
                {
                    words[i] += words[i][words[i].Length - 1];
                }
            }

            return string.Join(" ", words);
        }

        private static string Wrap(string paragraph, int width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
            }

            return string.Join("\n", lines);
        }
    }
}
