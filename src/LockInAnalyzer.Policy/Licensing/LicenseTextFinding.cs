namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>What a license text was found to be.</summary>
    public sealed class LicenseTextFinding
    {
        public LicenseTextFinding(SpdxExpression? expression, string description, LicenseTextScore? match)
        {
            Expression = expression;
            Description = description;
            Match = match;
        }

        /// <summary>The license, or null when the text was not recognised.</summary>
        public SpdxExpression? Expression { get; }

        /// <summary>Human wording for evidence: "MIT", "RPL-1.5 or a commercial agreement", "not recognised".</summary>
        public string Description { get; }

        /// <summary>The fingerprint match that contributed, if any.</summary>
        public LicenseTextScore? Match { get; }

        public bool IsRecognised => Expression != null;
    }
}
