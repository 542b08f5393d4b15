namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// One row of a license URL table: a URL (exact) or URL prefix, and the license it stands for, as an SPDX
    /// expression, a category, or both. Patterns are kept in <see cref="LicenseUrlTable.Normalize"/> form.
    /// </summary>
    public sealed class LicenseUrlPattern
    {
        public LicenseUrlPattern(string pattern, bool isPrefix, SpdxExpression? expression, LicenseCategory? category, string note)
        {
            Pattern = pattern;
            IsPrefix = isPrefix;
            Expression = expression;
            Category = category;
            Note = note;
        }

        /// <summary>The normalised URL or prefix (no scheme, no leading "www.", lower case).</summary>
        public string Pattern { get; }

        /// <summary>True: every URL starting with <see cref="Pattern"/> matches; false: only that URL.</summary>
        public bool IsPrefix { get; }

        public SpdxExpression? Expression { get; }

        /// <summary>The category, when stated; otherwise it follows from <see cref="Expression"/>.</summary>
        public LicenseCategory? Category { get; }

        /// <summary>Why this URL means this license (shown in the evidence).</summary>
        public string Note { get; }

        /// <summary>What the evidence says the URL stands for.</summary>
        public string Describe() =>
            (Expression?.ToString() ?? Category!.Value.ToString()) + (Note.Length > 0 ? " (" + Note + ")" : string.Empty);
    }
}
