using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Catalog.Contract
{
    /// <summary>What a policy does with a model id of an openness class (LOCK005). Ordered: stricter compares greater.</summary>
    public enum ModelPolicyAction
    {
        Allow = 0,
        Info = 1,
        Warn = 2,
        Deny = 3,
    }

    /// <summary>
    /// The LOCK005 rules: which openness classes are reported and how. One place for the defaults, the names and the
    /// <c>class:action</c> list the generated analyzer config carries, so the policy reader, the config writer and the
    /// analyzer's settings cannot disagree.
    /// </summary>
    public static class ModelOpennessRules
    {
        /// <summary>The classes a policy may set: closed models are LOCK003's, open source AI is never reported.</summary>
        public static readonly ModelOpenness[] Configurable = { ModelOpenness.OpenWeightsRestricted, ModelOpenness.OpenWeights, ModelOpenness.Unknown };

        /// <summary>Without a policy: restricted licenses are Info, everything else is allowed.</summary>
        public static ModelPolicyAction DefaultFor(ModelOpenness openness) =>
            openness == ModelOpenness.OpenWeightsRestricted ? ModelPolicyAction.Info : ModelPolicyAction.Allow;

        public static string ToText(ModelPolicyAction action) => action.ToString().ToLowerInvariant();

        public static bool TryParseAction(string text, out ModelPolicyAction action)
        {
            switch (text.Trim())
            {
                case "allow": action = ModelPolicyAction.Allow; return true;
                case "info": action = ModelPolicyAction.Info; return true;
                case "warn": action = ModelPolicyAction.Warn; return true;
                case "deny": action = ModelPolicyAction.Deny; return true;
                default: action = ModelPolicyAction.Allow; return false;
            }
        }

        /// <summary>Why a class cannot be configured, or null when it can.</summary>
        public static string? WhyNotConfigurable(ModelOpenness openness) => openness switch
        {
            ModelOpenness.Closed => "closed models are LOCK003 (set its severity instead)",
            ModelOpenness.OpenSourceAi => "open source AI is never reported",
            _ => null,
        };

        /// <summary>The analyzer-config value: <c>open-weights-restricted:deny, open-weights:warn</c>, in a fixed order.</summary>
        public static string ToConfigValue(IReadOnlyDictionary<ModelOpenness, ModelPolicyAction> actions) =>
            string.Join(", ", Configurable.Where(actions.ContainsKey).Select(c => ModelOpennessNames.ToText(c) + ":" + ToText(actions[c])));

        /// <summary>The classes a policy may give a catalog family instead of its own (closed is the vendor catalog's).</summary>
        public static readonly ModelOpenness[] Reclassifiable = { ModelOpenness.OpenWeightsRestricted, ModelOpenness.OpenWeights, ModelOpenness.OpenSourceAi };

        /// <summary>Why a family cannot be given this class by the policy, or null when it can.</summary>
        public static string? WhyNotReclassifiable(string familyId, ModelOpenness openness) =>
            ModelOpennessCatalog.Builtin.FindFamily(familyId) == null
                ? "no model family has this id; known ids: " + string.Join(", ", ModelOpennessCatalog.Builtin.Families.Select(f => f.Id))
                : Array.IndexOf(Reclassifiable, openness) < 0
                    ? "a family's class must be one of " + string.Join(", ", Reclassifiable.Select(ModelOpennessNames.ToText))
                    : null;

        /// <summary>The analyzer-config value of the policy's family classes: <c>qwen:open-weights-restricted</c>, by family id.</summary>
        public static string ToConfigValue(IReadOnlyDictionary<string, ModelOpenness> classes) =>
            string.Join(", ", classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + ":" + ModelOpennessNames.ToText(c.Value)));

        /// <summary>One <c>family:class</c> item of the analyzer-config value; the error says what is wrong.</summary>
        public static bool TryParseFamilyItem(string item, out string familyId, out ModelOpenness openness, out string? error)
        {
            var colon = item.IndexOf(':');
            familyId = colon < 0 ? item : item.Substring(0, colon).Trim();
            openness = ModelOpenness.Unknown;
            if (colon < 0 || !ModelOpennessNames.TryParse(item.Substring(colon + 1), out openness))
            {
                error = "expected family:class, with class one of " + string.Join(", ", Reclassifiable.Select(ModelOpennessNames.ToText));
                return false;
            }

            error = WhyNotReclassifiable(familyId, openness);
            return error == null;
        }

        /// <summary>One <c>class:action</c> item of the analyzer-config value; the error says what is wrong.</summary>
        public static bool TryParseConfigItem(string item, out ModelOpenness openness, out ModelPolicyAction action, out string? error)
        {
            action = ModelPolicyAction.Allow;
            var colon = item.IndexOf(':');
            if (colon < 0 || !ModelOpennessNames.TryParse(item.Substring(0, colon), out openness))
            {
                openness = ModelOpenness.Unknown;
                error = "expected class:action, with class one of " + string.Join(", ", Configurable.Select(ModelOpennessNames.ToText));
                return false;
            }

            if (WhyNotConfigurable(openness) is { } why)
            {
                error = why;
                return false;
            }

            if (!TryParseAction(item.Substring(colon + 1), out action))
            {
                error = "the action must be allow, info, warn or deny";
                return false;
            }

            error = null;
            return true;
        }
    }
}
