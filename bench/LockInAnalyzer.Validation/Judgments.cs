using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LockInAnalyzer.Validation;

/// <summary>The reviewer's verdict on one file, where it differs from or refines <see cref="IndependentCheck"/>.</summary>
public enum Verdict
{
    /// <summary>Uses a proprietary vendor's SDK or integration layer (the independent check missed it).</summary>
    Coupled,

    /// <summary>Not coupled (the independent check's evidence is an unused import, a comment-like mention, a user type).</summary>
    NotCoupled,

    /// <summary>Coupled through an SDK this machine cannot restore: left out of recall, listed separately.</summary>
    Unmeasurable,

    /// <summary>Not coupled to an SDK, but its LOCK003/LOCK004 findings are right (a hard-coded model id or endpoint).</summary>
    LiteralOk,
}

/// <summary>judgments.tsv: <c>repository TAB path TAB verdict TAB reason</c>; <c>#</c> starts a comment line.</summary>
public sealed class Judgments
{
    private readonly Dictionary<(string Repository, string Path), (Verdict Verdict, string Reason)> entries;

    private Judgments(Dictionary<(string, string), (Verdict, string)> entries) => this.entries = entries;

    public static Judgments Read(string file)
    {
        var entries = new Dictionary<(string, string), (Verdict, string)>();
        foreach (var (line, number) in File.ReadAllLines(file).Select((l, i) => (l, i + 1)))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 4 || !Enum.TryParse<Verdict>(parts[2].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var verdict) || parts[3].Trim().Length == 0)
            {
                throw new FormatException($"{file}({number}): expected 'repository<TAB>path<TAB>coupled|not-coupled|unmeasurable|literal-ok<TAB>reason'");
            }

            if (!entries.TryAdd((parts[0], parts[1]), (verdict, parts[3])))
            {
                throw new FormatException($"{file}({number}): {parts[0]} {parts[1]} is judged twice");
            }
        }

        return new Judgments(entries);
    }

    public (Verdict Verdict, string Reason)? Find(string repository, string path) =>
        entries.TryGetValue((repository, path), out var entry) ? entry : null;

    /// <summary>Judgments naming a file that no longer exists at the listed commit: a stale list.</summary>
    public IEnumerable<string> Unused(IReadOnlySet<(string, string)> seen) =>
        entries.Keys.Where(k => !seen.Contains(k)).Select(k => k.Repository + " " + k.Path);
}
