using System;
using System.Collections.Generic;
using System.IO;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Resolves a path taken from package metadata to a file inside the package folder, or says why it will not.
    /// The path is attacker-controlled (anyone can publish a package), so it is checked lexically first (no absolute
    /// paths, drive letters, ':' or '..' segments) and then physically: every segment below the package folder is
    /// inspected and a symbolic link or junction anywhere on the way is refused, because a link can point anywhere on
    /// the machine. netstandard2.0 has no FileSystemInfo.LinkTarget, but links carry FileAttributes.ReparsePoint on
    /// Windows and on Unix alike.
    /// </summary>
    public static class SafePackagePath
    {
        private static readonly bool IgnoreCase = Path.DirectorySeparatorChar == '\\';

        /// <summary>Returns the full path of an existing regular file inside <paramref name="packageFolder"/>, or a problem.</summary>
        public static bool TryResolve(string packageFolder, string relativePath, out string? fullPath, out PackageProblem? problem) =>
            TryWalk(packageFolder, relativePath, wantFolder: false, out fullPath, out problem);

        /// <summary>
        /// Returns the full path of an existing folder inside <paramref name="packagesRoot"/> (a package's
        /// <c>&lt;id&gt;/&lt;version&gt;</c> folder in a packages folder), or a problem. The packages folder itself may
        /// be a link (a cache on another disk); nothing below it may be, or a tampered <c>&lt;version&gt;</c> link would
        /// make the audit read a nuspec from anywhere on the machine.
        /// </summary>
        public static bool TryResolveFolder(string packagesRoot, string relativeFolder, out string? fullPath, out PackageProblem? problem) =>
            TryWalk(packagesRoot, relativeFolder, wantFolder: true, out fullPath, out problem);

        private static bool TryWalk(string packageFolder, string relativePath, bool wantFolder, out string? fullPath, out PackageProblem? problem)
        {
            fullPath = null;
            if (!TryCheckLexically(relativePath, out var segments, out problem))
            {
                return false;
            }

            string root;
            try
            {
                root = Path.GetFullPath(packageFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
            {
                problem = new PackageProblem(PackageProblemKind.UnsafePath, "the package folder '" + packageFolder + "' is not a valid path");
                return false;
            }

            var current = root;
            for (var i = 0; i < segments.Count; i++)
            {
                var isLast = i == segments.Count - 1;
                var next = Path.Combine(current, segments[i]);
                if (isLast && !wantFolder && !File.Exists(next) && !Directory.Exists(next))
                {
                    // Package files keep the case they were packed with; a nuspec written on Windows may name
                    // "LICENSE.md" for "License.md". Accept a single case-insensitive match in the same folder.
                    next = FindIgnoringCase(current, segments[i]) ?? next;
                }

                var full = Path.GetFullPath(next);
                if (!IsInside(root, full))
                {
                    problem = Unsafe(relativePath, "resolves outside the package folder");
                    return false;
                }

                FileAttributes attributes;
                try
                {
                    if (!File.Exists(full) && !Directory.Exists(full))
                    {
                        // A dangling link has no target, but the link itself is still there: refuse it as a link.
                        if (IsDanglingLink(full))
                        {
                            problem = Unsafe(relativePath, "goes through a symbolic link or junction ('" + segments[i] + "')");
                            return false;
                        }

                        problem = new PackageProblem(PackageProblemKind.FileMissing, "'" + relativePath + "' does not exist in the package");
                        return false;
                    }

                    attributes = File.GetAttributes(full);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    problem = new PackageProblem(PackageProblemKind.FileUnreadable, "'" + relativePath + "' could not be inspected: " + e.Message);
                    return false;
                }

                if ((attributes & FileAttributes.ReparsePoint) != 0)
                {
                    problem = Unsafe(relativePath, "goes through a symbolic link or junction ('" + segments[i] + "')");
                    return false;
                }

                if ((!isLast || wantFolder) && (attributes & FileAttributes.Directory) == 0)
                {
                    problem = new PackageProblem(PackageProblemKind.FileMissing, "'" + relativePath + "' does not exist in the package");
                    return false;
                }

                if (isLast && !wantFolder && (attributes & FileAttributes.Directory) != 0)
                {
                    problem = new PackageProblem(PackageProblemKind.FileMissing, "'" + relativePath + "' is a folder, not a file");
                    return false;
                }

                current = full;
            }

            fullPath = current;
            problem = null;
            return true;
        }

        /// <summary>The checks that need no file system: not empty, relative, no '..', no ':' (drive letters, NTFS streams, URLs).</summary>
        public static bool TryCheckLexically(string? relativePath, out List<string> segments, out PackageProblem? problem)
        {
            segments = new List<string>();
            if (relativePath == null || relativePath.Trim().Length == 0)
            {
                problem = new PackageProblem(PackageProblemKind.UnsafePath, "the file path is empty");
                return false;
            }

            if (relativePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || relativePath.IndexOf('\0') >= 0)
            {
                problem = Unsafe(relativePath, "contains characters that are not allowed in a path");
                return false;
            }

            if (relativePath[0] == '/' || relativePath[0] == '\\' || relativePath.IndexOf(':') >= 0 || relativePath[0] == '~' || Path.IsPathRooted(relativePath))
            {
                problem = Unsafe(relativePath, "is absolute; a package file must be named relative to the package root");
                return false;
            }

            foreach (var segment in relativePath.Split('/', '\\'))
            {
                var trimmed = segment.Trim();
                if (trimmed == "..")
                {
                    problem = Unsafe(relativePath, "contains a '..' segment");
                    return false;
                }

                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                // Windows ignores trailing dots and spaces ("..." and ".. " resolve like ".."), so refuse them outright.
                if (segment.TrimEnd('.', ' ').Length == 0 || segment.EndsWith(".", StringComparison.Ordinal) || segment.EndsWith(" ", StringComparison.Ordinal))
                {
                    problem = Unsafe(relativePath, "has a segment ending in '.' or a space");
                    return false;
                }

                segments.Add(segment);
            }

            if (segments.Count == 0)
            {
                problem = Unsafe(relativePath, "names no file");
                return false;
            }

            problem = null;
            return true;
        }

        private static bool IsInside(string root, string full) =>
            full.Length > root.Length + 1 &&
            (full[root.Length] == Path.DirectorySeparatorChar || full[root.Length] == Path.AltDirectorySeparatorChar) &&
            string.Compare(full, 0, root, 0, root.Length, IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0;

        private static string? FindIgnoringCase(string directory, string name)
        {
            try
            {
                string? found = null;
                foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
                {
                    if (string.Equals(Path.GetFileName(entry), name, StringComparison.OrdinalIgnoreCase))
                    {
                        if (found != null)
                        {
                            return null;
                        }

                        found = entry;
                    }
                }

                return found;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return null;
            }
        }

        private static bool IsDanglingLink(string path)
        {
            try
            {
                // FileSystemInfo.Attributes comes from lstat on Unix, so it is readable for a link whose target is gone.
                var info = new FileInfo(path);
                info.Refresh();
                return (int)info.Attributes != -1 && (info.Attributes & FileAttributes.ReparsePoint) != 0;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                return false;
            }
        }

        private static PackageProblem Unsafe(string path, string why) =>
            new PackageProblem(PackageProblemKind.UnsafePath, "refused to read '" + path + "': the path " + why);
    }
}
