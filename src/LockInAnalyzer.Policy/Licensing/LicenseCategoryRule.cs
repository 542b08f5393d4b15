namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// One row of <c>categories.tsv</c>. For a license row, <see cref="Pattern"/> is an id or an id prefix ending in
    /// <c>*</c>. For an exception row it is an exception id, and <see cref="Category"/> is the most restrictive
    /// copyleft category a license can keep once that exception is attached (a linking exception turns GPL into
    /// WeakCopyleft for a consumer).
    /// </summary>
    public sealed class LicenseCategoryRule
    {
        public LicenseCategoryRule(bool isException, string pattern, LicenseCategory category, string note, int line)
        {
            IsException = isException;
            Pattern = pattern;
            Category = category;
            Note = note;
            Line = line;
        }

        public bool IsException { get; }

        public string Pattern { get; }

        public bool IsPrefix => Pattern.EndsWith("*", System.StringComparison.Ordinal);

        public LicenseCategory Category { get; }

        public string Note { get; }

        /// <summary>1-based line in categories.tsv, for error messages and for reviewers following a verdict back to its row.</summary>
        public int Line { get; }
    }
}
