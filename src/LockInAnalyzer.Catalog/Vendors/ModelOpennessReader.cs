using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog.Json;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// Reads the model openness catalog (format: docs/model-openness.md, schema: policies/catalog/model-openness.schema.json)
    /// with the vendor catalog's JSON reader and validation: unknown keys, wrong types, invalid patterns and examples are
    /// problems at file(line,col). It also checks what a schema cannot: every family's license is listed, and its stated
    /// class is the one its license and its published code and data give (so a class is never asserted without grounds).
    /// </summary>
    public static class ModelOpennessReader
    {
        private static readonly string[] RootMembers = { "formatVersion", "licenses", "families" };
        private static readonly string[] LicenseMembers = { "id", "name", "url", "osiApproved", "restrictions", "aliases" };
        private static readonly string[] FamilyMembers = { "id", "name", "supplier", "models", "weightsLicense", "code", "data", "class", "sources", "notes" };

        public static ModelOpennessReadResult Read(string text, string file)
        {
            var context = new JsonReadContext(file);
            if (!JsonParser.TryParse(text, out var root, out var error))
            {
                context.Report(error!.Position, error.Message);
                return new ModelOpennessReadResult(null, context.Problems);
            }

            if (!context.Expect(root!, JsonKind.Object, "The model openness catalog"))
            {
                return new ModelOpennessReadResult(null, context.Problems);
            }

            context.RejectUnknownMembers(root!, "the model openness catalog", RootMembers);
            var licenses = ReadLicenses(root!, context);
            var families = ReadFamilies(root!, context, licenses);
            // Checks run per entry in a fixed order; report in document order, as a compiler would.
            var problems = context.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
            return new ModelOpennessReadResult(new ModelOpennessCatalog(licenses, families), problems);
        }

        private static List<ModelLicense> ReadLicenses(JsonValue root, JsonReadContext context)
        {
            var licenses = new List<ModelLicense>();
            foreach (var item in context.ObjectArray(root, "licenses", "the model openness catalog"))
            {
                var id = context.RequiredString(item, "id", "a license");
                var where = id == null ? "a license" : "license '" + id + "'";
                context.RejectUnknownMembers(item, where, LicenseMembers);
                var name = context.RequiredString(item, "name", where);
                var url = context.OptionalString(item, "url", where);
                var osi = context.OptionalBoolean(item, "osiApproved", where);
                if (osi == null && item["osiApproved"] == null)
                {
                    context.Report(item.Position, where + " is missing the required property 'osiApproved'");
                }

                var restrictions = context.OptionalString(item, "restrictions", where);
                if (osi == false && restrictions == null)
                {
                    context.Report(item.Position, where + " is not OSI-approved and needs 'restrictions': what it restricts decides a model's class");
                }

                if (id != null && !id.StartsWith("LicenseRef-", StringComparison.Ordinal) && id.Any(c => !(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '+')))
                {
                    context.Report(item["id"]!.Position, "'id' in " + where + " must be an SPDX license id or a 'LicenseRef-' id");
                    continue;
                }

                if (url != null && !IsHttpUrl(url))
                {
                    context.Report(item["url"]!.Position, "'url' in " + where + " must be an http(s) URL");
                }

                if (id != null && licenses.Any(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Report(item.Position, "License id '" + id + "' is defined more than once");
                    continue;
                }

                if (id != null && name != null && osi != null)
                {
                    licenses.Add(new ModelLicense(id, name, url, osi.Value, restrictions, context.StringArray(item, "aliases", where)));
                }
            }

            return licenses;
        }

        private static List<ModelFamily> ReadFamilies(JsonValue root, JsonReadContext context, List<ModelLicense> licenses)
        {
            var families = new List<ModelFamily>();
            foreach (var item in context.ObjectArray(root, "families", "the model openness catalog"))
            {
                var id = context.RequiredString(item, "id", "a model family");
                var where = id == null ? "a model family" : "model family '" + id + "'";
                context.RejectUnknownMembers(item, where, FamilyMembers);
                var name = context.RequiredString(item, "name", where);
                var models = context.ObjectArray(item, "models", where)
                    .Select(model => CatalogReader.ReadModel(model, context, "a model of " + where))
                    .Where(model => model != null)
                    .Select(model => model!)
                    .ToList();
                if (item["models"] == null)
                {
                    context.Report(item.Position, where + " is missing the required property 'models'");
                }
                else if (item["models"] is { Kind: JsonKind.Array } array && array.AsArray.Count == 0)
                {
                    context.Report(array.Position, where + " needs at least one model pattern in 'models'");
                }

                var licenseId = context.RequiredString(item, "weightsLicense", where);
                var license = licenseId == null ? null : licenses.FirstOrDefault(l => string.Equals(l.Id, licenseId, StringComparison.Ordinal));
                if (licenseId != null && license == null)
                {
                    context.Report(item["weightsLicense"]!.Position, "'weightsLicense' in " + where + " names '" + licenseId + "', which 'licenses' does not list");
                }

                var code = RequiredBoolean(item, "code", where, context);
                var data = RequiredBoolean(item, "data", where, context);
                var classText = context.RequiredString(item, "class", where);
                ModelOpenness? openness = null;
                if (classText != null)
                {
                    if (!ModelOpennessNames.TryParse(classText, out var parsed) || parsed == ModelOpenness.Closed || parsed == ModelOpenness.Unknown)
                    {
                        context.Report(item["class"]!.Position, "'class' in " + where + " must be one of: open-weights-restricted, open-weights, open-source-ai (closed models belong to the vendor catalog)");
                    }
                    else if (license != null && code != null && data != null && license.ClassFor(code.Value, data.Value) is var derived && derived != parsed)
                    {
                        context.Report(item["class"]!.Position, "'class' in " + where + " is '" + classText + "', but its license ('" + license.Id + "'), 'code' and 'data' make it '" + ModelOpennessNames.ToText(derived) + "'");
                    }
                    else
                    {
                        openness = parsed;
                    }
                }

                var sources = context.StringArray(item, "sources", where);
                if (sources.Count == 0)
                {
                    context.Report(item.Position, where + " needs at least one source in 'sources': a class is never asserted without one");
                }

                foreach (var source in sources.Where(s => !IsHttpUrl(s)))
                {
                    context.Report(item["sources"]!.Position, "Source '" + source + "' in " + where + " must be an http(s) URL");
                }

                if (id != null && families.Any(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Report(item.Position, "Model family id '" + id + "' is defined more than once");
                    continue;
                }

                if (id != null && name != null && models.Count > 0 && license != null && code != null && data != null && openness != null)
                {
                    families.Add(new ModelFamily(id, name, context.OptionalString(item, "supplier", where), models, license, code.Value, data.Value, openness.Value, sources, context.OptionalString(item, "notes", where)));
                }
            }

            return families;
        }

        private static bool? RequiredBoolean(JsonValue item, string name, string where, JsonReadContext context)
        {
            if (item[name] == null)
            {
                context.Report(item.Position, where + " is missing the required property '" + name + "'");
                return null;
            }

            return context.OptionalBoolean(item, name, where);
        }

        private static bool IsHttpUrl(string text) =>
            Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http");
    }
}
