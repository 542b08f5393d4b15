namespace LockInAnalyzer.Coupling
{
    /// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> on LOCK001, read by the CLI's inventory.</summary>
    public static class CouplingPointProperties
    {
        /// <summary>The catalog id of the vendor (<c>openai</c>), so reports need not parse the message.</summary>
        public const string VendorId = "vendor";
    }
}
