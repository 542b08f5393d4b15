using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>
/// The metadata references a corpus compiles against: the .NET reference pack the SDK compiles with, plus, for the
/// vendor corpus, the real OpenAI and Anthropic assemblies (and their dependency closure) copied next to this program.
/// </summary>
public static class ReferenceAssemblies
{
    private static readonly Lazy<IReadOnlyList<string>> FrameworkPaths = new(FindFrameworkPaths);

    /// <summary>Where the framework references come from, for the report.</summary>
    public static string FrameworkSource { get; private set; } = "";

    public static IReadOnlyList<string> Framework => FrameworkPaths.Value;

    /// <summary>The vendor SDK assemblies and whatever they reference that is not part of the framework.</summary>
    public static IReadOnlyList<string> VendorClosure(params string[] rootAssemblyNames)
    {
        var frameworkNames = new HashSet<string>(Framework.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
        var baseDirectory = AppContext.BaseDirectory;
        var found = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(rootAssemblyNames);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (found.ContainsKey(name) || frameworkNames.Contains(name))
            {
                continue;
            }

            var path = Path.Combine(baseDirectory, name + ".dll");
            if (!File.Exists(path))
            {
                continue;
            }

            found[name] = path;
            foreach (var reference in ReferencedAssemblyNames(path))
            {
                pending.Push(reference);
            }
        }

        foreach (var root in rootAssemblyNames)
        {
            if (!found.ContainsKey(root))
            {
                throw new InvalidOperationException($"{root}.dll is not next to the benchmark; restore and build the benchmark project first.");
            }
        }

        return found.Values.ToList();
    }

    /// <summary>A fresh reference per path: new metadata, so no symbols are shared with other compilations.</summary>
    public static ImmutableArray<MetadataReference> Load(IEnumerable<string> paths) =>
        paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();

    private static IEnumerable<string> ReferencedAssemblyNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();
    }

    private static IReadOnlyList<string> FindFrameworkPaths()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var major = Environment.Version.Major;
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (Directory.Exists(packs))
        {
            var refDirectory = Directory.GetDirectories(packs)
                .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == major)
                .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
                .Select(d => Path.Combine(d, "ref", $"net{major}.0"))
                .FirstOrDefault(Directory.Exists);
            if (refDirectory != null)
            {
                FrameworkSource = refDirectory;
                return Directory.GetFiles(refDirectory, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList();
            }
        }

        // No targeting pack: the runtime's own assemblies compile the same code.
        FrameworkSource = runtimeDirectory + " (runtime assemblies; no reference pack found)";
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }
}
