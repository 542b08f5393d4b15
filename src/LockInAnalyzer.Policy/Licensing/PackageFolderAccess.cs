using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Reads files of an extracted package (a folder of the global packages folder) through
    /// <see cref="SafePackagePath"/>, with a size bound checked before and while reading.
    /// </summary>
    public sealed class PackageFolderAccess : IPackageFileAccess
    {
        /// <summary>The default bound for license files: real ones are under 40 KiB; 1 MiB leaves room and stays cheap.</summary>
        public const long MaxLicenseFileBytes = 1024 * 1024;

        public PackageFolderAccess(string folder)
        {
            Folder = folder;
        }

        public string Folder { get; }

        public PackageFileReadResult ReadText(string relativePath, long maxBytes)
        {
            if (!SafePackagePath.TryResolve(Folder, relativePath, out var fullPath, out var problem))
            {
                return PackageFileReadResult.Fail(problem!.Kind, problem.Message);
            }

            return ReadBoundedText(fullPath!, relativePath, maxBytes);
        }

        public IReadOnlyList<string> ListFiles(string relativeFolder)
        {
            var result = new List<string>();
            try
            {
                var folder = relativeFolder.Length == 0 ? Folder : Path.Combine(Folder, relativeFolder);
                if (!Directory.Exists(folder) || (relativeFolder.Length > 0 && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0))
                {
                    return result;
                }

                foreach (var file in Directory.GetFiles(folder))
                {
                    var name = Path.GetFileName(file);
                    result.Add(relativeFolder.Length == 0 ? name : relativeFolder + "/" + name);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                // An unreadable folder lists nothing: the verdict then rests on the other evidence.
            }

            result.Sort(StringComparer.Ordinal);
            return result;
        }

        /// <summary>
        /// Reads at most <paramref name="maxBytes"/> (the length is checked first, and the read stops one byte past
        /// the bound in case the file grows meanwhile). Decodes by byte-order mark, UTF-8 otherwise; a NUL character
        /// marks a binary file, which is refused rather than matched as text.
        /// </summary>
        public static PackageFileReadResult ReadBoundedText(string fullPath, string displayName, long maxBytes)
        {
            try
            {
                using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
                if (stream.Length > maxBytes)
                {
                    return TooLarge(displayName, maxBytes);
                }

                var buffer = new byte[Math.Min(stream.Length, maxBytes) + 1];
                var total = 0;
                int read;
                while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
                {
                    total += read;
                }

                if (total > maxBytes)
                {
                    return TooLarge(displayName, maxBytes);
                }

                var text = Decode(buffer, total);
                if (text.IndexOf('\0') >= 0)
                {
                    return PackageFileReadResult.Fail(PackageProblemKind.FileUnreadable, "'" + displayName + "' is not a text file");
                }

                return PackageFileReadResult.Ok(text);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                return PackageFileReadResult.Fail(PackageProblemKind.FileUnreadable, "'" + displayName + "' could not be read: " + e.Message);
            }
        }

        private static PackageFileReadResult TooLarge(string displayName, long maxBytes) =>
            PackageFileReadResult.Fail(PackageProblemKind.FileTooLarge, "'" + displayName + "' is larger than " + maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes");

        private static string Decode(byte[] bytes, int count)
        {
            if (count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return Encoding.UTF8.GetString(bytes, 3, count - 3);
            }

            if (count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return Encoding.Unicode.GetString(bytes, 2, count - 2);
            }

            if (count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode.GetString(bytes, 2, count - 2);
            }

            return Encoding.UTF8.GetString(bytes, 0, count);
        }
    }
}
