using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseUrlTableTests
    {
        private static readonly LicenseUrlTable Table = new LicenseUrlTable(new[]
        {
            Entry("contoso.com/license", isPrefix: false, "LicenseRef-Contoso"),
            Entry("contoso.com/", isPrefix: true, "MIT"),
            Entry("contoso.com/licenses/gpl", isPrefix: true, "GPL-3.0-only"),
        });

        [Theory]
        [InlineData("https://contoso.com/license", "LicenseRef-Contoso")]
        [InlineData("http://www.CONTOSO.com/license/", "LicenseRef-Contoso")]
        [InlineData("https://contoso.com/license#section-2", "LicenseRef-Contoso")]
        [InlineData("contoso.com/license", "LicenseRef-Contoso")]
        [InlineData("https://contoso.com/license.html", "MIT")]
        [InlineData("https://contoso.com/licenses/gpl-3.0.html", "GPL-3.0-only")]
        [InlineData("https://contoso.com/licenses/gplv2", "GPL-3.0-only")]
        [InlineData("https://contoso.com/", "MIT")]
        public void Exact_beats_prefix_and_the_longest_prefix_wins(string url, string expression)
        {
            Assert.Equal(expression, Table.Find(url)!.Expression!.ToString());
        }

        [Theory]
        [InlineData("https://contoso.org/license")]
        [InlineData("https://contoso.com")]
        [InlineData("ftp://contoso.com/license")]
        [InlineData("")]
        [InlineData(null)]
        [InlineData("not a url")]
        public void Other_urls_match_nothing(string? url)
        {
            Assert.Null(Table.Find(url));
        }

        [Fact]
        public void A_later_exact_entry_replaces_an_earlier_one()
        {
            var table = new LicenseUrlTable(new[] { Entry("x.com/l", false, "MIT"), Entry("x.com/l", false, "Apache-2.0") });
            Assert.Equal("Apache-2.0", table.Find("https://x.com/l")!.Expression!.ToString());
        }

        [Fact]
        public void A_category_only_entry_describes_itself_by_its_category()
        {
            var table = new LicenseUrlTable(new[] { new LicenseUrlPattern("x.com/eula", false, null, LicenseCategory.Commercial, "bought, ticket LEGAL-7") });
            Assert.Equal("Commercial (bought, ticket LEGAL-7)", table.Find("https://x.com/eula")!.Describe());
        }

        private static LicenseUrlPattern Entry(string pattern, bool isPrefix, string expression) =>
            new LicenseUrlPattern(pattern, isPrefix, SpdxExpressionParser.Parse(expression).Expression, null, string.Empty);
    }
}
