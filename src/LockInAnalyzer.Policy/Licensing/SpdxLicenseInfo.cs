namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>One row of the SPDX license list as shipped in <c>spdx-licenses.tsv</c>.</summary>
    public sealed class SpdxLicenseInfo
    {
        public SpdxLicenseInfo(string id, string name, bool isOsiApproved, bool isFsfLibre, bool isDeprecated)
        {
            Id = id;
            Name = name;
            IsOsiApproved = isOsiApproved;
            IsFsfLibre = isFsfLibre;
            IsDeprecated = isDeprecated;
        }

        public string Id { get; }

        public string Name { get; }

        /// <summary>OSI approval is informative only: RPL-1.5 is OSI-approved and still a network copyleft.</summary>
        public bool IsOsiApproved { get; }

        public bool IsFsfLibre { get; }

        public bool IsDeprecated { get; }
    }
}
