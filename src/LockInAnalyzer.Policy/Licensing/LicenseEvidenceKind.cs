namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>Which evidence decided a verdict, strongest first.</summary>
    public enum LicenseEvidenceKind
    {
        /// <summary>The policy says what this package's license is (a human decision beats metadata).</summary>
        PolicyOverride,

        /// <summary>The nuspec <c>&lt;license type="expression"&gt;</c>.</summary>
        NuspecExpression,

        /// <summary>The license file named by <c>&lt;license type="file"&gt;</c>.</summary>
        LicenseFile,

        /// <summary>The nuspec <c>&lt;licenseUrl&gt;</c>.</summary>
        LicenseUrl,

        /// <summary>A license file in the package that the nuspec does not name (LICENSE.TXT next to a URL-only nuspec).</summary>
        PackageFile,

        /// <summary>The relicensing knowledge base (policies/licenses/relicensings.json).</summary>
        KnowledgeBase,

        /// <summary>The package declares no license at all.</summary>
        None,
    }
}
