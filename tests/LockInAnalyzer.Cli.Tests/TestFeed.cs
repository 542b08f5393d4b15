using System.IO;
using System.IO.Compression;
using System.Text;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>
    /// A local folder package source made in the test: real .nupkg files (a zip with the nuspec at the root and the
    /// license file it names), as `dotnet pack` lays them out, that NuGet.Protocol reads like any folder feed.
    /// </summary>
    internal sealed class TestFeed
    {
        public TestFeed(string folder)
        {
            Folder = folder;
            Directory.CreateDirectory(folder);
        }

        public string Folder { get; }

        /// <summary>Writes <c>id.version.nupkg</c> with a license expression, a license file, or a licenseUrl only.</summary>
        public void Add(string id, string version, string? expression = null, string? licenseFile = null, string? licenseText = null, string? licenseUrl = null)
        {
            var license = expression != null ? "<license type=\"expression\">" + expression + "</license>"
                : licenseFile != null ? "<license type=\"file\">" + licenseFile + "</license>"
                : string.Empty;
            var url = licenseUrl != null ? "<licenseUrl>" + licenseUrl + "</licenseUrl>" : string.Empty;
            var nuspec = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n    <id>" + id
                + "</id>\n    <version>" + version + "</version>\n    <authors>test</authors>\n    " + license + url + "\n    <description>test package</description>\n  </metadata>\n</package>\n";
            using var zip = ZipFile.Open(Path.Combine(Folder, id.ToLowerInvariant() + "." + version.ToLowerInvariant() + ".nupkg"), ZipArchiveMode.Create);
            Entry(zip, id + ".nuspec", nuspec);
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"nuspec\" ContentType=\"application/octet\" /></Types>");
            if (licenseFile != null)
            {
                Entry(zip, licenseFile, licenseText ?? string.Empty);
            }
        }

        private static void Entry(ZipArchive zip, string name, string text)
        {
            using var stream = zip.CreateEntry(name).Open();
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
