using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LockInAnalyzer.Catalog.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>A throw-away project directory with a project.assets.json and a packages folder of hand-made packages.</summary>
    public sealed class TestRepository : IDisposable
    {
        private readonly List<PackageSpec> packages = new List<PackageSpec>();

        public TestRepository()
        {
            Root = Path.Combine(Path.GetTempPath(), "lockin-build-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
            ProjectDirectory = Path.Combine(Root, "src", "App");
            PackagesFolder = Path.Combine(Root, "packages") + Path.DirectorySeparatorChar;
            Directory.CreateDirectory(ProjectDirectory);
            Directory.CreateDirectory(PackagesFolder);
            File.WriteAllText(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        }

        public string Root { get; }

        public string ProjectDirectory { get; }

        public string ProjectPath => Path.Combine(ProjectDirectory, "App.csproj");

        public string PackagesFolder { get; }

        public string AssetsFile => Path.Combine(ProjectDirectory, "obj", "project.assets.json");

        public string ObjDirectory => Path.Combine(ProjectDirectory, "obj", "Debug", "net10.0");

        public string SidecarFile => Path.Combine(ObjDirectory, "lockin.result.json");

        public string FindingsFile => Path.Combine(ObjDirectory, "lockin.findings.json");

        public string GeneratedConfigFile => Path.Combine(ObjDirectory, "lockin.generated.globalconfig");

        public string InputsFile => Path.Combine(ObjDirectory, "lockin.inputs.txt");

        /// <summary>Adds a package folder <c>packages/&lt;id&gt;/&lt;version&gt;</c> with a nuspec and the given files.</summary>
        public PackageSpec AddPackage(string id, string version, string? licenseXml, bool direct = true, IDictionary<string, string>? files = null, string? rawNuspec = null)
        {
            var spec = new PackageSpec(id, version, direct);
            packages.Add(spec);
            var folder = PackageFolder(id, version);
            Directory.CreateDirectory(folder);
            var nuspec = rawNuspec ?? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id + "</id>\n    <version>" + version + "</version>\n    <authors>Test</authors>\n    <description>Test package</description>\n    " + (licenseXml ?? string.Empty) + "\n  </metadata>\n</package>\n";
            if (rawNuspec != string.Empty)
            {
                File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"), nuspec);
            }

            foreach (var file in files ?? new Dictionary<string, string>())
            {
                var path = Path.Combine(folder, file.Key);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Value);
            }

            return spec;
        }

        public string PackageFolder(string id, string version) => Path.Combine(PackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());

        public string WriteFile(string relativePath, string text)
        {
            var path = Path.Combine(Root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return path;
        }

        /// <summary>Writes project.assets.json for the packages added so far (one framework, net10.0).</summary>
        public void WriteAssets()
        {
            var b = new StringBuilder();
            b.Append("{\n  \"version\": 3,\n  \"targets\": {\n    \"net10.0\": {\n");
            b.Append(string.Join(",\n", packages.Select(p => "      " + JsonText.Quote(p.Id + "/" + p.Version) + ": { \"type\": \"package\" }")));
            b.Append("\n    }\n  },\n  \"libraries\": {\n");
            b.Append(string.Join(",\n", packages.Select(p => "    " + JsonText.Quote(p.Id + "/" + p.Version) + ": { \"type\": \"package\", \"path\": " + JsonText.Quote(p.Id.ToLowerInvariant() + "/" + p.Version.ToLowerInvariant()) + " }")));
            b.Append("\n  },\n  \"packageFolders\": { ").Append(JsonText.Quote(PackagesFolder)).Append(": {} },\n");
            b.Append("  \"project\": {\n    \"version\": \"1.0.0\",\n    \"restore\": { \"projectName\": \"App\", \"projectPath\": ").Append(JsonText.Quote(ProjectPath)).Append(" },\n");
            b.Append("    \"frameworks\": {\n      \"net10.0\": {\n        \"targetAlias\": \"net10.0\",\n        \"dependencies\": {\n");
            b.Append(string.Join(",\n", packages.Where(p => p.Direct).Select(p =>
                "          " + JsonText.Quote(p.Id) + ": { \"target\": \"Package\", \"version\": " + JsonText.Quote("[" + p.Version + ", )")
                + (p.PrivateAssetsAll ? ", \"suppressParent\": \"All\"" : string.Empty)
                + (p.NoWarn.Count > 0 ? ", \"noWarn\": [" + string.Join(", ", p.NoWarn.Select(JsonText.Quote)) + "]" : string.Empty) + " }")));
            b.Append("\n        }\n      }\n    }\n  }\n}\n");
            Directory.CreateDirectory(Path.GetDirectoryName(AssetsFile)!);
            File.WriteAllText(AssetsFile, b.ToString());
        }

        /// <summary>A task wired to this repository's files, ready to run against a fresh fake engine.</summary>
        public LockInAudit Task(FakeBuildEngine engine, string? policyFile = null, string today = "2026-01-15") => new LockInAudit
        {
            BuildEngine = engine,
            ProjectPath = ProjectPath,
            ProjectName = "App",
            ProjectAssetsFile = AssetsFile,
            PolicyFile = policyFile,
            SidecarFile = SidecarFile,
            FindingsFile = FindingsFile,
            InputsFile = InputsFile,
            GeneratedConfigFile = GeneratedConfigFile,
            Today = today,
        };

        public static ITaskItem Suppress(string id, string? justification, string? version = null, string? rules = null, string? expires = null)
        {
            var item = new TaskItem(id);
            if (justification != null)
            {
                item.SetMetadata("Justification", justification);
            }

            if (version != null)
            {
                item.SetMetadata("Version", version);
            }

            if (rules != null)
            {
                item.SetMetadata("Rules", rules);
            }

            if (expires != null)
            {
                item.SetMetadata("Expires", expires);
            }

            return item;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        public sealed class PackageSpec
        {
            public PackageSpec(string id, string version, bool direct)
            {
                Id = id;
                Version = version;
                Direct = direct;
            }

            public string Id { get; }

            public string Version { get; }

            public bool Direct { get; }

            public bool PrivateAssetsAll { get; set; }

            public List<string> NoWarn { get; } = new List<string>();
        }
    }
}
