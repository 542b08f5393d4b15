using System;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>Ordering and parsing helpers for <see cref="LicenseCategory"/>.</summary>
    public static class LicenseCategories
    {
        /// <summary>
        /// How restrictive a category is for a closed-source consumer, 0 = least. Only used to combine compound
        /// expressions (OR takes the least restrictive branch, AND the most restrictive), so the ranking of categories
        /// that rarely meet in one expression (ProprietaryFree vs SourceAvailable) matters little; Unknown ranks last
        /// because an unidentified branch must never make an AND look harmless.
        /// </summary>
        public static int Restrictiveness(LicenseCategory category) => category switch
        {
            LicenseCategory.Permissive => 0,
            LicenseCategory.WeakCopyleft => 1,
            LicenseCategory.StrongCopyleft => 2,
            LicenseCategory.NetworkCopyleft => 3,
            LicenseCategory.ProprietaryFree => 4,
            LicenseCategory.SourceAvailable => 5,
            LicenseCategory.NonCommercial => 6,
            LicenseCategory.Commercial => 7,
            _ => 8,
        };

        /// <summary>The less restrictive of two categories.</summary>
        public static LicenseCategory LeastRestrictive(LicenseCategory a, LicenseCategory b) =>
            Restrictiveness(a) <= Restrictiveness(b) ? a : b;

        /// <summary>The more restrictive of two categories.</summary>
        public static LicenseCategory MostRestrictive(LicenseCategory a, LicenseCategory b) =>
            Restrictiveness(a) >= Restrictiveness(b) ? a : b;

        /// <summary>True for the copyleft categories whose obligations reach the consumer's own code.</summary>
        public static bool IsStrongOrNetworkCopyleft(LicenseCategory category) =>
            category == LicenseCategory.StrongCopyleft || category == LicenseCategory.NetworkCopyleft;

        /// <summary>Parses a category name exactly as the enum spells it (case-insensitive); data files and policies use these names.</summary>
        public static bool TryParse(string? text, out LicenseCategory category)
        {
            category = LicenseCategory.Unknown;
            if (text == null)
            {
                return false;
            }

            foreach (LicenseCategory candidate in Enum.GetValues(typeof(LicenseCategory)))
            {
                if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    category = candidate;
                    return true;
                }
            }

            return false;
        }
    }
}
