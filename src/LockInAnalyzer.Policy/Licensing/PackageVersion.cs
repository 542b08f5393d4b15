using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A NuGet package version: SemVer 2 plus NuGet's legacy fourth number (EPPlus 4.5.3.3). NuGet.Versioning cannot
    /// load in the analyzer host, so the policy core compares versions itself, following NuGet's rules: missing numbers
    /// are 0 (1.0 == 1.0.0.0), a release sorts after its prereleases, prerelease labels compare case-insensitively with
    /// numeric identifiers below alphanumeric ones, and build metadata is ignored.
    /// </summary>
    public sealed class PackageVersion : IComparable<PackageVersion>, IEquatable<PackageVersion>
    {
        private readonly int[] numbers;
        private readonly string[] releaseLabels;

        private PackageVersion(int[] numbers, string[] releaseLabels, string original)
        {
            this.numbers = numbers;
            this.releaseLabels = releaseLabels;
            Original = original;
        }

        /// <summary>The text as written.</summary>
        public string Original { get; }

        public int Major => numbers[0];

        public int Minor => numbers[1];

        public int Patch => numbers[2];

        /// <summary>The legacy fourth number, 0 when absent.</summary>
        public int Revision => numbers[3];

        public bool IsPrerelease => releaseLabels.Length > 0;

        /// <summary>The prerelease label without the dash, empty for a release.</summary>
        public string Release => string.Join(".", releaseLabels);

        /// <summary>NuGet's normalised form: three numbers, the fourth only when non-zero, prerelease kept, metadata dropped.</summary>
        public string Normalized
        {
            get
            {
                var builder = new StringBuilder();
                builder.Append(Major.ToString(CultureInfo.InvariantCulture)).Append('.')
                    .Append(Minor.ToString(CultureInfo.InvariantCulture)).Append('.')
                    .Append(Patch.ToString(CultureInfo.InvariantCulture));
                if (Revision != 0)
                {
                    builder.Append('.').Append(Revision.ToString(CultureInfo.InvariantCulture));
                }

                if (IsPrerelease)
                {
                    builder.Append('-').Append(Release);
                }

                return builder.ToString();
            }
        }

        public static PackageVersion Parse(string text)
        {
            if (!TryParse(text, out var version, out var error))
            {
                throw new FormatException(error);
            }

            return version!;
        }

        /// <summary>Parses 1 to 4 dot-separated numbers, an optional <c>-prerelease</c> and optional <c>+metadata</c>.</summary>
        public static bool TryParse(string? text, out PackageVersion? version, out string? error)
        {
            version = null;
            if (text == null || text.Trim().Length == 0)
            {
                error = "a version must not be empty";
                return false;
            }

            var trimmed = text.Trim();
            var core = trimmed;
            var plus = core.IndexOf('+');
            if (plus >= 0)
            {
                if (!AreValidIdentifiers(core.Substring(plus + 1).Split('.')))
                {
                    error = "'" + trimmed + "' has invalid build metadata";
                    return false;
                }

                core = core.Substring(0, plus);
            }

            var labels = Array.Empty<string>();
            var dash = core.IndexOf('-');
            if (dash >= 0)
            {
                labels = core.Substring(dash + 1).Split('.');
                if (!AreValidIdentifiers(labels))
                {
                    error = "'" + trimmed + "' has an invalid prerelease label";
                    return false;
                }

                core = core.Substring(0, dash);
            }

            var parts = core.Split('.');
            if (parts.Length > 4)
            {
                error = "'" + trimmed + "' has more than four version numbers";
                return false;
            }

            var numbers = new int[4];
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length == 0 || !IsDigits(parts[i]) ||
                    !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    error = "'" + trimmed + "' is not a version (expected numbers like 1.2.3 or 4.5.3.3)";
                    return false;
                }
            }

            version = new PackageVersion(numbers, labels, trimmed);
            error = null;
            return true;
        }

        public int CompareTo(PackageVersion? other)
        {
            if (other is null)
            {
                return 1;
            }

            for (var i = 0; i < 4; i++)
            {
                var byNumber = numbers[i].CompareTo(other.numbers[i]);
                if (byNumber != 0)
                {
                    return byNumber;
                }
            }

            // A release is newer than any of its prereleases.
            if (releaseLabels.Length == 0 || other.releaseLabels.Length == 0)
            {
                return releaseLabels.Length == other.releaseLabels.Length ? 0 : releaseLabels.Length == 0 ? 1 : -1;
            }

            var common = Math.Min(releaseLabels.Length, other.releaseLabels.Length);
            for (var i = 0; i < common; i++)
            {
                var byLabel = CompareIdentifier(releaseLabels[i], other.releaseLabels[i]);
                if (byLabel != 0)
                {
                    return byLabel;
                }
            }

            return releaseLabels.Length.CompareTo(other.releaseLabels.Length);
        }

        public bool Equals(PackageVersion? other) => other is not null && CompareTo(other) == 0;

        public override bool Equals(object? obj) => obj is PackageVersion other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var number in numbers)
            {
                hash = (hash * 31) + number;
            }

            foreach (var label in releaseLabels)
            {
                hash = (hash * 31) + StringComparer.OrdinalIgnoreCase.GetHashCode(label);
            }

            return hash;
        }

        public override string ToString() => Normalized;

        public static bool operator <(PackageVersion left, PackageVersion right) => left.CompareTo(right) < 0;

        public static bool operator >(PackageVersion left, PackageVersion right) => left.CompareTo(right) > 0;

        public static bool operator <=(PackageVersion left, PackageVersion right) => left.CompareTo(right) <= 0;

        public static bool operator >=(PackageVersion left, PackageVersion right) => left.CompareTo(right) >= 0;

        private static int CompareIdentifier(string a, string b)
        {
            var aNumeric = IsDigits(a);
            var bNumeric = IsDigits(b);
            if (aNumeric && bNumeric)
            {
                // Compare by length first so arbitrarily long numeric identifiers never overflow.
                var aTrimmed = a.TrimStart('0');
                var bTrimmed = b.TrimStart('0');
                return aTrimmed.Length != bTrimmed.Length
                    ? aTrimmed.Length.CompareTo(bTrimmed.Length)
                    : string.CompareOrdinal(aTrimmed, bTrimmed);
            }

            if (aNumeric != bNumeric)
            {
                return aNumeric ? -1 : 1;
            }

            return string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        }

        private static bool AreValidIdentifiers(IEnumerable<string> identifiers)
        {
            foreach (var identifier in identifiers)
            {
                if (identifier.Length == 0)
                {
                    return false;
                }

                foreach (var c in identifier)
                {
                    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool IsDigits(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
