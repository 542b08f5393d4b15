using System;
using NuGet.Versioning;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A NuGet package version as the audit core passes it around: NuGet.Versioning's <see cref="NuGetVersion"/> (SemVer 2
    /// plus the legacy fourth number, NuGet's comparison: missing numbers are 0, a release sorts after its prereleases,
    /// labels compare case-insensitively, metadata is ignored) with the text as written and parse errors worded for
    /// LOCK190 messages.
    /// </summary>
    public sealed class PackageVersion : IComparable<PackageVersion>, IEquatable<PackageVersion>
    {
        private PackageVersion(NuGetVersion version, string original)
        {
            Value = version;
            Original = original;
        }

        /// <summary>NuGet's version, for code that needs NuGet.Versioning's own API.</summary>
        public NuGetVersion Value { get; }

        /// <summary>The text as written.</summary>
        public string Original { get; }

        public int Major => Value.Major;

        public int Minor => Value.Minor;

        public int Patch => Value.Patch;

        /// <summary>The legacy fourth number, 0 when absent.</summary>
        public int Revision => Value.Revision;

        public bool IsPrerelease => Value.IsPrerelease;

        /// <summary>The prerelease label without the dash, empty for a release.</summary>
        public string Release => Value.Release;

        /// <summary>NuGet's normalised form: three numbers, the fourth only when non-zero, prerelease kept, metadata dropped.</summary>
        public string Normalized => Value.ToNormalizedString();

        public static PackageVersion Parse(string text)
        {
            if (!TryParse(text, out var version, out var error))
            {
                throw new FormatException(error);
            }

            return version!;
        }

        /// <summary>Parses a version the way NuGet does (1 to 4 numbers, optional <c>-prerelease</c> and <c>+metadata</c>).</summary>
        public static bool TryParse(string? text, out PackageVersion? version, out string? error)
        {
            version = null;
            if (text == null || text.Trim().Length == 0)
            {
                error = "a version must not be empty";
                return false;
            }

            var trimmed = text.Trim();
            if (!NuGetVersion.TryParse(trimmed, out var parsed))
            {
                error = "'" + trimmed + "' is not a version (expected numbers like 1.2.3 or 4.5.3.3)";
                return false;
            }

            version = new PackageVersion(parsed, trimmed);
            error = null;
            return true;
        }

        internal static PackageVersion From(NuGetVersion version) => new PackageVersion(version, version.OriginalVersion ?? version.ToNormalizedString());

        public int CompareTo(PackageVersion? other) => other is null ? 1 : VersionComparer.Default.Compare(Value, other.Value);

        public bool Equals(PackageVersion? other) => other is not null && VersionComparer.Default.Equals(Value, other.Value);

        public override bool Equals(object? obj) => obj is PackageVersion other && Equals(other);

        public override int GetHashCode() => VersionComparer.Default.GetHashCode(Value);

        public override string ToString() => Normalized;

        public static bool operator <(PackageVersion left, PackageVersion right) => left.CompareTo(right) < 0;

        public static bool operator >(PackageVersion left, PackageVersion right) => left.CompareTo(right) > 0;

        public static bool operator <=(PackageVersion left, PackageVersion right) => left.CompareTo(right) <= 0;

        public static bool operator >=(PackageVersion left, PackageVersion right) => left.CompareTo(right) >= 0;
    }
}
