using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog.Json;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// Reads the vendor catalog format documented in <c>docs/catalog.md</c>. The same vendor-entry reader serves the
    /// policy file's extra vendors, so an organisation's banned internal SDKs are described exactly like built-in vendors.
    /// </summary>
    public static class CatalogReader
    {
        private static readonly string[] RootMembers = { "formatVersion", "roles", "vendors", "neutral", "openWeightModels", "modelContextNames" };
        private static readonly string[] VendorMembers = { "id", "name", "kind", "packages", "assemblies", "types", "namespaceRoles", "hosts", "models", "notes" };
        private static readonly string[] AssemblyMembers = { "name", "namespaces" };
        private static readonly string[] ModelMembers = { "pattern", "prefixes", "anchor", "example" };
        private static readonly string[] RoleMembers = { "abstraction", "package" };
        private static readonly string[] NeutralMembers = { "packages", "assemblies" };

        public static CatalogReadResult Read(string text, string file)
        {
            var context = new JsonReadContext(file);
            if (!JsonParser.TryParse(text, out var root, out var error))
            {
                context.Report(error!.Position, error.Message);
                return new CatalogReadResult(null, context.Problems);
            }

            if (!context.Expect(root!, JsonKind.Object, "The catalog"))
            {
                return new CatalogReadResult(null, context.Problems);
            }

            context.RejectUnknownMembers(root!, "the catalog", RootMembers);
            var roles = ReadRoles(root!, context);
            var vendors = ReadVendors(root!, "vendors", context, roles.Keys);
            var neutral = root!["neutral"];
            IReadOnlyList<string> neutralPackages = Array.Empty<string>();
            IReadOnlyList<string> neutralAssemblies = Array.Empty<string>();
            if (neutral != null && context.Expect(neutral, JsonKind.Object, "'neutral'"))
            {
                context.RejectUnknownMembers(neutral, "'neutral'", NeutralMembers);
                neutralPackages = context.StringArray(neutral, "packages", "'neutral'");
                neutralAssemblies = context.StringArray(neutral, "assemblies", "'neutral'");
                RejectNeutralVendorOverlap(neutral, vendors, neutralPackages, neutralAssemblies, context);
            }

            var openWeights = context.ObjectArray(root!, "openWeightModels", "the catalog")
                .Select(item => ReadModel(item, context, "an open-weight model"))
                .Where(model => model != null)
                .Select(model => model!)
                .ToList();
            var contextNames = context.StringArray(root!, "modelContextNames", "the catalog");

            var catalog = new VendorCatalog(vendors, roles, neutralPackages, neutralAssemblies, openWeights, contextNames);
            return new CatalogReadResult(catalog, context.Problems);
        }

        /// <summary>Reads an array of vendor entries; <paramref name="knownRoles"/> validates the roles they use.</summary>
        public static IReadOnlyList<Vendor> ReadVendors(JsonValue parent, string member, JsonReadContext context, IEnumerable<string> knownRoles)
        {
            var roleIds = new HashSet<string>(knownRoles, StringComparer.Ordinal) { "other" };
            var vendors = new List<Vendor>();
            var ids = new UniqueKeys<string>(context, "vendor id", Vendor.IdComparer);
            foreach (var item in context.ObjectArray(parent, member, "the catalog"))
            {
                var vendor = ReadVendor(item, context, roleIds);
                if (vendor == null || !ids.Add(vendor.Id, vendor.Id, item["id"]!.Position, null))
                {
                    continue;
                }

                vendors.Add(vendor);
            }

            return vendors;
        }

        // The way out must never be reported: a bridge such as Microsoft.Extensions.AI.OpenAI listed under a vendor too
        // would turn every AsIChatClient() into a warning.
        private static void RejectNeutralVendorOverlap(JsonValue neutral, IReadOnlyList<Vendor> vendors, IReadOnlyList<string> packages, IReadOnlyList<string> assemblies, JsonReadContext context)
        {
            var neutralPackages = new HashSet<string>(packages, StringComparer.OrdinalIgnoreCase);
            var neutralAssemblies = new HashSet<string>(assemblies, StringComparer.OrdinalIgnoreCase);
            foreach (var vendor in vendors)
            {
                foreach (var package in vendor.Packages.Where(neutralPackages.Contains))
                {
                    context.Report(neutral["packages"]!.Position, "Neutral package '" + package + "' is also a package of vendor '" + vendor.Id + "'");
                }

                foreach (var assembly in vendor.Assemblies.Where(a => neutralAssemblies.Contains(a.Name)))
                {
                    context.Report(neutral["assemblies"]!.Position, "Neutral assembly '" + assembly.Name + "' is also an assembly of vendor '" + vendor.Id + "'");
                }
            }
        }

        private static Dictionary<string, AiRole> ReadRoles(JsonValue root, JsonReadContext context)
        {
            var roles = new Dictionary<string, AiRole>(StringComparer.Ordinal);
            var value = root["roles"];
            if (value == null || !context.Expect(value, JsonKind.Object, "'roles'"))
            {
                return roles;
            }

            foreach (var member in value.AsObject)
            {
                if (!context.Expect(member.Value, JsonKind.Object, "role '" + member.Name + "'"))
                {
                    continue;
                }

                var where = "role '" + member.Name + "'";
                context.RejectUnknownMembers(member.Value, where, RoleMembers);
                roles[member.Name] = new AiRole(
                    member.Name,
                    context.OptionalString(member.Value, "abstraction", where),
                    context.OptionalString(member.Value, "package", where));
            }

            return roles;
        }

        private static Vendor? ReadVendor(JsonValue item, JsonReadContext context, HashSet<string> roleIds)
        {
            var id = context.RequiredString(item, "id", "a vendor");
            var where = id == null ? "a vendor" : "vendor '" + id + "'";
            context.RejectUnknownMembers(item, where, VendorMembers);
            var name = context.RequiredString(item, "name", where);
            var kindText = context.OptionalString(item, "kind", where) ?? "proprietary-service";
            VendorKind kind;
            switch (kindText)
            {
                case "proprietary-service": kind = VendorKind.ProprietaryService; break;
                case "hosted-open-weights": kind = VendorKind.HostedOpenWeights; break;
                case "custom": kind = VendorKind.Custom; break;
                default:
                    context.Report(item["kind"]!.Position, "'kind' in " + where + " must be one of: proprietary-service, hosted-open-weights, custom");
                    kind = VendorKind.ProprietaryService;
                    break;
            }

            var assemblies = new List<VendorAssembly>();
            foreach (var assembly in context.ObjectArray(item, "assemblies", where))
            {
                var assemblyWhere = "an assembly of " + where;
                context.RejectUnknownMembers(assembly, assemblyWhere, AssemblyMembers);
                var assemblyName = context.RequiredString(assembly, "name", assemblyWhere);
                var namespaces = context.StringArray(assembly, "namespaces", assemblyWhere);
                if (namespaces.Count == 0)
                {
                    context.Report(assembly.Position, assemblyWhere + " needs at least one namespace: an assembly alone would also match user code");
                }

                if (assemblyName != null && namespaces.Count > 0)
                {
                    assemblies.Add(new VendorAssembly(assemblyName, namespaces));
                }
            }

            var typeRoles = ReadRoleMap(item, "types", where, context, roleIds);
            var namespaceRoles = ReadRoleMap(item, "namespaceRoles", where, context, roleIds);
            var hosts = context.StringArray(item, "hosts", where).Select(h => h.ToLowerInvariant()).ToList();
            foreach (var host in hosts)
            {
                if (host.IndexOf("**", StringComparison.Ordinal) >= 0 || host.IndexOf('/') >= 0 || host.IndexOf(':') >= 0 || host.IndexOf(' ') >= 0)
                {
                    context.Report(item["hosts"]!.Position, "Host '" + host + "' in " + where + " must be a host name where '*' stands for one or more characters");
                }
            }

            var models = context.ObjectArray(item, "models", where)
                .Select(model => ReadModel(model, context, "a model of " + where))
                .Where(model => model != null)
                .Select(model => model!)
                .ToList();

            if (id == null || name == null)
            {
                return null;
            }

            return new Vendor(id, name, kind, context.StringArray(item, "packages", where), assemblies, typeRoles, namespaceRoles, hosts, models);
        }

        private static IReadOnlyDictionary<string, string> ReadRoleMap(JsonValue item, string member, string where, JsonReadContext context, HashSet<string> roleIds)
        {
            var map = context.StringMap(item, member, where);
            var value = item[member];
            foreach (var entry in map)
            {
                if (!roleIds.Contains(entry.Value))
                {
                    context.Report(value!.Position, "'" + member + "." + entry.Key + "' in " + where + " names unknown role '" + entry.Value + "'");
                }
            }

            return map;
        }

        /// <summary>Reads one model pattern; the openness catalog describes its families' ids in the same format.</summary>
        internal static ModelPattern? ReadModel(JsonValue item, JsonReadContext context, string where)
        {
            context.RejectUnknownMembers(item, where, ModelMembers);
            var pattern = context.RequiredString(item, "pattern", where);
            var prefixes = context.StringArray(item, "prefixes", where);
            if (prefixes.Count == 0)
            {
                context.Report(item.Position, where + " needs at least one literal prefix in 'prefixes'");
            }

            var anchorText = context.OptionalString(item, "anchor", where) ?? "anywhere";
            ModelAnchor anchor;
            switch (anchorText)
            {
                case "anywhere": anchor = ModelAnchor.Anywhere; break;
                case "model-context": anchor = ModelAnchor.ModelContext; break;
                default:
                    context.Report(item["anchor"]!.Position, "'anchor' in " + where + " must be 'anywhere' or 'model-context'");
                    return null;
            }

            if (pattern == null || prefixes.Count == 0)
            {
                return null;
            }

            ModelPattern model;
            try
            {
                model = new ModelPattern(pattern, prefixes, anchor, context.OptionalString(item, "example", where));
            }
            catch (ArgumentException e)
            {
                context.Report(item["pattern"]!.Position, "'pattern' in " + where + " is not a valid regular expression: " + e.Message);
                return null;
            }

            foreach (var prefix in prefixes)
            {
                if (!PrefixCanStart(model, prefix))
                {
                    context.Report(item["prefixes"]!.Position, "Prefix '" + prefix + "' in " + where + " cannot start a match of the pattern");
                }
            }

            if (model.Example != null && !model.Regex.IsMatch(model.Example))
            {
                context.Report(item["example"]!.Position, "Example '" + model.Example + "' in " + where + " does not match its own pattern");
            }
            else if (model.Example != null && !model.Prefixes.Any(p => model.Example.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(item["example"]!.Position, "Example '" + model.Example + "' in " + where + " starts with none of the prefixes, so it would never be found");
            }

            return model;
        }

        // Only literals starting with a prefix reach the regex, so a prefix no match can start with (a typo, or a prefix
        // of an alternative the pattern does not have) would silently find nothing.
        private static bool PrefixCanStart(ModelPattern model, string prefix) => PatternPrefixes.CanStart(model.Pattern, prefix);
    }
}
