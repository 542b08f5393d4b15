using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace LockInAnalyzer.Validation;

/// <summary>
/// <c>dotnet run -c Release --project bench/LockInAnalyzer.Validation -- [--mirror DIR] [--out FILE | --update DOC.md [--label NAME]] [--review] [--dump FILE.tsv] [--setting KEY=VALUE]...</c>
/// Measures LOCK001-LOCK004 on the applications of apps.tsv (snapshots under --mirror, default /work/.mirror) against
/// the reviewed truth (IndependentCheck + judgments.tsv) and prints, as Markdown, the per-application table, the totals
/// and the composition-root shapes. --review lists every file where the analyzers and the truth disagree.
/// --setting passes analyzer options (as .editorconfig/.globalconfig keys), e.g. to compare reporting modes.
/// --update rewrites the block labelled --label in a Markdown file (docs/validation.md), so a rerun replaces its own figures.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var mirror = "/work/.mirror";
        string? output = null;
        string? dump = null;
        string? update = null;
        var label = "current";
        var review = false;
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mirror" when i + 1 < args.Length: mirror = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--review": review = true; break;
                case "--dump" when i + 1 < args.Length: dump = args[++i]; break;
                case "--update" when i + 1 < args.Length: update = args[++i]; break;
                case "--label" when i + 1 < args.Length && args[i + 1].All(c => char.IsLetterOrDigit(c) || c == '-'): label = args[++i]; break;
                case "--setting" when i + 1 < args.Length && args[i + 1].Contains('='):
                    var pair = args[++i].Split('=', 2);
                    settings[pair[0].Trim()] = pair[1].Trim();
                    break;
                default:
                    Console.Error.WriteLine("Usage: LockInAnalyzer.Validation [--mirror DIR] [--out FILE | --update DOC.md [--label NAME]] [--review] [--dump FILE.tsv] [--setting KEY=VALUE]...");
                    return 2;
            }
        }

        var baseDir = AppContext.BaseDirectory;
        var apps = File.ReadAllLines(Path.Combine(baseDir, "apps.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (Repository: p[0], Commit: p[1]))
            .ToList();
        var judgments = Judgments.Read(Path.Combine(baseDir, "judgments.tsv"));
        var measured = new List<AppMeasurement>();
        foreach (var (repository, commit) in apps)
        {
            var snapshot = AppSnapshot.Read(mirror, repository, commit);
            var diagnostics = new List<Microsoft.CodeAnalysis.Diagnostic>();
            foreach (var project in snapshot.Projects)
            {
                diagnostics.AddRange(await ProjectCompiler.AnalyzeAsync(project, settings));
            }

            measured.Add(AppMeasurement.Measure(snapshot, diagnostics, judgments));
            Console.Error.WriteLine($"{repository}: {snapshot.Files.Count()} files, {diagnostics.Count} diagnostics");
        }

        var seen = measured.SelectMany(m => m.Files.Select(f => (m.Repository, f.Path))).ToHashSet();
        var stale = judgments.Unused(seen).ToList();
        if (stale.Count > 0)
        {
            Console.Error.WriteLine("judgments.tsv names files that are not in the snapshots: " + string.Join(", ", stale));
            return 1;
        }

        if (dump != null)
        {
            // Every diagnostic with the file's truth, for analyses the tables do not make (docs/validation.md).
            File.WriteAllLines(dump, measured.SelectMany(m => m.Files.SelectMany(f => f.Diagnostics.Select(d =>
                string.Join('\t', m.Repository, f.Path, f.IsCoupled ? "coupled" : f.IsUnmeasurable ? "unmeasurable" : "not-coupled", string.Join(';', f.Shapes.Where(s => s.StartsWith("root:", StringComparison.Ordinal))), d)))));
        }

        var report = ValidationReport.Write(measured, settings, review);
        if (update != null)
        {
            File.WriteAllText(update, ReplaceBlock(File.ReadAllText(update), label, report), new UTF8Encoding(false));
        }
        else if (output != null)
        {
            File.WriteAllText(output, report, new UTF8Encoding(false));
        }
        else
        {
            Console.Out.Write(report);
        }

        return 0;
    }

    /// <summary>
    /// Puts <paramref name="report"/> between <c>&lt;!-- validation:LABEL:begin --&gt;</c> and <c>&lt;!-- validation:LABEL:end --&gt;</c>,
    /// replacing what was there, or appends the block: docs/validation.md keeps one block per measured configuration.
    /// </summary>
    private static string ReplaceBlock(string document, string label, string report)
    {
        var begin = "<!-- validation:" + label + ":begin -->";
        var end = "<!-- validation:" + label + ":end -->";
        var block = begin + "\n" + report.TrimEnd('\n') + "\n" + end;
        var start = document.IndexOf(begin, StringComparison.Ordinal);
        var stop = document.IndexOf(end, StringComparison.Ordinal);
        return start >= 0 && stop > start
            ? document.Substring(0, start) + block + document.Substring(stop + end.Length)
            : document.TrimEnd('\n') + "\n\n" + block + "\n";
    }
}
