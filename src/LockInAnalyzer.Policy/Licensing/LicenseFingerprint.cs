using System;
using System.Collections.Generic;
using System.Linq;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A compact, non-reversible summary of a license text: the <see cref="SampleSize"/> smallest hashes of its word
    /// 5-gram shingles (a bottom-k sample) plus the total number of distinct shingles. A bottom-k sample is a uniform
    /// random sample of the shingle set, so the share of sampled hashes found in another text estimates how much of
    /// this license that text contains, without shipping the license text itself.
    /// </summary>
    public sealed class LicenseFingerprint
    {
        /// <summary>Words per shingle. Five words is long enough that unrelated licenses rarely share a shingle by chance.</summary>
        public const int ShingleSize = 5;

        /// <summary>Hashes kept per license; short licenses (MIT has about 160 shingles) keep all of theirs.</summary>
        public const int SampleSize = 256;

        /// <summary>The format line written to and expected in <c>fingerprints.tsv</c>.</summary>
        public static readonly string FormatLine =
            "#format\tshingle=" + ShingleSize + "\tsample=" + SampleSize + "\thash=fnv1a32\tnormalizer=" + LicenseTextNormalizer.Version;

        public LicenseFingerprint(string id, int shingleCount, IReadOnlyList<uint> sample)
        {
            Id = id;
            ShingleCount = shingleCount;
            Sample = sample;
        }

        public string Id { get; }

        /// <summary>Distinct shingles in the full reference text.</summary>
        public int ShingleCount { get; }

        /// <summary>The smallest shingle hashes, ascending.</summary>
        public IReadOnlyList<uint> Sample { get; }

        /// <summary>Fingerprints a reference text (used by the data generator).</summary>
        public static LicenseFingerprint Create(string id, string text)
        {
            var shingles = Shingles(LicenseTextNormalizer.FingerprintWords(text));
            var sample = shingles.OrderBy(h => h).Take(SampleSize).ToArray();
            return new LicenseFingerprint(id, shingles.Count, sample);
        }

        /// <summary>The distinct shingle hashes of a word sequence.</summary>
        public static HashSet<uint> Shingles(IReadOnlyList<string> words)
        {
            var result = new HashSet<uint>();
            for (var start = 0; start + ShingleSize <= words.Count; start++)
            {
                result.Add(Hash(words, start, ShingleSize));
            }

            return result;
        }

        /// <summary>
        /// 32-bit FNV-1a over the UTF-16 code units (low byte, then high byte) of the words joined by single spaces.
        /// Chosen because it is tiny, fast, fully specified and identical on every platform (string.GetHashCode is not).
        /// </summary>
        public static uint Hash(IReadOnlyList<string> words, int start, int count)
        {
            const uint offsetBasis = 2166136261;
            const uint prime = 16777619;
            var hash = offsetBasis;
            for (var i = start; i < start + count; i++)
            {
                if (i > start)
                {
                    hash = unchecked((hash ^ ' ') * prime);
                    hash = unchecked(hash * prime);
                }

                foreach (var c in words[i])
                {
                    hash = unchecked((hash ^ (uint)(c & 0xFF)) * prime);
                    hash = unchecked((hash ^ (uint)(c >> 8)) * prime);
                }
            }

            return hash;
        }
    }
}
