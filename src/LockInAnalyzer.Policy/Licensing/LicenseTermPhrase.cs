namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>A phrase that names license terms (<c>policies/licenses/license-terms.tsv</c>), in wording form.</summary>
    public sealed class LicenseTermPhrase
    {
        public LicenseTermPhrase(string phrase, SpdxExpression expression, string description)
        {
            Phrase = phrase;
            Expression = expression;
            Description = description;
        }

        /// <summary>The phrase as <see cref="LicenseTextNormalizer.WordingText"/> writes it: " word word ".</summary>
        public string Phrase { get; }

        public SpdxExpression Expression { get; }

        public string Description { get; }
    }
}
