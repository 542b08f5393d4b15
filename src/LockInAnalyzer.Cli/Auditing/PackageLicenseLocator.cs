using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Cli.Auditing
{
    /// <summary>
    /// Finds a package's folder in the packages folders the assets file lists and hands it to
    /// <see cref="LicenseIdentifier"/> (offline; nothing outside the package's folder is read). Restored package folders
    /// are immutable, so one identification per folder serves every project of the audit. This mirrors the MSBuild
    /// task's internal PackageLicenses so that the CLI and the build reach the same verdict from the same folder.
    /// </summary>
    internal sealed class PackageLicenseLocator
    {
        private readonly ConcurrentDictionary<string, LicenseVerdict> cache = new ConcurrentDictionary<string, LicenseVerdict>(StringComparer.Ordinal);

        public LicenseVerdict Identify(AssetsPackage package, IReadOnlyList<string> packageFolders)
        {
            var relative = package.Path ?? (package.Id.ToLowerInvariant() + "/" + package.Version.ToString().ToLowerInvariant());
            if (!SafePackagePath.TryCheckLexically(relative, out _, out var pathProblem))
            {
                return Problem(package, PackageProblemKind.UnsafePath, "the assets file names the package folder '" + relative + "', which " + pathProblem!.Message);
            }

            foreach (var root in packageFolders)
            {
                string folder;
                try
                {
                    folder = Path.GetFullPath(Path.Combine(root, relative));
                }
                catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
                {
                    continue;
                }

                if (Directory.Exists(folder))
                {
                    return cache.GetOrAdd(folder, f => LicenseIdentifier.Default.IdentifyPackageFolder(f));
                }
            }

            return Problem(package, PackageProblemKind.NuspecMissing, "the package folder '" + relative + "' is in none of the packages folders (" + string.Join(", ", packageFolders) + "); restore the project");
        }

        private static LicenseVerdict Problem(AssetsPackage package, PackageProblemKind kind, string message) =>
            new LicenseVerdict(package.Id, package.Version.ToString(), null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "package metadata unreadable: " + message, new[] { new PackageProblem(kind, message) });
    }
}
