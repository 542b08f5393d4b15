using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Coupling
{
    /// <summary>A symbol found to belong to a vendor SDK, with the way out for its role.</summary>
    public sealed class VendorMatch
    {
        public VendorMatch(Vendor vendor, AiRole role)
        {
            Vendor = vendor;
            Role = role;
        }

        public Vendor Vendor { get; }

        public AiRole Role { get; }
    }
}
