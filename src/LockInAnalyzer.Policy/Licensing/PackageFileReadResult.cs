namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The text of a package file, or the problem that prevented reading it.</summary>
    public sealed class PackageFileReadResult
    {
        private PackageFileReadResult(string? text, PackageProblem? problem)
        {
            Text = text;
            Problem = problem;
        }

        public string? Text { get; }

        public PackageProblem? Problem { get; }

        public bool Success => Text != null;

        public static PackageFileReadResult Ok(string text) => new PackageFileReadResult(text, null);

        public static PackageFileReadResult Fail(PackageProblemKind kind, string message) => new PackageFileReadResult(null, new PackageProblem(kind, message));
    }
}
