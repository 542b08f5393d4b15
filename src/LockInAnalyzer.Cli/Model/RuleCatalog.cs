using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Cli.Model
{
    /// <summary>One rule's metadata, for SARIF's tool.driver.rules, reports and <c>lockin explain</c>.</summary>
    internal sealed class RuleInfo
    {
        public RuleInfo(string id, string name, string title, string description, string defaultSeverity, string helpUri)
        {
            Id = id;
            Name = name;
            Title = title;
            Description = description;
            DefaultSeverity = defaultSeverity;
            HelpUri = helpUri;
        }

        public string Id { get; }

        /// <summary>A PascalCase name (SARIF <c>rule.name</c>).</summary>
        public string Name { get; }

        public string Title { get; }

        public string Description { get; }

        public string DefaultSeverity { get; }

        public string HelpUri { get; }
    }

    /// <summary>Every LockIn rule: the analyzers' descriptors (LOCK0xx) and the package auditor's codes (LOCK1xx).</summary>
    internal static class RuleCatalog
    {
        private static readonly Lazy<IReadOnlyList<RuleInfo>> AllRules = new Lazy<IReadOnlyList<RuleInfo>>(Load);

        public static IReadOnlyList<RuleInfo> All => AllRules.Value;

        public static RuleInfo? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

        /// <summary>The rule's page from docs/rules (embedded at build time), or null when the repository had none.</summary>
        public static string? Page(string id)
        {
            using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream("LockInAnalyzer.Cli.rules." + id.ToUpperInvariant() + ".md");
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static IReadOnlyList<RuleInfo> Load()
        {
            var rules = new List<RuleInfo>();
            foreach (var field in typeof(DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
            {
                var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
                if (rules.Any(r => r.Id == descriptor.Id))
                {
                    // A second message form of the same rule (LOCK001 per use): one rule, one entry.
                    continue;
                }

                rules.Add(new RuleInfo(
                    descriptor.Id,
                    field.Name,
                    descriptor.Title.ToString(CultureInfo.InvariantCulture),
                    descriptor.Description.ToString(CultureInfo.InvariantCulture),
                    descriptor.DefaultSeverity.ToString().ToLowerInvariant(),
                    descriptor.HelpLinkUri));
            }

            void Add(string id, string name, string severity, string title, string description) =>
                rules.Add(new RuleInfo(id, name, title, description, severity, AuditCodes.HelpLink(id)));

            Add(AuditCodes.VendorSdkPackage, "VendorSdkPackage", "warning", "Proprietary AI SDK package referenced outside an adapter project",
                "The project references the NuGet package of a proprietary AI service's SDK although it is not an adapter project. Reference vendor SDKs only from adapter projects and depend on a vendor-neutral abstraction elsewhere.");
            Add(AuditCodes.LicenseDenied, "LicenseDenied", "error", "Package license denied by policy",
                "The package's license (or a package rule) is denied by the LockIn policy. Replace the package, or record a justified exception in the policy.");
            Add(AuditCodes.RestrictiveLicense, "RestrictiveLicense", "warning", "Package under a commercial, non-commercial, source-available or copyleft license",
                "The package's license restricts commercial use, needs a paid license or reaches your own code; the policy asks for a review.");
            Add(AuditCodes.UnknownLicense, "UnknownLicense", "warning", "Package license unknown",
                "Nothing trustworthy identified the package's license (no expression, an unrecognised license file, an unmapped licenseUrl). Review it and record the license in the policy.");
            Add(AuditCodes.LicenseDrift, "LicenseDrift", "warning", "Package license changed from the approved baseline",
                "An upgrade changed the package's license from the one approved in the baseline (the AutoMapper 15 / MediatR 13 case). Review the new license and refresh the baseline with 'lockin baseline'.");
            Add(AuditCodes.ExceptionExpired, "ExceptionExpired", "warning", "Policy exception expired",
                "A policy exception or LockInSuppress item passed its expiry date and no longer applies.");
            Add(AuditCodes.ExceptionUnused, "ExceptionUnused", "info", "Suppression matched nothing",
                "A project-level LockInSuppress item matched no finding of the project; remove it.");
            Add(AuditCodes.PolicyInvalid, "PolicyInvalid", "error", "LockIn policy or configuration invalid",
                "The policy file, its extends chain, the baseline or a LockIn MSBuild setting is invalid. A broken policy never silently disables checks: the parts that could be read still apply.");
            Add(AuditCodes.MetadataUnreadable, "MetadataUnreadable", "warning", "Package metadata unreadable",
                "A package's metadata could not be used (corrupt nuspec, unsafe license path, missing package folder, unreadable assets file).");
            return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        }
    }
}
