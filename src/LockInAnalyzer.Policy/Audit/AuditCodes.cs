namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>The package and policy diagnostic ids (the analyzer's LOCK0xx ids live in the analyzer assembly).</summary>
    public static class AuditCodes
    {
        public const string VendorSdkPackage = "LOCK100";
        public const string LicenseDenied = "LOCK101";
        public const string RestrictiveLicense = "LOCK102";
        public const string UnknownLicense = "LOCK103";
        public const string LicenseDrift = "LOCK104";
        public const string ExceptionExpired = "LOCK105";
        public const string ExceptionUnused = "LOCK106";
        public const string PolicyInvalid = "LOCK190";
        public const string MetadataUnreadable = "LOCK191";

        public const string HelpLinkBase = "https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/";

        public static string HelpLink(string code) => HelpLinkBase + code + ".md";
    }
}
