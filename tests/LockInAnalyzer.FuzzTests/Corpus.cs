using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>The valid inputs mutations start from: the repository's own data files and small hand-written ones.</summary>
    public static class Corpus
    {
        public static string RepositoryRoot { get; } = FindRoot();

        public static IReadOnlyList<string> Policies { get; } = Directory.GetFiles(Path.Combine(RepositoryRoot, "policies", "presets"), "*.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Concat(new[]
            {
                "{\n  \"extends\": [\"default\", \"org/base.json\"],\n  \"adapters\": { \"namespaces\": [\"*.Infrastructure.Ai*\"], \"projects\": [\"*.Adapters\"] },\n"
                + "  \"vendors\": { \"exclude\": [\"azure-openai\"], \"add\": [ { \"id\": \"contoso-llm\", \"name\": \"Contoso LLM\", \"kind\": \"custom\", \"packages\": [\"Contoso.Llm\"], \"assemblies\": [ { \"name\": \"Contoso.Llm\", \"namespaces\": [\"Contoso.Llm\"] } ] } ] },\n"
                + "  \"licenses\": { \"categories\": { \"Commercial\": \"deny\", \"Unknown\": \"deny\" }, \"allow\": [\"MIT\"], \"warn\": [\"MPL-2.0\"], \"deny\": [\"AGPL-3.0-only\", \"GPL-2.0-only WITH Classpath-exception-2.0\"] },\n"
                + "  \"packages\": [ { \"id\": \"EPPlus\", \"versions\": \"[5,)\", \"action\": \"deny\", \"reason\": \"Licensed\" }, { \"id\": \"Contoso.*\", \"license\": \"MIT OR Apache-2.0\" } ],\n"
                + "  \"exceptions\": [ { \"id\": \"MediatR\", \"versions\": \"[13,)\", \"rules\": [\"LOCK102\"], \"justification\": \"Migrating\", \"expires\": \"2027-03-31\" } ],\n"
                + "  \"audit\": { \"mode\": \"all\", \"developmentDependencies\": false }\n}\n",
                "{ \"extends\": \"strict\", \"licenses\": { \"categories\": { \"Unknown\": \"deny\" } } }",
            })
            .ToList();

        public static IReadOnlyList<string> Catalogs { get; } = new[] { File.ReadAllText(Path.Combine(RepositoryRoot, "policies", "catalog", "vendors.json")) };

        public static IReadOnlyList<string> LicenseExpressions { get; } = new[]
        {
            "MIT", "Apache-2.0", "MIT OR Apache-2.0", "(MIT AND BSD-3-Clause) OR GPL-3.0-only", "GPL-2.0-only WITH Classpath-exception-2.0",
            "GPL-2.0+", "LGPL-2.1-or-later", "LicenseRef-Proprietary", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2", "(((MIT)))",
            "BSD-2-Clause AND (Apache-2.0 OR MPL-2.0 WITH LLVM-exception)", "mit", "gpl-3.0", "AGPL-3.0-only OR LicenseRef-Commercial",
        };

        /// <summary>The license data files, cut to their first lines so a mutation costs microseconds.</summary>
        public static IReadOnlyList<(string Name, string Text)> LicenseData { get; } = new[] { "spdx-licenses.tsv", "spdx-exceptions.tsv", "categories.tsv", "fingerprints.tsv" }
            .Select(name => (name, string.Join("\n", File.ReadAllLines(Path.Combine(RepositoryRoot, "policies", "licenses", name)).Take(40)) + "\n"))
            .ToList();

        public static IReadOnlyList<string> Nuspecs { get; } = new[]
        {
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>Contoso.Lib</id>\n    <version>1.2.3</version>\n    <authors>Contoso</authors>\n"
            + "    <license type=\"expression\">MIT OR Apache-2.0</license>\n    <licenseUrl>https://licenses.nuget.org/MIT</licenseUrl>\n    <projectUrl>https://github.com/contoso/lib</projectUrl>\n    <description>x</description>\n    <developmentDependency>false</developmentDependency>\n  </metadata>\n</package>\n",
            "<?xml version=\"1.0\"?>\n<package><metadata minClientVersion=\"2.12\"><id>Old</id><version>4.5.3.3</version><authors>a</authors><owners>b</owners><requireLicenseAcceptance>true</requireLicenseAcceptance>"
            + "<licenseUrl>https://www.gnu.org/licenses/gpl-3.0.txt</licenseUrl><description>d</description><dependencies><group targetFramework=\".NETStandard2.0\"><dependency id=\"X\" version=\"[1.0,2.0)\" /></group></dependencies></metadata></package>\n",
            "<?xml version=\"1.0\"?>\n<package><metadata><id>File</id><version>1.0.0</version><authors>a</authors><description>d</description><license type=\"file\">docs/LICENSE.txt</license></metadata></package>\n",
        };

        public static IReadOnlyList<string> Assets { get; } = new[]
        {
            "{\n  \"version\": 3,\n  \"targets\": {\n    \"net10.0\": {\n      \"Newtonsoft.Json/13.0.3\": { \"type\": \"package\", \"dependencies\": { \"Other\": \"1.0.0\" } },\n      \"Other/1.0.0\": { \"type\": \"package\" }\n    }\n  },\n"
            + "  \"libraries\": {\n    \"Newtonsoft.Json/13.0.3\": { \"type\": \"package\", \"path\": \"newtonsoft.json/13.0.3\" },\n    \"Other/1.0.0\": { \"type\": \"package\", \"path\": \"other/1.0.0\" }\n  },\n"
            + "  \"packageFolders\": { \"/home/user/.nuget/packages/\": {} },\n  \"project\": {\n    \"version\": \"1.0.0\",\n    \"restore\": { \"projectName\": \"App\", \"projectPath\": \"/src/App/App.csproj\" },\n"
            + "    \"frameworks\": {\n      \"net10.0\": {\n        \"targetAlias\": \"net10.0\",\n        \"dependencies\": {\n          \"Newtonsoft.Json\": { \"target\": \"Package\", \"version\": \"[13.0.3, )\", \"noWarn\": [\"NU1603\"] }\n        }\n      }\n    }\n  }\n}\n",
            File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "LockInAnalyzer.FuzzTests", "obj", "project.assets.json")),
        };

        public static IReadOnlyList<string> Baselines { get; } = new[]
        {
            "{\n  \"formatVersion\": 1,\n  \"packages\": [\n    { \"id\": \"AutoMapper\", \"version\": \"15.1.4\", \"license\": \"LicenseRef-AutoMapper\", \"category\": \"Commercial\" },\n    { \"id\": \"Newtonsoft.Json\", \"version\": \"13.0.3\", \"license\": \"MIT\", \"category\": \"Permissive\" }\n  ]\n}\n",
        };

        public static IReadOnlyList<string> Projects { get; } = new[]
        {
            File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "ContosoSupport", "ContosoSupport.csproj")),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <Import Project=\"common.props\" Condition=\"Exists('common.props')\" />\n  <PropertyGroup>\n    <TargetFrameworks>net8.0;net10.0</TargetFrameworks>\n    <Root>$(MSBuildThisFileDirectory)</Root>\n"
            + "    <LockInPolicy>$([MSBuild]::NormalizePath('$(Root)', '..', 'lockin.json'))</LockInPolicy>\n    <Above>$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(Root)'))</Above>\n    <A>x</A><B>$(A)$(A)</B><C>$(B)$(B)</C><D>$(C.ToUpper())</D>\n"
            + "    <Flag Condition=\"'$(Configuration)' == 'Debug' and !Exists('nothing.txt') or ('$(A)' != '' and '1' &lt; '2')\">yes</Flag>\n  </PropertyGroup>\n  <ItemGroup>\n    <Compile Remove=\"Legacy/**\" />\n    <Using Include=\"System.Text\" />\n"
            + "    <LockInSuppress Include=\"Acme.*\" Version=\"[1,2)\" Justification=\"ok\" Rules=\"LOCK102\" />\n    <PackageReference Include=\"OpenAI\" Version=\"2.15.0\" NoWarn=\"LOCK100\" />\n  </ItemGroup>\n  <ImportGroup><Import Project=\"$(Root)none.props\" /></ImportGroup>\n</Project>\n",
        };

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("LockInAnalyzer.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
