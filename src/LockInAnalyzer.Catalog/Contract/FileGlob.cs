using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.Catalog.Contract
{
    /// <summary>
    /// A file pattern for composition roots, matched against the last segments of a source file's path the way a
    /// .gitignore pattern without a leading slash is: <c>Program.cs</c> is any file of that name, <c>Composition/*.cs</c>
    /// any .cs file in a folder named Composition, <c>**/Hosting/**/*.cs</c> anything below a Hosting folder.
    /// <c>*</c> and <c>?</c> stay inside one segment, <c>**</c> spans any number of segments. Case is ignored, so the
    /// verdict does not depend on the file system. Parsed by the policy reader and the analyzer alike.
    /// </summary>
    public sealed class FileGlob
    {
        private readonly Regex regex;

        private FileGlob(string pattern, Regex regex)
        {
            Pattern = pattern;
            this.regex = regex;
        }

        public string Pattern { get; }

        public static bool TryParse(string pattern, out FileGlob? glob, out string? error)
        {
            glob = null;
            error = null;
            var text = pattern.Trim().Replace('\\', '/');
            if (text.Length == 0)
            {
                error = "the pattern is empty";
                return false;
            }

            foreach (var c in text)
            {
                if (char.IsControl(c) || c == '[' || c == ']' || c == '{' || c == '}' || c == ',' || c == ';' || c == '#' || c == '"')
                {
                    error = "file patterns may not contain '" + (char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()) + "'";
                    return false;
                }
            }

            if (text.StartsWith("/", StringComparison.Ordinal) || text.EndsWith("/", StringComparison.Ordinal) || text.IndexOf("//", StringComparison.Ordinal) >= 0)
            {
                error = "'" + pattern + "' has an empty path segment (patterns match the end of a path, relative to any folder)";
                return false;
            }

            var segments = text.Split('/');
            foreach (var segment in segments)
            {
                if (segment == "." || segment == ".." || (segment.IndexOf("**", StringComparison.Ordinal) >= 0 && segment != "**"))
                {
                    error = "'" + pattern + "' has an invalid segment '" + segment + "' ('**' must be a whole segment; '.' and '..' are not allowed)";
                    return false;
                }
            }

            if (segments[segments.Length - 1] == "**")
            {
                error = "'" + pattern + "' must end with a file name pattern";
                return false;
            }

            glob = new FileGlob(text, new Regex("(?:^|/)" + Body(segments) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
            return true;
        }

        /// <summary>Whether the path (any separator) ends with segments this pattern matches.</summary>
        public bool IsMatch(string path) => regex.IsMatch(path.Replace('\\', '/'));

        private static string Body(IReadOnlyList<string> segments)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i] == "**")
                {
                    // Zero or more whole segments, each followed by its separator.
                    builder.Append("(?:[^/]*/)*");
                    continue;
                }

                builder.Append(Regex.Escape(segments[i]).Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]"));
                if (i < segments.Count - 1)
                {
                    builder.Append('/');
                }
            }

            return builder.ToString();
        }
    }
}
