using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>A model openness catalog (null when the text was not JSON at all) and every problem found reading it.</summary>
    public sealed class ModelOpennessReadResult
    {
        public ModelOpennessReadResult(ModelOpennessCatalog? catalog, IReadOnlyList<SourceProblem> problems)
        {
            Catalog = catalog;
            Problems = problems;
        }

        public ModelOpennessCatalog? Catalog { get; }

        public IReadOnlyList<SourceProblem> Problems { get; }
    }
}
