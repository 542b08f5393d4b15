using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// What the compiler needs from <c>project.assets.json</c> for one target framework: the packages' compile
    /// assemblies, the referenced projects, the framework references and the targeting packs restore downloaded.
    /// (The policy core's <c>ProjectAssetsReader</c> reads only what the license audit needs.)
    /// </summary>
    internal sealed class CompileAssets
    {
        public List<string> Assemblies { get; } = new List<string>();

        public List<string> ProjectReferences { get; } = new List<string>();

        public List<string> FrameworkReferences { get; } = new List<string>();

        /// <summary>Targeting packs restore downloaded (name, version), for frameworks the SDK does not carry.</summary>
        public List<(string Name, string Version)> DownloadedPacks { get; } = new List<(string, string)>();

        public List<string> PackageFolders { get; } = new List<string>();

        /// <summary>Packages in the graph (lower-case id → folder), for packages whose assemblies come from build/ (NETStandard.Library, .NET Framework reference assemblies).</summary>
        public Dictionary<string, string> PackageDirectories { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public static CompileAssets Read(string text, string framework, string projectDirectory)
        {
            var result = new CompileAssets();
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
            var root = document.RootElement;
            if (root.TryGetProperty("packageFolders", out var folders) && folders.ValueKind == JsonValueKind.Object)
            {
                result.PackageFolders.AddRange(folders.EnumerateObject().Select(f => f.Name));
            }

            JsonElement libraries = default;
            var hasLibraries = root.TryGetProperty("libraries", out libraries) && libraries.ValueKind == JsonValueKind.Object;
            string frameworkName = framework;
            if (root.TryGetProperty("project", out var project) && project.TryGetProperty("frameworks", out var frameworks) && frameworks.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in frameworks.EnumerateObject())
                {
                    var alias = entry.Value.TryGetProperty("targetAlias", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : entry.Name;
                    if (!string.Equals(alias, framework, StringComparison.OrdinalIgnoreCase) && !string.Equals(entry.Name, framework, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    frameworkName = entry.Name;
                    if (entry.Value.TryGetProperty("frameworkReferences", out var references) && references.ValueKind == JsonValueKind.Object)
                    {
                        result.FrameworkReferences.AddRange(references.EnumerateObject().Select(r => r.Name));
                    }

                    if (entry.Value.TryGetProperty("downloadDependencies", out var downloads) && downloads.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var download in downloads.EnumerateArray())
                        {
                            if (download.TryGetProperty("name", out var name) && download.TryGetProperty("version", out var version) && name.ValueKind == JsonValueKind.String && version.ValueKind == JsonValueKind.String)
                            {
                                result.DownloadedPacks.Add((name.GetString()!, version.GetString()!.Trim('[', ']', ' ').Split(',')[0].Trim()));
                            }
                        }
                    }
                }
            }

            if (!root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return result;
            }

            JsonElement? target = null;
            foreach (var candidate in targets.EnumerateObject())
            {
                if (candidate.Name.Contains('/'))
                {
                    continue;
                }

                if (string.Equals(candidate.Name, frameworkName, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.Name, framework, StringComparison.OrdinalIgnoreCase) || target == null)
                {
                    target = candidate.Value;
                    if (string.Equals(candidate.Name, frameworkName, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.Name, framework, StringComparison.OrdinalIgnoreCase))
                    {
                        break;
                    }
                }
            }

            if (target is not { ValueKind: JsonValueKind.Object } libraryTarget)
            {
                return result;
            }

            foreach (var library in libraryTarget.EnumerateObject())
            {
                var type = library.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                JsonElement info = default;
                var hasInfo = hasLibraries && libraries.TryGetProperty(library.Name, out info);
                var path = hasInfo && info.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                if (string.Equals(type, "project", StringComparison.OrdinalIgnoreCase))
                {
                    var msbuildProject = hasInfo && info.TryGetProperty("msbuildProject", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : path;
                    if (msbuildProject != null)
                    {
                        result.ProjectReferences.Add(Path.GetFullPath(Path.Combine(projectDirectory, msbuildProject.Replace('\\', Path.DirectorySeparatorChar))));
                    }

                    continue;
                }

                if (!string.Equals(type, "package", StringComparison.OrdinalIgnoreCase) || path == null)
                {
                    continue;
                }

                var directory = result.PackageFolders.Select(f => Path.Combine(f, path)).FirstOrDefault(Directory.Exists);
                if (directory == null)
                {
                    continue;
                }

                var slash = library.Name.IndexOf('/');
                result.PackageDirectories[slash > 0 ? library.Name.Substring(0, slash) : library.Name] = directory;
                if (library.Value.TryGetProperty("compile", out var compile) && compile.ValueKind == JsonValueKind.Object)
                {
                    foreach (var asset in compile.EnumerateObject())
                    {
                        if (asset.Name.EndsWith("/_._", StringComparison.Ordinal) || asset.Name == "_._" || !asset.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        var file = Path.Combine(directory, asset.Name.Replace('/', Path.DirectorySeparatorChar));
                        if (File.Exists(file))
                        {
                            result.Assemblies.Add(file);
                        }
                    }
                }
            }

            return result;
        }
    }
}
