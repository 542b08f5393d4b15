using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Build.Evaluation
{
    /// <summary>One <c>LockInSuppress</c> item as written in MSBuild.</summary>
    internal sealed class SuppressionItem
    {
        public SuppressionItem(string id, string? version, string? rules, string? justification, string? expires, string? definedIn)
        {
            Id = id;
            Version = version;
            Rules = rules;
            Justification = justification;
            Expires = expires;
            DefinedIn = definedIn;
        }

        public string Id { get; }

        public string? Version { get; }

        public string? Rules { get; }

        public string? Justification { get; }

        public string? Expires { get; }

        /// <summary>The project or props file that declares the item (MSBuild's DefiningProjectFullPath).</summary>
        public string? DefinedIn { get; }
    }

    /// <summary>Everything the evaluation reads, as the MSBuild task received it (strings as MSBuild passes them).</summary>
    internal sealed class AuditInputs
    {
        public string? ProjectAssetsFile { get; set; }

        public string ProjectPath { get; set; } = string.Empty;

        public string? ProjectName { get; set; }

        public string? PolicyFile { get; set; }

        public string? AuditMode { get; set; }

        public string? AuditDevelopmentDependencies { get; set; }

        public string? IsAdapterProject { get; set; }

        public IReadOnlyList<SuppressionItem> Suppressions { get; set; } = Array.Empty<SuppressionItem>();

        /// <summary>
        /// <c>NoWarn</c> metadata of the project's PackageReference items, by package id. NuGet keeps only NU codes of
        /// it in the assets file, so the task receives the items themselves.
        /// </summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> PackageReferenceNoWarn { get; set; } = new Dictionary<string, IReadOnlyList<string>>();

        public string? BaselineFile { get; set; }

        public string? Today { get; set; }

        /// <summary>Skip a missing assets file silently (design-time builds before the first restore).</summary>
        public bool TolerateMissingAssets { get; set; }
    }
}
