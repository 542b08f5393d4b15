using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using LockInAnalyzer.Policy.Json;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>
    /// The approved license of each package, committed by the user (<c>lockin.baseline.json</c>). An upgrade that
    /// changes a package's license from what was approved is LOCK104 — the AutoMapper 15 / MediatR 13 case.
    /// </summary>
    public sealed class LicenseBaseline
    {
        private readonly SortedDictionary<string, BaselineEntry> entries;

        public LicenseBaseline(IEnumerable<BaselineEntry> entries)
        {
            this.entries = new SortedDictionary<string, BaselineEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in entries)
            {
                this.entries[entry.Id] = entry;
            }
        }

        public IEnumerable<BaselineEntry> Entries => entries.Values;

        public BaselineEntry? Find(string packageId) => entries.TryGetValue(packageId, out var entry) ? entry : null;

        /// <summary>This baseline with the given packages' current licenses recorded (others kept as they were).</summary>
        public LicenseBaseline With(IEnumerable<BaselineEntry> updates)
        {
            var merged = new Dictionary<string, BaselineEntry>(entries, StringComparer.OrdinalIgnoreCase);
            foreach (var update in updates)
            {
                merged[update.Id] = update;
            }

            return new LicenseBaseline(merged.Values);
        }

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

        /// <summary>Deterministic JSON: sorted by id, one package per line, so diffs in review show exactly what changed.</summary>
        public string Write()
        {
            var builder = new StringBuilder();
            builder.Append("{\n  \"formatVersion\": 1,\n  \"packages\": [");
            var first = true;
            foreach (var entry in entries.Values)
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

    /// <summary>One approved package license.</summary>
    public sealed class BaselineEntry
    {
        public BaselineEntry(string id, string version, string? license, LicenseCategory category)
        {
            Id = id;
            Version = version;
            License = license;
            Category = category;
        }

        public string Id { get; }

        public string Version { get; }

        public string? License { get; }

        public LicenseCategory Category { get; }

        public string Describe() =>
            (License ?? "no SPDX expression") + " (" + Category.ToString() + ") approved for " + Version.ToString(CultureInfo.InvariantCulture);
    }
}
