namespace LockInAnalyzer.Configuration
{
    /// <summary>The .editorconfig / .globalconfig keys the analyzers read (documented in docs/configuration.md).</summary>
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

        /// <summary>LOCK005 actions per model openness class: <c>open-weights-restricted:deny, open-weights:warn</c>.</summary>
        public const string ModelOpenness = "lockin.model_openness";

        /// <summary>Openness classes given to catalog families instead of their own: <c>qwen:open-weights-restricted</c>.</summary>
        public const string ModelFamilies = "lockin.model_families";

        /// <summary>Extra parameter, property and variable names that hold a model id.</summary>
        public const string ModelContextNames = "lockin.model_context_names";
    }
}
