using System.Collections.Generic;

namespace LockInAnalyzer.Cli.Notices
{
    /// <summary>What the notices file says about one package: its license and what its own files say about it.</summary>
    internal sealed class PackageNotice
    {
        public PackageNotice(string id, string version, string? expression, string category, string evidence, IReadOnlyList<string> copyrights, string copyrightSource, string? licenseFile, string? licenseText)
        {
            Id = id;
            Version = version;
            Expression = expression;
            Category = category;
            Evidence = evidence;
            Copyrights = copyrights;
            CopyrightSource = copyrightSource;
            LicenseFile = licenseFile;
            LicenseText = licenseText;
        }

        public string Id { get; }

        public string Version { get; }

        /// <summary>The SPDX expression, or null when the license is unknown.</summary>
        public string? Expression { get; }

        public string Category { get; }

        /// <summary>Which evidence decided the license (the verdict's evidence line).</summary>
        public string Evidence { get; }

        /// <summary>The copyright lines of the license file (or of the nuspec when the file has none).</summary>
        public IReadOnlyList<string> Copyrights { get; }

        /// <summary>Where <see cref="Copyrights"/> come from: the license file's name, "nuspec", or empty.</summary>
        public string CopyrightSource { get; }

        /// <summary>The package's license file (path inside the package), or null when it ships none.</summary>
        public string? LicenseFile { get; }

        /// <summary>The license file's text without its copyright lines (they are listed per package), or null.</summary>
        public string? LicenseText { get; }

        /// <summary>The group heading of this package's license: its expression, or "Unknown".</summary>
        public string LicenseKey => Expression ?? "Unknown";
    }
}
