namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The outcome of mapping a licenseUrl.</summary>
    public sealed class LicenseUrlMapping
    {
        public LicenseUrlMapping(LicenseUrlKind kind, SpdxExpression? expression, string description)
        {
            Kind = kind;
            Expression = expression;
            Description = description;
        }

        public LicenseUrlKind Kind { get; }

        /// <summary>The license when <see cref="Kind"/> is <see cref="LicenseUrlKind.Identified"/>.</summary>
        public SpdxExpression? Expression { get; }

        /// <summary>Human wording for evidence: "MIT", "Microsoft .NET Library EULA", "a file in a source repository, not trusted …".</summary>
        public string Description { get; }
    }
}
