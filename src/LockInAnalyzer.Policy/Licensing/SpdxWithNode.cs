namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary><c>license WITH exception</c>: an additional permission attached to one license (never to a group).</summary>
    public sealed class SpdxWithNode : SpdxExpression
    {
        public SpdxWithNode(SpdxLicenseNode license, string exceptionId, bool isKnownException)
        {
            License = license;
            ExceptionId = exceptionId;
            IsKnownException = isKnownException;
        }

        public override SpdxNodeKind Kind => SpdxNodeKind.With;

        public SpdxLicenseNode License { get; }

        /// <summary>The exception id in canonical casing when known, as written otherwise.</summary>
        public string ExceptionId { get; }

        public bool IsKnownException { get; }

        public override string ToString() => License + " WITH " + ExceptionId;
    }
}
