using System.Collections.Generic;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Assets
{
    /// <summary>One package of a restored project, merged over all its target frameworks.</summary>
    public sealed class AssetsPackage
    {
        public AssetsPackage(string id, PackageVersion version, string? path)
        {
            Id = id;
            Version = version;
            Path = path;
        }

        public string Id { get; }

        public PackageVersion Version { get; }

        /// <summary>The package's folder relative to a packages folder (<c>automapper/15.1.4</c>), as NuGet recorded it.</summary>
        public string? Path { get; }

        /// <summary>Referenced by the project itself (a PackageReference), in at least one framework.</summary>
        public bool IsDirect { get; set; }

        /// <summary>Every direct reference to it says <c>PrivateAssets="all"</c> (analyzers, build tools, test frameworks).</summary>
        public bool IsDevelopmentDependency { get; set; }

        /// <summary>Target framework aliases it is used in, in the project's order.</summary>
        public List<string> Frameworks { get; } = new List<string>();

        /// <summary>Codes from <c>NoWarn</c> on its PackageReference.</summary>
        public HashSet<string> NoWarn { get; } = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>For a transitive package, the direct package that brings it in (the first found, for messages).</summary>
        public string? IncludedBy { get; set; }
    }
}
