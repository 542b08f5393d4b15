using System;
using System.Collections.Generic;
using System.Text;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Turns a license text into the word sequence that fingerprints and wording rules look at. The same code runs in
    /// the data generator and at build time, so the reference fingerprints and a package's file are normalised alike.
    /// What is removed is what legitimately differs between two copies of the same license: case, punctuation,
    /// layout, markdown, copyright lines, URL schemes, list markers and British/American spellings.
    /// </summary>
    public static class LicenseTextNormalizer
    {
        /// <summary>Bumped whenever the output changes; the fingerprint file records it so stale data is detected.</summary>
        public const int Version = 1;

        // Tokens that carry no license meaning but vary between copies: URL schemes (http vs https, and the SPDX
        // "<http s ://...>" template quirk, which splits into "http" and "s").
        private static readonly HashSet<string> Dropped = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "www" };

        private static readonly Dictionary<string, string> Spellings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["licence"] = "license",
            ["licences"] = "licenses",
            ["licenced"] = "licensed",
            ["licencing"] = "licensing",
            ["sublicence"] = "sublicense",
            ["acknowledgement"] = "acknowledgment",
            ["acknowledgements"] = "acknowledgments",
            ["organisation"] = "organization",
            ["organisations"] = "organizations",
            ["authorisation"] = "authorization",
            ["authorised"] = "authorized",
            ["noncommercially"] = "noncommercial",
        };

        /// <summary>
        /// The words used for fingerprints: lower case, letters and digits only, without copyright lines,
        /// without markdown link targets, without one-character words (list markers like "a)" or "1.") and URL schemes.
        /// </summary>
        public static List<string> FingerprintWords(string text)
        {
            var words = new List<string>();
            foreach (var line in SplitLines(text))
            {
                if (IsCopyrightLine(line))
                {
                    continue;
                }

                foreach (var word in Words(StripMarkdownLinkTargets(line)))
                {
                    if (word.Length > 1 && !Dropped.Contains(word))
                    {
                        words.Add(word);
                    }
                }
            }

            return words;
        }

        /// <summary>
        /// Every word of the text, lower case, separated by single spaces and with a space at each end, so wording
        /// rules can search for whole-word phrases like <c>" non commercial use only "</c>. Nothing is dropped here:
        /// "all rights reserved" lives on copyright lines.
        /// </summary>
        public static string WordingText(string text)
        {
            var builder = new StringBuilder(text.Length + 2);
            builder.Append(' ');
            foreach (var word in Words(text))
            {
                builder.Append(word).Append(' ');
            }

            return builder.ToString();
        }

        /// <summary>
        /// A copyright notice line: "Copyright (c) 2020 X", "Copyright 2007 FSF", "Copyright [yyyy] [name]", "(c) X",
        /// "© X", possibly after markdown markers. "Copyright License" (a PolyForm heading) is not one.
        /// </summary>
        public static bool IsCopyrightLine(string line)
        {
            var i = 0;
            while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] == '#' || line[i] == '*' || line[i] == '>' || line[i] == '-' || line[i] == '_'))
            {
                i++;
            }

            if (StartsWith(line, i, "(c)") || (i < line.Length && line[i] == '©'))
            {
                return true;
            }

            if (!StartsWith(line, i, "copyright"))
            {
                return false;
            }

            i += "copyright".Length;
            while (i < line.Length && (char.IsWhiteSpace(line[i]) || line[i] == ':'))
            {
                i++;
            }

            if (i >= line.Length)
            {
                return false;
            }

            var c = line[i];
            return char.IsDigit(c) || c == '©' || c == '<' || c == '[' || c == '{' || StartsWith(line, i, "(c)") || StartsWith(line, i, "&copy;");
        }

        private static IEnumerable<string> Words(string text)
        {
            var word = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else if (word.Length > 0)
                {
                    yield return Canonical(word.ToString());
                    word.Clear();
                }
            }

            if (word.Length > 0)
            {
                yield return Canonical(word.ToString());
            }
        }

        private static string Canonical(string word) => Spellings.TryGetValue(word, out var replacement) ? replacement : word;

        private static IEnumerable<string> SplitLines(string text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || text[i] == '\r')
                {
                    yield return text.Substring(start, i - start);
                    start = i + 1;
                }
            }

            yield return text.Substring(start);
        }

        // "[Distribution License](#distribution-license)" repeats the words of the link text in its target; plain-text
        // copies of the same license have no target, so it is dropped.
        private static string StripMarkdownLinkTargets(string line)
        {
            var at = line.IndexOf("](", StringComparison.Ordinal);
            if (at < 0)
            {
                return line;
            }

            var builder = new StringBuilder(line.Length);
            var position = 0;
            while (at >= 0)
            {
                var close = line.IndexOf(')', at + 2);
                if (close < 0)
                {
                    break;
                }

                builder.Append(line, position, at + 1 - position);
                position = close + 1;
                at = line.IndexOf("](", position, StringComparison.Ordinal);
            }

            builder.Append(line, position, line.Length - position);
            return builder.ToString();
        }

        private static bool StartsWith(string text, int index, string prefix) =>
            index + prefix.Length <= text.Length && string.Compare(text, index, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
