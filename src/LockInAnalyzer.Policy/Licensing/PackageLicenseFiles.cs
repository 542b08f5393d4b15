using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Finds the license files a package ships without naming them in its nuspec (a <c>LICENSE.TXT</c> next to a
    /// URL-only nuspec, as in NETStandard.Library 2.0.3): files at the package root or in a <c>license</c>,
    /// <c>licenses</c> or <c>legal</c> folder whose name starts with LICENSE, LICENCE, COPYING, EULA or UNLICENSE.
    /// Third-party notices are skipped (they describe bundled components, not the package).
    /// </summary>
    public static class PackageLicenseFiles
    {
        /// <summary>Enough for every real package seen; a package with more candidates is read only this far.</summary>
        public const int MaxCandidates = 8;

        private static readonly string[] Stems = { "license", "licence", "unlicense", "copying", "eula" };
        private static readonly string[] Folders = { "license", "licenses", "legal" };
        private static readonly string[] TextExtensions = { string.Empty, ".txt", ".md", ".markdown", ".rst", ".lesser" };

        /// <summary>The candidates, best first: LICENSE-like names before COPYING and EULA, the root before subfolders.</summary>
        public static IReadOnlyList<string> Find(IPackageFileAccess files)
        {
            var candidates = new List<(int Rank, string Path)>();
            Collect(files, string.Empty, 0, candidates);
            foreach (var name in Folders)
            {
                // Package files keep the case they were packed with: "license", "License" and "LICENSE" all occur.
                Collect(files, name, 10, candidates);
                Collect(files, char.ToUpperInvariant(name[0]) + name.Substring(1), 10, candidates);
                Collect(files, name.ToUpperInvariant(), 10, candidates);
            }

            candidates.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Path, b.Path));
            var result = new List<string>();
            foreach (var candidate in candidates)
            {
                if (result.Count < MaxCandidates && !result.Exists(path => string.Equals(path, candidate.Path, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(candidate.Path);
                }
            }

            return result;
        }

        /// <summary>The rank of a file name as a license file (lower is better), or -1 when it is not one.</summary>
        public static int Rank(string fileName)
        {
            var name = fileName.ToLowerInvariant();
            if (name.IndexOf("third", StringComparison.Ordinal) >= 0 || name.IndexOf("notice", StringComparison.Ordinal) >= 0)
            {
                return -1;
            }

            var dot = name.IndexOf('.');
            var stem = dot < 0 ? name : name.Substring(0, dot);
            var extension = dot < 0 ? string.Empty : name.Substring(name.LastIndexOf('.'));
            if (Array.IndexOf(TextExtensions, extension) < 0)
            {
                return -1;
            }

            for (var i = 0; i < Stems.Length; i++)
            {
                if (stem == Stems[i])
                {
                    return i * 2;
                }

                if (stem.StartsWith(Stems[i], StringComparison.Ordinal) && (stem[Stems[i].Length] == '-' || stem[Stems[i].Length] == '_'))
                {
                    return (i * 2) + 1;
                }
            }

            return -1;
        }

        private static void Collect(IPackageFileAccess files, string folder, int folderRank, List<(int Rank, string Path)> candidates)
        {
            foreach (var path in files.ListFiles(folder))
            {
                var slash = path.LastIndexOf('/');
                var rank = Rank(slash < 0 ? path : path.Substring(slash + 1));
                if (rank >= 0)
                {
                    candidates.Add((folderRank + rank, path));
                }
            }
        }
    }
}
