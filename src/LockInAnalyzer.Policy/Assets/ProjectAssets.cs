using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Assets
{
    /// <summary>What the task needs from <c>project.assets.json</c>: the project, its package folders and its packages.</summary>
    public sealed class ProjectAssets
    {
        public ProjectAssets(string? projectName, string? projectPath, IReadOnlyList<string> packageFolders, IReadOnlyList<string> frameworks, IReadOnlyList<AssetsPackage> packages)
        {
            ProjectName = projectName;
            ProjectPath = projectPath;
            PackageFolders = packageFolders;
            Frameworks = frameworks;
            Packages = packages;
        }

        public string? ProjectName { get; }

        public string? ProjectPath { get; }

        /// <summary>Global packages folder first, then fallback folders, as NuGet lists them.</summary>
        public IReadOnlyList<string> PackageFolders { get; }

        public IReadOnlyList<string> Frameworks { get; }

        /// <summary>Sorted by id (ordinal, ignoring case) for deterministic output.</summary>
        public IReadOnlyList<AssetsPackage> Packages { get; }
    }
}
