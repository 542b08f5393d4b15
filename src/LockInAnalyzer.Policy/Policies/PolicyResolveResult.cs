using System.Collections.Generic;
using LockInAnalyzer.Catalog;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>The merged policy (always usable: bad parts are left out) and every problem found on the way (LOCK190).</summary>
    public sealed class PolicyResolveResult
    {
        public PolicyResolveResult(LockInPolicy policy, IReadOnlyList<SourceProblem> problems)
        {
            Policy = policy;
            Problems = problems;
        }

        public LockInPolicy Policy { get; }

        public IReadOnlyList<SourceProblem> Problems { get; }
    }
}
