using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>A family of open-weight models sharing one weights license and one openness class.</summary>
    public sealed class ModelFamily
    {
        public ModelFamily(string id, string name, string? supplier, IReadOnlyList<ModelPattern> models, ModelLicense license, bool publishesCode, bool publishesData, ModelOpenness openness, IReadOnlyList<string> sources, string? notes)
        {
            Id = id;
            Name = name;
            Supplier = supplier;
            Models = models;
            License = license;
            PublishesCode = publishesCode;
            PublishesData = publishesData;
            Openness = openness;
            Sources = sources;
            Notes = notes;
        }

        public string Id { get; }

        public string Name { get; }

        /// <summary>Who publishes the weights (Meta, Google, Allen Institute for AI).</summary>
        public string? Supplier { get; }

        /// <summary>The ids of the family, in the vendor catalog's model-pattern format.</summary>
        public IReadOnlyList<ModelPattern> Models { get; }

        public ModelLicense License { get; }

        /// <summary>Whether the training and inference code is published under an open license.</summary>
        public bool PublishesCode { get; }

        /// <summary>Whether the training data, or enough information to rebuild it, is published.</summary>
        public bool PublishesData { get; }

        public ModelOpenness Openness { get; }

        /// <summary>Where the license and the openness facts come from (URLs).</summary>
        public IReadOnlyList<string> Sources { get; }

        public string? Notes { get; }
    }
}
