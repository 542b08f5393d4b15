using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// The reference assemblies of a target framework, found where the build finds them: the SDK's packs folder
    /// (<c>dotnet/packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net10.0</c>), targeting packs restore downloaded
    /// into the packages folder, or the reference-assembly packages of .NET Standard 2.0 and .NET Framework. When none is
    /// there, the running runtime's own assemblies stand in (good enough to bind vendor types) and a note says so.
    /// </summary>
    internal static class FrameworkReferences
    {
        private static readonly Regex NetCore = new Regex("^net(?:coreapp)?(\\d+)\\.(\\d+)(?:-.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        private static readonly Regex NetFramework = new Regex("^net(\\d)(\\d)(\\d?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static string? DotnetRoot
        {
            get
            {
                var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_ROOT");
                if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(Path.Combine(fromEnvironment, "packs")))
                {
                    return fromEnvironment;
                }

                // <root>/shared/Microsoft.NETCore.App/<version>/
                var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
                var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
                return Directory.Exists(Path.Combine(root, "packs")) ? root : null;
            }
        }

        /// <summary>The reference assemblies; <paramref name="note"/> says when the runtime's assemblies had to stand in.</summary>
        public static IReadOnlyList<string> Resolve(string framework, CompileAssets assets, out string? note)
        {
            note = null;
            var tfm = framework.Trim().ToLowerInvariant();
            var found = new List<string>();
            var core = NetCore.Match(tfm);
            if (core.Success && (int.Parse(core.Groups[1].Value) >= 5 || tfm.StartsWith("netcoreapp", StringComparison.Ordinal)))
            {
                var version = core.Groups[1].Value + "." + core.Groups[2].Value;
                var folder = tfm.StartsWith("netcoreapp", StringComparison.Ordinal) ? "netcoreapp" + version : "net" + version;
                var packs = new List<string> { "Microsoft.NETCore.App.Ref" };
                packs.AddRange(assets.FrameworkReferences.Where(r => !r.Equals("Microsoft.NETCore.App", StringComparison.OrdinalIgnoreCase)).Select(r => r + ".Ref"));
                foreach (var pack in packs)
                {
                    var directory = PackDirectory(pack, version, folder, assets);
                    if (directory != null)
                    {
                        found.AddRange(Directory.EnumerateFiles(directory, "*.dll"));
                    }
                    else if (pack == "Microsoft.NETCore.App.Ref")
                    {
                        // netcoreapp2.x: the framework comes as the Microsoft.NETCore.App package, already in the compile assets.
                        if (assets.Assemblies.Any(a => a.Contains("microsoft.netcore.app", StringComparison.OrdinalIgnoreCase)))
                        {
                            continue;
                        }

                        return RuntimeFallback(framework, out note);
                    }
                }

                return found;
            }

            if (tfm == "netstandard2.1")
            {
                var directory = PackDirectory("NETStandard.Library.Ref", "2.1", "netstandard2.1", assets);
                return directory != null ? Directory.EnumerateFiles(directory, "*.dll").ToList() : RuntimeFallback(framework, out note);
            }

            if (tfm.StartsWith("netstandard", StringComparison.Ordinal))
            {
                if (assets.PackageDirectories.TryGetValue("NETStandard.Library", out var library))
                {
                    var directory = Path.Combine(library, "build", "netstandard2.0", "ref");
                    if (Directory.Exists(directory))
                    {
                        return Directory.EnumerateFiles(directory, "*.dll").ToList();
                    }
                }

                return RuntimeFallback(framework, out note);
            }

            var netfx = NetFramework.Match(tfm);
            if (netfx.Success)
            {
                var version = "v" + netfx.Groups[1].Value + "." + netfx.Groups[2].Value + (netfx.Groups[3].Value.Length > 0 ? "." + netfx.Groups[3].Value : string.Empty);
                if (assets.PackageDirectories.TryGetValue("Microsoft.NETFramework.ReferenceAssemblies." + tfm, out var package))
                {
                    var directory = Path.Combine(package, "build", ".NETFramework", version);
                    if (Directory.Exists(directory))
                    {
                        found.AddRange(Directory.EnumerateFiles(directory, "*.dll"));
                        var facades = Path.Combine(directory, "Facades");
                        if (Directory.Exists(facades))
                        {
                            found.AddRange(Directory.EnumerateFiles(facades, "*.dll"));
                        }

                        return found;
                    }
                }
            }

            return RuntimeFallback(framework, out note);
        }

        private static string? PackDirectory(string pack, string version, string folder, CompileAssets assets)
        {
            // 1. A targeting pack restore downloaded (frameworks older than the SDK's own).
            foreach (var (name, packVersion) in assets.DownloadedPacks)
            {
                if (!name.Equals(pack, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var packages in assets.PackageFolders)
                {
                    var directory = Path.Combine(packages, pack.ToLowerInvariant(), packVersion.ToLowerInvariant(), "ref", folder);
                    if (Directory.Exists(directory))
                    {
                        return directory;
                    }
                }
            }

            // 2. The SDK's packs folder: the highest installed version of the same major.minor.
            var root = DotnetRoot;
            if (root == null)
            {
                return null;
            }

            var packRoot = Path.Combine(root, "packs", pack);
            if (!Directory.Exists(packRoot))
            {
                return null;
            }

            return Directory.EnumerateDirectories(packRoot)
                .Select(d => (Directory: d, Version: System.Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
                .Where(d => d.Version != null && (d.Version.Major + "." + d.Version.Minor) == version)
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Directory, "ref", folder))
                .FirstOrDefault(Directory.Exists);
        }

        private static IReadOnlyList<string> RuntimeFallback(string framework, out string? note)
        {
            note = "reference assemblies for '" + framework + "' were not found; the code was analysed against the running .NET runtime's assemblies";
            var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(p).Equals("mscorlib.dll", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(p).Equals("netstandard.dll", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(p).StartsWith("Microsoft.Win32", StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }
}
