namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>One row of the SPDX exception list as shipped in <c>spdx-exceptions.tsv</c>.</summary>
    public sealed class SpdxExceptionInfo
    {
        public SpdxExceptionInfo(string id, string name, bool isDeprecated)
        {
            Id = id;
            Name = name;
            IsDeprecated = isDeprecated;
        }

        public string Id { get; }

        public string Name { get; }

        public bool IsDeprecated { get; }
    }
}
