using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LockInAnalyzer.Catalog.Vendors;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// What one compilation references of the vendor catalog, resolved once at compilation start and shared by the
    /// coupling analyzers. <see cref="For"/> returns null when no vendor assembly is referenced: then the symbol-based
    /// analyzers register nothing and cost nothing.
    /// </summary>
    public sealed class VendorSymbolIndex
    {
        private static readonly ConditionalWeakTable<Compilation, VendorSymbolIndex?[]> PerCompilation = new ConditionalWeakTable<Compilation, VendorSymbolIndex?[]>();

        // Metadata assembly symbols are shared by compilations of the same reference, so the name walk happens once per SDK.
        private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> TypeNamesPerAssembly = new ConditionalWeakTable<IAssemblySymbol, HashSet<string>>();

        private readonly Dictionary<IAssemblySymbol, IReadOnlyList<(Vendor Vendor, VendorAssembly Assembly)>> assemblies;
        private readonly ConcurrentDictionary<INamespaceSymbol, Vendor?> vendorByNamespace = new ConcurrentDictionary<INamespaceSymbol, Vendor?>(SymbolEqualityComparer.Default);
        private readonly HashSet<string> typeNames;

        private VendorSymbolIndex(VendorCatalog catalog, Dictionary<IAssemblySymbol, IReadOnlyList<(Vendor, VendorAssembly)>> assemblies, HashSet<string> typeNames)
        {
            Catalog = catalog;
            this.assemblies = assemblies;
            this.typeNames = typeNames;
        }

        public VendorCatalog Catalog { get; }

        /// <summary>The vendors whose SDK this compilation references.</summary>
        public IEnumerable<Vendor> ReferencedVendors
        {
            get
            {
                var seen = new HashSet<string>();
                foreach (var entries in assemblies.Values)
                {
                    foreach (var entry in entries)
                    {
                        if (seen.Add(entry.Vendor.Id))
                        {
                            yield return entry.Vendor;
                        }
                    }
                }
            }
        }

        /// <summary>The index for <paramref name="compilation"/>, or null when it references no vendor SDK.</summary>
        public static VendorSymbolIndex? For(Compilation compilation)
        {
            var slot = PerCompilation.GetValue(compilation, _ => new VendorSymbolIndex?[] { Build(compilation, VendorCatalog.Builtin) });
            return slot[0];
        }

        /// <summary>
        /// True when <paramref name="simpleName"/> is the name of some vendor type (or of a vendor attribute without its
        /// suffix). Lets the type-reference analysis skip binding for almost every identifier in the compilation.
        /// </summary>
        public bool IsCandidateTypeName(string simpleName) => typeNames.Contains(simpleName);

        /// <summary>The vendor that owns this type or member, by containing assembly AND namespace; null for anything else.</summary>
        public Vendor? VendorOf(ISymbol symbol)
        {
            var assembly = symbol.ContainingAssembly;
            if (assembly == null || !assemblies.TryGetValue(assembly, out var entries))
            {
                return null;
            }

            var ns = symbol is INamespaceSymbol own ? own : symbol.ContainingNamespace;
            if (ns == null)
            {
                return null;
            }

            return vendorByNamespace.GetOrAdd(ns, n => MatchNamespace(n.ToDisplayString(), entries));
        }

        /// <summary>The vendor match of a type (its definition, not its construction), or null.</summary>
        public VendorMatch? MatchType(ITypeSymbol type)
        {
            var definition = type.OriginalDefinition;
            var vendor = VendorOf(definition);
            if (vendor == null)
            {
                return null;
            }

            var ns = definition.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            var fullName = ns.Length == 0 ? definition.MetadataName : ns + "." + ContainingTypePrefix(definition) + definition.MetadataName;
            return new VendorMatch(vendor, Catalog.RoleOf(vendor, fullName, ns));
        }

        /// <summary>The first vendor type anywhere inside <paramref name="type"/>: itself, type arguments, array elements, pointers, tuples.</summary>
        public (ITypeSymbol Type, VendorMatch Match)? FindVendorTypeWithin(ITypeSymbol type, int depth = 0)
        {
            if (depth > 16)
            {
                return null;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return FindVendorTypeWithin(array.ElementType, depth + 1);
                case IPointerTypeSymbol pointer:
                    return FindVendorTypeWithin(pointer.PointedAtType, depth + 1);
                case INamedTypeSymbol named:
                    var match = MatchType(named);
                    if (match != null)
                    {
                        return (named.OriginalDefinition, match);
                    }

                    if (named.IsGenericType)
                    {
                        foreach (var argument in named.TypeArguments)
                        {
                            var inner = FindVendorTypeWithin(argument, depth + 1);
                            if (inner != null)
                            {
                                return inner;
                            }
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static string ContainingTypePrefix(ITypeSymbol type)
        {
            var prefix = string.Empty;
            for (var containing = type.ContainingType; containing != null; containing = containing.ContainingType)
            {
                prefix = containing.MetadataName + "+" + prefix;
            }

            return prefix;
        }

        private static Vendor? MatchNamespace(string ns, IReadOnlyList<(Vendor Vendor, VendorAssembly Assembly)> entries)
        {
            foreach (var entry in entries)
            {
                foreach (var prefix in entry.Assembly.Namespaces)
                {
                    if (NamespaceMatcher.IsInNamespace(ns, prefix))
                    {
                        return entry.Vendor;
                    }
                }
            }

            return null;
        }

        private static VendorSymbolIndex? Build(Compilation compilation, VendorCatalog catalog)
        {
            Dictionary<IAssemblySymbol, IReadOnlyList<(Vendor, VendorAssembly)>>? found = null;
            foreach (var reference in compilation.References)
            {
                // Names first: resolving a reference to its symbol is only worth it for the few that are vendor SDKs.
                if (reference.Display == null || !MightBeVendor(reference.Display, catalog))
                {
                    continue;
                }

                if (compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly && catalog.IsVendorAssemblyName(assembly.Identity.Name))
                {
                    found ??= new Dictionary<IAssemblySymbol, IReadOnlyList<(Vendor, VendorAssembly)>>(SymbolEqualityComparer.Default);
                    found[assembly] = catalog.FindAssembly(assembly.Identity.Name);
                }
            }

            if (found == null)
            {
                return null;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in found)
            {
                names.UnionWith(TypeNamesPerAssembly.GetValue(pair.Key, CollectTypeNames));
            }

            return new VendorSymbolIndex(catalog, found, names);
        }

        // A reference's display is its path (or a name for in-memory references); the file name without extension is the
        // assembly name for every SDK we know, but in-memory references can be anything, so unknown shapes stay candidates.
        private static bool MightBeVendor(string display, VendorCatalog catalog)
        {
            var name = display;
            var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
            if (slash >= 0)
            {
                name = name.Substring(slash + 1);
            }

            if (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return catalog.IsVendorAssemblyName(name.Substring(0, name.Length - 4));
            }

            return true;
        }

        /// <summary>
        /// The simple names of the assembly's types, read from metadata (<see cref="IAssemblySymbol.TypeNames"/>: every type,
        /// nested ones included, without creating a symbol for each), plus attribute names without their suffix. It is a
        /// superset of the public vendor types (internal helpers, types outside the vendor's namespaces): an extra name
        /// only costs a bind at a type position, and <see cref="MatchType"/> decides. Walking the symbols instead cost
        /// 300-480 ms per SDK on first use (Anthropic 13 declares over 4,000 public types); this costs about 25 ms.
        /// </summary>
        private static HashSet<string> CollectTypeNames(IAssemblySymbol assembly)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in assembly.TypeNames)
            {
                if (name.Length == 0 || name[0] == '<')
                {
                    // Compiler-generated (<Module>, <PrivateImplementationDetails>, ...): never written in source.
                    continue;
                }

                names.Add(name);
                if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
                {
                    names.Add(name.Substring(0, name.Length - "Attribute".Length));
                }
            }

            return names;
        }
    }
}
