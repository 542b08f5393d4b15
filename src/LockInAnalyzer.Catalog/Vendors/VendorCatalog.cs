using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// The AI vendor catalog: which SDKs, hosts and model ids couple code to which vendor, and the neutral way out.
    /// Built once per process from <c>policies/catalog/vendors.json</c> (embedded) and immutable afterwards,
    /// so analyzers can share it across compilations and threads.
    /// </summary>
    public sealed class VendorCatalog
    {
        private static readonly Lazy<VendorCatalog> BuiltinCatalog = new Lazy<VendorCatalog>(LoadBuiltin);

        private readonly Dictionary<string, List<(Vendor Vendor, VendorAssembly Assembly)>> assembliesByName;
        private readonly Dictionary<string, Vendor> packagesById;
        private readonly Dictionary<string, Vendor> exactHosts;
        private readonly List<(string Pattern, Vendor Vendor)> wildcardHosts;
        private readonly Dictionary<char, List<(Vendor Vendor, ModelPattern Pattern)>> modelsByFirstChar;
        private readonly Dictionary<char, List<ModelPattern>> openWeightsByFirstChar;

        public VendorCatalog(
            IReadOnlyList<Vendor> vendors,
            IReadOnlyDictionary<string, AiRole> roles,
            IReadOnlyList<string> neutralPackages,
            IReadOnlyList<string> neutralAssemblies,
            IReadOnlyList<ModelPattern> openWeightModels,
            IReadOnlyList<string> modelContextNames)
        {
            Vendors = vendors;
            Roles = roles;
            NeutralPackages = neutralPackages;
            NeutralAssemblies = neutralAssemblies;
            OpenWeightModels = openWeightModels;
            ModelContextNames = new HashSet<string>(modelContextNames, StringComparer.OrdinalIgnoreCase);

            assembliesByName = new Dictionary<string, List<(Vendor, VendorAssembly)>>(StringComparer.OrdinalIgnoreCase);
            packagesById = new Dictionary<string, Vendor>(StringComparer.OrdinalIgnoreCase);
            exactHosts = new Dictionary<string, Vendor>(StringComparer.OrdinalIgnoreCase);
            wildcardHosts = new List<(string, Vendor)>();
            modelsByFirstChar = new Dictionary<char, List<(Vendor, ModelPattern)>>();
            openWeightsByFirstChar = new Dictionary<char, List<ModelPattern>>();

            foreach (var vendor in vendors)
            {
                foreach (var assembly in vendor.Assemblies)
                {
                    if (!assembliesByName.TryGetValue(assembly.Name, out var list))
                    {
                        assembliesByName[assembly.Name] = list = new List<(Vendor, VendorAssembly)>();
                    }

                    list.Add((vendor, assembly));
                }

                foreach (var package in vendor.Packages)
                {
                    packagesById[package] = vendor;
                }

                foreach (var host in vendor.Hosts)
                {
                    if (HostPattern.HasWildcard(host))
                    {
                        wildcardHosts.Add((host, vendor));
                    }
                    else
                    {
                        exactHosts[host] = vendor;
                    }
                }

                foreach (var model in vendor.Models)
                {
                    foreach (var prefix in model.Prefixes)
                    {
                        AddByFirstChar(modelsByFirstChar, prefix, (vendor, model));
                    }
                }
            }

            foreach (var model in openWeightModels)
            {
                foreach (var prefix in model.Prefixes)
                {
                    AddByFirstChar(openWeightsByFirstChar, prefix, model);
                }
            }
        }

        /// <summary>The catalog shipped inside the product.</summary>
        public static VendorCatalog Builtin => BuiltinCatalog.Value;

        public IReadOnlyList<Vendor> Vendors { get; }

        public IReadOnlyDictionary<string, AiRole> Roles { get; }

        /// <summary>Packages that are the way out (Microsoft.Extensions.AI, OllamaSharp, ...): never reported.</summary>
        public IReadOnlyList<string> NeutralPackages { get; }

        public IReadOnlyList<string> NeutralAssemblies { get; }

        /// <summary>Open-weight model families (<c>gpt-oss-*</c>, <c>llama-*</c>) that look like vendor names but lock nothing in.</summary>
        public IReadOnlyList<ModelPattern> OpenWeightModels { get; }

        /// <summary>Parameter, property and variable names that hold a model id (<c>model</c>, <c>deploymentName</c>, ...).</summary>
        public ISet<string> ModelContextNames { get; }

        /// <summary>Whether any vendor ships an assembly with this name; the analyzer's cheapest early exit.</summary>
        public bool IsVendorAssemblyName(string assemblyName) => assembliesByName.ContainsKey(assemblyName);

        /// <summary>The vendors (usually one) whose SDK ships an assembly with this name.</summary>
        public IReadOnlyList<(Vendor Vendor, VendorAssembly Assembly)> FindAssembly(string assemblyName) =>
            assembliesByName.TryGetValue(assemblyName, out var list) ? list : (IReadOnlyList<(Vendor, VendorAssembly)>)Array.Empty<(Vendor, VendorAssembly)>();

        /// <summary>The vendor whose SDK this NuGet package is, or null.</summary>
        public Vendor? FindPackage(string packageId) => packagesById.TryGetValue(packageId, out var vendor) ? vendor : null;

        /// <summary>The vendor serving this host name, or null. Loopback is never a vendor.</summary>
        public Vendor? FindHost(string host)
        {
            if (host.Length == 0 || HostPattern.IsLoopback(host))
            {
                return null;
            }

            if (exactHosts.TryGetValue(host, out var vendor))
            {
                return vendor;
            }

            foreach (var wildcard in wildcardHosts)
            {
                if (HostPattern.IsMatch(host, wildcard.Pattern))
                {
                    return wildcard.Vendor;
                }
            }

            return null;
        }

        /// <summary>
        /// The closed model family this literal names, or null. Open-weight families win over closed ones
        /// (<c>gpt-oss-120b</c> is not an OpenAI lock-in). Patterns anchored to model context fire only when <paramref name="inModelContext"/>.
        /// </summary>
        public (Vendor Vendor, ModelPattern Pattern)? FindModel(string literal, bool inModelContext)
        {
            var match = MatchModel(literal);
            return match != null && (inModelContext || match.Value.Pattern.Anchor == ModelAnchor.Anywhere) ? match : null;
        }

        /// <summary>
        /// One pass over the literal's candidate families: the first family that fires anywhere, else the first that needs
        /// a model context (the caller checks <see cref="ModelPattern.Anchor"/> and decides whether to pay for the context
        /// check); null when nothing matches or an open-weight family claims the literal.
        /// </summary>
        public (Vendor Vendor, ModelPattern Pattern)? MatchModel(string literal)
        {
            if (literal.Length < 2 || literal.Length > 128)
            {
                return null;
            }

            var first = char.ToLowerInvariant(literal[0]);
            if (!modelsByFirstChar.TryGetValue(first, out var candidates))
            {
                return null;
            }

            (Vendor, ModelPattern)? found = null;
            foreach (var candidate in candidates)
            {
                if ((found == null || candidate.Pattern.Anchor == ModelAnchor.Anywhere)
                    && StartsWithAny(literal, candidate.Pattern.Prefixes)
                    && candidate.Pattern.Regex.IsMatch(literal))
                {
                    found = candidate;
                    if (candidate.Pattern.Anchor == ModelAnchor.Anywhere)
                    {
                        break;
                    }
                }
            }

            if (found == null)
            {
                return null;
            }

            if (openWeightsByFirstChar.TryGetValue(first, out var openWeights))
            {
                foreach (var openWeight in openWeights)
                {
                    if (StartsWithAny(literal, openWeight.Prefixes) && openWeight.Regex.IsMatch(literal))
                    {
                        return null;
                    }
                }
            }

            return found;
        }

        /// <summary>The role of a vendor type: its own entry first, then the longest matching namespace, else "other".</summary>
        public AiRole RoleOf(Vendor vendor, string typeFullName, string containingNamespace)
        {
            if (vendor.TypeRoles.TryGetValue(typeFullName, out var roleId))
            {
                return Role(roleId);
            }

            string? best = null;
            foreach (var entry in vendor.NamespaceRoles)
            {
                if (NamespaceMatcher.IsInNamespace(containingNamespace, entry.Key) && (best == null || entry.Key.Length > best.Length))
                {
                    best = entry.Key;
                    roleId = entry.Value;
                }
            }

            return Role(best == null ? "other" : roleId!);
        }

        public AiRole Role(string id) => Roles.TryGetValue(id, out var role) ? role : new AiRole(id, null, null);

        /// <summary>A catalog with the policy's extra vendors added after the built-in ones.</summary>
        public VendorCatalog WithVendors(IReadOnlyList<Vendor> extra) =>
            extra.Count == 0 ? this : new VendorCatalog(Vendors.Concat(extra).ToList(), Roles, NeutralPackages, NeutralAssemblies, OpenWeightModels, ModelContextNames.ToList());

        private static bool StartsWithAny(string literal, IReadOnlyList<string> prefixes)
        {
            // An indexed loop: foreach over the interface allocates an enumerator per literal.
            for (var i = 0; i < prefixes.Count; i++)
            {
                if (literal.StartsWith(prefixes[i], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AddByFirstChar<T>(Dictionary<char, List<T>> index, string prefix, T item)
        {
            var key = prefix.Length == 0 ? '\0' : char.ToLowerInvariant(prefix[0]);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = new List<T>();
            }

            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        private static VendorCatalog LoadBuiltin()
        {
            using var stream = typeof(VendorCatalog).Assembly.GetManifestResourceStream("LockInAnalyzer.Catalog.vendors.json")
                ?? throw new InvalidOperationException("The built-in vendor catalog is missing from the assembly.");
            using var reader = new StreamReader(stream);
            var result = CatalogReader.Read(reader.ReadToEnd(), "vendors.json");
            if (result.Catalog == null || result.Problems.Count > 0)
            {
                throw new InvalidOperationException("The built-in vendor catalog is invalid: " + string.Join("; ", result.Problems));
            }

            return result.Catalog;
        }
    }
}
