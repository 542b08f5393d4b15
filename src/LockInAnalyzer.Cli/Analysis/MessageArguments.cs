using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// Recovers a diagnostic's message arguments (vendor, model id, host) from its message and its descriptor's format,
    /// so reports can group findings by vendor without the analyzers exposing more than a standard Diagnostic.
    /// </summary>
    internal static class MessageArguments
    {
        private static readonly ConcurrentDictionary<string, Regex?> Patterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

        public static IReadOnlyList<string> Extract(DiagnosticDescriptor descriptor, string message)
        {
            var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var regex = Patterns.GetOrAdd(format, Build);
            var match = regex?.Match(message);
            if (match == null || !match.Success)
            {
                return Array.Empty<string>();
            }

            var count = Regex.Matches(format, "\\{(\\d+)\\}").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max() + 1;
            return Enumerable.Range(0, count).Select(i => match.Groups["a" + i].Success ? match.Groups["a" + i].Value : string.Empty).ToList();
        }

        private static Regex? Build(string format)
        {
            var builder = new StringBuilder("^");
            var seen = new HashSet<int>();
            var last = 0;
            foreach (Match placeholder in Regex.Matches(format, "\\{(\\d+)\\}"))
            {
                builder.Append(Regex.Escape(format.Substring(last, placeholder.Index - last)));
                var index = int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture);
                builder.Append(seen.Add(index) ? "(?<a" + index + ">.*?)" : "\\k<a" + index + ">");
                last = placeholder.Index + placeholder.Length;
            }

            builder.Append(Regex.Escape(format.Substring(last))).Append('$');
            try
            {
                return new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
