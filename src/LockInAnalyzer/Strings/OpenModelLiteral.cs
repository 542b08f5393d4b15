using System;
using System.Collections.Generic;
using System.Threading;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Catalog.Vendors;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// A string literal naming an open-weight model where a model id goes: its openness family (null when only the vendor
    /// catalog's <c>openWeightModels</c> know the id, so its class is Unknown). LOCK005 and the CLI's AI-BOM inventory
    /// both find open models through <see cref="Find"/>, so the build, the IDE and the BOM see the same models.
    /// </summary>
    public sealed class OpenModelLiteral
    {
        private static readonly Lazy<ModelPatternIndex<ModelPattern>> Unclassified = new Lazy<ModelPatternIndex<ModelPattern>>(IndexUnclassified);

        private OpenModelLiteral(string text, ModelFamily? family, ModelOpenness openness, bool isReclassified)
        {
            Text = text;
            Family = family;
            Openness = openness;
            IsReclassified = isReclassified;
        }

        public string Text { get; }

        public ModelFamily? Family { get; }

        /// <summary>The family's class, or the class the policy gives the family instead (<c>lockin.model_families</c>).</summary>
        public ModelOpenness Openness { get; }

        /// <summary>Whether <see cref="Openness"/> is the policy's, not the catalog's.</summary>
        public bool IsReclassified { get; }

        /// <summary>The class as a message phrase, saying when it is the policy's.</summary>
        public string OpennessPhrase => ModelOpennessNames.Describe(Openness) + (IsReclassified ? " (as the policy classifies it)" : string.Empty);

        /// <summary>The license as a message phrase: "the Llama Community License", or "an unidentified license".</summary>
        public string LicensePhrase => Family == null ? "an unidentified license" : "the " + Family.License.Name;

        /// <summary>
        /// The open model a literal names, or null. Closed ids are never returned (they are LOCK003's); every open id needs
        /// a model context unless its pattern says <c>anywhere</c>. <paramref name="includeUnclassified"/> also returns
        /// open-weight ids no family classifies (class Unknown).
        /// </summary>
        public static OpenModelLiteral? Find(SyntaxNode literal, SemanticModel semanticModel, LockInSettings settings, bool includeUnclassified, CancellationToken cancellationToken)
        {
            var text = StringLiterals.LeadingText(literal);
            if (text == null || text.Length < 2 || text.Length > 128)
            {
                return null;
            }

            var match = ModelOpennessCatalog.Builtin.Match(text);
            var anywhere = match != null && match.Value.Pattern.Anchor == ModelAnchor.Anywhere;
            if (match == null && (!includeUnclassified || !IsUnclassifiedOpenWeights(text)))
            {
                return null;
            }

            var vendors = VendorCatalog.Builtin;
            if (vendors.MatchModel(text) != null
                || (!anywhere && !ModelContext.Contains(literal, semanticModel, vendors.ModelContextNames, settings.ExtraModelContextNames, cancellationToken)))
            {
                return null;
            }

            var family = match?.Family;
            if (family != null && settings.FamilyClasses.TryGetValue(family.Id, out var policyClass) && policyClass != family.Openness)
            {
                return new OpenModelLiteral(text, family, policyClass, isReclassified: true);
            }

            return new OpenModelLiteral(text, family, family?.Openness ?? ModelOpenness.Unknown, isReclassified: false);
        }

        /// <summary>Whether the text is an open-weight id of the vendor catalog that no openness family classifies (no context check).</summary>
        public static bool IsUnclassifiedOpenWeights(string text) => Unclassified.Value.FirstMatch(text) != null;

        private static ModelPatternIndex<ModelPattern> IndexUnclassified()
        {
            var index = new ModelPatternIndex<ModelPattern>();
            foreach (var pattern in VendorCatalog.Builtin.OpenWeightModels)
            {
                index.Add(pattern, pattern);
            }

            return index;
        }
    }
}
