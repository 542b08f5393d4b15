using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Rules;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>
    /// A CycloneDX 1.6 JSON AI-BOM: the audited packages as <c>library</c> components (purl <c>pkg:nuget/id@version</c>,
    /// licenses, license category, AI vendor), the AI services in use as <c>services</c> (provider, observed endpoints),
    /// hard-coded model ids as <c>machine-learning-model</c> components, each with <c>lockin:location</c> properties
    /// pointing at the files that use them. The serial number is derived from the content, so the BOM is deterministic.
    /// </summary>
    internal static class CycloneDxReport
    {
        public static string Write(AuditReport report)
        {
            var summary = new ReportSummary(report);
            var catalog = VendorCatalog.Builtin;
            var codeFindings = report.AllFindings.Where(f => f.Kind == FindingKind.Code && f.VendorId != null).ToList();
            var body = Json.Write(w => WriteBom(w, report, summary, catalog, codeFindings, null));
            var serial = "urn:uuid:" + DeterministicGuid(body);
            return Json.Write(w => WriteBom(w, report, summary, catalog, codeFindings, serial));
        }

        private static void WriteBom(Utf8JsonWriter w, AuditReport report, ReportSummary summary, VendorCatalog catalog, List<Finding> codeFindings, string? serial)
        {
            w.WriteStartObject();
            w.WriteString("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
            w.WriteString("bomFormat", "CycloneDX");
            w.WriteString("specVersion", "1.6");
            if (serial != null)
            {
                w.WriteString("serialNumber", serial);
            }

            w.WriteNumber("version", 1);
            w.WriteStartObject("metadata");
            if (report.Timestamp is { } timestamp)
            {
                w.WriteString("timestamp", timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            }

            w.WriteStartObject("tools");
            w.WriteStartArray("components");
            w.WriteStartObject();
            w.WriteString("type", "application");
            w.WriteString("name", "lockin");
            w.WriteString("version", AuditReport.ToolVersion);
            w.WriteString("description", "LockInAnalyzer CLI");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("component");
            w.WriteString("type", "application");
            w.WriteString("bom-ref", "root");
            w.WriteString("name", report.RootName);
            w.WriteEndObject();
            w.WriteStartArray("properties");
            Property(w, "lockin:projects", report.Projects.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var project in report.Projects)
            {
                Property(w, "lockin:project", project.Path);
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("components");
            foreach (var package in summary.Packages)
            {
                w.WriteStartObject();
                w.WriteString("type", "library");
                w.WriteString("bom-ref", Purl(package.Id, package.Version));
                w.WriteString("name", package.Id);
                w.WriteString("version", package.Version);
                w.WriteString("purl", Purl(package.Id, package.Version));
                if (package.Report.Verdict.Expression is { } expression)
                {
                    w.WriteStartArray("licenses");
                    w.WriteStartObject();
                    w.WriteString("expression", expression);
                    w.WriteEndObject();
                    w.WriteEndArray();
                }

                w.WriteString("scope", package.Report.IsDevelopmentDependency ? "excluded" : "required");
                w.WriteStartArray("properties");
                Property(w, "lockin:licenseCategory", package.Category.ToString());
                Property(w, "lockin:licenseEvidence", package.Report.Verdict.Evidence);
                Property(w, "lockin:policyAction", package.Report.Action.ToString().ToLowerInvariant());
                Property(w, "lockin:direct", package.Report.IsDirect ? "true" : "false");
                if (package.Report.VendorId != null)
                {
                    Property(w, "lockin:aiVendor", package.Report.VendorId);
                    Property(w, "lockin:aiSdk", "true");
                }

                foreach (var file in package.ProjectFiles)
                {
                    Property(w, "lockin:location", file);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            foreach (var model in summary.Models)
            {
                WriteModel(w, model);
            }

            w.WriteEndArray();

            w.WriteStartArray("services");
            foreach (var vendor in summary.Vendors.OrderBy(v => v.Id, StringComparer.Ordinal))
            {
                var known = catalog.Vendors.FirstOrDefault(v => v.Id == vendor.Id);
                w.WriteStartObject();
                w.WriteString("bom-ref", "service:" + vendor.Id);
                w.WriteStartObject("provider");
                w.WriteString("name", vendor.Name);
                w.WriteEndObject();
                w.WriteString("name", vendor.Name);
                w.WriteString("description", known != null ? KindText(known.Kind) : "AI service");
                var observed = vendor.Endpoints.Select(Endpoint).ToList();
                var endpoints = observed.Count > 0 ? observed : (known?.Hosts.Where(h => !HostPattern.HasWildcard(h)).Select(h => "https://" + h).ToList() ?? new List<string>());
                w.WriteStartArray("endpoints");
                foreach (var endpoint in endpoints.Distinct().OrderBy(e => e, StringComparer.Ordinal))
                {
                    w.WriteStringValue(endpoint);
                }

                w.WriteEndArray();
                w.WriteBoolean("authenticated", true);
                w.WriteBoolean("x-trust-boundary", true);
                w.WriteStartArray("properties");
                Property(w, "lockin:aiVendor", vendor.Id);
                Property(w, "lockin:endpointSource", observed.Count > 0 ? "code" : "catalog");
                Property(w, "lockin:codeFindings", vendor.CodeFindings.ToString(CultureInfo.InvariantCulture));
                Property(w, "lockin:codeUses", vendor.CodeUses.ToString(CultureInfo.InvariantCulture));
                foreach (var package in vendor.Packages)
                {
                    Property(w, "lockin:sdkPackage", package);
                }

                foreach (var model in vendor.Models)
                {
                    Property(w, "lockin:model", model);
                }

                var uses = codeFindings.Where(f => f.VendorId == vendor.Id).SelectMany(f => f.OtherUses.Select(u => (u.File, u.Line)).Prepend((f.File, f.Line)));
                foreach (var location in uses.OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line).Select(u => Location(u.File, u.Line)).Distinct())
                {
                    Property(w, "lockin:location", location);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("dependencies");
            w.WriteStartObject();
            w.WriteString("ref", "root");
            w.WriteStartArray("dependsOn");
            foreach (var reference in summary.Packages.Select(p => Purl(p.Id, p.Version))
                         .Concat(summary.Models.Select(m => m.BomRef))
                         .Concat(summary.Vendors.Select(v => "service:" + v.Id).OrderBy(s => s, StringComparer.Ordinal)))
            {
                w.WriteStringValue(reference);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            foreach (var vendor in summary.Vendors.OrderBy(v => v.Id, StringComparer.Ordinal))
            {
                var sdks = summary.Packages.Where(p => p.Report.VendorId == vendor.Id).Select(p => Purl(p.Id, p.Version)).ToList();
                if (sdks.Count == 0)
                {
                    continue;
                }

                // The SDK package depends on (calls) the service.
                foreach (var sdk in sdks)
                {
                    w.WriteStartObject();
                    w.WriteString("ref", sdk);
                    w.WriteStartArray("dependsOn");
                    w.WriteStringValue("service:" + vendor.Id);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        /// <summary>
        /// A model as a <c>machine-learning-model</c> component: its license (an SPDX id, or a named license with its
        /// URL for a <c>LicenseRef-</c>), supplier, and a model card whose properties carry the openness class and what
        /// the class rests on; closed models are served under terms of service, so they have no license.
        /// </summary>
        private static void WriteModel(Utf8JsonWriter w, ModelSummary model)
        {
            var use = model.First;
            w.WriteStartObject();
            w.WriteString("type", "machine-learning-model");
            w.WriteString("bom-ref", model.BomRef);
            w.WriteString("name", use.Source == ModelSource.File ? System.IO.Path.GetFileName(use.Name) : use.Name);
            if (use.Supplier != null)
            {
                w.WriteStartObject("supplier");
                w.WriteString("name", use.Supplier);
                w.WriteEndObject();
                w.WriteString("publisher", use.Supplier);
            }

            w.WriteString("description", ModelDescription(use));
            if (use.LicenseId != null || use.LicenseName != null)
            {
                w.WriteStartArray("licenses");
                w.WriteStartObject();
                w.WriteStartObject("license");
                if (use.LicenseId != null && !use.LicenseId.StartsWith("LicenseRef-", StringComparison.Ordinal))
                {
                    w.WriteString("id", use.LicenseId);
                }
                else
                {
                    w.WriteString("name", use.LicenseName ?? use.LicenseId);
                }

                if (use.LicenseUrl != null)
                {
                    w.WriteString("url", use.LicenseUrl);
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }

            if (use.Sources.Count > 0)
            {
                w.WriteStartArray("externalReferences");
                foreach (var source in use.Sources.Distinct(StringComparer.Ordinal))
                {
                    w.WriteStartObject();
                    w.WriteString("type", "documentation");
                    w.WriteString("url", source);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteStartObject("modelCard");
            if (use.Family != null)
            {
                w.WriteStartObject("modelParameters");
                w.WriteString("architectureFamily", use.Family.Name);
                w.WriteEndObject();
            }

            if (use.Restrictions != null)
            {
                w.WriteStartObject("considerations");
                w.WriteStartArray("technicalLimitations");
                w.WriteStringValue("License restrictions: " + use.Restrictions);
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteStartArray("properties");
            Property(w, "lockin:openness", ModelOpennessNames.ToText(use.Openness));
            if (use.Family != null)
            {
                Property(w, "lockin:trainingCodePublished", use.Family.PublishesCode ? "true" : "false");
                Property(w, "lockin:trainingDataPublished", use.Family.PublishesData ? "true" : "false");
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("properties");
            Property(w, "lockin:openness", ModelOpennessNames.ToText(use.Openness));
            Property(w, "lockin:source", use.Source == ModelSource.File ? "file" : "code");
            Property(w, "lockin:evidence", use.Evidence);
            if (use.LicenseId != null)
            {
                Property(w, "lockin:weightsLicense", use.LicenseId);
            }

            if (use.VendorId != null)
            {
                Property(w, "lockin:aiVendor", use.VendorId);
            }

            if (use.FileBytes is { } bytes)
            {
                Property(w, "lockin:fileBytes", bytes.ToString(CultureInfo.InvariantCulture));
            }

            foreach (var location in model.Locations)
            {
                Property(w, "lockin:location", location);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static string ModelDescription(ModelUse use) => use.Source == ModelSource.File
            ? "Model file '" + use.Name + "' shipped by the project: " + ModelOpennessNames.Title(use.Openness) + (use.LicenseName != null ? " (" + use.LicenseName + ")" : string.Empty)
            : use.Openness == ModelOpenness.Closed
                ? "Closed model '" + use.Name + "' hard-coded in the source (LOCK003)"
                : "Open-weight model '" + use.Name + "' named in the source: " + ModelOpennessNames.Title(use.Openness) + (use.LicenseName != null ? " (" + use.LicenseName + ")" : string.Empty);

        public static string Purl(string id, string version) => "pkg:nuget/" + System.Uri.EscapeDataString(id) + "@" + System.Uri.EscapeDataString(version);

        private static string Location(string file, int line) => file + "#L" + line.ToString(CultureInfo.InvariantCulture);

        /// <summary>The endpoint literal as a URL (LOCK004 reports the literal; a bare host gets https://).</summary>
        private static string Endpoint(string literal) =>
            literal.Contains("://", StringComparison.Ordinal) ? literal : "https://" + literal.TrimStart('/');

        private static string KindText(VendorKind kind) => kind switch
        {
            VendorKind.ProprietaryService => "Proprietary hosted AI service",
            VendorKind.HostedOpenWeights => "Hosted open-weights AI service",
            _ => "AI service banned by the organisation's policy",
        };

        private static void Property(Utf8JsonWriter w, string name, string value)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("value", value);
            w.WriteEndObject();
        }

        private static string DeterministicGuid(string content)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5-style (name-based)
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
            var hex = Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
            return hex.Substring(0, 8) + "-" + hex.Substring(8, 4) + "-" + hex.Substring(12, 4) + "-" + hex.Substring(16, 4) + "-" + hex.Substring(20, 12);
        }
    }
}
