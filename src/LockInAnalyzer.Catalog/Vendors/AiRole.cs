namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// What a vendor type is for, and the vendor-neutral abstraction that serves that purpose.
    /// <see cref="Abstraction"/> is null where Microsoft.Extensions.AI has no mapping: the way out is then an interface the user owns.
    /// </summary>
    public sealed class AiRole
    {
        public AiRole(string id, string? abstraction, string? abstractionPackage)
        {
            Id = id;
            Abstraction = abstraction;
            AbstractionPackage = abstractionPackage;
        }

        public string Id { get; }

        public string? Abstraction { get; }

        public string? AbstractionPackage { get; }

        /// <summary>The text diagnostics use after "depend on".</summary>
        public string Advice => Abstraction ?? "an interface you own, implemented by an adapter";
    }
}
