using System.Text;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A NuGet version range: <c>1.0</c> (1.0 or later), <c>[1.0]</c> (exactly), <c>[1.0,2.0)</c>, <c>(,12.4.1]</c>,
    /// <c>[15,)</c>. Floating versions (<c>1.*</c>) are not accepted: a relicensing or an exception names a fixed boundary.
    /// </summary>
    public sealed class PackageVersionRange
    {
        private PackageVersionRange(PackageVersion? minimum, bool includeMinimum, PackageVersion? maximum, bool includeMaximum, string original)
        {
            Minimum = minimum;
            IncludeMinimum = includeMinimum;
            Maximum = maximum;
            IncludeMaximum = includeMaximum;
            Original = original;
        }

        /// <summary>Every version.</summary>
        public static PackageVersionRange All { get; } = new PackageVersionRange(null, false, null, false, "(,)");

        public PackageVersion? Minimum { get; }

        public bool IncludeMinimum { get; }

        public PackageVersion? Maximum { get; }

        public bool IncludeMaximum { get; }

        /// <summary>The text as written.</summary>
        public string Original { get; }

        public bool Satisfies(PackageVersion version)
        {
            if (Minimum != null)
            {
                var c = version.CompareTo(Minimum);
                if (c < 0 || (c == 0 && !IncludeMinimum))
                {
                    return false;
                }
            }

            if (Maximum != null)
            {
                var c = version.CompareTo(Maximum);
                if (c > 0 || (c == 0 && !IncludeMaximum))
                {
                    return false;
                }
            }

            return true;
        }

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
            var first = trimmed[0];
            if (first != '[' && first != '(')
            {
                // A bare version means "this version or later", as in a PackageReference.
                if (!PackageVersion.TryParse(trimmed, out var bare, out var bareError))
                {
                    error = bareError;
                    return false;
                }

                range = new PackageVersionRange(bare, true, null, false, trimmed);
                error = null;
                return true;
            }

            var last = trimmed[trimmed.Length - 1];
            if (trimmed.Length < 3 || (last != ']' && last != ')'))
            {
                error = "'" + trimmed + "' is not a version range: expected it to end with ']' or ')'";
                return false;
            }

            var inner = trimmed.Substring(1, trimmed.Length - 2);
            var comma = inner.IndexOf(',');
            if (comma < 0)
            {
                // [1.0] is an exact version; (1.0) means nothing.
                if (first != '[' || last != ']' || !PackageVersion.TryParse(inner, out var exact, out _))
                {
                    error = "'" + trimmed + "' is not a version range: an exact version is written [1.2.3]";
                    return false;
                }

                range = new PackageVersionRange(exact, true, exact, true, trimmed);
                error = null;
                return true;
            }

            if (inner.IndexOf(',', comma + 1) >= 0)
            {
                error = "'" + trimmed + "' is not a version range: more than one comma";
                return false;
            }

            var minText = inner.Substring(0, comma).Trim();
            var maxText = inner.Substring(comma + 1).Trim();
            PackageVersion? min = null;
            PackageVersion? max = null;
            if (minText.Length > 0 && !PackageVersion.TryParse(minText, out min, out var minError))
            {
                error = "'" + trimmed + "': " + minError;
                return false;
            }

            if (maxText.Length > 0 && !PackageVersion.TryParse(maxText, out max, out var maxError))
            {
                error = "'" + trimmed + "': " + maxError;
                return false;
            }

            if ((min == null && first == '[') || (max == null && last == ']'))
            {
                error = "'" + trimmed + "' is not a version range: an open end must use '(' or ')'";
                return false;
            }

            if (min != null && max != null)
            {
                var c = min.CompareTo(max);
                if (c > 0 || (c == 0 && (first == '(' || last == ')')))
                {
                    error = "'" + trimmed + "' is an empty version range";
                    return false;
                }
            }

            range = new PackageVersionRange(min, first == '[', max, last == ']', trimmed);
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

            var builder = new StringBuilder();
            builder.Append(IncludeMinimum ? '[' : '(');
            builder.Append(Minimum?.Normalized ?? string.Empty);
            builder.Append(", ");
            builder.Append(Maximum?.Normalized ?? string.Empty);
            builder.Append(IncludeMaximum ? ']' : ')');
            return builder.ToString();
        }
    }
}
