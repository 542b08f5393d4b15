using System;
using System.Collections.Generic;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>
    /// A policy with its <c>extends</c> chain resolved: presets first, the user's file last, later layers winning.
    /// The single source of truth for the analyzer (through the settings the build generates from it), the MSBuild
    /// task and the CLI.
    /// </summary>
    public sealed class LockInPolicy
    {
        public LockInPolicy(
            IReadOnlyList<string> sources,
            IReadOnlyList<string> adapterNamespaces,
            IReadOnlyList<string> adapterProjects,
            IReadOnlyList<string> excludedVendors,
            IReadOnlyList<Vendor> extraVendors,
            IReadOnlyDictionary<LicenseCategory, PolicyAction> categoryActions,
            IReadOnlyDictionary<string, PolicyAction> licenseActions,
            IReadOnlyList<PackageRule> packageRules,
            IReadOnlyList<PolicyException> exceptions,
            AuditMode? auditMode,
            bool? auditDevelopmentDependencies,
            IReadOnlyDictionary<ModelOpenness, ModelPolicyAction> modelActions,
            IReadOnlyDictionary<string, ModelOpenness> modelClasses)
        {
            Sources = sources;
            AdapterNamespaces = adapterNamespaces;
            AdapterProjects = adapterProjects;
            ExcludedVendors = excludedVendors;
            ExtraVendors = extraVendors;
            CategoryActions = categoryActions;
            LicenseActions = licenseActions;
            PackageRules = packageRules;
            Exceptions = exceptions;
            AuditMode = auditMode;
            AuditDevelopmentDependencies = auditDevelopmentDependencies;
            ModelActions = modelActions;
            ModelClasses = modelClasses;
        }

        /// <summary>Every layer in resolution order: preset names as <c>preset:default</c>, files as full paths.</summary>
        public IReadOnlyList<string> Sources { get; }

        public IReadOnlyList<string> AdapterNamespaces { get; }

        /// <summary>Project-name globs whose projects are adapters (LOCK001 and LOCK100 stay quiet there).</summary>
        public IReadOnlyList<string> AdapterProjects { get; }

        public IReadOnlyList<string> ExcludedVendors { get; }

        /// <summary>Organisation-specific vendors and banned internal SDKs, in the catalog's vendor format.</summary>
        public IReadOnlyList<Vendor> ExtraVendors { get; }

        public IReadOnlyDictionary<LicenseCategory, PolicyAction> CategoryActions { get; }

        /// <summary>
        /// How license ids are compared, when the policy is read (duplicates), merged (later layers override) and looked
        /// up by the audit: one comparer, so a key that looks different can never escape the check that found it.
        /// </summary>
        public static StringComparer LicenseIdComparer => StringComparer.OrdinalIgnoreCase;

        /// <summary>Actions for specific SPDX ids (or <c>LicenseRef-…</c>), which take precedence over their category; keys as the SPDX parser writes them.</summary>
        public IReadOnlyDictionary<string, PolicyAction> LicenseActions { get; }

        /// <summary>
        /// <c>licenses.urls</c> of every layer (later layers win): what a licenseUrl means, decided by the policy
        /// before the built-in URL knowledge. Empty when no layer has any.
        /// </summary>
        public LicenseUrlTable LicenseUrls { get; internal set; } = LicenseUrlTable.Empty;

        /// <summary>Package rules in order; the last one that matches wins.</summary>
        public IReadOnlyList<PackageRule> PackageRules { get; }

        public IReadOnlyList<PolicyException> Exceptions { get; }

        /// <summary>Null when no layer says; the MSBuild property or the default (direct) applies then.</summary>
        public AuditMode? AuditMode { get; }

        public bool? AuditDevelopmentDependencies { get; }

        /// <summary>How LOCK001 groups uses (<c>coupling.report</c>); null when no layer says, so the analyzer default applies.</summary>
        public CouplingReport? CouplingReport { get; internal set; }

        /// <summary>File patterns of composition roots (<c>coupling.compositionRoots</c>); null when no layer says, empty for none.</summary>
        public IReadOnlyList<string>? CompositionRoots { get; internal set; }

        /// <summary>LOCK005 actions per openness class the policy sets; classes it does not name keep their default.</summary>
        public IReadOnlyDictionary<ModelOpenness, ModelPolicyAction> ModelActions { get; }

        /// <summary>Catalog family id → the class the policy gives it instead of the catalog's.</summary>
        public IReadOnlyDictionary<string, ModelOpenness> ModelClasses { get; }

        public PolicyAction ActionFor(LicenseCategory category) =>
            CategoryActions.TryGetValue(category, out var action) ? action : PolicyAction.Allow;

        public bool IsAdapterProject(string projectName)
        {
            foreach (var pattern in AdapterProjects)
            {
                if (IdGlob.IsMatch(projectName, pattern))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
