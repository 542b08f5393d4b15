namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A known license fact for a range of versions of one package, from <c>relicensings.json</c>: typically the
    /// version at which a popular library moved from an open-source license to a commercial or dual model.
    /// </summary>
    public sealed class Relicensing
    {
        public Relicensing(string packageId, PackageVersionRange versions, string license, SpdxExpression? expression, LicenseCategory category, string summary, string note, string source, bool overridesLicenseUrl)
        {
            PackageId = packageId;
            Versions = versions;
            License = license;
            Expression = expression;
            Category = category;
            Summary = summary;
            Note = note;
            Source = source;
            OverridesLicenseUrl = overridesLicenseUrl;
        }

        public string PackageId { get; }

        public PackageVersionRange Versions { get; }

        /// <summary>The license as an SPDX expression (LicenseRef-… for non-SPDX terms).</summary>
        public string License { get; }

        public SpdxExpression? Expression { get; }

        /// <summary>Stated explicitly in the data: terms like a revenue-threshold license need a human judgement.</summary>
        public LicenseCategory Category { get; }

        /// <summary>Short human wording used in evidence, e.g. "RPL-1.5 or a commercial agreement".</summary>
        public string Summary { get; }

        public string Note { get; }

        /// <summary>Where the fact comes from (announcement, license file, nuspec of the first affected version).</summary>
        public string Source { get; }

        /// <summary>
        /// When true the entry beats a licenseUrl that maps to a license (use for packages whose licenseUrl is known to
        /// be stale); otherwise it only decides when the licenseUrl identified nothing.
        /// </summary>
        public bool OverridesLicenseUrl { get; }
    }
}
