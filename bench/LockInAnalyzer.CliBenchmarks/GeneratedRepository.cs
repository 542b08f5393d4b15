using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace LockInAnalyzer.CliBenchmarks
{
    /// <summary>
    /// A repository of generated projects for the license-only audit: each project has a restored
    /// <c>obj/project.assets.json</c> whose packages live in a generated packages folder with real-looking nuspecs
    /// (license expressions, license files with real license texts, licenseUrls, nothing at all). Deterministic (fixed seed).
    /// </summary>
    internal sealed class GeneratedRepository : IDisposable
    {
        private const string MitText = "MIT License\n\nCopyright (c) Contoso\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n";

        private static readonly string[] Expressions = { "MIT", "Apache-2.0", "BSD-3-Clause", "MIT OR Apache-2.0", "LGPL-2.1-only", "GPL-3.0-only", "BUSL-1.1", "MPL-2.0" };

        public GeneratedRepository(int projects, int directPerProject = 25, int transitivePerProject = 15, int poolSize = 80)
        {
            Base = Path.Combine(Path.GetTempPath(), "lockin-cli-bench", Guid.NewGuid().ToString("N"));
            Root = Path.Combine(Base, "repo");
            var packages = Path.Combine(Base, "packages") + Path.DirectorySeparatorChar;
            Directory.CreateDirectory(Path.Combine(Root, ".git"));
            var random = new Random(20261124);
            var pool = new List<(string Id, string Version)>();
            for (var i = 0; i < poolSize; i++)
            {
                var id = "Bench.Package" + i.ToString("D3");
                var version = (1 + i % 7) + "." + (i % 5) + ".0";
                pool.Add((id, version));
                Pool.Add((id, version));
                var folder = Path.Combine(packages, id.ToLowerInvariant(), version);
                Directory.CreateDirectory(folder);
                string license;
                switch (i % 5)
                {
                    case 0:
                    case 1:
                        license = "<license type=\"expression\">" + Expressions[i % Expressions.Length] + "</license>";
                        break;
                    case 2:
                        license = "<license type=\"file\">LICENSE.txt</license>";
                        File.WriteAllText(Path.Combine(folder, "LICENSE.txt"), MitText);
                        break;
                    case 3:
                        license = "<licenseUrl>" + (i % 2 == 0 ? "https://licenses.nuget.org/Apache-2.0" : "https://opensource.org/licenses/MIT") + "</licenseUrl>";
                        break;
                    default:
                        license = string.Empty;
                        break;
                }

                File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id + "</id>\n    <version>" + version
                    + "</version>\n    <authors>bench</authors>\n    " + license + "\n    <description>generated</description>\n  </metadata>\n</package>\n");
            }

            for (var p = 0; p < projects; p++)
            {
                var name = "Project" + p.ToString("D3");
                var directory = Path.Combine(Root, "src", name);
                Directory.CreateDirectory(Path.Combine(directory, "obj"));
                var chosen = pool.OrderBy(_ => random.Next()).Take(directPerProject + transitivePerProject).ToList();
                var direct = chosen.Take(directPerProject).ToList();
                var transitive = chosen.Skip(directPerProject).ToList();
                File.WriteAllText(Path.Combine(directory, name + ".csproj"),
                    "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
                    + string.Concat(direct.Select(d => "    <PackageReference Include=\"" + d.Id + "\" Version=\"" + d.Version + "\" />\n")) + "  </ItemGroup>\n</Project>\n");
                File.WriteAllText(Path.Combine(directory, "Class1.cs"), "namespace " + name + " { public class Class1 { } }\n");
                File.WriteAllText(Path.Combine(directory, "obj", "project.assets.json"), Assets(directory, name, direct, transitive, packages));
                ProjectCount++;
                PackageReferences += direct.Count + transitive.Count;
            }
        }

        public string Base { get; }

        /// <summary>Every generated package (id, restored version), in generation order.</summary>
        public List<(string Id, string Version)> Pool { get; } = new List<(string Id, string Version)>();

        public string Root { get; }

        public int ProjectCount { get; }

        public int PackageReferences { get; }

        private static string Assets(string directory, string name, List<(string Id, string Version)> direct, List<(string Id, string Version)> transitive, string packages)
        {
            var b = new StringBuilder();
            b.Append("{\n  \"version\": 3,\n  \"targets\": {\n    \"net10.0\": {\n");
            var all = direct.Concat(transitive).ToList();
            for (var i = 0; i < all.Count; i++)
            {
                var (id, version) = all[i];
                b.Append("      \"").Append(id).Append('/').Append(version).Append("\": { \"type\": \"package\"");
                if (i < direct.Count && transitive.Count > 0)
                {
                    var child = transitive[i % transitive.Count];
                    b.Append(", \"dependencies\": { \"").Append(child.Id).Append("\": \"").Append(child.Version).Append("\" }");
                }

                b.Append(", \"compile\": { \"lib/net10.0/_._\": {} } }").Append(i < all.Count - 1 ? ",\n" : "\n");
            }

            b.Append("    }\n  },\n  \"libraries\": {\n");
            for (var i = 0; i < all.Count; i++)
            {
                var (id, version) = all[i];
                b.Append("    \"").Append(id).Append('/').Append(version).Append("\": { \"type\": \"package\", \"path\": \"").Append(id.ToLowerInvariant()).Append('/').Append(version).Append("\" }").Append(i < all.Count - 1 ? ",\n" : "\n");
            }

            b.Append("  },\n  \"packageFolders\": { \"").Append(packages.Replace("\\", "\\\\")).Append("\": {} },\n");
            b.Append("  \"project\": {\n    \"version\": \"1.0.0\",\n    \"restore\": { \"projectName\": \"").Append(name).Append("\", \"projectPath\": \"")
                .Append(Path.Combine(directory, name + ".csproj").Replace("\\", "\\\\")).Append("\" },\n");
            b.Append("    \"frameworks\": { \"net10.0\": { \"targetAlias\": \"net10.0\", \"dependencies\": {\n");
            for (var i = 0; i < direct.Count; i++)
            {
                b.Append("      \"").Append(direct[i].Id).Append("\": { \"target\": \"Package\", \"version\": \"[").Append(direct[i].Version).Append(", )\" }").Append(i < direct.Count - 1 ? ",\n" : "\n");
            }

            b.Append("    } } }\n  }\n}\n");
            return b.ToString();
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
        }
    }
}
