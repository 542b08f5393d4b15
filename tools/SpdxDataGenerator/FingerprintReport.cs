using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Tools.SpdxDataGenerator
{
    /// <summary>One reference text's scores: against itself (exact, reformatted, edited) and the closest other license.</summary>
    public sealed class FingerprintReportRow
    {
        public FingerprintReportRow(string id, int shingles, LicenseTextScore exact, LicenseTextScore reformatted, LicenseTextScore edited, LicenseTextScore bestOther, string? identifiedExact, string? identifiedReformatted, string? identifiedEdited)
        {
            Id = id;
            Shingles = shingles;
            Exact = exact;
            Reformatted = reformatted;
            Edited = edited;
            BestOther = bestOther;
            IdentifiedExact = identifiedExact;
            IdentifiedReformatted = identifiedReformatted;
            IdentifiedEdited = identifiedEdited;
        }

        public string Id { get; }

        /// <summary>Distinct shingles in the reference text (the sample holds at most 256 of them).</summary>
        public int Shingles { get; }

        public LicenseTextScore Exact { get; }

        public LicenseTextScore Reformatted { get; }

        public LicenseTextScore Edited { get; }

        /// <summary>The other license with the highest containment in the exact text.</summary>
        public LicenseTextScore BestOther { get; }

        public string? IdentifiedExact { get; }

        public string? IdentifiedReformatted { get; }

        public string? IdentifiedEdited { get; }
    }

    /// <summary>Measures the fingerprints against the reference texts, for choosing and documenting the threshold.</summary>
    public static class FingerprintReport
    {
        public static List<FingerprintReportRow> Measure(IReadOnlyDictionary<string, string> texts, IReadOnlyList<LicenseFingerprint> fingerprints)
        {
            var rows = new List<FingerprintReportRow>();
            foreach (var pair in texts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var exact = LicenseTextMatcher.ScoreAll(pair.Value, fingerprints);
                var reformatted = LicenseTextMatcher.ScoreAll(TextVariants.Reformatted(pair.Key, pair.Value), fingerprints);
                var edited = LicenseTextMatcher.ScoreAll(TextVariants.Edited(pair.Key, pair.Value), fingerprints);
                var bestOther = exact.Where(s => s.Id != pair.Key).OrderByDescending(s => s.Containment).ThenBy(s => s.Id, StringComparer.Ordinal).First();
                rows.Add(new FingerprintReportRow(
                    pair.Key,
                    fingerprints.Single(f => f.Id == pair.Key).ShingleCount,
                    exact.Single(s => s.Id == pair.Key),
                    reformatted.Single(s => s.Id == pair.Key),
                    edited.Single(s => s.Id == pair.Key),
                    bestOther,
                    Picked(exact),
                    Picked(reformatted),
                    Picked(edited)));
            }

            return rows;
        }

        /// <summary>The measurements as a markdown table (the one in docs/licenses.md).</summary>
        public static string Markdown(IEnumerable<FingerprintReportRow> rows)
        {
            var builder = new StringBuilder();
            builder.Append("| License | shingles | self exact | self reformatted | self edited | closest other license | its containment | its Jaccard | identified (exact / reformatted / edited) |\n");
            builder.Append("|---|---:|---:|---:|---:|---|---:|---:|---|\n");
            foreach (var row in rows)
            {
                builder.Append("| ").Append(row.Id)
                    .Append(" | ").Append(row.Shingles.ToString(CultureInfo.InvariantCulture))
                    .Append(" | ").Append(F(row.Exact.Containment))
                    .Append(" | ").Append(F(row.Reformatted.Containment))
                    .Append(" | ").Append(F(row.Edited.Containment))
                    .Append(" | ").Append(row.BestOther.Id)
                    .Append(" | ").Append(F(row.BestOther.Containment))
                    .Append(" | ").Append(F(row.BestOther.Jaccard))
                    .Append(" | ").Append(Same(row.Id, row.IdentifiedExact)).Append(" / ").Append(Same(row.Id, row.IdentifiedReformatted)).Append(" / ").Append(Same(row.Id, row.IdentifiedEdited))
                    .Append(" |\n");
            }

            return builder.ToString();
        }

        private static string? Picked(IReadOnlyList<LicenseTextScore> scores) =>
            scores.FirstOrDefault(s => s.Containment >= LicenseTextMatcher.AcceptContainment)?.Id;

        private static string Same(string id, string? picked) => picked == id ? "yes" : picked ?? "none";

        private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
