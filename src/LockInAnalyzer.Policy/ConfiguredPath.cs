using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace LockInAnalyzer.Policy
{
    /// <summary>
    /// The one check for every path a user configures: a policy's <c>extends</c>, <c>LockInPolicy</c>, <c>--policy</c>,
    /// <c>LockInBaseline</c>, the assets file and the output files the targets pass. A path with a control character
    /// (a NUL from <c>"a\u0000b"</c>) or one the platform cannot represent made <see cref="Path.GetFullPath(string)"/>
    /// throw deep inside the resolver; checked here it becomes a problem the caller reports at the place it was written.
    /// Runs on .NET Framework MSBuild too, where <see cref="Path.Combine(string, string)"/> itself throws on bad characters.
    /// </summary>
    public static class ConfiguredPath
    {
        /// <summary>
        /// Resolves <paramref name="path"/> against <paramref name="baseDirectory"/> (or the current directory) to a full
        /// path, or returns false with why it is not a path (<c>"contains the control character U+0000"</c>).
        /// </summary>
        public static bool TryResolve(string? path, string? baseDirectory, out string fullPath, out string? error)
        {
            fullPath = string.Empty;
            if (path == null || path.Trim().Length == 0)
            {
                error = "is empty";
                return false;
            }

            error = Unrepresentable(path) ?? (baseDirectory == null ? null : Unrepresentable(baseDirectory));
            if (error != null)
            {
                return false;
            }

            try
            {
                fullPath = Path.GetFullPath(baseDirectory == null ? path : Path.Combine(baseDirectory, path));
                return true;
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
            {
                error = "cannot be resolved: " + e.Message;
                return false;
            }
        }

        /// <summary>The one wording of the problem: <c>LockInBaseline "a\u0000b" is not a valid path: it contains …</c>.</summary>
        public static string Describe(string what, string path, string error) => what + " " + Display(path) + " is not a valid path: it " + error;

        /// <summary>A path written the way a JSON string or a log line can show it safely: quoted, control characters escaped.</summary>
        public static string Display(string path)
        {
            var builder = new StringBuilder(path.Length + 2).Append('"');
            foreach (var c in path)
            {
                if (c < 0x20 || c == 0x7F)
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.Append('"').ToString();
        }

        private static string? Unrepresentable(string path)
        {
            foreach (var c in path)
            {
                if (c < 0x20 || c == 0x7F)
                {
                    return "contains the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                }
            }

            return path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? "contains a character that is not allowed in a path" : null;
        }
    }
}
