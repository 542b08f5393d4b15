namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>A single license in an expression: an SPDX id (optionally <c>+</c>), or a <c>LicenseRef-…</c>.</summary>
    public sealed class SpdxLicenseNode : SpdxExpression
    {
        public SpdxLicenseNode(string id, bool orLater, bool isLicenseRef, string? documentRef, bool isKnown, string? deprecatedId, string originalText, int offset)
        {
            Id = id;
            OrLater = orLater;
            IsLicenseRef = isLicenseRef;
            DocumentRef = documentRef;
            IsKnown = isKnown;
            DeprecatedId = deprecatedId;
            OriginalText = originalText;
            Offset = offset;
        }

        public override SpdxNodeKind Kind => SpdxNodeKind.License;

        /// <summary>The id in canonical casing, already mapped from a deprecated id to its modern one (GPL-2.0 → GPL-2.0-only); no <c>+</c>.</summary>
        public string Id { get; }

        /// <summary>True when written with a trailing <c>+</c> ("this version or any later one").</summary>
        public bool OrLater { get; }

        /// <summary>True for <c>LicenseRef-…</c>: a license the SPDX list does not define.</summary>
        public bool IsLicenseRef { get; }

        /// <summary>The <c>DocumentRef-…</c> part of <c>DocumentRef-x:LicenseRef-y</c>, if any.</summary>
        public string? DocumentRef { get; }

        /// <summary>True when the id is in the SPDX list or in the category table (which also knows newer and LicenseRef ids).</summary>
        public bool IsKnown { get; }

        /// <summary>The deprecated id as written (for example <c>GPL-2.0+</c>) when it was normalised; otherwise null.</summary>
        public string? DeprecatedId { get; }

        public bool IsDeprecated => DeprecatedId != null;

        public string OriginalText { get; }

        /// <summary>Character offset of the id in the expression text.</summary>
        public int Offset { get; }

        public override string ToString() =>
            (DocumentRef != null ? DocumentRef + ":" : string.Empty) + Id + (OrLater ? "+" : string.Empty);
    }
}
