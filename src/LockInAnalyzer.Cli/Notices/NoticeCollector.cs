using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Cli.Notices
{
    /// <summary>
    /// Turns the audited projects into one notice per shipped package (id and version, across projects): the verdict
    /// of the package audit, and the copyright lines and license text of the package's own license file (the one the
    /// nuspec names, else the one identification finds in the package). Nothing comes from the network.
    /// </summary>
    internal static class NoticeCollector
    {
        public static IReadOnlyList<PackageNotice> Collect(IEnumerable<ProjectResult> projects)
        {
            var notices = new SortedDictionary<string, PackageNotice>(StringComparer.OrdinalIgnoreCase);
            foreach (var project in projects.Where(p => p.PackagesAudited && p.Assets != null))
            {
                var assets = project.Assets!;
                foreach (var report in project.Packages.Where(p => !p.IsDevelopmentDependency))
                {
                    var key = report.Id + "/" + report.Version;
                    if (notices.ContainsKey(key))
                    {
                        continue;
                    }

                    var package = assets.Packages.FirstOrDefault(p => string.Equals(p.Id, report.Id, StringComparison.OrdinalIgnoreCase) && p.Version.ToString() == report.Version);
                    notices[key] = Notice(report, package, assets.PackageFolders);
                }
            }

            return notices.Values
                .OrderBy(n => n.Id, StringComparer.OrdinalIgnoreCase)
                .ThenBy(n => PackageVersion.TryParse(n.Version, out var version, out _) ? version : null)
                .ThenBy(n => n.Version, StringComparer.Ordinal)
                .ToList();
        }

        private static PackageNotice Notice(PackageReport report, AssetsPackage? package, IReadOnlyList<string> folders)
        {
            var verdict = report.Verdict;
            var folder = package == null ? null : PackageLicenseLocator.FindFolder(package, folders, out _);
            string? file = null;
            string? text = null;
            string? nuspecCopyright = null;
            if (folder != null)
            {
                var nuspec = NuspecReader.ReadFromPackageFolder(folder);
                nuspecCopyright = nuspec.Metadata?.Copyright;
                var access = new PackageFolderAccess(folder);
                var candidates = new List<string>();
                if (nuspec.Metadata?.License is { IsFile: true } license)
                {
                    candidates.Add(license.Value);
                }

                candidates.AddRange(PackageLicenseFiles.Find(access));
                foreach (var candidate in candidates)
                {
                    var read = access.ReadText(candidate, PackageFolderAccess.MaxLicenseFileBytes);
                    if (read.Success && read.Text!.Trim().Length > 0)
                    {
                        file = candidate.Replace('\\', '/');
                        text = read.Text;
                        break;
                    }
                }
            }

            var copyrights = text == null ? new List<string>() : CopyrightLines(text);
            var source = copyrights.Count > 0 ? file! : string.Empty;
            if (copyrights.Count == 0 && !string.IsNullOrWhiteSpace(nuspecCopyright))
            {
                copyrights.Add(nuspecCopyright!.Trim());
                source = "nuspec";
            }

            return new PackageNotice(report.Id, report.Version, verdict.Expression, verdict.Category.ToString(), verdict.Evidence, copyrights, source, file, text == null ? null : WithoutCopyrightLines(text));
        }

        /// <summary>The copyright notices of a license file, as written (markdown markers trimmed), each once.</summary>
        public static List<string> CopyrightLines(string text)
        {
            var result = new List<string>();
            foreach (var line in Lines(text))
            {
                if (IsCopyrightNotice(line))
                {
                    var trimmed = line.Trim().TrimStart('#', '*', '>', '-', '_', ' ').TrimEnd('*', ' ');
                    if (trimmed.Length > 0 && !result.Contains(trimmed))
                    {
                        result.Add(trimmed);
                    }
                }
            }

            return result;
        }

        /// <summary>The text with copyright lines removed, line endings unified and surrounding blank lines trimmed.</summary>
        public static string WithoutCopyrightLines(string text)
        {
            var kept = Lines(text).Where(line => !IsCopyrightNotice(line)).Select(line => line.TrimEnd()).ToList();
            while (kept.Count > 0 && kept[0].Length == 0)
            {
                kept.RemoveAt(0);
            }

            while (kept.Count > 0 && kept[kept.Count - 1].Length == 0)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            var joined = string.Join("\n", kept);
            while (joined.Contains("\n\n\n"))
            {
                joined = joined.Replace("\n\n\n", "\n\n");
            }

            return joined;
        }

        /// <summary>
        /// A line that states who holds the copyright: the fingerprint normaliser's copyright line, but not a license's
        /// own clause "(c) You must retain ..." (Apache-2.0, section 4) nor a template such as "Copyright [yyyy] [name of
        /// copyright owner]" (Apache-2.0's appendix).
        /// </summary>
        public static bool IsCopyrightNotice(string line)
        {
            if (!LicenseTextNormalizer.IsCopyrightLine(line))
            {
                return false;
            }

            var text = line.Trim().TrimStart('#', '*', '>', '-', '_', ' ');
            if (text.IndexOf("[yyyy]", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("<year>", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("{yyyy}", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }

            if (text.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
            {
                var rest = text.Substring(3).TrimStart();
                return rest.Length > 0 && (char.IsDigit(rest[0]) || char.IsUpper(rest[0])) && !rest.StartsWith("You ", StringComparison.Ordinal);
            }

            return true;
        }

        private static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
    }
}
