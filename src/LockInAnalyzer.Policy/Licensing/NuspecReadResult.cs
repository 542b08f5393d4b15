using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// The metadata read from a nuspec (null when the nuspec is unusable) and every problem met. Minor problems (an
    /// unparsable boolean) leave the metadata usable; fatal ones (not XML, a DTD, no id) leave it null.
    /// </summary>
    public sealed class NuspecReadResult
    {
        public NuspecReadResult(PackageMetadata? metadata, IReadOnlyList<PackageProblem> problems)
        {
            Metadata = metadata;
            Problems = problems;
        }

        public PackageMetadata? Metadata { get; }

        public IReadOnlyList<PackageProblem> Problems { get; }

        public bool Success => Metadata != null;
    }
}
