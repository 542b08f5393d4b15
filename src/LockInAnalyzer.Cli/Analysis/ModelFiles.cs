using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// The model files a project ships (<c>*.gguf</c>, <c>*.onnx</c>, <c>*.safetensors</c> as <c>Content</c> or
    /// <c>EmbeddedResource</c> items, or <c>None</c> items copied to the output) and what the repository says about each:
    /// a model card (<c>README.md</c>, <c>MODEL_CARD.md</c>, front matter <c>license:</c> / <c>base_model:</c>) or a
    /// license file (<c>LICENSE</c>, REUSE's <c>&lt;file&gt;.license</c>) in the same folder; Unknown otherwise. Model
    /// files are never read; evidence files are read up to <see cref="MaxEvidenceBytes"/>, and nothing outside the
    /// repository root is looked at, through <c>..</c> or symbolic links.
    /// </summary>
    internal static class ModelFiles
    {
        public const int MaxEvidenceBytes = 64 * 1024;

        private static readonly string[] Extensions = { ".gguf", ".onnx", ".safetensors" };
        private static readonly string[] CardNames = { "README.md", "MODEL_CARD.md", "MODELCARD.md", "model_card.md", "model-card.md" };
        private static readonly string[] LicenseNames = { "LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "LICENCE.txt", "LICENCE.md" };
        private static readonly Regex SpdxTag = new Regex(@"SPDX-License-Identifier:\s*(?<id>[A-Za-z0-9.+-]+)", RegexOptions.CultureInvariant);

        public static List<ModelUse> Collect(EvaluatedProject project, string projectName, string root)
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var item in project.Items.Where(Ships))
            {
                foreach (var pattern in item.Include.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!Extensions.Any(e => pattern.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !pattern.EndsWith("*", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    foreach (var file in SourceFiles.Glob(pattern, project.Directory))
                    {
                        if (Extensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && IsInside(root, file))
                        {
                            files.Add(Path.GetFullPath(file));
                        }
                    }
                }
            }

            return files.Select(file => Describe(file, projectName, root)).ToList();
        }

        private static bool Ships(ProjectItem item) =>
            string.Equals(item.Type, "Content", StringComparison.OrdinalIgnoreCase)
            || string.Equals(item.Type, "EmbeddedResource", StringComparison.OrdinalIgnoreCase)
            || (string.Equals(item.Type, "None", StringComparison.OrdinalIgnoreCase)
                && (item.Get("CopyToOutputDirectory") is { Length: > 0 } || item.Get("CopyToPublishDirectory") is { Length: > 0 }));

        private static ModelUse Describe(string file, string projectName, string root)
        {
            var directory = Path.GetDirectoryName(file)!;
            var relative = ProjectDiscovery.Relative(root, file);
            long? size = null;
            try
            {
                size = new FileInfo(file).Length;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
            }

            ModelUse Use(ModelOpenness openness, string evidence) =>
                new ModelUse(relative, ModelSource.File, openness, projectName, relative, 0) { Evidence = evidence, FileBytes = size };

            foreach (var card in CardNames.Select(n => Path.Combine(directory, n)))
            {
                if (ReadEvidence(root, card) is not { } text)
                {
                    continue;
                }

                var evidence = "model card " + ProjectDiscovery.Relative(root, card);
                var front = FrontMatter(text);
                var license = front.TryGetValue("license", out var id) && !string.Equals(id, "other", StringComparison.OrdinalIgnoreCase) ? id
                    : front.TryGetValue("license_name", out var name) ? name
                    : SpdxTag.Match(text) is { Success: true } tag ? tag.Groups["id"].Value
                    : null;
                if (license != null)
                {
                    return WithLicense(Use(ModelOpenness.Unknown, evidence), license);
                }

                if (front.TryGetValue("base_model", out var baseModel) && ModelOpennessCatalog.Builtin.Match(baseModel) is { } family)
                {
                    var use = Use(family.Family.Openness, evidence);
                    ModelInventory.Describe(use, family.Family);
                    use.Evidence = evidence + " (base_model " + baseModel + ")";
                    return use;
                }
            }

            foreach (var licenseFile in new[] { file + ".license" }.Concat(LicenseNames.Select(n => Path.Combine(directory, n))))
            {
                if (ReadEvidence(root, licenseFile) is not { } text)
                {
                    continue;
                }

                var evidence = "license file " + ProjectDiscovery.Relative(root, licenseFile);
                if (SpdxTag.Match(text) is { Success: true } tag)
                {
                    return WithLicense(Use(ModelOpenness.Unknown, evidence), tag.Groups["id"].Value);
                }

                if (ByTitle(text) is { } titled)
                {
                    var use = Use(titled.ClassFor(publishesCode: false, publishesData: false), evidence);
                    ModelInventory.Describe(use, titled);
                    return use;
                }

                var finding = new LicenseTextClassifier(LicenseKnowledge.Default).Classify(text);
                if (finding.Expression is SpdxLicenseNode single)
                {
                    return WithLicense(Use(ModelOpenness.Unknown, evidence), single.Id);
                }

                return Use(ModelOpenness.Unknown, evidence + " (not recognised)");
            }

            return Use(ModelOpenness.Unknown, "none");
        }

        /// <summary>A license named by a card or a license file: the openness catalog first, then the SPDX data's category.</summary>
        private static ModelUse WithLicense(ModelUse use, string license)
        {
            if (ModelOpennessCatalog.Builtin.FindLicense(license) is { } known)
            {
                use.Openness = known.ClassFor(publishesCode: false, publishesData: false);
                ModelInventory.Describe(use, known);
                return use;
            }

            var knowledge = LicenseKnowledge.Default;
            if (!knowledge.TryGetLicense(license, out var spdx))
            {
                use.LicenseName = license;
                return use;
            }

            // Open weights at best: a license says nothing about the training code and data. Use restrictions
            // (non-commercial, source-available, commercial terms) make the model restricted.
            var category = knowledge.CategoryOf(spdx!.Id);
            use.Openness = category is LicenseCategory.Permissive or LicenseCategory.WeakCopyleft or LicenseCategory.StrongCopyleft or LicenseCategory.NetworkCopyleft ? ModelOpenness.OpenWeights
                : category == LicenseCategory.Unknown ? ModelOpenness.Unknown
                : ModelOpenness.OpenWeightsRestricted;
            use.LicenseId = spdx.Id;
            use.LicenseName = spdx.Name;
            return use;
        }

        /// <summary>A catalog license whose name, with an optional version after its first word, starts the text ("LLAMA 3.1 COMMUNITY LICENSE AGREEMENT").</summary>
        private static ModelLicense? ByTitle(string text)
        {
            var head = text.Length > 2048 ? text.Substring(0, 2048) : text;
            foreach (var license in ModelOpennessCatalog.Builtin.Licenses.Where(l => l.Id.StartsWith("LicenseRef-", StringComparison.Ordinal)).OrderByDescending(l => l.Name.Length))
            {
                var words = license.Name.Split(' ');
                var pattern = Regex.Escape(words[0]) + @"(?:\s+v?\d+(?:\.\d+)*)?\s+" + string.Join(@"\s+", words.Skip(1).Select(Regex.Escape));
                if (Regex.IsMatch(head, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                {
                    return license;
                }
            }

            return null;
        }

        /// <summary>The top-level <c>key: value</c> pairs of a Markdown file's YAML front matter (a list's first item for a list).</summary>
        private static Dictionary<string, string> FrontMatter(string text)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            if (lines.Length == 0 || lines[0].Trim() != "---")
            {
                return values;
            }

            string? pendingList = null;
            for (var i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                var line = lines[i];
                if (pendingList != null && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
                {
                    values.TryAdd(pendingList, Unquote(line.TrimStart().Substring(2)));
                    pendingList = null;
                    continue;
                }

                pendingList = null;
                var colon = line.IndexOf(':');
                if (colon <= 0 || char.IsWhiteSpace(line[0]))
                {
                    continue;
                }

                var key = line.Substring(0, colon).Trim();
                var value = Unquote(line.Substring(colon + 1));
                if (value.Length == 0)
                {
                    pendingList = key;
                }
                else
                {
                    values.TryAdd(key, value);
                }
            }

            return values;
        }

        private static string Unquote(string value) => value.Trim().Trim('"', '\'').Trim();

        /// <summary>Up to <see cref="MaxEvidenceBytes"/> of a file inside the repository; null when absent, unreadable or outside.</summary>
        private static string? ReadEvidence(string root, string path)
        {
            try
            {
                if (!File.Exists(path) || !IsInside(root, path))
                {
                    return null;
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                var buffer = new byte[MaxEvidenceBytes];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
                {
                    total += read;
                }

                return Encoding.UTF8.GetString(buffer, 0, total);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>
        /// Whether a path lies under the repository root, also after following every symbolic link on the way (the file
        /// itself or any folder between it and the root): a link may lead out of the repository.
        /// </summary>
        private static bool IsInside(string root, string path, int depth = 0)
        {
            var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(path);
            if (!full.StartsWith(prefix, StringComparison.Ordinal) || depth > 8)
            {
                return false;
            }

            try
            {
                for (var current = full; current.Length > prefix.Length; current = Path.GetDirectoryName(current)!)
                {
                    FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                    if (info.LinkTarget != null && (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !IsInside(root, target.FullName, depth + 1)))
                    {
                        return false;
                    }
                }

                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
