using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Rules
{
    /// <summary>The descriptors of the source analyzers; help links point at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public static class DiagnosticDescriptors
    {
        public const string HelpLinkBase = "https://github.com/LockInAnalyzer/LockInAnalyzer/blob/main/docs/rules/";

        private const string CouplingCategory = "LockIn.Coupling";
        private const string OpennessCategory = "LockIn.Openness";
        private const string ConfigurationCategory = "LockIn.Configuration";

        public static readonly DiagnosticDescriptor VendorSdkUsage = new DiagnosticDescriptor(
            DiagnosticIds.VendorSdkUsage,
            title: "Proprietary AI SDK used outside an adapter",
            messageFormat: "'{0}' couples this code to {1}; depend on {2} instead",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Code outside an adapter boundary references a proprietary AI vendor SDK directly, so switching vendors means rewriting it. Depend on a vendor-neutral abstraction and keep the SDK inside an adapter.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.VendorSdkUsage + ".md");

        /// <summary>
        /// LOCK001 as reported by default: one diagnostic per coupling point (a type declaration or a member, and a vendor),
        /// at its first use, with every other use as an additional location. Same id, category and severity as
        /// <see cref="VendorSdkUsage"/> (the per-use form), so severity, suppression and fixes apply to both.
        /// </summary>
        public static readonly DiagnosticDescriptor VendorSdkCoupling = new DiagnosticDescriptor(
            DiagnosticIds.VendorSdkUsage,
            title: "Proprietary AI SDK used outside an adapter",
            messageFormat: "'{0}' is coupled to {1} in {2} ({3}); depend on {4} instead",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Code outside an adapter boundary references a proprietary AI vendor SDK directly, so switching vendors means rewriting it. Depend on a vendor-neutral abstraction and keep the SDK inside an adapter.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.VendorSdkUsage + ".md");

        /// <summary>
        /// LOCK006: where LOCK001 does not report, the composition root, the vendor choice stays visible as information
        /// (a suggestion in the IDE, a finding in the CLI's inventory and AI-BOM), one per type declaration and vendor.
        /// </summary>
        public static readonly DiagnosticDescriptor VendorChosenInCompositionRoot = new DiagnosticDescriptor(
            DiagnosticIds.VendorChosenInCompositionRoot,
            title: "Proprietary AI vendor chosen in the composition root",
            messageFormat: "'{0}' chooses {1} in {2} ({3}); keep the choice here and depend on {4} everywhere else",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "The composition root (Program.cs, Startup.cs, a dependency-injection registration method) creates, configures or registers a proprietary AI vendor's client. That is where the vendor belongs; the diagnostic keeps the choice visible in the IDE and in audits without warning about it.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.VendorChosenInCompositionRoot + ".md");

        public static readonly DiagnosticDescriptor VendorTypeInPublicApi = new DiagnosticDescriptor(
            DiagnosticIds.VendorTypeInPublicApi,
            title: "Proprietary AI SDK type in a public API",
            messageFormat: "'{0}' exposes '{1}' from {2} in its public API, so every consumer is locked in too; expose {3} instead",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A public or protected signature of a non-adapter type uses a proprietary AI vendor type: the lock-in leaks to every assembly that consumes this API.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.VendorTypeInPublicApi + ".md");

        public static readonly DiagnosticDescriptor HardCodedModelId = new DiagnosticDescriptor(
            DiagnosticIds.HardCodedModelId,
            title: "Hard-coded proprietary model identifier",
            messageFormat: "'{0}' is a hard-coded {1} model id; read the model id from configuration",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A closed model's identifier is written into code, so changing model or vendor needs a code change and a release.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.HardCodedModelId + ".md");

        public static readonly DiagnosticDescriptor HardCodedEndpoint = new DiagnosticDescriptor(
            DiagnosticIds.HardCodedEndpoint,
            title: "Hard-coded proprietary AI endpoint",
            messageFormat: "'{0}' hard-codes the {1} endpoint host '{2}'; read the endpoint from configuration behind a vendor-neutral client",
            category: CouplingCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A proprietary AI service's host is written into code (raw HTTP, Uri, BaseAddress or an SDK's Endpoint option). The host decides the vendor, even when the client is OpenAI-compatible.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.HardCodedEndpoint + ".md");

        public static readonly DiagnosticDescriptor ModelNotOpenSource = new DiagnosticDescriptor(
            DiagnosticIds.ModelNotOpenSource,
            title: "Open-weights model that is not open source AI",
            messageFormat: "'{0}' is {1} under {2}, not open source AI",
            category: OpennessCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A model id written into code names open weights whose license restricts use (by default), or whose code or training data are not open (when the policy asks for open source AI). The policy's 'models.openness' decides which classes are reported and how; 'deny' fails the build.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.ModelNotOpenSource + ".md");

        /// <summary>
        /// LOCK005 as the policy's <c>warn</c> and <c>deny</c> report it: the same rule with another default severity.
        /// The command-line compiler does not run an analyzer whose every descriptor is Info (Info never shows in build
        /// output), so a Warning and an Error variant must be declared for a denied model to fail the build at all.
        /// Not public fields: rule lists (SARIF, <c>lockin explain</c>) show LOCK005 once, as Info.
        /// </summary>
        internal static readonly DiagnosticDescriptor ModelNotOpenSourceWarning = WithSeverity(ModelNotOpenSource, DiagnosticSeverity.Warning);

        internal static readonly DiagnosticDescriptor ModelNotOpenSourceError = WithSeverity(ModelNotOpenSource, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidConfiguration = new DiagnosticDescriptor(
            DiagnosticIds.InvalidConfiguration,
            title: "LockIn analyzer configuration is invalid",
            messageFormat: "Invalid value '{0}' for '{1}': {2}; the setting is ignored",
            category: ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A LockIn option in .editorconfig, a .globalconfig file or an MSBuild property could not be understood. The analyzer keeps running with the default for that setting.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidConfiguration + ".md");

        private static DiagnosticDescriptor WithSeverity(DiagnosticDescriptor rule, DiagnosticSeverity severity) => new DiagnosticDescriptor(
            rule.Id, rule.Title, rule.MessageFormat, rule.Category, severity, rule.IsEnabledByDefault, rule.Description, rule.HelpLinkUri, System.Linq.Enumerable.ToArray(rule.CustomTags));
    }
}
