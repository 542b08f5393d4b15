using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Tools.SpdxDataGenerator;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseTextMatchingTests
    {
        private static readonly LicenseTextClassifier Classifier = new LicenseTextClassifier(LicenseKnowledge.Default);

        public static IEnumerable<object[]> ReferenceIds() =>
            SpdxData.ReadTexts(TestEnvironment.SpdxFolder).Keys.Select(id => new object[] { id });

        [Fact]
        public void There_are_41_reference_texts()
        {
            Assert.Equal(41, SpdxData.ReadTexts(TestEnvironment.SpdxFolder).Count);
        }

        [Theory]
        [MemberData(nameof(ReferenceIds))]
        public void Every_reference_text_is_identified_as_itself_exactly_reformatted_and_edited(string id)
        {
            var text = SpdxData.ReadTexts(TestEnvironment.SpdxFolder)[id];
            foreach (var variant in new[] { text, TextVariants.Reformatted(id, text), TextVariants.Edited(id, text) })
            {
                var finding = Classifier.Classify(variant);
                Assert.Equal(id, finding.Expression?.ToString());
                Assert.Equal(id, finding.Description);
                Assert.Equal(id, finding.Match!.Id);
            }
        }

        [Fact]
        public void The_threshold_separates_damaged_copies_from_other_licenses()
        {
            var rows = FingerprintReport.Measure(SpdxData.ReadTexts(TestEnvironment.SpdxFolder), LicenseKnowledge.Default.Fingerprints);
            Assert.Equal(41, rows.Count);
            Assert.All(rows, row => Assert.Equal(1.0, row.Exact.Containment));
            Assert.All(rows, row => Assert.Equal(1.0, row.Exact.Jaccard));
            var worstSelf = rows.Min(r => System.Math.Min(r.Reformatted.Containment, r.Edited.Containment));
            Assert.True(worstSelf >= LicenseTextMatcher.AcceptContainment + 0.05, "worst damaged self-match " + worstSelf);
            Assert.All(rows, row =>
            {
                Assert.Equal(row.Id, row.IdentifiedExact);
                Assert.Equal(row.Id, row.IdentifiedReformatted);
                Assert.Equal(row.Id, row.IdentifiedEdited);

                // When another license passes the threshold it is a near-subset (MIT in X11, BSD-2 in BSD-3), and the
                // Jaccard ranking must still prefer the text's own license by a clear margin.
                Assert.True(row.BestOther.Jaccard <= row.Exact.Jaccard - 0.04, row.Id + " vs " + row.BestOther.Id);
            });
        }

        /// <summary>Texts that embed or paraphrase each other, as listed in docs/licenses.md.</summary>
        private static readonly string[][] Families =
        {
            new[] { "MIT", "MIT-0", "X11", "JSON", "NCSA", "FSL-1.1-MIT" },
            new[] { "BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause", "Apache-1.1" },
            new[] { "ISC", "0BSD" },
            new[] { "MS-PL", "MS-RL" },
            new[] { "FSL-1.1-MIT", "FSL-1.1-ALv2" },
            new[] { "GPL-3.0-only", "AGPL-3.0-only" },
            new[] { "CC-BY-4.0", "CC-BY-NC-4.0", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-4.0", "CC-BY-SA-4.0" },
            new[] { "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0" },
        };

        [Fact]
        public void Outside_families_no_license_comes_near_the_threshold_in_another_text()
        {
            var worst = 0.0;
            var worstPair = string.Empty;
            foreach (var pair in SpdxData.ReadTexts(TestEnvironment.SpdxFolder))
            {
                foreach (var score in LicenseTextMatcher.ScoreAll(pair.Value, LicenseKnowledge.Default.Fingerprints))
                {
                    var related = score.Id == pair.Key || Families.Any(f => f.Contains(score.Id) && f.Contains(pair.Key));
                    if (!related && score.Containment > worst)
                    {
                        worst = score.Containment;
                        worstPair = score.Id + " in " + pair.Key;
                    }
                }
            }

            // docs/licenses.md: "at most 0.66 (the GPL-2.0 boilerplate inside LGPL-2.1)".
            Assert.Equal("GPL-2.0-only in LGPL-2.1-only", worstPair);
            Assert.InRange(worst, 0.655, 0.665);
            Assert.True(worst < LicenseTextMatcher.AcceptContainment);
        }

        [Fact]
        public void The_documented_measurements_are_current()
        {
            // docs/licenses.md embeds the report table; a change to the method must update the documentation.
            var rows = FingerprintReport.Measure(SpdxData.ReadTexts(TestEnvironment.SpdxFolder), LicenseKnowledge.Default.Fingerprints);
            var table = FingerprintReport.Markdown(rows);
            var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(TestEnvironment.RepositoryRoot, "docs", "licenses.md")).Replace("\r\n", "\n");
            Assert.Contains(table, doc);
        }

        [Theory]
        [InlineData("")]
        [InlineData("Hello")]
        [InlineData("A convention-based object-object mapper. AutoMapper uses a fluent configuration API to define an object-object mapping strategy.")]
        public void Texts_without_a_license_match_nothing(string text)
        {
            var finding = Classifier.Classify(text);
            Assert.Null(finding.Expression);
            Assert.Equal("not recognised", finding.Description);
            Assert.Null(LicenseTextMatcher.BestMatch(text, LicenseKnowledge.Default.Fingerprints));
        }

        [Fact]
        public void Copyright_lines_and_layout_do_not_matter()
        {
            var mit = SpdxData.ReadTexts(TestEnvironment.SpdxFolder)["MIT"];
            var variant = "The MIT License (MIT)\n\nCopyright (c) .NET Foundation and Contributors\nCopyright 2008 James Newton-King\n(c) 2024 Someone\n\n" +
                mit.Replace("Copyright (c) <year> <copyright holders>", string.Empty).Replace(" ", "\n").ToLowerInvariant();
            var score = LicenseTextMatcher.BestMatch(variant, LicenseKnowledge.Default.Fingerprints);
            Assert.Equal("MIT", score!.Id);
            Assert.Equal(1.0, score.Containment);
        }

        [Fact]
        public void Normalizer_keeps_license_words_and_drops_noise()
        {
            Assert.Equal(
                new[] { "licensed", "under", "the", "license", "see", "fsf", "org", "distribution", "license" },
                LicenseTextNormalizer.FingerprintWords("Copyright (C) 2007 FSF\nLicenced under the **Licence**; see <http s ://fsf.org/>.\n[Distribution License](#distribution-license) a) 1."));
            Assert.True(LicenseTextNormalizer.IsCopyrightLine("  Copyright (c) 2020 X"));
            Assert.True(LicenseTextNormalizer.IsCopyrightLine("Copyright [yyyy] [name of copyright owner]"));
            Assert.True(LicenseTextNormalizer.IsCopyrightLine("© Microsoft Corporation. All rights reserved."));
            Assert.False(LicenseTextNormalizer.IsCopyrightLine("## Copyright License"));
            Assert.False(LicenseTextNormalizer.IsCopyrightLine("The above copyright notice shall be included"));
            Assert.Equal(" non commercial use only rpl1 5 ", LicenseTextNormalizer.WordingText("Non-Commercial use ONLY (RPL1.5)"));
        }

        [Fact]
        public void The_hash_is_fnv1a_over_utf16_code_units()
        {
            // Pinned so data generated on one machine matches on every other: "a b" = a, space, b as UTF-16 LE bytes.
            Assert.Equal(0x8add4ed6u, LicenseFingerprint.Hash(new[] { "a", "b" }, 0, 2));
        }
    }
}
