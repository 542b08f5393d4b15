using System.IO;
using System.Linq;
using System.Text;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Tools.SpdxDataGenerator;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseDataTests
    {
        [Fact]
        public void Generated_files_are_byte_identical_to_a_fresh_run_of_the_generator()
        {
            var generated = SpdxData.Generate(TestEnvironment.SpdxFolder);
            Assert.Equal(
                new[] { "fingerprints.tsv", "spdx-exceptions.tsv", "spdx-licenses.tsv" },
                generated.Keys.ToArray());
            foreach (var pair in generated)
            {
                var committed = File.ReadAllBytes(Path.Combine(TestEnvironment.LicensesDataFolder, pair.Key));
                var fresh = new UTF8Encoding(false).GetBytes(pair.Value);
                Assert.True(committed.SequenceEqual(fresh), pair.Key + " differs from a fresh run of tools/SpdxDataGenerator; regenerate it with: dotnet run --project tools/SpdxDataGenerator");
            }
        }

        [Fact]
        public void Generation_is_deterministic()
        {
            var first = SpdxData.Generate(TestEnvironment.SpdxFolder);
            var second = SpdxData.Generate(TestEnvironment.SpdxFolder);
            Assert.Equal(first, second);
        }

        [Fact]
        public void Embedded_data_loads_without_problems()
        {
            var knowledge = LicenseKnowledge.Default;
            Assert.Empty(knowledge.LoadProblems.Select(p => p.ToString()));
            Assert.Equal("c2dbc5a", knowledge.ListVersion);
            Assert.Equal(560, knowledge.Licenses.Count());
            Assert.Equal(41, knowledge.Fingerprints.Count);
            Assert.Equal(19, knowledge.Relicensings.Entries.Count);
            Assert.Equal(25, knowledge.LicenseUrls.Count);
            Assert.Equal(27, knowledge.Terms.Count);
        }

        [Fact]
        public void Fingerprints_are_compact_samples_not_texts()
        {
            var knowledge = LicenseKnowledge.Default;
            foreach (var fingerprint in knowledge.Fingerprints)
            {
                Assert.InRange(fingerprint.Sample.Count, 1, LicenseFingerprint.SampleSize);
                Assert.Equal(fingerprint.Sample.OrderBy(h => h), fingerprint.Sample);
                Assert.True(fingerprint.Sample.Count == System.Math.Min(fingerprint.ShingleCount, LicenseFingerprint.SampleSize), fingerprint.Id);
            }

            // The whole file is smaller than the three longest texts together: no text is shipped.
            var size = new FileInfo(Path.Combine(TestEnvironment.LicensesDataFolder, "fingerprints.tsv")).Length;
            Assert.InRange(size, 10_000, 100_000);
            var text = File.ReadAllText(Path.Combine(TestEnvironment.LicensesDataFolder, "fingerprints.tsv"));
            Assert.DoesNotContain("Permission is hereby granted", text);
        }

        [Fact]
        public void Spdx_rows_carry_the_flags()
        {
            var knowledge = LicenseKnowledge.Default;
            Assert.True(knowledge.TryGetLicense("rpl-1.5", out var rpl));
            Assert.Equal("RPL-1.5", rpl!.Id);
            Assert.Equal("Reciprocal Public License 1.5", rpl.Name);
            Assert.True(rpl.IsOsiApproved);
            Assert.False(rpl.IsDeprecated);
            Assert.True(knowledge.TryGetLicense("GPL-2.0+", out var deprecated));
            Assert.True(deprecated!.IsDeprecated);
            Assert.True(knowledge.TryGetLicense("Apache-2.0", out var apache));
            Assert.True(apache!.IsFsfLibre);
            Assert.True(knowledge.TryGetException("classpath-exception-2.0", out var classpath));
            Assert.Equal("Classpath-exception-2.0", classpath!.Id);
        }

        [Fact]
        public void Newer_and_non_spdx_ids_are_known_to_the_category_table()
        {
            var knowledge = LicenseKnowledge.Default;
            foreach (var id in new[] { "FSL-1.1-MIT", "FSL-1.1-ALv2", "Unicode-3.0", "PolyForm-Noncommercial-1.0.0", "PolyForm-Shield-1.0.0", "Elastic-2.0", "BUSL-1.1", "SSPL-1.0", "RPL-1.5", "Commons-Clause", "LicenseRef-Commercial" })
            {
                Assert.True(knowledge.IsKnownLicenseId(id), id);
                Assert.NotEqual(LicenseCategory.Unknown, knowledge.CategoryOf(id));
            }
        }

        [Fact]
        public void Every_category_row_refers_to_a_real_spdx_id_or_says_it_is_not_one()
        {
            var knowledge = LicenseKnowledge.Default;
            var lines = File.ReadAllLines(Path.Combine(TestEnvironment.LicensesDataFolder, "categories.tsv"));
            foreach (var rule in knowledge.CategoryRules.Where(r => !r.IsException && !r.IsPrefix))
            {
                var documented = lines[rule.Line - 1].Contains("not an SPDX id") || lines[rule.Line - 1].Contains("newer than the bundled SPDX list") || rule.Pattern.StartsWith("LicenseRef-");
                Assert.True(knowledge.TryGetLicense(rule.Pattern, out _) || documented, "categories.tsv line " + rule.Line + ": '" + rule.Pattern + "' is neither an SPDX id nor marked as one of the known non-SPDX ids");
            }

            foreach (var rule in knowledge.CategoryRules.Where(r => r.IsException))
            {
                Assert.True(knowledge.TryGetException(rule.Pattern, out _), "categories.tsv line " + rule.Line + ": unknown exception " + rule.Pattern);
            }

            foreach (var rule in knowledge.CategoryRules.Where(r => r.IsPrefix))
            {
                var prefix = rule.Pattern.TrimEnd('*');
                Assert.True(knowledge.Licenses.Any(l => l.Id.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase)) || rule.Pattern == "FSL-*", "categories.tsv line " + rule.Line + ": prefix " + rule.Pattern + " matches no SPDX id");
            }
        }

        [Fact]
        public void Every_fingerprinted_license_has_a_category()
        {
            var knowledge = LicenseKnowledge.Default;
            foreach (var fingerprint in knowledge.Fingerprints)
            {
                Assert.NotEqual(LicenseCategory.Unknown, knowledge.CategoryOf(fingerprint.Id));
            }
        }

        [Fact]
        public void Broken_data_is_reported_not_thrown()
        {
            var knowledge = LicenseKnowledge.Load(
                "# SPDX license list test x\nMIT\tMIT License\t1\t1\nbroken\n",
                "Foo-exception\tFoo\n",
                "license\tMIT\tPermissive\nlicense\tMIT\tPermissive\nlicense\tX\tVeryPermissive\nexception\tX-*\tWeakCopyleft\nnonsense\n",
                "#format\tshingle=4\n",
                "{ \"relicensings\": [ { \"package\": \"A\", \"versions\": \"[2,1]\", \"license\": \"MIT\", \"category\": \"Permissive\", \"summary\": \"s\", \"note\": \"n\", \"source\": \"s\" }, { \"package\": \"B\" } ], \"extra\": 1 }");
            var problems = knowledge.LoadProblems.Select(p => p.ToString()).ToList();
            Assert.Equal(
                new[]
                {
                    "spdx-licenses.tsv(2,1): expected 5 tab-separated fields: id, name, osi, fsfLibre, deprecated",
                    "spdx-licenses.tsv(3,1): expected 5 tab-separated fields: id, name, osi, fsfLibre, deprecated",
                    "spdx-exceptions.tsv(1,1): expected 3 tab-separated fields: id, name, deprecated",
                    "categories.tsv(3,1): unknown category 'VeryPermissive'",
                    "categories.tsv(4,1): exception rows name one exception id, not a pattern",
                    "categories.tsv(5,1): expected: license|exception <TAB> id or prefix* <TAB> category [<TAB> note]",
                    "fingerprints.tsv(1,1): fingerprint format '#format\tshingle=4' does not match this build ('" + LicenseFingerprint.FormatLine + "'); regenerate with tools/SpdxDataGenerator",
                    "categories.tsv(2,1): 'MIT' is listed twice",
                    "relicensings.json(1,172): Unknown property 'extra' in the relicensing file; expected one of: formatVersion, relicensings",
                    "relicensings.json(1,51): '[2,1]' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'versions'",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'license'",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'category'",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'summary'",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'note'",
                    "relicensings.json(1,150): a relicensing entry is missing the required property 'source'",
                },
                problems);
            Assert.Empty(knowledge.Fingerprints);
            Assert.Empty(knowledge.Relicensings.Entries);
            Assert.Equal(LicenseCategory.Unknown, knowledge.CategoryOf("Apache-2.0"));
        }
    }
}
