using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>A license model weights are published under, as the openness catalog describes it.</summary>
    public sealed class ModelLicense
    {
        public ModelLicense(string id, string name, string? url, bool isOsiApproved, string? restrictions, IReadOnlyList<string> aliases)
        {
            Id = id;
            Name = name;
            Url = url;
            IsOsiApproved = isOsiApproved;
            Restrictions = restrictions;
            Aliases = aliases;
        }

        /// <summary>An SPDX id (<c>Apache-2.0</c>) or a <c>LicenseRef-</c> for a license SPDX does not list.</summary>
        public string Id { get; }

        /// <summary>The name diagnostics and reports use: "Llama Community License".</summary>
        public string Name { get; }

        public string? Url { get; }

        public bool IsOsiApproved { get; }

        /// <summary>What the license restricts, in one line; null for a license without use restrictions.</summary>
        public string? Restrictions { get; }

        /// <summary>Other names for it in model cards (Hugging Face's <c>license: llama3.1</c>).</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>The class a model under this license has, given what else its publisher releases.</summary>
        public ModelOpenness ClassFor(bool publishesCode, bool publishesData) =>
            Restrictions != null || !IsOsiApproved ? ModelOpenness.OpenWeightsRestricted
            : publishesCode && publishesData ? ModelOpenness.OpenSourceAi
            : ModelOpenness.OpenWeights;
    }
}
