namespace LockInAnalyzer.Catalog.Contract
{
    /// <summary>
    /// The .editorconfig / .globalconfig keys the analyzers read (documented in docs/configuration.md). They live in the
    /// policy core because the MSBuild task and the CLI write the same keys from the policy (AnalyzerConfigWriter).
    /// </summary>
    public static class OptionKeys
    {
        /// <summary>Namespace globs whose code is an adapter: <c>*.Infrastructure.Ai*, Contoso.Adapters</c>.</summary>
        public const string AdapterNamespaces = "lockin.adapter_namespaces";

        /// <summary><c>true</c> marks the whole project as an adapter.</summary>
        public const string AdapterProject = "lockin.adapter_project";

        /// <summary>The MSBuild property <c>LockInAdapterProject</c>, made compiler-visible by the package's props.</summary>
        public const string AdapterProjectProperty = "build_property.LockInAdapterProject";

        /// <summary>Vendor ids (from the catalog) whose coupling this code accepts: <c>azure-openai</c>.</summary>
        public const string ExcludedVendors = "lockin.excluded_vendors";

        /// <summary>Extra parameter, property and variable names that hold a model id.</summary>
        public const string ModelContextNames = "lockin.model_context_names";

        /// <summary>LOCK005 actions per model openness class: <c>open-weights-restricted:deny, open-weights:warn</c>.</summary>
        public const string ModelOpenness = "lockin.model_openness";

        /// <summary>Openness classes given to catalog families instead of their own: <c>qwen:open-weights-restricted</c>.</summary>
        public const string ModelFamilies = "lockin.model_families";

        /// <summary>How LOCK001 groups uses into diagnostics: <c>type</c> (default), <c>member</c> or <c>use</c>.</summary>
        public const string CouplingReport = "lockin.coupling_report";

        /// <summary>
        /// File patterns of composition roots, where choosing and wiring a vendor is not reported
        /// (default <c>Program.cs, Startup.cs</c>; <c>none</c> for no composition root at all).
        /// </summary>
        public const string CompositionRoots = "lockin.composition_roots";

        /// <summary>The value of <see cref="CompositionRoots"/> that declares no composition root.</summary>
        public const string NoCompositionRoots = "none";
    }
}
