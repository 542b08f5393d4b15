using System;
using System.Collections.Generic;
using System.Linq;

namespace LockInAnalyzer.Cli.Projects
{
    /// <summary>One item as a project file declares it (<c>Include</c> plus metadata attributes or child elements).</summary>
    internal sealed class ProjectItem
    {
        public ProjectItem(string type, string include, IReadOnlyDictionary<string, string> metadata, string definedIn)
        {
            Type = type;
            Include = include;
            Metadata = metadata;
            DefinedIn = definedIn;
        }

        public string Type { get; }

        public string Include { get; }

        public IReadOnlyDictionary<string, string> Metadata { get; }

        public string DefinedIn { get; }

        public string? Get(string name) => Metadata.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>The properties and items of a project, as far as the light evaluator understood them.</summary>
    internal sealed class EvaluatedProject
    {
        public EvaluatedProject(string fullPath, string sdk, IReadOnlyDictionary<string, string> properties, IReadOnlyList<ProjectItem> items, IReadOnlyList<ProjectItem> removedCompile, IReadOnlyList<string> importedFiles)
        {
            FullPath = fullPath;
            Sdk = sdk;
            Properties = properties;
            Items = items;
            RemovedCompile = removedCompile;
            ImportedFiles = importedFiles;
        }

        public string FullPath { get; }

        public string Directory => System.IO.Path.GetDirectoryName(FullPath)!;

        /// <summary>The project's SDK (<c>Microsoft.NET.Sdk</c>, <c>Microsoft.NET.Sdk.Web</c>, ...); empty for a non-SDK project.</summary>
        public string Sdk { get; }

        public IReadOnlyDictionary<string, string> Properties { get; }

        public IReadOnlyList<ProjectItem> Items { get; }

        /// <summary><c>Compile Remove</c> patterns.</summary>
        public IReadOnlyList<ProjectItem> RemovedCompile { get; }

        /// <summary>Directory.Build.props/targets and other imports that were read.</summary>
        public IReadOnlyList<string> ImportedFiles { get; }

        public string? this[string name] => Properties.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        public bool IsTrue(string name) => string.Equals(this[name]?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        public IEnumerable<ProjectItem> ItemsOf(string type)
        {
            foreach (var item in Items)
            {
                if (string.Equals(item.Type, type, StringComparison.OrdinalIgnoreCase))
                {
                    yield return item;
                }
            }
        }

        /// <summary>The target frameworks, in the project's order (TargetFrameworks wins over TargetFramework).</summary>
        public IReadOnlyList<string> TargetFrameworks
        {
            get
            {
                var list = new List<string>();
                var text = this["TargetFrameworks"] ?? this["TargetFramework"] ?? string.Empty;
                foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!list.Contains(part, StringComparer.OrdinalIgnoreCase))
                    {
                        list.Add(part);
                    }
                }

                return list;
            }
        }
    }
}
