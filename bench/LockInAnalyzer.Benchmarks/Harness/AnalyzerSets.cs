using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Catalog.Vendors;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>The two contenders: every LockInAnalyzer analyzer, and BannedApiAnalyzers with an equivalent ban list.</summary>
public static class AnalyzerSets
{
    public const string BannedApiFolder = "competitors/BannedApiAnalyzers";

    /// <summary>Every C# analyzer in the LockInAnalyzer assembly, found by attribute so new analyzers are measured too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> LockIn()
    {
        var assembly = typeof(VendorSdkUsageAnalyzer).Assembly;
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    /// <summary>BannedApiAnalyzers' C# analyzers, loaded from the package's analyzers/dotnet/cs folder copied next to this program.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> BannedApi()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, BannedApiFolder);
        var loader = new FolderAnalyzerAssemblyLoader();
        var analyzers = new List<DiagnosticAnalyzer>();
        foreach (var path in Directory.GetFiles(folder, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            loader.AddDependencyLocation(path);
        }

        foreach (var path in Directory.GetFiles(folder, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"))
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException($"Cannot load {path}: {e.Message}", e.Exception);
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (analyzers.Count == 0)
        {
            throw new InvalidOperationException($"No BannedApiAnalyzers analyzer found in {folder}.");
        }

        return analyzers.ToImmutableArray();
    }

    /// <summary>The version of the BannedApiAnalyzers assembly actually loaded.</summary>
    public static string BannedApiVersion(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        analyzers[0].GetType().Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? analyzers[0].GetType().Assembly.GetName().Version?.ToString()
        ?? "?";

    /// <summary>
    /// BannedSymbols.txt doing the same matching job as LOCK001/LOCK002: one <c>N:</c> line per namespace any catalog
    /// vendor assembly declares (BannedApi matches by namespace only; LockIn by assembly AND namespace).
    /// </summary>
    public static string BannedSymbolsText(VendorCatalog catalog)
    {
        var namespaces = catalog.Vendors
            .SelectMany(v => v.Assemblies.SelectMany(a => a.Namespaces.Select(ns => (ns, v.Name))))
            .GroupBy(x => x.ns, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var lines = namespaces.Select(g => $"N:{g.Key};Vendor SDK ({string.Join(", ", g.Select(x => x.Name).Distinct())}): depend on a neutral abstraction");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Loads analyzer assemblies from their folder, resolving their dependencies from the same folder.</summary>
    private sealed class FolderAnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        private readonly Dictionary<string, string> byName = new(StringComparer.OrdinalIgnoreCase);

        public FolderAnalyzerAssemblyLoader()
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
            {
                var name = new AssemblyName(args.Name).Name;
                return name != null && byName.TryGetValue(name, out var path) ? Assembly.LoadFrom(path) : null;
            };
        }

        public void AddDependencyLocation(string fullPath) => byName[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
