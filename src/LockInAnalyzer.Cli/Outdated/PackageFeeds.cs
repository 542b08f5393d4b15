using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Policy.Licensing;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace LockInAnalyzer.Cli.Outdated
{
    /// <summary>One version of a package as a source lists it, with the license metadata the listing carries.</summary>
    internal sealed record FeedVersion(string Id, NuGetVersion Version, string SourceName, NuGet.Packaging.LicenseMetadata? License, string? LicenseUrl);

    /// <summary>
    /// The package sources of a repository as NuGet sees them: nuget.config through NuGet.Configuration (the
    /// repository's files up to the user and machine config, <c>&lt;clear /&gt;</c>, disabled sources), with the
    /// credentials NuGet.Protocol takes from <c>packageSourceCredentials</c>. The only code of the product that
    /// reaches a package source; the build and <c>lockin audit</c> read the restore's output only.
    /// </summary>
    internal sealed class PackageFeeds : IDisposable
    {
        /// <summary>A nupkg larger than this is not downloaded for its license file (the verdict then says so).</summary>
        public const long MaxNupkgBytes = 256L * 1024 * 1024;

        private readonly List<SourceRepository> repositories;
        private readonly SourceCacheContext cache = new SourceCacheContext { NoCache = true };
        private readonly Dictionary<SourceRepository, PackageMetadataResource?> metadata = new Dictionary<SourceRepository, PackageMetadataResource?>();

        private PackageFeeds(List<SourceRepository> repositories)
        {
            this.repositories = repositories;
        }

        public IReadOnlyList<PackageSource> Sources => repositories.Select(r => r.PackageSource).ToList();

        /// <summary>The enabled sources of the NuGet configuration that applies to <paramref name="directory"/>.</summary>
        public static PackageFeeds ForDirectory(string directory)
        {
            List<PackageSource> sources;
            try
            {
                var settings = Settings.LoadDefaultSettings(directory);
                sources = new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled).ToList();
            }
            catch (NuGetConfigurationException e)
            {
                // A broken nuget.config is the user's to fix, named by NuGet's own message (it gives the file).
                throw new UsageException("the NuGet configuration cannot be read: " + OneLine(e));
            }

            return new PackageFeeds(sources.Select(s => Repository.Factory.GetCoreV3(s)).ToList());
        }

        /// <summary>
        /// Every listed version of <paramref name="id"/> on every source (the first source that lists a version
        /// provides its metadata), ascending; <paramref name="problems"/> gets one line per source that failed.
        /// </summary>
        public async Task<IReadOnlyList<FeedVersion>> VersionsAsync(string id, bool includePrerelease, List<string> problems, CancellationToken cancellationToken)
        {
            var byVersion = new SortedDictionary<NuGetVersion, FeedVersion>();
            foreach (var repository in repositories)
            {
                var resource = await MetadataResourceAsync(repository, problems, cancellationToken).ConfigureAwait(false);
                if (resource == null)
                {
                    continue;
                }

                try
                {
                    var listed = await resource.GetMetadataAsync(id, includePrerelease, false, cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
                    foreach (var item in listed)
                    {
                        var version = item.Identity.Version;
                        if (!byVersion.ContainsKey(version))
                        {
                            byVersion[version] = new FeedVersion(id, version, repository.PackageSource.Name, item.LicenseMetadata, item.LicenseUrl?.OriginalString);
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    problems.Add(Describe(repository.PackageSource) + ": cannot list " + id + ": " + OneLine(e));
                }
            }

            return byVersion.Values.ToList();
        }

        /// <summary>
        /// The listing resource of a source, resolved once (its service index, for a v3 feed): a source that cannot be
        /// used is reported once and skipped for every later package, instead of failing (and retrying) per package.
        /// </summary>
        private async Task<PackageMetadataResource?> MetadataResourceAsync(SourceRepository repository, List<string> problems, CancellationToken cancellationToken)
        {
            if (metadata.TryGetValue(repository, out var known))
            {
                return known;
            }

            var source = repository.PackageSource;
            PackageMetadataResource? resource = null;
            if (source.IsLocal && !Directory.Exists(source.Source))
            {
                // NuGet lists nothing from a missing folder; a forecast that silently saw no versions would say "up to date".
                problems.Add(Describe(source) + ": the folder does not exist");
            }
            else
            {
                try
                {
                    resource = await repository.GetResourceAsync<PackageMetadataResource>(cancellationToken).ConfigureAwait(false);
                    if (resource == null)
                    {
                        problems.Add(Describe(source) + ": not a package source NuGet can list");
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    problems.Add(Describe(source) + ": cannot be used: " + OneLine(e));
                }
            }

            metadata[repository] = resource;
            return resource;
        }

        private static string Describe(PackageSource source) => "source '" + source.Name + "' (" + source.Source + ")";

        /// <summary>
        /// Downloads the nupkg of <paramref name="version"/> from its source and extracts its nuspec and small files
        /// (the only ones the license identifier reads) into <paramref name="folder"/>; null when it worked, else why not.
        /// </summary>
        public async Task<string?> ExtractLicenseFilesAsync(FeedVersion version, string folder, CancellationToken cancellationToken)
        {
            var repository = repositories.First(r => r.PackageSource.Name == version.SourceName);
            var nupkg = Path.Combine(folder, "..", Path.GetFileName(folder) + ".nupkg");
            try
            {
                var resource = await repository.GetResourceAsync<FindPackageByIdResource>(cancellationToken).ConfigureAwait(false);
                if (resource == null)
                {
                    return "the source cannot serve packages";
                }

                using (var stream = new FileStream(nupkg, FileMode.Create, FileAccess.ReadWrite))
                {
                    if (!await resource.CopyNupkgToStreamAsync(version.Id, version.Version, stream, cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false))
                    {
                        return "the source did not return the package";
                    }

                    if (stream.Length > MaxNupkgBytes)
                    {
                        return "the package is larger than " + MaxNupkgBytes + " bytes";
                    }

                    stream.Position = 0;
                    using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
                    Directory.CreateDirectory(folder);
                    foreach (var entry in archive.Entries)
                    {
                        Extract(entry, folder);
                    }
                }

                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return "cannot read the package from '" + version.SourceName + "': " + OneLine(e);
            }
            finally
            {
                TryDelete(nupkg);
            }
        }

        /// <summary>Entries whose path stays inside the package and that are small enough to be a nuspec or a license file.</summary>
        private static void Extract(ZipArchiveEntry entry, string folder)
        {
            var name = Uri.UnescapeDataString(entry.FullName);
            if (name.EndsWith("/", StringComparison.Ordinal) || entry.Length > PackageFolderAccess.MaxLicenseFileBytes
                || !SafePackagePath.TryCheckLexically(name, out var segments, out _) || segments.Count == 0)
            {
                return;
            }

            var target = Path.Combine(new[] { folder }.Concat(segments).ToArray());
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = entry.Open();
            using var output = new FileStream(target, FileMode.Create, FileAccess.Write);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                // The header's length can lie; the bound holds for the bytes actually inflated.
                total += read;
                if (total > PackageFolderAccess.MaxLicenseFileBytes + 1)
                {
                    break;
                }

                output.Write(buffer, 0, read);
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
            }
        }

        internal static string OneLine(Exception e)
        {
            var inner = e;
            while (inner is AggregateException or FatalProtocolException && inner.InnerException != null)
            {
                inner = inner.InnerException;
            }

            var message = inner == e ? e.Message : e.Message + ": " + inner.Message;
            return string.Join(" ", message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        public void Dispose() => cache.Dispose();
    }
}
