using System;
using System.IO;
using System.Text;
using System.Threading;

namespace LockInAnalyzer.Build.Output
{
    /// <summary>Writes generated files: UTF-8 without BOM, LF line ends, through a temporary file so a reader never sees half a file.</summary>
    internal static class OutputFiles
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>Writes <paramref name="text"/>; with <paramref name="onlyWhenDifferent"/> an identical file keeps its timestamp (compile inputs must not look changed).</summary>
        public static bool Write(string path, string text, bool onlyWhenDifferent)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            if (onlyWhenDifferent && File.Exists(path))
            {
                try
                {
                    if (string.Equals(File.ReadAllText(path, Utf8), text, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
                catch (IOException)
                {
                    // Unreadable: rewrite it.
                }
            }

            var temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
            File.WriteAllText(temporary, text, Utf8);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    if (File.Exists(path))
                    {
                        File.Delete(path);
                    }

                    File.Move(temporary, path);
                    return true;
                }
                catch (Exception e) when ((e is IOException || e is UnauthorizedAccessException) && attempt < 10)
                {
                    Thread.Sleep(50);
                }
                catch
                {
                    TryDelete(temporary);
                    throw;
                }
            }
        }

        public static void TryDelete(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return;
            }

            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                // Best effort.
            }
        }
    }
}
