using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Audit;

namespace LockInAnalyzer.Build.Evaluation
{
    /// <summary>
    /// Writes <c>-t:LockInUpdateBaseline</c> results. A repository usually shares one baseline among its projects, and a
    /// solution build runs projects in parallel, so the file is read, merged and rewritten under an exclusive lock:
    /// each project records its packages and keeps everyone else's.
    /// </summary>
    internal static class BaselineUpdater
    {
        public static int Update(string path, IEnumerable<BaselineEntry> current, List<SourceProblem> problems)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    if (stream.Length > AuditSession.MaxBaselineFileBytes)
                    {
                        throw new IOException("'" + path + "' is larger than " + AuditSession.MaxBaselineFileBytes + " bytes");
                    }

                    var bytes = new byte[stream.Length];
                    var read = 0;
                    while (read < bytes.Length)
                    {
                        var n = stream.Read(bytes, read, bytes.Length - read);
                        if (n == 0)
                        {
                            break;
                        }

                        read += n;
                    }

                    var text = new UTF8Encoding(false).GetString(bytes, 0, read).TrimStart('\uFEFF');
                    var existing = text.Trim().Length == 0 ? new LicenseBaseline(Array.Empty<BaselineEntry>()) : LicenseBaseline.Read(text, path, problems);
                    if (existing == null || problems.Count > 0)
                    {
                        return -1;
                    }

                    var merged = existing.With(current);
                    var output = new UTF8Encoding(false).GetBytes(merged.Write());
                    stream.SetLength(0);
                    stream.Position = 0;
                    stream.Write(output, 0, output.Length);
                    var count = 0;
                    foreach (var _ in merged.Entries)
                    {
                        count++;
                    }

                    return count;
                }
                catch (IOException) when (attempt < 100 && File.Exists(path))
                {
                    // Another project of the same build holds the lock; it is done within milliseconds.
                    Thread.Sleep(20);
                }
            }
        }
    }
}
