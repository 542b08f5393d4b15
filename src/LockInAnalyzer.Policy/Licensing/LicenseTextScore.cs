namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>How one known license compares with a text.</summary>
    public sealed class LicenseTextScore
    {
        public LicenseTextScore(string id, double containment, double jaccard)
        {
            Id = id;
            Containment = containment;
            Jaccard = jaccard;
        }

        public string Id { get; }

        /// <summary>Estimated share of the license's shingles present in the text (1.0 = the whole license is there).</summary>
        public double Containment { get; }

        /// <summary>Estimated shingle-set Jaccard similarity (1.0 = the same text, extra or missing words lower it).</summary>
        public double Jaccard { get; }
    }
}
