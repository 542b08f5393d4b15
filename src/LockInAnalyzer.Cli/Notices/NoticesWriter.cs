using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LockInAnalyzer.Cli.Notices
{
    /// <summary>
    /// Writes a third-party notices file, in Markdown or plain text: a table of every package (id, version, license
    /// expression), each package's copyright lines, then the license texts grouped by license, each distinct text once
    /// with the packages that ship it. Same input, same bytes: everything is sorted and nothing depends on the clock.
    /// </summary>
    internal static class NoticesWriter
    {
        public static string Write(IReadOnlyList<PackageNotice> notices, string scope, bool markdown)
        {
            var w = new StringBuilder();
            void Line(string text = "") => w.Append(text).Append('\n');
            void Heading(int level, string text)
            {
                if (markdown)
                {
                    Line(new string('#', level) + " " + text);
                }
                else
                {
                    Line(text);
                    Line(new string(level == 1 ? '=' : level == 2 ? '-' : '~', text.Length));
                }

                Line();
            }

            Heading(1, "Third-party notices");
            Line("This product includes the following " + notices.Count + " third-party package" + (notices.Count == 1 ? string.Empty : "s") + " (" + scope + "). Licenses, copyright lines and license texts are taken from the packages themselves, as restored.");
            Line();

            if (markdown)
            {
                Line("| Package | Version | License |");
                Line("|---|---|---|");
                foreach (var notice in notices)
                {
                    Line("| " + Cell(notice.Id) + " | " + Cell(notice.Version) + " | " + Cell(notice.Expression ?? "Unknown") + " |");
                }
            }
            else
            {
                var idWidth = Math.Max("Package".Length, notices.Select(n => n.Id.Length).DefaultIfEmpty(0).Max());
                var versionWidth = Math.Max("Version".Length, notices.Select(n => n.Version.Length).DefaultIfEmpty(0).Max());
                Line(("Package".PadRight(idWidth) + "  " + "Version".PadRight(versionWidth) + "  License").TrimEnd());
                foreach (var notice in notices)
                {
                    Line(notice.Id.PadRight(idWidth) + "  " + notice.Version.PadRight(versionWidth) + "  " + (notice.Expression ?? "Unknown"));
                }
            }

            Line();
            Heading(2, "Packages");
            foreach (var notice in notices)
            {
                Heading(3, notice.Id + " " + notice.Version);
                Line(Item("License") + (notice.Expression ?? "Unknown") + " (" + notice.Category + "; " + notice.Evidence + ")");
                Line(Item("License file") + (notice.LicenseFile ?? "none in the package"));
                if (notice.Copyrights.Count == 0)
                {
                    Line(Item("Copyright") + "no copyright line in the package");
                }
                else
                {
                    Line(Item("Copyright") + (notice.CopyrightSource == "nuspec" ? "(from the nuspec)" : "(from " + notice.CopyrightSource + ")"));
                    foreach (var copyright in notice.Copyrights)
                    {
                        Line((markdown ? "  - " : "    ") + (markdown ? Escape(copyright) : copyright));
                    }
                }

                Line();
            }

            Heading(2, "License texts");
            foreach (var group in notices.GroupBy(n => n.LicenseKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Heading(3, group.Key);
                var withText = group.Where(n => n.LicenseText != null).GroupBy(n => n.LicenseText!, StringComparer.Ordinal).ToList();
                foreach (var text in withText)
                {
                    Line(Item("Used by") + string.Join(", ", text.Select(n => n.Id + " " + n.Version)));
                    Line();
                    if (markdown)
                    {
                        var fence = text.Key.Contains("```") ? "~~~~" : "```";
                        Line(fence + "text");
                        Line(text.Key);
                        Line(fence);
                    }
                    else
                    {
                        foreach (var line in text.Key.Split('\n'))
                        {
                            Line(line.Length == 0 ? string.Empty : "    " + line);
                        }
                    }

                    Line();
                }

                var without = group.Where(n => n.LicenseText == null).ToList();
                if (without.Count > 0)
                {
                    Line(Item("No license text in the package") + string.Join(", ", without.Select(n => n.Id + " " + n.Version)) + " (the nuspec names the license; its text is not shipped in the package)");
                    Line();
                }
            }

            string Item(string name) => markdown ? "- **" + name + ":** " : name + ": ";
            return w.ToString();
        }

        private static string Cell(string text) => Escape(text).Replace("|", "\\|");

        /// <summary>Markdown characters that would turn a copyright line or an id into markup.</summary>
        private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("<", "&lt;");
    }
}
