namespace LockInAnalyzer.Rules
{
    /// <summary>Every diagnostic id in one place. An id never changes meaning once shipped (see AnalyzerReleases.*.md).</summary>
    public static class DiagnosticIds
    {
        public const string VendorSdkUsage = "LOCK001";
        public const string VendorTypeInPublicApi = "LOCK002";
        public const string HardCodedModelId = "LOCK003";
        public const string HardCodedEndpoint = "LOCK004";
        public const string ModelNotOpenSource = "LOCK005";
        public const string VendorChosenInCompositionRoot = "LOCK006";
        public const string InvalidConfiguration = "LOCK009";
    }
}
