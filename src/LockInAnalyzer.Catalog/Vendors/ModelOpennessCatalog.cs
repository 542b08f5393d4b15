using System;
using System.Collections.Generic;
using System.IO;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// How open the models are that the vendor catalog does not call closed: families of open-weight ids with their
    /// weights license and openness class. Built once per process from <c>policies/catalog/model-openness.json</c>
    /// (embedded) and immutable afterwards. The vendor catalog decides "closed" (LOCK003, its <c>openWeightModels</c>
    /// keep open ids out of it); this catalog only classifies what is left.
    /// </summary>
    public sealed class ModelOpennessCatalog
    {
        private static readonly Lazy<ModelOpennessCatalog> BuiltinCatalog = new Lazy<ModelOpennessCatalog>(LoadBuiltin);

        private readonly ModelPatternIndex<ModelFamily> models = new ModelPatternIndex<ModelFamily>();
        private readonly Dictionary<string, ModelLicense> licensesByName = new Dictionary<string, ModelLicense>(StringComparer.OrdinalIgnoreCase);

        public ModelOpennessCatalog(IReadOnlyList<ModelLicense> licenses, IReadOnlyList<ModelFamily> families)
        {
            Licenses = licenses;
            Families = families;
            foreach (var license in licenses)
            {
                licensesByName[license.Id] = license;
                foreach (var alias in license.Aliases)
                {
                    if (!licensesByName.ContainsKey(alias))
                    {
                        licensesByName[alias] = license;
                    }
                }
            }

            // Families are indexed in catalog order, so between families sharing a first character the earlier
            // (more specific) one is tried first.
            foreach (var family in families)
            {
                foreach (var model in family.Models)
                {
                    models.Add(family, model);
                }
            }
        }

        /// <summary>The catalog shipped inside the product.</summary>
        public static ModelOpennessCatalog Builtin => BuiltinCatalog.Value;

        public IReadOnlyList<ModelLicense> Licenses { get; }

        /// <summary>In catalog order: the first family whose pattern matches a literal wins.</summary>
        public IReadOnlyList<ModelFamily> Families { get; }

        /// <summary>The family this literal names (the whole literal, ignoring case), or null.</summary>
        public (ModelFamily Family, ModelPattern Pattern)? Match(string literal) => models.FirstMatch(literal) is { } found ? (found.Item, found.Pattern) : null;

        /// <summary>A license by SPDX id, <c>LicenseRef-</c> id or model-card alias (<c>llama3.1</c>), ignoring case; null when unknown.</summary>
        public ModelLicense? FindLicense(string idOrAlias) =>
            licensesByName.TryGetValue(idOrAlias.Trim(), out var license) ? license : null;

        public ModelFamily? FindFamily(string id)
        {
            foreach (var family in Families)
            {
                if (string.Equals(family.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return family;
                }
            }

            return null;
        }

        private static ModelOpennessCatalog LoadBuiltin()
        {
            using var stream = typeof(ModelOpennessCatalog).Assembly.GetManifestResourceStream("LockInAnalyzer.Catalog.model-openness.json")
                ?? throw new InvalidOperationException("The built-in model openness catalog is missing from the assembly.");
            using var reader = new StreamReader(stream);
            var result = ModelOpennessReader.Read(reader.ReadToEnd(), "model-openness.json");
            if (result.Catalog == null || result.Problems.Count > 0)
            {
                throw new InvalidOperationException("The built-in model openness catalog is invalid: " + string.Join("; ", result.Problems));
            }

            return result.Catalog;
        }
    }
}
