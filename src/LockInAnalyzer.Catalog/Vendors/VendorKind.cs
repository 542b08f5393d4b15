namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>What kind of service a catalog vendor is; only closed services lock code in.</summary>
    public enum VendorKind
    {
        /// <summary>A closed, hosted AI service (OpenAI, Anthropic, Gemini, Bedrock, ...).</summary>
        ProprietaryService,

        /// <summary>A hosted service for open-weight models; the API is still the vendor's own.</summary>
        HostedOpenWeights,

        /// <summary>Banned internal SDKs added by an organisation's policy.</summary>
        Custom,
    }
}
