using System;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// A policy's statement of a package's license, for packages whose metadata is wrong or missing (a license
    /// bought from the vendor, a file this tool cannot read). Give an expression, a category, or both; with only an
    /// expression the category follows from it.
    /// </summary>
    public sealed class LicenseOverride
    {
        public LicenseOverride(string packageId, PackageVersionRange? versions, string? expression, LicenseCategory? category, string justification)
        {
            if (expression == null && category == null)
            {
                throw new ArgumentException("A license override needs an expression or a category.", nameof(expression));
            }

            PackageId = packageId;
            Versions = versions;
            Expression = expression;
            Category = category;
            Justification = justification;
        }

        public string PackageId { get; }

        /// <summary>The versions it applies to; null for all.</summary>
        public PackageVersionRange? Versions { get; }

        public string? Expression { get; }

        public LicenseCategory? Category { get; }

        public string Justification { get; }

        public bool AppliesTo(string packageId, PackageVersion? version) =>
            string.Equals(PackageId, packageId, StringComparison.OrdinalIgnoreCase) &&
            (Versions == null || (version != null && Versions.Satisfies(version)));
    }
}
