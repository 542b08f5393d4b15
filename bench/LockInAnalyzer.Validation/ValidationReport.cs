using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LockInAnalyzer.Validation;

/// <summary>The Markdown the harness prints: per-application figures, totals, shapes and (with --review) the disagreements.</summary>
public static class ValidationReport
{
    public static string Write(IReadOnlyList<AppMeasurement> apps, IReadOnlyDictionary<string, string> settings, bool review)
    {
        var b = new StringBuilder();
        b.Append("Settings: ").Append(settings.Count == 0 ? "defaults" : string.Join(", ", settings.Select(s => s.Key + " = " + s.Value))).Append("\n\n");
        b.Append("| Application | Commit | C# files | Coupled files | Flagged files | Recall | Recall by LOCK001/LOCK002 | False-positive files | LOCK001 | LOCK001 per coupled file | LOCK002 | LOCK003 | LOCK004 | LOCK006 | Not measurable |\n");
        b.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var app in apps)
        {
            Row(b, app.Repository, app.Commit.Substring(0, 7), app.Files);
        }

        Row(b, "**Total (" + apps.Count + " applications)**", string.Empty, apps.SelectMany(a => a.Files).ToList());
        b.Append('\n');

        // Shapes: how many coupled files, in how many applications, show each shape.
        b.Append("| Shape (coupled files) | Files | Applications |\n|---|---:|---:|\n");
        var shapes = apps.SelectMany(a => a.Coupled.Concat(a.Files.Where(f => f.IsUnmeasurable)).SelectMany(f => f.Shapes.Select(s => (App: a.Repository, Shape: s))))
            .GroupBy(x => x.Shape)
            .OrderBy(g => g.Key.StartsWith("root:", StringComparison.Ordinal) ? 0 : g.Key.StartsWith("factory:", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var shape in shapes)
        {
            b.Append("| ").Append(shape.Key).Append(" | ").Append(shape.Count()).Append(" | ").Append(shape.Select(x => x.App).Distinct().Count()).Append(" |\n");
        }

        // Where LOCK001 lands: in the files that choose the vendor (composition roots) or elsewhere.
        b.Append("\n| Where the coupled files are | Files | LOCK001 | LOCK001 per file |\n|---|---:|---:|---:|\n");
        var coupledFiles = apps.SelectMany(a => a.Coupled).ToList();
        foreach (var group in coupledFiles.GroupBy(f => f.Shapes.FirstOrDefault(s => s.StartsWith("root:", StringComparison.Ordinal) || s.StartsWith("factory:", StringComparison.Ordinal)) ?? "elsewhere (services, components, DTOs)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var lock001 = group.Sum(f => f.Count("LOCK001"));
            b.Append("| ").Append(group.Key).Append(" | ").Append(group.Count()).Append(" | ").Append(lock001).Append(" | ")
                .Append((lock001 / (double)group.Count()).ToString("0.0", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        if (review)
        {
            b.Append("\n## Disagreements to review\n");
            foreach (var app in apps)
            {
                foreach (var file in app.Files.Where(f => f.IsFlagged != f.IsCoupled || f.Judgment != null || (f.IsCoupled && (f.Count("LOCK001") + f.Count("LOCK002") == 0 || f.Count("LOCK001") > 3))))
                {
                    b.Append("\n### ").Append(app.Repository).Append(' ').Append(file.Path).Append('\n');
                    b.Append("- truth: ").Append(file.IsCoupled ? "coupled" : "not coupled").Append(file.Judgment is { } j ? " (judged " + j.Verdict + ": " + j.Reason + ")" : " (independent check)").Append('\n');
                    b.Append("- evidence: ").Append(file.Evidence.Count == 0 ? "none" : string.Join(", ", file.Evidence)).Append('\n');
                    foreach (var diagnostic in file.Diagnostics)
                    {
                        b.Append("- ").Append(diagnostic).Append('\n');
                    }
                }
            }
        }

        return b.ToString();
    }

    private static void Row(StringBuilder b, string name, string commit, IReadOnlyList<FileOutcome> files)
    {
        var coupled = files.Where(f => f.IsCoupled).ToList();
        var hits = coupled.Count(f => f.IsFlagged);
        var sdkHits = coupled.Count(f => f.Count("LOCK001") + f.Count("LOCK002") > 0);
        var lock001InCoupled = coupled.Sum(f => f.Count("LOCK001"));
        b.Append("| ").Append(name)
            .Append(" | ").Append(commit)
            .Append(" | ").Append(files.Count)
            .Append(" | ").Append(coupled.Count)
            .Append(" | ").Append(files.Count(f => f.IsFlagged))
            .Append(" | ").Append(coupled.Count == 0 ? "—" : Percent(hits, coupled.Count) + " (" + hits + "/" + coupled.Count + ")")
            .Append(" | ").Append(coupled.Count == 0 ? "—" : Percent(sdkHits, coupled.Count))
            .Append(" | ").Append(files.Count(f => f.IsFalsePositive))
            .Append(" | ").Append(files.Sum(f => f.Count("LOCK001")))
            .Append(" | ").Append(coupled.Count == 0 ? "—" : (lock001InCoupled / (double)coupled.Count).ToString("0.0", CultureInfo.InvariantCulture))
            .Append(" | ").Append(files.Sum(f => f.Count("LOCK002")))
            .Append(" | ").Append(files.Sum(f => f.Count("LOCK003")))
            .Append(" | ").Append(files.Sum(f => f.Count("LOCK004")))
            .Append(" | ").Append(files.Sum(f => f.Count("LOCK006")))
            .Append(" | ").Append(files.Count(f => f.IsUnmeasurable))
            .Append(" |\n");
    }

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
