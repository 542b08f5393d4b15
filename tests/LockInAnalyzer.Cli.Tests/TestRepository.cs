using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>A NuGet package a generated project references: in the test's own packages folder or the real global one.</summary>
    internal sealed record TestPackage(string Id, string Version, bool FromGlobalFolder = false, params string[] Compile);

    /// <summary>What <see cref="TestRepository.AddProject"/> writes.</summary>
    internal sealed class ProjectSpec
    {
        public string Framework { get; set; } = "net10.0";

        /// <summary>Direct PackageReferences.</summary>
        public List<TestPackage> Packages { get; } = new List<TestPackage>();

        /// <summary>Packages in the restored graph only (brought in by a direct one).</summary>
        public List<TestPackage> Transitive { get; } = new List<TestPackage>();

        public Dictionary<string, string> Sources { get; } = new Dictionary<string, string>();

        /// <summary>Extra XML inside the project's &lt;Project&gt; element.</summary>
        public string Extra { get; set; } = string.Empty;

        /// <summary>False: no obj/project.assets.json (a project that was never restored).</summary>
        public bool Restored { get; set; } = true;

        public List<string> ProjectReferences { get; } = new List<string>();
    }

    /// <summary>
    /// A throw-away repository (with a .git folder, so it is the report root) holding generated projects, their
    /// restore output (project.assets.json written by hand) and a packages folder with nuspecs beside it. Offline and
    /// deterministic; real vendor SDK assemblies come from the global packages folder (PackageDownload in the csproj).
    /// </summary>
    internal sealed class TestRepository : IDisposable
    {
        /// <param name="rootFolderName">The checkout's folder name, which must never show in a report.</param>
        public TestRepository(string rootFolderName = "repo")
        {
            Base = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lockin-cli-tests", Guid.NewGuid().ToString("N"));
            Root = System.IO.Path.Combine(Base, rootFolderName);
            PackagesFolder = System.IO.Path.Combine(Base, "packages") + System.IO.Path.DirectorySeparatorChar;
            Directory.CreateDirectory(System.IO.Path.Combine(Root, ".git"));
            Directory.CreateDirectory(PackagesFolder);
        }

        public string Base { get; }

        public string Root { get; }

        public string PackagesFolder { get; }

        public static string GlobalPackagesFolder
        {
            get
            {
                var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
                var folder = !string.IsNullOrEmpty(configured) ? configured : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                return folder.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar;
            }
        }

        public static TestPackage OpenAI => new TestPackage("OpenAI", "2.15.0", true, "lib/net8.0/OpenAI.dll");

        public static TestPackage ClientModel => new TestPackage("System.ClientModel", "1.16.0", true, "lib/net8.0/System.ClientModel.dll");

        public string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

        public void Write(string relative, string text)
        {
            var full = Path(relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        /// <summary>A package in the test packages folder: its nuspec (license expression, file or URL) and license file.</summary>
        public TestPackage AddPackage(string id, string version, string? expression = null, string? licenseFile = null, string? licenseText = null, string? licenseUrl = null)
        {
            var folder = System.IO.Path.Combine(PackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());
            Directory.CreateDirectory(folder);
            var license = expression != null ? "<license type=\"expression\">" + expression + "</license>"
                : licenseFile != null ? "<license type=\"file\">" + licenseFile + "</license>"
                : string.Empty;
            var url = licenseUrl != null ? "<licenseUrl>" + licenseUrl + "</licenseUrl>" : string.Empty;
            File.WriteAllText(System.IO.Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id + "</id>\n    <version>" + version
                + "</version>\n    <authors>test</authors>\n    " + license + url + "\n    <description>test package</description>\n  </metadata>\n</package>\n");
            if (licenseFile != null)
            {
                File.WriteAllText(System.IO.Path.Combine(folder, licenseFile), licenseText ?? string.Empty);
            }

            File.WriteAllText(System.IO.Path.Combine(folder, ".nupkg.metadata"), "{\"version\":2}");
            return new TestPackage(id, version);
        }

        /// <summary>Writes dir/name.csproj, its sources and (unless not restored) obj/project.assets.json; returns the project path.</summary>
        public string AddProject(string relativeDirectory, string name, ProjectSpec spec)
        {
            var directory = Path(relativeDirectory);
            Directory.CreateDirectory(directory);
            var references = string.Concat(spec.Packages.Select(p => "    <PackageReference Include=\"" + p.Id + "\" Version=\"" + p.Version + "\" />\n"));
            var projectReferences = string.Concat(spec.ProjectReferences.Select(p => "    <ProjectReference Include=\"" + p + "\" />\n"));
            var csproj = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>" + spec.Framework + "</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n" + references + projectReferences + "  </ItemGroup>\n" + spec.Extra + "</Project>\n";
            var projectPath = System.IO.Path.Combine(directory, name + ".csproj");
            File.WriteAllText(projectPath, csproj);
            foreach (var (file, text) in spec.Sources)
            {
                Write(System.IO.Path.Combine(relativeDirectory, file), text);
            }

            if (spec.Restored)
            {
                Directory.CreateDirectory(System.IO.Path.Combine(directory, "obj"));
                File.WriteAllText(System.IO.Path.Combine(directory, "obj", "project.assets.json"), AssetsFile(projectPath, name, spec));
            }

            return projectPath;
        }

        private string AssetsFile(string projectPath, string name, ProjectSpec spec)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("version", 3);
                w.WriteStartObject("targets");
                w.WriteStartObject(spec.Framework);
                foreach (var package in spec.Packages.Concat(spec.Transitive))
                {
                    w.WriteStartObject(package.Id + "/" + package.Version);
                    w.WriteString("type", "package");
                    if (spec.Packages.Contains(package) && spec.Transitive.Count > 0)
                    {
                        w.WriteStartObject("dependencies");
                        foreach (var dependency in spec.Transitive)
                        {
                            w.WriteString(dependency.Id, dependency.Version);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteStartObject("compile");
                    foreach (var asset in package.Compile)
                    {
                        w.WriteStartObject(asset);
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                foreach (var reference in spec.ProjectReferences)
                {
                    var referenced = System.IO.Path.GetFileNameWithoutExtension(reference);
                    w.WriteStartObject(referenced + "/1.0.0");
                    w.WriteString("type", "project");
                    w.WriteString("framework", ".NETCoreApp,Version=v10.0");
                    w.WriteStartObject("compile");
                    w.WriteStartObject("bin/placeholder/" + referenced + ".dll");
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("libraries");
                foreach (var package in spec.Packages.Concat(spec.Transitive))
                {
                    w.WriteStartObject(package.Id + "/" + package.Version);
                    w.WriteString("type", "package");
                    w.WriteString("path", package.Id.ToLowerInvariant() + "/" + package.Version.ToLowerInvariant());
                    w.WriteEndObject();
                }

                foreach (var reference in spec.ProjectReferences)
                {
                    var referenced = System.IO.Path.GetFileNameWithoutExtension(reference);
                    w.WriteStartObject(referenced + "/1.0.0");
                    w.WriteString("type", "project");
                    w.WriteString("path", reference.Replace('\\', '/'));
                    w.WriteString("msbuildProject", reference.Replace('\\', '/'));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("packageFolders");
                w.WriteStartObject(PackagesFolder);
                w.WriteEndObject();
                w.WriteStartObject(GlobalPackagesFolder);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteStartObject("project");
                w.WriteString("version", "1.0.0");
                w.WriteStartObject("restore");
                w.WriteString("projectName", name);
                w.WriteString("projectPath", projectPath);
                w.WriteEndObject();
                w.WriteStartObject("frameworks");
                w.WriteStartObject(spec.Framework);
                w.WriteString("targetAlias", spec.Framework);
                w.WriteStartObject("dependencies");
                foreach (var package in spec.Packages)
                {
                    w.WriteStartObject(package.Id);
                    w.WriteString("target", "Package");
                    w.WriteString("version", "[" + package.Version + ", )");
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteStartObject("frameworkReferences");
                w.WriteStartObject("Microsoft.NETCore.App");
                w.WriteString("privateAssets", "all");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>Every file under the root with its SHA-256 (and every directory), to prove an audit wrote nothing.</summary>
        public static SortedDictionary<string, string> Snapshot(string root)
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            {
                var relative = System.IO.Path.GetRelativePath(root, entry);
                if (Directory.Exists(entry))
                {
                    result[relative + "/"] = "dir";
                    continue;
                }

                var info = new FileInfo(entry);
                using var stream = File.OpenRead(entry);
                result[relative] = Convert.ToHexString(SHA256.HashData(stream)) + ":" + info.LastWriteTimeUtc.Ticks;
            }

            return result;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Base, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
