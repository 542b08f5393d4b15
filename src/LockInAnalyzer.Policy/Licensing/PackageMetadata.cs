namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The license-relevant part of a package's nuspec.</summary>
    public sealed class PackageMetadata
    {
        public PackageMetadata(
            string id,
            string version,
            PackageLicense? license = null,
            string? licenseUrl = null,
            string? projectUrl = null,
            PackageRepository? repository = null,
            string? authors = null,
            string? copyright = null,
            bool developmentDependency = false,
            bool requireLicenseAcceptance = false)
        {
            Id = id;
            Version = version;
            PackageVersion.TryParse(version, out var parsed, out _);
            ParsedVersion = parsed;
            License = license;
            LicenseUrl = licenseUrl;
            ProjectUrl = projectUrl;
            Repository = repository;
            Authors = authors;
            Copyright = copyright;
            DevelopmentDependency = developmentDependency;
            RequireLicenseAcceptance = requireLicenseAcceptance;
        }

        public string Id { get; }

        /// <summary>The version as written in the nuspec.</summary>
        public string Version { get; }

        /// <summary>The parsed version; null when <see cref="Version"/> is not a valid NuGet version.</summary>
        public PackageVersion? ParsedVersion { get; }

        public PackageLicense? License { get; }

        public string? LicenseUrl { get; }

        public string? ProjectUrl { get; }

        public PackageRepository? Repository { get; }

        public string? Authors { get; }

        public string? Copyright { get; }

        /// <summary>True for build-time-only packages (analyzers, tools); a policy may treat their licenses differently.</summary>
        public bool DevelopmentDependency { get; }

        public bool RequireLicenseAcceptance { get; }
    }
}
