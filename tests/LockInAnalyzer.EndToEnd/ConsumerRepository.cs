using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;

namespace LockInAnalyzer.EndToEnd
{
    /// <summary>Files of the consumer repositories the end-to-end tests build; everything lives under one temp root.</summary>
    public static class ConsumerRepository
    {
        /// <summary>The LockInAnalyzer repository this test assembly was built from (recorded at build time).</summary>
        public static string SourceRoot()
        {
            var recorded = typeof(ConsumerRepository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "LockInSourceRoot")?.Value;
            if (!string.IsNullOrEmpty(recorded) && File.Exists(Path.Combine(recorded, "LockInAnalyzer.sln")))
            {
                return Path.GetFullPath(recorded);
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("LockInAnalyzer.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>True when this test assembly was built outside the source tree (dotnet build --artifacts-path): packing then builds elsewhere too.</summary>
        public static bool BuiltOutsideSourceTree() =>
            !Path.GetFullPath(AppContext.BaseDirectory).StartsWith(Path.Combine(SourceRoot(), "tests") + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        /// <summary>The configuration this test assembly was built in, so packing reuses those builds.</summary>
        public static string Configuration() =>
            typeof(ConsumerRepository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        public static void Write(string root, string relativePath, string text)
        {
            var path = Path.Combine(root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.Replace("\r\n", "\n"), new UTF8Encoding(false));
        }

        /// <summary>
        /// nuget.config: the local feed added to the machine's configured sources (nothing cleared, no host named),
        /// a per-run global packages folder so no stale LockInAnalyzer is ever picked up, and the machine's global
        /// packages folder as a read-only fallback so real packages already restored there are not downloaded again.
        /// </summary>
        public static string NuGetConfig(string feed, string packages, string machinePackages) =>
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n"
            + "  <config>\n    <add key=\"globalPackagesFolder\" value=\"" + packages + "\" />\n  </config>\n"
            + "  <fallbackPackageFolders>\n    <add key=\"machine\" value=\"" + machinePackages + "\" />\n  </fallbackPackageFolders>\n"
            + "  <packageSources>\n    <add key=\"lockin-e2e\" value=\"" + feed + "\" />\n  </packageSources>\n</configuration>\n";

        /// <summary>The org-wide recipe: the package for every project, one policy, in Directory.Build.props.</summary>
        public static string DirectoryBuildProps(string version) =>
            "<Project>\n"
            + "  <PropertyGroup>\n"
            + "    <TargetFramework>net10.0</TargetFramework>\n"
            + "    <NuGetAudit>false</NuGetAudit>\n"
            + "    <!-- NU1603/NU1605: this machine's NuGet source lacks some exact dependency versions, so newer ones resolve;\n"
            + "         NU1701: Microsoft.AspNet.Mvc is a .NET Framework package. -->\n"
            + "    <NoWarn>$(NoWarn);NU1603;NU1605;NU1701</NoWarn>\n"
            + "    <LockInPolicy>$(MSBuildThisFileDirectory)lockin.json</LockInPolicy>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + "    <PackageReference Include=\"LockInAnalyzer\" Version=\"" + version + "\" PrivateAssets=\"all\" />\n"
            + "  </ItemGroup>\n"
            + "</Project>\n";

        public static string Project(string body, params (string Id, string Version)[] packages) =>
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
            + body
            + "  <ItemGroup>\n"
            + string.Concat(packages.Select(p => "    <PackageReference Include=\"" + p.Id + "\" Version=\"" + p.Version + "\" />\n"))
            + "  </ItemGroup>\n"
            + "</Project>\n";

        public static string Solution(params string[] projects) =>
            "<Solution>\n" + string.Concat(projects.Select(p => "  <Project Path=\"" + p + "/" + p + ".csproj\" />\n")) + "</Solution>\n";

        /// <summary>
        /// A minimal package standing in for a dependency this machine's NuGet source does not serve (MediatR.Contracts,
        /// Microsoft.Web.Infrastructure). Its four-part version satisfies the dependents' ranges without shadowing a real
        /// version: where the real package exists, NuGet picks the real, lower version.
        /// </summary>
        public static void WriteStubPackage(string feed, string id, string version)
        {
            var nuspec = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n"
                + "    <id>" + id + "</id>\n    <version>" + version + "</version>\n    <authors>LockInAnalyzer end-to-end tests</authors>\n"
                + "    <description>Stand-in for " + id + ", which this machine's NuGet source does not serve.</description>\n"
                + "    <license type=\"expression\">MIT</license>\n  </metadata>\n</package>\n";
            using var zip = ZipFile.Open(Path.Combine(feed, id + "." + version + ".nupkg"), ZipArchiveMode.Create);
            using var writer = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open(), new UTF8Encoding(false));
            writer.Write(nuspec);
        }
    }
}
