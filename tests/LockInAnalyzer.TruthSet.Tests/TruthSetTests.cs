using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.TruthSet.Tests
{
    /// <summary>The product's verdict on every package of the truth set.</summary>
    public class TruthSetTests
    {
        public static IEnumerable<object[]> Rows() => TruthSet.Rows.Select(row => new object[] { row.Id, row.Version });

        [Theory]
        [MemberData(nameof(Rows))]
        public void The_category_is_the_one_read_from_the_package(string id, string version)
        {
            var row = TruthSet.Rows.Single(r => r.Id == id && r.Version == version);
            var verdict = LicenseIdentifier.Default.IdentifyPackageFolder(TruthSet.PackageFolder(row));
            Assert.True(
                verdict.Category == row.Category,
                row + ": expected " + row.Category + " (" + row.HowRead + "), got " + verdict.Category + " from " + verdict.Evidence);
        }

        [Fact]
        public void The_truth_set_has_at_least_300_distinct_package_versions()
        {
            var distinct = TruthSet.Rows.Select(row => (row.Id.ToLowerInvariant(), row.Version.ToLowerInvariant())).Distinct().Count();
            Assert.Equal(TruthSet.Rows.Count, distinct);
            Assert.InRange(distinct, 300, int.MaxValue);
        }

        [Fact]
        public void Unknown_rows_have_no_expression_and_known_rows_have_a_valid_one()
        {
            foreach (var row in TruthSet.Rows)
            {
                if (row.Category == LicenseCategory.Unknown)
                {
                    Assert.Null(row.Expression);
                }
                else
                {
                    Assert.True(row.Expression != null && SpdxExpressionParser.Parse(row.Expression).Success, row + ": expression '" + row.Expression + "'");
                }
            }
        }

        [Fact]
        public void The_package_downloads_are_exactly_the_truth_set()
        {
            var downloads = XDocument.Load(TruthSet.DataFile("TruthSetPackages.props")).Descendants("PackageDownload")
                .SelectMany(item => item.Attribute("Version")!.Value.Split(';').Select(v => item.Attribute("Include")!.Value + " " + v.Trim('[', ']')))
                .OrderBy(x => x, System.StringComparer.OrdinalIgnoreCase)
                .ToList();
            var rows = TruthSet.Rows.Select(row => row.Id + " " + row.Version).OrderBy(x => x, System.StringComparer.OrdinalIgnoreCase).ToList();
            Assert.Equal(rows, downloads);
        }
    }
}
