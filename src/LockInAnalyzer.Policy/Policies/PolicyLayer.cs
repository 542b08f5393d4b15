using System.Collections.Generic;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>One policy file (or preset) as written, before its <c>extends</c> chain is merged.</summary>
    public sealed class PolicyLayer
    {
        public string Source { get; set; } = string.Empty;

        /// <summary>Whether the file has an <c>extends</c> key at all; a file without one extends the default preset.</summary>
        public bool DeclaresExtends { get; set; }

        public List<(string Reference, SourceProblem Origin)> Extends { get; } = new List<(string, SourceProblem)>();

        public List<string> AdapterNamespaces { get; } = new List<string>();

        public List<string> AdapterProjects { get; } = new List<string>();

        public List<string> ExcludedVendors { get; } = new List<string>();

        public List<Vendor> ExtraVendors { get; } = new List<Vendor>();

        public Dictionary<LicenseCategory, PolicyAction> CategoryActions { get; } = new Dictionary<LicenseCategory, PolicyAction>();

        public Dictionary<string, PolicyAction> LicenseActions { get; } = new Dictionary<string, PolicyAction>(LockInPolicy.LicenseIdComparer);

        /// <summary><c>licenses.urls</c> in file order (a later entry for the same URL wins).</summary>
        public List<LicenseUrlPattern> LicenseUrls { get; } = new List<LicenseUrlPattern>();

        /// <summary>LOCK005 actions per openness class (<c>models.openness</c>).</summary>
        public Dictionary<ModelOpenness, ModelPolicyAction> ModelActions { get; } = new Dictionary<ModelOpenness, ModelPolicyAction>();

        /// <summary>Openness classes the policy gives catalog families instead of their own (<c>models.families</c>).</summary>
        public Dictionary<string, ModelOpenness> ModelClasses { get; } = new Dictionary<string, ModelOpenness>(System.StringComparer.OrdinalIgnoreCase);

        public List<PackageRule> PackageRules { get; } = new List<PackageRule>();

        public List<PolicyException> Exceptions { get; } = new List<PolicyException>();

        public AuditMode? AuditMode { get; set; }

        public bool? AuditDevelopmentDependencies { get; set; }

        public CouplingReport? CouplingReport { get; set; }

        /// <summary>Null when the file has no <c>coupling.compositionRoots</c>; a later layer's list replaces an earlier one.</summary>
        public List<string>? CompositionRoots { get; set; }
    }
}
