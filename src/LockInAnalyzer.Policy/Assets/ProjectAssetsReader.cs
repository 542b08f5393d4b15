using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Assets
{
    /// <summary>
    /// A small typed reader for NuGet's <c>project.assets.json</c> (format version 3), standing in for
    /// NuGet.ProjectModel, which cannot be used here. It reads only what the audit needs and reports a malformed file
    /// as a problem with its position instead of throwing.
    /// </summary>
    public static class ProjectAssetsReader
    {
        public static ProjectAssets? Read(string text, string file, List<SourceProblem> problems)
        {
            var context = new JsonReadContext(file);
            try
            {
                if (!JsonParser.TryParse(text, out var root, out var error))
                {
                    context.Report(error!.Position, error.Message);
                    return null;
                }

                if (!context.Expect(root!, JsonKind.Object, "project.assets.json"))
                {
                    return null;
                }

                var packages = new Dictionary<string, AssetsPackage>(StringComparer.OrdinalIgnoreCase);
                var libraries = root!["libraries"];
                var targets = root["targets"];
                var frameworks = new List<string>();
                var graph = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
                if (targets != null && context.Expect(targets, JsonKind.Object, "'targets'"))
                {
                    foreach (var target in targets.AsObject)
                    {
                        // "net8.0/linux-x64" repeats "net8.0" with runtime assets; the package set is the same.
                        var framework = target.Name.Split('/')[0];
                        if (!frameworks.Contains(framework))
                        {
                            frameworks.Add(framework);
                        }

                        if (!context.Expect(target.Value, JsonKind.Object, "target '" + target.Name + "'"))
                        {
                            continue;
                        }

                        foreach (var library in target.Value.AsObject)
                        {
                            if (library.Value.Kind != JsonKind.Object || !string.Equals(library.Value["type"]?.Kind == JsonKind.String ? library.Value["type"]!.AsString : null, "package", StringComparison.OrdinalIgnoreCase))
                            {
                                continue;
                            }

                            var package = GetOrAdd(packages, library.Name, libraries, context, library.NamePosition);
                            if (package == null)
                            {
                                continue;
                            }

                            if (!package.Frameworks.Contains(framework))
                            {
                                package.Frameworks.Add(framework);
                            }

                            if (library.Value["dependencies"] is { Kind: JsonKind.Object } dependencies)
                            {
                                if (!graph.TryGetValue(package.Id, out var children))
                                {
                                    graph[package.Id] = children = new List<string>();
                                }

                                children.AddRange(dependencies.AsObject.Select(d => d.Name));
                            }
                        }
                    }
                }

                var project = root["project"];
                string? projectName = null;
                string? projectPath = null;
                var frameworkAliases = new List<string>();
                if (project != null && context.Expect(project, JsonKind.Object, "'project'"))
                {
                    if (project["restore"] is { Kind: JsonKind.Object } restore)
                    {
                        projectName = restore["projectName"] is { Kind: JsonKind.String } name ? name.AsString : null;
                        projectPath = restore["projectPath"] is { Kind: JsonKind.String } path ? path.AsString : null;
                    }

                    if (project["frameworks"] is { Kind: JsonKind.Object } projectFrameworks)
                    {
                        foreach (var framework in projectFrameworks.AsObject)
                        {
                            var alias = framework.Value["targetAlias"] is { Kind: JsonKind.String } a ? a.AsString : framework.Name;
                            frameworkAliases.Add(alias);
                            if (framework.Value["dependencies"] is not { Kind: JsonKind.Object } direct)
                            {
                                continue;
                            }

                            foreach (var dependency in direct.AsObject)
                            {
                                if (!packages.TryGetValue(dependency.Name, out var package) || dependency.Value.Kind != JsonKind.Object)
                                {
                                    continue;
                                }

                                var privateAll = dependency.Value["suppressParent"] is { Kind: JsonKind.String } suppress && suppress.AsString.IndexOf("All", StringComparison.OrdinalIgnoreCase) >= 0;
                                package.IsDevelopmentDependency = package.IsDirect ? package.IsDevelopmentDependency && privateAll : privateAll;
                                package.IsDirect = true;
                                if (dependency.Value["noWarn"] is { Kind: JsonKind.Array } noWarn)
                                {
                                    foreach (var code in noWarn.AsArray.Where(c => c.Kind == JsonKind.String))
                                    {
                                        package.NoWarn.Add(code.AsString.Trim());
                                    }
                                }
                            }
                        }
                    }
                }

                AttributeTransitivePackages(packages, graph);
                var folders = root["packageFolders"] is { Kind: JsonKind.Object } packageFolders
                    ? packageFolders.AsObject.Select(f => f.Name).ToList()
                    : new List<string>();
                var ordered = packages.Values.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
                return new ProjectAssets(projectName, projectPath, folders, frameworkAliases.Count > 0 ? frameworkAliases : frameworks, ordered);
            }
            finally
            {
                problems.AddRange(context.Problems);
            }
        }

        private static AssetsPackage? GetOrAdd(Dictionary<string, AssetsPackage> packages, string key, JsonValue? libraries, JsonReadContext context, JsonPosition position)
        {
            var slash = key.IndexOf('/');
            if (slash <= 0 || slash == key.Length - 1)
            {
                context.Report(position, "Library key '" + key + "' is not 'id/version'");
                return null;
            }

            var id = key.Substring(0, slash);
            if (!PackageVersion.TryParse(key.Substring(slash + 1), out var version, out var error))
            {
                context.Report(position, "Library '" + key + "' has an invalid version: " + error);
                return null;
            }

            if (packages.TryGetValue(id, out var existing))
            {
                return existing;
            }

            string? path = null;
            if (libraries?[key] is { Kind: JsonKind.Object } library && library["path"] is { Kind: JsonKind.String } p)
            {
                path = p.AsString;
            }

            var package = new AssetsPackage(id, version!, path);
            packages[id] = package;
            return package;
        }

        // Breadth-first from the direct packages, so each transitive package names the nearest direct one that brings it.
        private static void AttributeTransitivePackages(Dictionary<string, AssetsPackage> packages, Dictionary<string, List<string>> graph)
        {
            var queue = new Queue<(string Id, string Root)>();
            foreach (var direct in packages.Values.Where(p => p.IsDirect).OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase))
            {
                queue.Enqueue((direct.Id, direct.Id));
            }

            var seen = new HashSet<string>(queue.Select(q => q.Id), StringComparer.OrdinalIgnoreCase);
            while (queue.Count > 0)
            {
                var (id, root) = queue.Dequeue();
                if (!graph.TryGetValue(id, out var children))
                {
                    continue;
                }

                foreach (var child in children)
                {
                    if (seen.Add(child) && packages.TryGetValue(child, out var package))
                    {
                        package.IncludedBy = root;
                        queue.Enqueue((child, root));
                    }
                }
            }
        }
    }
}
