namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The nuspec <c>&lt;license type="expression|file" version="…"&gt;value&lt;/license&gt;</c> element.</summary>
    public sealed class PackageLicense
    {
        public PackageLicense(string type, string value, string? version)
        {
            Type = type;
            Value = value;
            Version = version;
        }

        /// <summary>"expression" or "file" (as written; compare case-insensitively).</summary>
        public string Type { get; }

        public bool IsExpression => string.Equals(Type, "expression", System.StringComparison.OrdinalIgnoreCase);

        public bool IsFile => string.Equals(Type, "file", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>The SPDX expression, or the path of the license file inside the package.</summary>
        public string Value { get; }

        /// <summary>The license-expression syntax version attribute (NuGet only knows 1.0.0), if present.</summary>
        public string? Version { get; }
    }
}
