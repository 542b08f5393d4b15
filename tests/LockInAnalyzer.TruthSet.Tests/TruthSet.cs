using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.TruthSet.Tests
{
    /// <summary>One row of license-truth.tsv: a package version and the license a person read from its files.</summary>
    public sealed class TruthRow
    {
        public TruthRow(string id, string version, string? expression, LicenseCategory category, string howRead)
        {
            Id = id;
            Version = version;
            Expression = expression;
            Category = category;
            HowRead = howRead;
        }

        public string Id { get; }

        public string Version { get; }

        /// <summary>The license expression, or null where the package's files do not tell (category Unknown).</summary>
        public string? Expression { get; }

        public LicenseCategory Category { get; }

        public string HowRead { get; }

        public override string ToString() => Id + " " + Version;
    }

    /// <summary>Reads license-truth.tsv and finds the restored packages.</summary>
    public static class TruthSet
    {
        private static readonly Lazy<IReadOnlyList<TruthRow>> LazyRows = new Lazy<IReadOnlyList<TruthRow>>(Load);

        public static IReadOnlyList<TruthRow> Rows => LazyRows.Value;

        public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, name);

        /// <summary>The global packages folder, by the rule the other real-package tests use.</summary>
        public static string GlobalPackagesFolder => LockInAnalyzer.Policy.Tests.TestEnvironment.GlobalPackagesFolder;

        /// <summary>The extracted folder restore put the package in; missing means the PackageDownload list is wrong.</summary>
        public static string PackageFolder(TruthRow row)
        {
            var folder = Path.Combine(GlobalPackagesFolder, row.Id.ToLowerInvariant(), row.Version.ToLowerInvariant());
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(row + " is not in " + GlobalPackagesFolder + "; TruthSetPackages.props should have downloaded it during restore.");
            }

            return folder;
        }

        private static IReadOnlyList<TruthRow> Load()
        {
            var rows = new List<TruthRow>();
            foreach (var line in File.ReadAllLines(DataFile("license-truth.tsv")))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (fields.Length != 5 || !Enum.TryParse<LicenseCategory>(fields[3], out var category))
                {
                    throw new FormatException("license-truth.tsv: malformed row '" + line + "'");
                }

                rows.Add(new TruthRow(fields[0], fields[1], fields[2] == "-" ? null : fields[2], category, fields[4]));
            }

            return rows;
        }
    }
}
