using System;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// How open a model is, after the OSI Open Source AI Definition: what its weights license allows and whether its
    /// training code and training-data information are published too. Ordered from least to most open.
    /// </summary>
    public enum ModelOpenness
    {
        /// <summary>Nothing trustworthy says (an open-weight id no catalog entry classifies, a model file without a card).</summary>
        Unknown = 0,

        /// <summary>Weights not published; used through a vendor's API (the vendor catalog's models, LOCK003).</summary>
        Closed = 1,

        /// <summary>Weights published under a license that restricts use (Llama Community License, Gemma Terms of Use).</summary>
        OpenWeightsRestricted = 2,

        /// <summary>Weights under an OSI-approved license; training code or data information not published.</summary>
        OpenWeights = 3,

        /// <summary>Weights, training code and training-data information published under OSI-approved terms.</summary>
        OpenSourceAi = 4,
    }

    /// <summary>The names of the openness classes as written in the catalog, the policy, the analyzer config and reports.</summary>
    public static class ModelOpennessNames
    {
        public static readonly ModelOpenness[] All =
        {
            ModelOpenness.Closed, ModelOpenness.OpenWeightsRestricted, ModelOpenness.OpenWeights, ModelOpenness.OpenSourceAi, ModelOpenness.Unknown,
        };

        public static string ToText(ModelOpenness openness) => openness switch
        {
            ModelOpenness.Closed => "closed",
            ModelOpenness.OpenWeightsRestricted => "open-weights-restricted",
            ModelOpenness.OpenWeights => "open-weights",
            ModelOpenness.OpenSourceAi => "open-source-ai",
            _ => "unknown",
        };

        /// <summary>Reads a class name, ignoring case.</summary>
        public static bool TryParse(string text, out ModelOpenness openness)
        {
            foreach (var candidate in All)
            {
                if (string.Equals(ToText(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    openness = candidate;
                    return true;
                }
            }

            openness = ModelOpenness.Unknown;
            return false;
        }

        /// <summary>The class as a noun phrase for messages and reports: "an open-weights model with use restrictions".</summary>
        public static string Describe(ModelOpenness openness) => openness switch
        {
            ModelOpenness.Closed => "a closed model",
            ModelOpenness.OpenWeightsRestricted => "an open-weights model with use restrictions",
            ModelOpenness.OpenWeights => "an open-weights model without open training data",
            ModelOpenness.OpenSourceAi => "open source AI",
            _ => "an open-weights model of unknown openness",
        };

        public static string Title(ModelOpenness openness) => openness switch
        {
            ModelOpenness.Closed => "Closed",
            ModelOpenness.OpenWeightsRestricted => "Open weights, restricted",
            ModelOpenness.OpenWeights => "Open weights",
            ModelOpenness.OpenSourceAi => "Open source AI",
            _ => "Unknown",
        };
    }
}
