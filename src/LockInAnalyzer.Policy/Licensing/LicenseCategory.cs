namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// What a license means for a team shipping closed-source software. The categories are about obligations and
    /// restrictions, not about OSI approval: RPL-1.5 is OSI-approved and still forces you to publish your own code.
    /// </summary>
    public enum LicenseCategory
    {
        /// <summary>Attribution at most (MIT, Apache-2.0, BSD, ISC, ...), including public-domain dedications (CC0, Unlicense).</summary>
        Permissive,

        /// <summary>Copyleft limited to the library's own files (LGPL, MPL, EPL, MS-RL, ...); using it as a package keeps your code yours.</summary>
        WeakCopyleft,

        /// <summary>Copyleft that reaches the whole distributed program (GPL, CC-BY-SA, EUPL, ...).</summary>
        StrongCopyleft,

        /// <summary>Copyleft that also triggers on network use or internal deployment (AGPL, RPL, OSL, CPAL, ...).</summary>
        NetworkCopyleft,

        /// <summary>Source is published but use is restricted (BUSL, SSPL, Elastic, FSL, PolyForm Shield).</summary>
        SourceAvailable,

        /// <summary>No commercial use without another license (PolyForm Noncommercial, CC-BY-NC-*).</summary>
        NonCommercial,

        /// <summary>A paid license is needed for ordinary commercial use, including "copyleft OR paid license" duals and proprietary EULAs with fees.</summary>
        Commercial,

        /// <summary>Closed source but free to use and redistribute (for example the Microsoft .NET Library EULA).</summary>
        ProprietaryFree,

        /// <summary>Nothing trustworthy identified the license.</summary>
        Unknown,
    }
}
