using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace LockInAnalyzer.TaskBenchmarks
{
    /// <summary>
    /// A generated project with N packages in a temp packages folder: 100 direct references, the rest transitive, with
    /// the license evidence mix real graphs have — mostly nuspec expressions, some license files (MIT, Apache-2.0 and
    /// "RPL-1.5 or a commercial agreement" texts), some licenseUrl only, a few with none.
    /// </summary>
    internal sealed class SyntheticRepository : IDisposable
    {
        private const string Mit = "MIT License\n\nCopyright (c) Contoso\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n";
        private const string Dual = "This software is dual-licensed. You may use it under the terms of the Reciprocal Public License 1.5 (RPL-1.5), or, if you do not wish to release the source code of your own software, under a commercial agreement that you can buy from Contoso. See https://contoso.example/pricing.\n";
        private static readonly string[] Expressions = { "MIT", "Apache-2.0", "BSD-3-Clause", "MIT OR Apache-2.0", "LGPL-2.1-only", "MS-PL", "GPL-3.0-only", "Apache-2.0 WITH LLVM-exception" };

        public SyntheticRepository(int count)
        {
            Root = Path.Combine(Path.GetTempPath(), "lockin-task-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            var packages = Path.Combine(Root, "packages") + Path.DirectorySeparatorChar;
            ProjectPath = Path.Combine(Root, "App", "App.csproj");
            AssetsFile = Path.Combine(Root, "App", "obj", "project.assets.json");
            ObjDirectory = Path.Combine(Root, "App", "obj", "Release", "net10.0");
            Directory.CreateDirectory(Path.GetDirectoryName(AssetsFile)!);
            File.WriteAllText(ProjectPath, "<Project Sdk=\"Microsoft.NET.Sdk\" />");

            var targets = new StringBuilder();
            var libraries = new StringBuilder();
            var direct = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                var id = "Contoso.Package" + i.ToString("0000", CultureInfo.InvariantCulture);
                var version = (1 + (i % 9)).ToString(CultureInfo.InvariantCulture) + "." + (i % 7).ToString(CultureInfo.InvariantCulture) + ".0";
                var folder = Path.Combine(packages, id.ToLowerInvariant(), version);
                Directory.CreateDirectory(folder);
                string license;
                switch (i % 20)
                {
                    case 0: case 1: case 2:
                        license = "<license type=\"file\">LICENSE.txt</license>";
                        File.WriteAllText(Path.Combine(folder, "LICENSE.txt"), Mit);
                        break;
                    case 3:
                        license = "<license type=\"file\">LICENSE.md</license>";
                        File.WriteAllText(Path.Combine(folder, "LICENSE.md"), Dual);
                        break;
                    case 4: case 5:
                        license = "<licenseUrl>https://licenses.nuget.org/MIT</licenseUrl>";
                        break;
                    case 6:
                        license = "<licenseUrl>https://github.com/contoso/p" + i.ToString(CultureInfo.InvariantCulture) + "/blob/main/LICENSE</licenseUrl>";
                        break;
                    default:
                        license = "<license type=\"expression\">" + Expressions[i % Expressions.Length] + "</license>";
                        break;
                }

                File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id + "</id>\n    <version>" + version + "</version>\n    <authors>Contoso</authors>\n    <description>Synthetic package " + i + "</description>\n    " + license + "\n  </metadata>\n</package>\n");

                var key = "\"" + id + "/" + version + "\"";
                var child = i + 100 < count ? "\"Contoso.Package" + (i + 100).ToString("0000", CultureInfo.InvariantCulture) + "\": \"1.0.0\"" : string.Empty;
                targets.Append(i == 0 ? string.Empty : ",\n").Append("      ").Append(key).Append(": { \"type\": \"package\", \"dependencies\": { ").Append(child).Append(" } }");
                libraries.Append(i == 0 ? string.Empty : ",\n").Append("    ").Append(key).Append(": { \"type\": \"package\", \"path\": \"").Append(id.ToLowerInvariant()).Append('/').Append(version).Append("\" }");
                if (i < 100)
                {
                    direct.Append(i == 0 ? string.Empty : ",\n").Append("          \"").Append(id).Append("\": { \"target\": \"Package\", \"version\": \"[").Append(version).Append(", )\" }");
                }
            }

            File.WriteAllText(AssetsFile,
                "{\n  \"version\": 3,\n  \"targets\": {\n    \"net10.0\": {\n" + targets + "\n    }\n  },\n  \"libraries\": {\n" + libraries + "\n  },\n"
                + "  \"packageFolders\": { \"" + packages.Replace("\\", "\\\\") + "\": {} },\n"
                + "  \"project\": { \"version\": \"1.0.0\", \"restore\": { \"projectName\": \"App\" }, \"frameworks\": { \"net10.0\": { \"targetAlias\": \"net10.0\", \"dependencies\": {\n" + direct + "\n        } } } }\n}\n");
        }

        public string Root { get; }

        public string ProjectPath { get; }

        public string AssetsFile { get; }

        public string ObjDirectory { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
