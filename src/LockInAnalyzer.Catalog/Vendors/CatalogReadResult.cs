using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>A catalog (null when the text was not JSON at all) and every problem found reading it.</summary>
    public sealed class CatalogReadResult
    {
        public CatalogReadResult(VendorCatalog? catalog, IReadOnlyList<SourceProblem> problems)
        {
            Catalog = catalog;
            Problems = problems;
        }

        public VendorCatalog? Catalog { get; }

        public IReadOnlyList<SourceProblem> Problems { get; }
    }
}
