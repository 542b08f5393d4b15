namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The nuspec <c>&lt;repository type url branch commit /&gt;</c> element.</summary>
    public sealed class PackageRepository
    {
        public PackageRepository(string? type, string? url, string? branch, string? commit)
        {
            Type = type;
            Url = url;
            Branch = branch;
            Commit = commit;
        }

        public string? Type { get; }

        public string? Url { get; }

        public string? Branch { get; }

        public string? Commit { get; }
    }
}
