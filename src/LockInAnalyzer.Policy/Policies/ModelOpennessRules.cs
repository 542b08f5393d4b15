using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Policy.Catalog;

namespace LockInAnalyzer.Policy.Policies
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
