namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>Something wrong with a package's metadata, as a value: the engine never throws on package content.</summary>
    public sealed class PackageProblem
    {
        public PackageProblem(PackageProblemKind kind, string message)
        {
            Kind = kind;
            Message = message;
        }

        public PackageProblemKind Kind { get; }

        public string Message { get; }

        public override string ToString() => Kind + ": " + Message;
    }
}
