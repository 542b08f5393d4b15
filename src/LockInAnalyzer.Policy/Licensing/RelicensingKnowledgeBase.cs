using System;
using System.Collections.Generic;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The relicensing facts of <c>relicensings.json</c>, looked up by package id and version.</summary>
    public sealed class RelicensingKnowledgeBase
    {
        private static readonly string[] RootMembers = { "formatVersion", "relicensings" };
        private static readonly string[] EntryMembers = { "package", "versions", "license", "category", "summary", "note", "source", "overridesLicenseUrl" };

        private readonly List<Relicensing> entries;

        private RelicensingKnowledgeBase(List<Relicensing> entries, IReadOnlyList<SourceProblem> problems)
        {
            this.entries = entries;
            Problems = problems;
        }

        public static RelicensingKnowledgeBase Empty { get; } = new RelicensingKnowledgeBase(new List<Relicensing>(), Array.Empty<SourceProblem>());

        public IReadOnlyList<Relicensing> Entries => entries;

        public IReadOnlyList<SourceProblem> Problems { get; }

        /// <summary>
        /// The first entry (in file order) whose package id matches case-insensitively and whose range holds the
        /// version. An id ending in ".*" ("Aspose.*") matches every id that starts with the part before the '*'.
        /// </summary>
        public Relicensing? Find(string packageId, PackageVersion version)
        {
            foreach (var entry in entries)
            {
                if (IdMatches(entry.PackageId, packageId) && entry.Versions.Satisfies(version))
                {
                    return entry;
                }
            }

            return null;
        }

        private static bool IdMatches(string pattern, string packageId) =>
            pattern.EndsWith(".*", StringComparison.Ordinal)
                ? packageId.StartsWith(pattern.Substring(0, pattern.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, packageId, StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads the JSON format; every problem is reported with its line and column, bad entries are skipped.</summary>
        public static RelicensingKnowledgeBase Read(string json, string file, LicenseKnowledge knowledge)
        {
            var context = new JsonReadContext(file);
            var entries = new List<Relicensing>();
            if (!JsonParser.TryParse(json, out var root, out var error))
            {
                context.Report(error!.Position, error.Message);
                return new RelicensingKnowledgeBase(entries, context.Problems);
            }

            if (!context.Expect(root!, JsonKind.Object, "The relicensing file"))
            {
                return new RelicensingKnowledgeBase(entries, context.Problems);
            }

            context.RejectUnknownMembers(root!, "the relicensing file", RootMembers);
            foreach (var item in context.ObjectArray(root!, "relicensings", "the relicensing file"))
            {
                const string where = "a relicensing entry";
                context.RejectUnknownMembers(item, where, EntryMembers);
                var package = context.RequiredString(item, "package", where);
                var versionsText = context.RequiredString(item, "versions", where);
                var license = context.RequiredString(item, "license", where);
                var categoryText = context.RequiredString(item, "category", where);
                var summary = context.RequiredString(item, "summary", where);
                var note = context.RequiredString(item, "note", where);
                var source = context.RequiredString(item, "source", where);
                var overrides = context.OptionalBoolean(item, "overridesLicenseUrl", where) ?? false;
                if (package == null || versionsText == null || license == null || categoryText == null || summary == null || note == null || source == null)
                {
                    continue;
                }

                if (!PackageVersionRange.TryParse(versionsText, out var range, out var rangeError))
                {
                    context.Report(item["versions"]!.Position, rangeError!);
                    continue;
                }

                if (!LicenseCategories.TryParse(categoryText, out var category))
                {
                    context.Report(item["category"]!.Position, "unknown category '" + categoryText + "'");
                    continue;
                }

                var parsed = SpdxExpressionParser.Parse(license, knowledge);
                if (!parsed.Success)
                {
                    context.Report(item["license"]!.Position, "invalid license expression '" + license + "' " + parsed.DescribeError());
                    continue;
                }

                entries.Add(new Relicensing(package, range!, parsed.Expression!.ToString(), parsed.Expression, category, summary, note, source, overrides));
            }

            return new RelicensingKnowledgeBase(entries, context.Problems);
        }
    }
}
