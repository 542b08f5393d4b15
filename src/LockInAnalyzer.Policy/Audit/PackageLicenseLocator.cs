using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>
    /// Finds each package's folder in the packages folders the assets file lists and identifies its license there, with
    /// the license identifier (never the network, never a file outside the package folder). Restored package folders
    /// are immutable (NuGet's contract), so verdicts are cached for the life of the process (an MSBuild node, the CLI), keyed by
    /// the folder and validated by the timestamp and size of its <c>&lt;id&gt;.nuspec</c>: a solution's projects share
    /// one identification per package. The MSBuild task and the CLI both use this, so they reach the same verdict.
    /// </summary>
    public static class PackageLicenseLocator
    {
        private static readonly ConcurrentDictionary<string, CachedVerdict> Cache = new ConcurrentDictionary<string, CachedVerdict>(StringComparer.Ordinal);

        public static void ClearCache() => Cache.Clear();

        /// <summary>
        /// Identifies <paramref name="package"/> in the first packages folder that has it. <paramref name="policyUrls"/>
        /// are the policy's <c>licenses.urls</c>; verdicts are cached per folder and per URL table.
        /// </summary>
        public static LicenseVerdict Identify(AssetsPackage package, IReadOnlyList<string> packageFolders, LicenseUrlTable? policyUrls = null)
        {
            var folder = FindFolder(package, packageFolders, out var problem);
            if (folder == null)
            {
                return Problem(package, problem!.Kind, problem.Message);
            }

            var stamp = Stamp(folder, package.Id);
            var key = policyUrls == null || policyUrls.Count == 0 ? folder : folder + "\n" + policyUrls.Signature;
            if (stamp != null && Cache.TryGetValue(key, out var cached) && cached.Stamp == stamp)
            {
                return cached.Verdict;
            }

            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(folder, null, policyUrls);
            if (stamp != null)
            {
                Cache[key] = new CachedVerdict(stamp, verdict);
            }

            return verdict;
        }

        /// <summary>
        /// The extracted folder of <paramref name="package"/>: the first of the assets file's packages folders that has
        /// it (the path the assets file names, checked lexically first), or null with the reason.
        /// </summary>
        public static string? FindFolder(AssetsPackage package, IReadOnlyList<string> packageFolders, out PackageProblem? problem)
        {
            var relative = package.Path ?? (package.Id.ToLowerInvariant() + "/" + package.Version.ToString().ToLowerInvariant());
            if (!SafePackagePath.TryCheckLexically(relative, out _, out var pathProblem))
            {
                problem = new PackageProblem(PackageProblemKind.UnsafePath, "the assets file names the package folder '" + relative + "', which " + pathProblem!.Message);
                return null;
            }

            foreach (var root in packageFolders)
            {
                // Every segment below the packages folder is checked, the package's own <id>/<version> folder included:
                // a link there would make the audit read (and report) a nuspec from anywhere on the machine.
                if (!SafePackagePath.TryResolveFolder(root, relative, out var resolved, out var folderProblem))
                {
                    if (folderProblem!.Kind == PackageProblemKind.FileMissing)
                    {
                        continue;
                    }

                    problem = new PackageProblem(folderProblem.Kind, folderProblem.Message + " (in the packages folder '" + root + "'); nothing in it was read");
                    return null;
                }

                problem = null;
                return resolved;
            }

            problem = new PackageProblem(PackageProblemKind.NuspecMissing, "the package folder '" + relative + "' is in none of the packages folders (" + string.Join(", ", packageFolders) + "); restore the project");
            return null;
        }

        private static string? Stamp(string folder, string id)
        {
            try
            {
                var nuspec = new FileInfo(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"));
                return nuspec.Exists ? nuspec.LastWriteTimeUtc.Ticks + ":" + nuspec.Length : null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        private static LicenseVerdict Problem(AssetsPackage package, PackageProblemKind kind, string message) =>
            new LicenseVerdict(package.Id, package.Version.ToString(), null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "package metadata unreadable: " + message, new[] { new PackageProblem(kind, message) });

        private sealed class CachedVerdict
        {
            public CachedVerdict(string stamp, LicenseVerdict verdict)
            {
                Stamp = stamp;
                Verdict = verdict;
            }

            public string Stamp { get; }

            public LicenseVerdict Verdict { get; }
        }
    }
}
