using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>
    /// The approved license of each package version, committed by the user (<c>lockin.baseline.json</c>). An upgrade
    /// that changes a package's license from what was approved is LOCK104 — the AutoMapper 15 / MediatR 13 case.
    /// Entries are keyed by package id and version, so one file shared by a repository's projects holds every version
    /// they use (two projects on AutoMapper 8.0.0 and 15.1.4 both stay approved) and its content does not depend on
    /// the order in which projects record theirs.
    /// </summary>
    public sealed class LicenseBaseline
    {
        private readonly List<BaselineEntry> entries;
        private readonly Dictionary<string, List<BaselineEntry>> byId = new Dictionary<string, List<BaselineEntry>>(StringComparer.OrdinalIgnoreCase);

        /// <param name="entries">Approvals; of two for one id and version (ignoring case, versions normalised), the later wins.</param>
        public LicenseBaseline(IEnumerable<BaselineEntry> entries)
        {
            var unique = new Dictionary<string, BaselineEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                unique[entry.Key] = entry;
            }

            this.entries = unique.Values.OrderBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ThenBy(e => e, VersionOrder.Instance).ToList();
            foreach (var entry in this.entries)
            {
                if (!byId.TryGetValue(entry.Id, out var versions))
                {
                    byId[entry.Id] = versions = new List<BaselineEntry>();
                }

                versions.Add(entry);
            }
        }

        /// <summary>Sorted by id, then version.</summary>
        public IEnumerable<BaselineEntry> Entries => entries;

        /// <summary>
        /// The approval a package version is compared with: its own entry; for a version nobody recorded yet (an
        /// upgrade), the nearest approved version below it, else (a downgrade) the nearest above it.
        /// </summary>
        public BaselineEntry? Find(string packageId, PackageVersion version)
        {
            if (!byId.TryGetValue(packageId, out var versions))
            {
                return null;
            }

            BaselineEntry? below = null;
            BaselineEntry? above = null;
            foreach (var entry in versions)
            {
                var order = entry.ParsedVersion.CompareTo(version);
                if (order == 0)
                {
                    return entry;
                }

                if (order < 0)
                {
                    below = entry; // ascending order: the last one below is the nearest
                }
                else if (above == null)
                {
                    above = entry;
                }
            }

            return below ?? above;
        }

        /// <summary>This baseline with the given package versions' current licenses recorded (other entries kept as they were).</summary>
        public LicenseBaseline With(IEnumerable<BaselineEntry> updates) => new LicenseBaseline(entries.Concat(updates));

        public static LicenseBaseline? Read(string text, string file, List<SourceProblem> problems)
        {
            var context = new JsonReadContext(file);
            try
            {
                if (!JsonParser.TryParse(text, out var root, out var error))
                {
                    context.Report(error!.Position, error.Message);
                    return null;
                }

                if (!context.Expect(root!, JsonKind.Object, "The baseline"))
                {
                    return null;
                }

                context.RejectUnknownMembers(root!, "the baseline", "formatVersion", "packages");
                var result = new List<BaselineEntry>();
                foreach (var item in context.ObjectArray(root!, "packages", "the baseline"))
                {
                    context.RejectUnknownMembers(item, "a baseline entry", "id", "version", "license", "category");
                    var id = context.RequiredString(item, "id", "a baseline entry");
                    var version = context.RequiredString(item, "version", "a baseline entry");
                    var license = context.OptionalString(item, "license", "a baseline entry");
                    var categoryText = context.RequiredString(item, "category", "a baseline entry");
                    if (categoryText != null && !LicenseCategories.TryParse(categoryText, out _))
                    {
                        context.Report(item["category"]!.Position, "Unknown license category '" + categoryText + "'");
                        continue;
                    }

                    if (version != null && !PackageVersion.TryParse(version, out _, out var versionError))
                    {
                        context.Report(item["version"]!.Position, "Invalid package version '" + version + "' in a baseline entry: " + versionError);
                        continue;
                    }

                    if (id != null && version != null && categoryText != null)
                    {
                        LicenseCategories.TryParse(categoryText, out var category);
                        result.Add(new BaselineEntry(id, version, license, category));
                    }
                }

                return new LicenseBaseline(result);
            }
            finally
            {
                problems.AddRange(context.Problems);
            }
        }

        /// <summary>Deterministic JSON: sorted by id and version, one package version per line, so diffs in review show exactly what changed.</summary>
        public string Write()
        {
            var builder = new StringBuilder();
            builder.Append("{\n  \"formatVersion\": 1,\n  \"packages\": [");
            var first = true;
            foreach (var entry in entries)
            {
                builder.Append(first ? "\n" : ",\n");
                first = false;
                builder.Append("    { \"id\": ").Append(JsonText.Quote(entry.Id))
                    .Append(", \"version\": ").Append(JsonText.Quote(entry.Version))
                    .Append(", \"license\": ").Append(entry.License == null ? "null" : JsonText.Quote(entry.License))
                    .Append(", \"category\": ").Append(JsonText.Quote(entry.Category.ToString()))
                    .Append(" }");
            }

            builder.Append(first ? "]\n}\n" : "\n  ]\n}\n");
            return builder.ToString();
        }
    }

    /// <summary>One approved license of one package version.</summary>
    public sealed class BaselineEntry
    {
        /// <exception cref="FormatException"><paramref name="version"/> is not a NuGet version (the reader reports that as a problem first).</exception>
        public BaselineEntry(string id, string version, string? license, LicenseCategory category)
        {
            Id = id;
            Version = version;
            ParsedVersion = PackageVersion.Parse(version);
            License = license;
            Category = category;
        }

        /// <summary>Id and normalised version, ignoring case: what one entry approves.</summary>
        internal string Key => Id + "/" + ParsedVersion.Normalized;

        public PackageVersion ParsedVersion { get; }

        public string Id { get; }

        public string Version { get; }

        public string? License { get; }

        public LicenseCategory Category { get; }

        public string Describe() =>
            (License ?? "no SPDX expression") + " (" + Category.ToString() + ") approved for " + Version.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Entries of one id in NuGet version order (then as written, so the order is total and stable).</summary>
    internal sealed class VersionOrder : IComparer<BaselineEntry>
    {
        public static readonly VersionOrder Instance = new VersionOrder();

        public int Compare(BaselineEntry? x, BaselineEntry? y)
        {
            var order = x!.ParsedVersion.CompareTo(y!.ParsedVersion);
            return order != 0 ? order : string.CompareOrdinal(x.Version, y.Version);
        }
    }
}
