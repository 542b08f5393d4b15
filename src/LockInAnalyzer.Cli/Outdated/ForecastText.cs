using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace LockInAnalyzer.Cli.Outdated
{
    /// <summary>The forecast as a plain-text table (console) or a Markdown table: the same rows, two notations.</summary>
    internal static class ForecastText
    {
        public const string NetworkNote = "This is the one lockin command that reads package sources; the build and 'lockin audit' stay offline.";

        private static readonly string[] Headers = { "Package", "Current", "License", "Newest", "License", "Newest allowed", "License changes at" };

        public static string Console(UpgradeForecast forecast)
        {
            var text = new StringBuilder();
            text.Append("Upgrade forecast for ").Append(forecast.Name).Append(" from ").Append(Sources(forecast)).Append('\n');
            text.Append(NetworkNote).Append('\n');
            foreach (var project in forecast.Projects)
            {
                text.Append('\n').Append(project.Name).Append(" (").Append(project.Path).Append(")\n");
                if (project.Packages.Count == 0)
                {
                    text.Append("  no packages\n");
                    continue;
                }

                var rows = new List<string[]> { Headers };
                rows.AddRange(project.Packages.Select(Row));
                var widths = Enumerable.Range(0, Headers.Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
                foreach (var row in rows)
                {
                    text.Append("  ").Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
                }
            }

            text.Append('\n').Append(Summary(forecast)).Append('\n');
            return text.ToString();
        }

        public static string Markdown(UpgradeForecast forecast)
        {
            var text = new StringBuilder();
            text.Append("# Upgrade forecast: ").Append(Escape(forecast.Name)).Append("\n\n");
            text.Append("Package sources asked: ").Append(Escape(Sources(forecast))).Append(".\n").Append(NetworkNote).Append("\n\n");
            foreach (var project in forecast.Projects)
            {
                text.Append("## ").Append(Escape(project.Name)).Append(" (`").Append(project.Path).Append("`)\n\n");
                text.Append("| ").Append(string.Join(" | ", Headers)).Append(" |\n");
                text.Append('|').Append(string.Concat(Headers.Select(_ => " --- |"))).Append('\n');
                foreach (var row in project.Packages.Select(Row))
                {
                    text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
                }

                text.Append('\n');
            }

            text.Append(Escape(Summary(forecast))).Append('\n');
            if (forecast.Problems.Count > 0)
            {
                text.Append("\n## Problems\n\n");
                foreach (var problem in forecast.Problems)
                {
                    text.Append("- ").Append(Escape(problem)).Append('\n');
                }
            }

            return text.ToString();
        }

        public static string Summary(UpgradeForecast forecast)
        {
            var packages = forecast.AllPackages.ToList();
            var traps = packages.Where(p => p.UpgradeLeavesPolicy).ToList();
            var summary = packages.Count + " package" + (packages.Count == 1 ? string.Empty : "s") + ": "
                + packages.Count(p => p.Newest != null) + " with newer versions, "
                + packages.Count(p => p.FirstLicenseChange != null) + " whose license changes in a newer version";
            if (traps.Count == 0)
            {
                return summary + "; no upgrade to a newest version leaves the policy.";
            }

            return summary + "; upgrading to the newest version leaves the policy for "
                + string.Join(", ", traps.Select(p => p.Id + " " + p.Newest!.Version + " (" + p.Newest.Category + ", " + p.Newest.Action.ToString().ToLowerInvariant() + ")")) + ".";
        }

        private static string[] Row(PackageForecast package) => new[]
        {
            package.Id + (package.IsDirect ? string.Empty : " (transitive)"),
            package.Current.Version,
            package.Current.Describe(),
            package.Newest?.Version ?? (package.Listed ? "up to date" : "not on the sources"),
            package.Newest?.Describe() ?? "-",
            package.NewestAllowed ?? "none",
            package.FirstLicenseChange is { } change ? change.Version + ": " + change.Describe() : "-",
        };

        private static string Sources(UpgradeForecast forecast) =>
            forecast.Sources.Count == 0 ? "no package source" : string.Join(", ", forecast.Sources);

        private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
