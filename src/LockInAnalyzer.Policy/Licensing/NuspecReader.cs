using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Reads the license-relevant metadata of a .nuspec. The XML comes from whoever published the package, so the
    /// reader prohibits DTDs (no entity expansion bombs, no external entities), has no resolver (no network or file
    /// access from the XML), bounds the document size, and turns every failure into a <see cref="PackageProblem"/>.
    /// Elements are matched by local name in the namespace of the root element, so every nuspec schema version
    /// (none, 2010/07 … 2013/05) reads the same way and foreign extension elements are ignored.
    /// </summary>
    public static class NuspecReader
    {
        /// <summary>Largest nuspec accepted. Real ones are a few KiB; long release notes reach a few hundred.</summary>
        public const long MaxNuspecBytes = 4L * 1024 * 1024;

        /// <summary>Reads a .nuspec file, refusing files larger than <see cref="MaxNuspecBytes"/>.</summary>
        public static NuspecReadResult ReadFile(string path)
        {
            var read = PackageFolderAccess.ReadBoundedText(path, Path.GetFileName(path), MaxNuspecBytes);
            if (!read.Success)
            {
                var kind = read.Problem!.Kind == PackageProblemKind.FileTooLarge ? PackageProblemKind.NuspecRefused : PackageProblemKind.NuspecCorrupt;
                return Fail(kind, read.Problem.Message);
            }

            return Read(read.Text!);
        }

        /// <summary>
        /// Finds and reads the single .nuspec at the top of an extracted package folder (the global packages folder keeps
        /// it as <c>&lt;id&gt;.nuspec</c>), through the same link and size checks as license files.
        /// </summary>
        public static NuspecReadResult ReadFromPackageFolder(string packageFolder)
        {
            string[] candidates;
            try
            {
                candidates = Directory.GetFiles(packageFolder, "*.nuspec", SearchOption.TopDirectoryOnly);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Fail(PackageProblemKind.NuspecMissing, "the package folder '" + packageFolder + "' could not be listed: " + e.Message);
            }

            if (candidates.Length != 1)
            {
                return Fail(PackageProblemKind.NuspecMissing, candidates.Length == 0
                    ? "no .nuspec file in '" + packageFolder + "'"
                    : "more than one .nuspec file in '" + packageFolder + "'");
            }

            var name = Path.GetFileName(candidates[0]);
            var read = new PackageFolderAccess(packageFolder).ReadText(name, MaxNuspecBytes);
            if (!read.Success)
            {
                var kind = read.Problem!.Kind == PackageProblemKind.FileTooLarge || read.Problem.Kind == PackageProblemKind.UnsafePath
                    ? PackageProblemKind.NuspecRefused
                    : PackageProblemKind.NuspecCorrupt;
                return Fail(kind, read.Problem.Message);
            }

            return Read(read.Text!);
        }

        /// <summary>Reads nuspec XML text.</summary>
        public static NuspecReadResult Read(string xml)
        {
            if (xml == null)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec is empty");
            }

            if (xml.Length > MaxNuspecBytes)
            {
                return Fail(PackageProblemKind.NuspecRefused, "the nuspec is larger than " + MaxNuspecBytes + " characters");
            }

            try
            {
                using var reader = XmlReader.Create(new StringReader(xml), Settings());
                return ReadPackage(reader);
            }
            catch (XmlException e) when (DeclaresDtd(xml))
            {
                return Fail(PackageProblemKind.NuspecRefused, "the nuspec declares a DTD, which is refused (entity expansion and external entities are not allowed): " + e.Message);
            }
            catch (XmlException e)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec is not well-formed XML: " + e.Message);
            }
        }

        /// <summary>The settings every nuspec is read with.</summary>
        public static XmlReaderSettings Settings() => new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxNuspecBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };

        /// <summary>
        /// True when the prolog (before the root element) holds a DOCTYPE. Decided from the text rather than from the
        /// exception message, which is localised.
        /// </summary>
        private static bool DeclaresDtd(string xml)
        {
            var i = xml.Length > 0 && xml[0] == '\uFEFF' ? 1 : 0;
            while (i < xml.Length)
            {
                if (char.IsWhiteSpace(xml[i]))
                {
                    i++;
                }
                else if (string.CompareOrdinal(xml, i, "<?", 0, 2) == 0)
                {
                    var end = xml.IndexOf("?>", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? xml.Length : end + 2;
                }
                else if (string.CompareOrdinal(xml, i, "<!--", 0, 4) == 0)
                {
                    var end = xml.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? xml.Length : end + 3;
                }
                else
                {
                    return string.CompareOrdinal(xml, i, "<!DOCTYPE", 0, 9) == 0;
                }
            }

            return false;
        }

        private static NuspecReadResult ReadPackage(XmlReader reader)
        {
            var problems = new List<PackageProblem>();
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "package")
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec's root element is not <package>");
            }

            var ns = reader.NamespaceURI;
            if (reader.IsEmptyElement)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec has no <metadata> element");
            }

            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "metadata" && reader.NamespaceURI == ns)
                {
                    return ReadMetadata(reader, ns, problems);
                }

                if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }

            return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec has no <metadata> element");
        }

        private static NuspecReadResult ReadMetadata(XmlReader reader, string ns, List<PackageProblem> problems)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            PackageLicense? license = null;
            PackageRepository? repository = null;
            if (reader.IsEmptyElement)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec's <metadata> is empty");
            }

            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (reader.NamespaceURI != ns)
                {
                    reader.Skip();
                    continue;
                }

                var name = reader.LocalName;
                switch (name)
                {
                    case "license":
                        var type = reader.GetAttribute("type");
                        var version = reader.GetAttribute("version");
                        var value = reader.ReadElementContentAsString().Trim();
                        if (license == null)
                        {
                            if (string.IsNullOrEmpty(type))
                            {
                                problems.Add(new PackageProblem(PackageProblemKind.InvalidMetadata, "the <license> element has no type attribute"));
                            }
                            else
                            {
                                license = new PackageLicense(type!, value, version);
                            }
                        }

                        break;
                    case "repository":
                        repository ??= new PackageRepository(reader.GetAttribute("type"), reader.GetAttribute("url"), reader.GetAttribute("branch"), reader.GetAttribute("commit"));
                        reader.Skip();
                        break;
                    case "id":
                    case "version":
                    case "licenseUrl":
                    case "projectUrl":
                    case "authors":
                    case "copyright":
                    case "developmentDependency":
                    case "requireLicenseAcceptance":
                        var text = reader.ReadElementContentAsString().Trim();
                        if (!values.ContainsKey(name))
                        {
                            values[name] = text;
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (!values.TryGetValue("id", out var id) || id.Length == 0)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec has no <id>");
            }

            if (!values.TryGetValue("version", out var packageVersion) || packageVersion.Length == 0)
            {
                return Fail(PackageProblemKind.NuspecCorrupt, "the nuspec of " + id + " has no <version>");
            }

            if (!PackageVersion.TryParse(packageVersion, out _, out var versionError))
            {
                problems.Add(new PackageProblem(PackageProblemKind.InvalidMetadata, "the version of " + id + " is invalid: " + versionError));
            }

            var metadata = new PackageMetadata(
                id,
                packageVersion,
                license,
                NullIfEmpty(values, "licenseUrl"),
                NullIfEmpty(values, "projectUrl"),
                repository,
                NullIfEmpty(values, "authors"),
                NullIfEmpty(values, "copyright"),
                Boolean(values, "developmentDependency", problems),
                Boolean(values, "requireLicenseAcceptance", problems));
            return new NuspecReadResult(metadata, problems);
        }

        private static string? NullIfEmpty(Dictionary<string, string> values, string name) =>
            values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        private static bool Boolean(Dictionary<string, string> values, string name, List<PackageProblem> problems)
        {
            if (!values.TryGetValue(name, out var text) || text.Length == 0)
            {
                return false;
            }

            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new PackageProblem(PackageProblemKind.InvalidMetadata, "<" + name + "> must be true or false, not '" + text + "'"));
            }

            return false;
        }

        private static NuspecReadResult Fail(PackageProblemKind kind, string message) =>
            new NuspecReadResult(null, new[] { new PackageProblem(kind, message) });
    }
}
