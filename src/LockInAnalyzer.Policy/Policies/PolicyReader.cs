using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>
    /// Reads one policy file (format: docs/policy.md, schema: policies/lockin-policy.schema.json). Every mistake —
    /// bad JSON, an unknown key, a wrong type, an invalid range, glob, category or date — becomes a problem at its
    /// file(line,col); the caller turns them into LOCK190 and fails the build, so a broken policy never disables checks.
    /// </summary>
    public static class PolicyReader
    {
        private static readonly string[] RootMembers = { "extends", "adapters", "vendors", "licenses", "packages", "exceptions", "audit", "coupling", "models" };
        private static readonly string[] ModelMembers = { "openness", "families" };
        private static readonly string[] AdapterMembers = { "namespaces", "projects" };
        private static readonly string[] VendorMembers = { "exclude", "add" };
        private static readonly string[] LicenseMembers = { "categories", "allow", "warn", "deny", "urls" };
        private static readonly string[] LicenseUrlMembers = { "url", "prefix", "license", "category", "reason" };
        private static readonly string[] PackageMembers = { "id", "versions", "action", "license", "reason" };
        private static readonly string[] ExceptionMembers = { "id", "versions", "rules", "justification", "expires" };
        private static readonly string[] AuditMembers = { "mode", "developmentDependencies" };
        private static readonly string[] CouplingMembers = { "report", "compositionRoots" };

        public static PolicyLayer Read(string text, string file, List<SourceProblem> problems)
        {
            var layer = new PolicyLayer { Source = file };
            var context = new JsonReadContext(file);
            try
            {
                if (!JsonParser.TryParse(text, out var root, out var error))
                {
                    context.Report(error!.Position, error.Message);
                    return layer;
                }

                if (!context.Expect(root!, JsonKind.Object, "The policy"))
                {
                    return layer;
                }

                context.RejectUnknownMembers(root!, "the policy", RootMembers);
                ReadExtends(root!, layer, context);
                ReadAdapters(root!, layer, context);
                ReadVendors(root!, layer, context);
                ReadLicenses(root!, layer, context);
                ReadPackages(root!, layer, context);
                ReadExceptions(root!, layer, context);
                ReadAudit(root!, layer, context);
                ReadCoupling(root!, layer, context);
                ReadModels(root!, layer, context);
                return layer;
            }
            finally
            {
                // Sections are read in a fixed order; report in document order, as a compiler would.
                problems.AddRange(context.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column));
            }
        }

        private static void ReadExtends(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var value = root["extends"];
            if (value == null)
            {
                return;
            }

            layer.DeclaresExtends = true;
            var items = value.Kind == JsonKind.Array ? value.AsArray : new[] { value };
            foreach (var item in items)
            {
                if (context.Expect(item, JsonKind.String, "'extends'") && item.AsString.Trim().Length > 0)
                {
                    layer.Extends.Add((item.AsString.Trim(), At(context, item.Position, string.Empty)));
                }
            }
        }

        private static void ReadAdapters(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var adapters = Section(root, "adapters", AdapterMembers, context);
            if (adapters == null)
            {
                return;
            }

            foreach (var ns in context.StringArray(adapters, "namespaces", "'adapters'"))
            {
                if (ns.Any(c => !(char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '*' || c == '?')))
                {
                    context.Report(adapters["namespaces"]!.Position, "Namespace pattern '" + ns + "' may contain only letters, digits, '_', '.', '*' and '?'");
                }
                else
                {
                    layer.AdapterNamespaces.Add(ns);
                }
            }

            foreach (var project in context.StringArray(adapters, "projects", "'adapters'"))
            {
                if (IdGlob.IsValid(project, out var error))
                {
                    layer.AdapterProjects.Add(project);
                }
                else
                {
                    context.Report(adapters["projects"]!.Position, "Project pattern " + error);
                }
            }
        }

        private static void ReadVendors(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var vendors = Section(root, "vendors", VendorMembers, context);
            if (vendors == null)
            {
                return;
            }

            var known = new HashSet<string>(VendorCatalog.Builtin.Vendors.Select(v => v.Id), Vendor.IdComparer);
            var added = CatalogReader.ReadVendors(vendors, "add", context, VendorCatalog.Builtin.Roles.Keys);
            foreach (var vendor in added)
            {
                known.Add(vendor.Id);
                if (VendorCatalog.Builtin.Vendors.Any(v => Vendor.IdComparer.Equals(v.Id, vendor.Id)))
                {
                    context.Report(vendors["add"]!.Position, "Vendor id '" + vendor.Id + "' is already in the built-in catalog; choose another id");
                    continue;
                }

                layer.ExtraVendors.Add(vendor);
            }

            foreach (var id in context.StringArray(vendors, "exclude", "'vendors'"))
            {
                if (known.Contains(id))
                {
                    layer.ExcludedVendors.Add(id);
                }
                else
                {
                    context.Report(vendors["exclude"]!.Position, "Unknown vendor id '" + id + "' in 'vendors.exclude'; known ids: " + string.Join(", ", known.OrderBy(k => k, StringComparer.Ordinal)));
                }
            }
        }

        private static void ReadLicenses(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var licenses = Section(root, "licenses", LicenseMembers, context);
            if (licenses == null)
            {
                return;
            }

            // Keys are checked for duplicates exactly as they are looked up: categories by the parsed enum value
            // (LicenseCategories.TryParse trims and ignores case), license ids by their normalised SPDX text under
            // LockInPolicy.LicenseIdComparer, across allow, warn and deny.
            var categories = licenses["categories"];
            if (categories != null && context.Expect(categories, JsonKind.Object, "'licenses.categories'"))
            {
                var seenCategories = new UniqueKeys<LicenseCategory>(context, "license category");
                foreach (var member in categories.AsObject)
                {
                    if (!LicenseCategories.TryParse(member.Name, out var category))
                    {
                        context.Report(member.NamePosition, "Unknown license category '" + member.Name + "'; expected one of: " + string.Join(", ", Enum.GetNames(typeof(LicenseCategory))));
                        continue;
                    }

                    var action = ParseAction(member.Value, "'licenses.categories." + member.Name + "'", context);
                    if (seenCategories.Add(category, member.Name, member.NamePosition, "'licenses.categories'") && action is { } known)
                    {
                        layer.CategoryActions[category] = known;
                    }
                }
            }

            var seenIds = new UniqueKeys<string>(context, "license", LockInPolicy.LicenseIdComparer);
            // In document order, so a duplicate is reported at whichever entry comes second.
            var entries = new[] { ("allow", PolicyAction.Allow), ("warn", PolicyAction.Warn), ("deny", PolicyAction.Deny) }
                .SelectMany(list => context.StringItems(licenses, list.Item1, "'licenses'").Select(item => (Name: list.Item1, Action: list.Item2, Item: item)))
                .OrderBy(entry => entry.Item.Position.Offset)
                .ToList();
            foreach (var (name, action, item) in entries)
            {
                var id = item.AsString;
                var parsed = SpdxExpressionParser.Parse(id);
                if (!parsed.Success || parsed.Expression is SpdxCompoundNode)
                {
                    context.Report(item.Position, "'" + id + "' in 'licenses." + name + "' is not a single SPDX license id (or 'id WITH exception')");
                    continue;
                }

                // The audit looks ids up by the parsed expression's text, so " MIT" and "GPL-2.0  WITH  X" are stored that way.
                var key = parsed.Expression!.ToString();
                if (seenIds.Add(key, id, item.Position, "'licenses." + name + "'"))
                {
                    layer.LicenseActions[key] = action;
                }
            }

            ReadLicenseUrls(licenses, layer, context);
        }

        /// <summary>
        /// <c>licenses.urls</c>: <c>{ "url" | "prefix": "...", "license": "SPDX expression", "category": "...", "reason": "..." }</c>.
        /// Exactly one of url/prefix, at least one of license/category.
        /// </summary>
        private static void ReadLicenseUrls(JsonValue licenses, PolicyLayer layer, JsonReadContext context)
        {
            foreach (var item in context.ObjectArray(licenses, "urls", "'licenses'"))
            {
                var where = "an entry of 'licenses.urls'";
                context.RejectUnknownMembers(item, where, LicenseUrlMembers);
                var exact = context.OptionalString(item, "url", where);
                var prefix = context.OptionalString(item, "prefix", where);
                if ((item["url"] == null) == (item["prefix"] == null))
                {
                    context.Report(item.Position, where + " needs exactly one of 'url' (one URL) or 'prefix' (every URL starting with it)");
                    continue;
                }

                if (exact == null && prefix == null)
                {
                    continue; // the wrong type was reported
                }

                var key = exact ?? prefix!;
                var pattern = LicenseUrlTable.Normalize(key);
                if (pattern == null)
                {
                    context.Report(item[exact != null ? "url" : "prefix"]!.Position, "'" + key + "' in " + where + " is not an http(s) URL");
                    continue;
                }

                SpdxExpression? expression = null;
                var license = context.OptionalString(item, "license", where);
                if (license != null)
                {
                    var parsed = SpdxExpressionParser.Parse(license);
                    if (!parsed.Success)
                    {
                        context.Report(item["license"]!.Position, "'license' in " + where + " is not a valid SPDX expression: " + parsed.DescribeError());
                        continue;
                    }

                    expression = parsed.Expression;
                }

                LicenseCategory? category = null;
                var categoryName = context.OptionalString(item, "category", where);
                if (categoryName != null)
                {
                    if (!LicenseCategories.TryParse(categoryName, out var parsedCategory))
                    {
                        context.Report(item["category"]!.Position, "Unknown license category '" + categoryName + "' in " + where + "; expected one of: " + string.Join(", ", Enum.GetNames(typeof(LicenseCategory))));
                        continue;
                    }

                    category = parsedCategory;
                }

                if (expression == null && category == null)
                {
                    context.Report(item.Position, where + " needs a 'license' (SPDX expression) or a 'category'");
                    continue;
                }

                var isPrefix = prefix != null;
                layer.LicenseUrls.Add(new LicenseUrlPattern(isPrefix ? pattern : pattern.TrimEnd('/'), isPrefix, expression, category, context.OptionalString(item, "reason", where) ?? string.Empty));
            }
        }

        private static void ReadPackages(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            foreach (var item in context.ObjectArray(root, "packages", "the policy"))
            {
                var where = "a package rule";
                context.RejectUnknownMembers(item, where, PackageMembers);
                var id = context.RequiredString(item, "id", where);
                var versions = ReadRange(item, where, context);
                var action = item["action"] is { } actionValue ? ParseAction(actionValue, "'action' in " + where, context) : null;
                var license = context.OptionalString(item, "license", where);
                if (license != null && !SpdxExpressionParser.Parse(license).Success)
                {
                    context.Report(item["license"]!.Position, "'license' in " + where + " is not a valid SPDX expression: " + SpdxExpressionParser.Parse(license).DescribeError());
                    license = null;
                }

                if (action == null && license == null && item["action"] == null && item["license"] == null)
                {
                    context.Report(item.Position, where + " needs an 'action' (allow, warn, deny) or a 'license'");
                }

                if (id != null && !IdGlob.IsValid(id, out var error))
                {
                    context.Report(item["id"]!.Position, "Package id pattern " + error);
                    continue;
                }

                if (id != null && versions != null && (action != null || license != null))
                {
                    layer.PackageRules.Add(new PackageRule(id, versions, action, license, context.OptionalString(item, "reason", where), At(context, item.Position, id)));
                }
            }
        }

        private static void ReadExceptions(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            foreach (var item in context.ObjectArray(root, "exceptions", "the policy"))
            {
                var where = "an exception";
                context.RejectUnknownMembers(item, where, ExceptionMembers);
                var id = context.RequiredString(item, "id", where);
                var versions = ReadRange(item, where, context);
                var justification = context.RequiredString(item, "justification", where);
                var rules = context.StringArray(item, "rules", where);
                foreach (var rule in rules)
                {
                    if (!IsLockId(rule))
                    {
                        context.Report(item["rules"]!.Position, "'" + rule + "' in 'rules' of " + where + " is not a LOCKnnn diagnostic id");
                    }
                }

                DateTime? expires = null;
                var expiresText = context.OptionalString(item, "expires", where);
                if (expiresText != null)
                {
                    if (DateTime.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        expires = date;
                    }
                    else
                    {
                        context.Report(item["expires"]!.Position, "'expires' in " + where + " must be a date written yyyy-MM-dd, not '" + expiresText + "'");
                    }
                }

                if (id != null && !IdGlob.IsValid(id, out var error))
                {
                    context.Report(item["id"]!.Position, "Package id pattern " + error);
                    continue;
                }

                if (id != null && versions != null && justification != null)
                {
                    var origin = At(context, item.Position, string.Empty).ToString().TrimEnd(':', ' ');
                    layer.Exceptions.Add(new PolicyException(id, versions, rules.Where(IsLockId).ToList(), justification, expires, origin));
                }
            }
        }

        /// <summary>The analyzer's LOCK001 settings, validated with the same parsers the analyzer uses (AnalyzerContract).</summary>
        private static void ReadCoupling(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var coupling = Section(root, "coupling", CouplingMembers, context);
            if (coupling == null)
            {
                return;
            }

            var report = context.OptionalString(coupling, "report", "'coupling'");
            if (report != null)
            {
                if (CouplingReports.TryParse(report, out var parsed))
                {
                    layer.CouplingReport = parsed;
                }
                else
                {
                    context.Report(coupling["report"]!.Position, "'coupling.report' must be " + CouplingReports.Names + ", not '" + report + "'");
                }
            }

            if (coupling["compositionRoots"] == null)
            {
                return;
            }

            layer.CompositionRoots = new List<string>();
            foreach (var pattern in context.StringArray(coupling, "compositionRoots", "'coupling'"))
            {
                if (FileGlob.TryParse(pattern, out _, out var error))
                {
                    layer.CompositionRoots.Add(pattern.Trim());
                }
                else
                {
                    context.Report(coupling["compositionRoots"]!.Position, "Composition root pattern " + error);
                }
            }
        }

        private static void ReadAudit(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var audit = Section(root, "audit", AuditMembers, context);
            if (audit == null)
            {
                return;
            }

            var mode = context.OptionalString(audit, "mode", "'audit'");
            if (mode != null)
            {
                if (string.Equals(mode, "direct", StringComparison.OrdinalIgnoreCase))
                {
                    layer.AuditMode = AuditMode.Direct;
                }
                else if (string.Equals(mode, "all", StringComparison.OrdinalIgnoreCase))
                {
                    layer.AuditMode = AuditMode.All;
                }
                else
                {
                    context.Report(audit["mode"]!.Position, "'audit.mode' must be 'direct' or 'all', not '" + mode + "'");
                }
            }

            layer.AuditDevelopmentDependencies = context.OptionalBoolean(audit, "developmentDependencies", "'audit'");
        }

        private static void ReadModels(JsonValue root, PolicyLayer layer, JsonReadContext context)
        {
            var models = Section(root, "models", ModelMembers, context);
            ReadModelFamilies(models?["families"], layer, context);
            var openness = models?["openness"];
            if (openness == null || !context.Expect(openness, JsonKind.Object, "'models.openness'"))
            {
                return;
            }

            foreach (var member in openness.AsObject)
            {
                if (!ModelOpennessNames.TryParse(member.Name, out var openClass))
                {
                    context.Report(member.NamePosition, "Unknown model openness class '" + member.Name + "' in 'models.openness'; expected one of: " + string.Join(", ", ModelOpennessRules.Configurable.Select(ModelOpennessNames.ToText)));
                    continue;
                }

                if (ModelOpennessRules.WhyNotConfigurable(openClass) is { } why)
                {
                    context.Report(member.NamePosition, "'" + member.Name + "' in 'models.openness' cannot be set: " + why);
                    continue;
                }

                var what = "'models.openness." + member.Name + "'";
                if (!context.Expect(member.Value, JsonKind.String, what))
                {
                    continue;
                }

                if (ModelOpennessRules.TryParseAction(member.Value.AsString, out var action))
                {
                    layer.ModelActions[openClass] = action;
                }
                else
                {
                    context.Report(member.Value.Position, what + " must be 'allow', 'info', 'warn' or 'deny', not '" + member.Value.AsString + "'");
                }
            }
        }

        private static void ReadModelFamilies(JsonValue? families, PolicyLayer layer, JsonReadContext context)
        {
            if (families == null || !context.Expect(families, JsonKind.Object, "'models.families'"))
            {
                return;
            }

            foreach (var member in families.AsObject)
            {
                var what = "'models.families." + member.Name + "'";
                if (!context.Expect(member.Value, JsonKind.String, what))
                {
                    continue;
                }

                if (!ModelOpennessNames.TryParse(member.Value.AsString, out var openClass))
                {
                    context.Report(member.Value.Position, what + " must be one of " + string.Join(", ", ModelOpennessRules.Reclassifiable.Select(ModelOpennessNames.ToText)) + ", not '" + member.Value.AsString + "'");
                }
                else if (ModelOpennessRules.WhyNotReclassifiable(member.Name, openClass) is { } why)
                {
                    context.Report(ModelOpennessCatalog.Builtin.FindFamily(member.Name) == null ? member.NamePosition : member.Value.Position, what + ": " + why);
                }
                else
                {
                    layer.ModelClasses[member.Name] = openClass;
                }
            }
        }

        private static JsonValue? Section(JsonValue root, string name, string[] members, JsonReadContext context)
        {
            var value = root[name];
            if (value == null || !context.Expect(value, JsonKind.Object, "'" + name + "'"))
            {
                return null;
            }

            context.RejectUnknownMembers(value, "'" + name + "'", members);
            return value;
        }

        private static PackageVersionRange? ReadRange(JsonValue item, string where, JsonReadContext context)
        {
            var text = context.OptionalString(item, "versions", where);
            if (text == null)
            {
                return PackageVersionRange.All;
            }

            if (PackageVersionRange.TryParse(text, out var range, out var error))
            {
                return range;
            }

            context.Report(item["versions"]!.Position, "'versions' in " + where + " is not a NuGet version range: " + error);
            return null;
        }

        private static PolicyAction? ParseAction(JsonValue value, string what, JsonReadContext context)
        {
            if (!context.Expect(value, JsonKind.String, what))
            {
                return null;
            }

            switch (value.AsString)
            {
                case "allow": return PolicyAction.Allow;
                case "warn": return PolicyAction.Warn;
                case "deny": return PolicyAction.Deny;
                default:
                    context.Report(value.Position, what + " must be 'allow', 'warn' or 'deny', not '" + value.AsString + "'");
                    return null;
            }
        }

        private static bool IsLockId(string rule) =>
            rule.Length == 7 && rule.StartsWith("LOCK", StringComparison.OrdinalIgnoreCase) && rule.Skip(4).All(char.IsDigit);

        private static SourceProblem At(JsonReadContext context, JsonPosition position, string message) =>
            new SourceProblem(context.File, position.Line, position.Column, message);
    }
}
