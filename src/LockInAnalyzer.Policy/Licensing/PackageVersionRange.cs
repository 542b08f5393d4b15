using NuGet.Versioning;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A NuGet version range in NuGet's notation, parsed by NuGet.Versioning: <c>1.0</c> (1.0 or later), <c>[1.0]</c>
    /// (exactly), <c>[1.0,2.0)</c>, <c>(,12.4.1]</c>, <c>[15,)</c>. Floating versions (<c>1.*</c>) are refused: a
    /// relicensing or an exception names a fixed boundary. A range no version satisfies is refused too, because in a
    /// policy it is always a mistake (an exception that can never apply). NuGet itself refuses most such ranges
    /// (<c>[2.0,1.0]</c>); the check covers what it accepts.
    /// </summary>
    public sealed class PackageVersionRange
    {
        private readonly VersionRange range;

        private PackageVersionRange(VersionRange range, string original)
        {
            this.range = range;
            Original = original;
            Minimum = range.MinVersion is { } min ? PackageVersion.From(min) : null;
            Maximum = range.MaxVersion is { } max ? PackageVersion.From(max) : null;
        }

        /// <summary>Every version.</summary>
        public static PackageVersionRange All { get; } = new PackageVersionRange(VersionRange.All, "(,)");

        public PackageVersion? Minimum { get; }

        public bool IncludeMinimum => range.IsMinInclusive;

        public PackageVersion? Maximum { get; }

        public bool IncludeMaximum => range.IsMaxInclusive;

        /// <summary>The text as written.</summary>
        public string Original { get; }

        public bool Satisfies(PackageVersion version) => range.Satisfies(version.Value);

        /// <summary>Parses NuGet range notation; on failure returns false with a message saying what is wrong.</summary>
        public static bool TryParse(string? text, out PackageVersionRange? range, out string? error)
        {
            range = null;
            if (text == null || text.Trim().Length == 0)
            {
                error = "a version range must not be empty";
                return false;
            }

            var trimmed = text.Trim();
            if (trimmed.Replace(" ", string.Empty) == "(,)")
            {
                // Every version: NuGet writes it "(, )" but does not parse it back.
                range = All;
                error = null;
                return true;
            }

            if (!VersionRange.TryParse(trimmed, allowFloating: false, out var parsed))
            {
                error = "'" + trimmed + "' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)";
                return false;
            }

            if (IsEmpty(parsed))
            {
                error = "'" + trimmed + "' is an empty version range";
                return false;
            }

            range = new PackageVersionRange(parsed, trimmed);
            error = null;
            return true;
        }

        /// <summary>Normalised interval notation, e.g. <c>[15.0.0, )</c>.</summary>
        public override string ToString()
        {
            if (Minimum != null && Maximum != null && IncludeMinimum && IncludeMaximum && Minimum.Equals(Maximum))
            {
                return "[" + Minimum.Normalized + "]";
            }

            return (IncludeMinimum ? "[" : "(") + (Minimum?.Normalized ?? string.Empty) + ", " + (Maximum?.Normalized ?? string.Empty) + (IncludeMaximum ? "]" : ")");
        }

        private static bool IsEmpty(VersionRange range)
        {
            if (range.MinVersion == null || range.MaxVersion == null)
            {
                return false;
            }

            var c = VersionComparer.Default.Compare(range.MinVersion, range.MaxVersion);
            return c > 0 || (c == 0 && !(range.IsMinInclusive && range.IsMaxInclusive));
        }
    }
}
