namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>What a licenseUrl told us.</summary>
    public enum LicenseUrlKind
    {
        /// <summary>The URL names a license unambiguously (licenses.nuget.org, opensource.org, spdx.org, a license's own site, a Microsoft EULA).</summary>
        Identified,

        /// <summary><c>https://aka.ms/deprecateLicenseUrl</c>: written by NuGet next to a &lt;license&gt; element; the element is the real evidence.</summary>
        Placeholder,

        /// <summary>A URL that cannot be trusted to name a license (a repository file, a company page, an unknown redirect).</summary>
        Untrusted,

        /// <summary>A licenses.nuget.org URL whose expression does not parse, or not a URL at all.</summary>
        Invalid,
    }
}
