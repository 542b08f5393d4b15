using System.Linq;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class SpdxExpressionParserTests
    {
        [Theory]
        [InlineData("MIT", "MIT")]
        [InlineData("mit", "MIT")]
        [InlineData("apache-2.0", "Apache-2.0")]
        [InlineData("MIT OR Apache-2.0", "MIT OR Apache-2.0")]
        [InlineData("MIT or Apache-2.0", "MIT OR Apache-2.0")]
        [InlineData("MIT Or Apache-2.0", "MIT OR Apache-2.0")]
        [InlineData("(MIT OR Apache-2.0)", "MIT OR Apache-2.0")]
        [InlineData("MIT AND (Apache-2.0 OR BSD-3-Clause)", "MIT AND (Apache-2.0 OR BSD-3-Clause)")]
        [InlineData("(MIT AND Apache-2.0) OR BSD-3-Clause", "MIT AND Apache-2.0 OR BSD-3-Clause")]
        [InlineData("MIT OR (Apache-2.0 OR ISC)", "MIT OR Apache-2.0 OR ISC")]
        [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", "GPL-2.0-only WITH Classpath-exception-2.0")]
        [InlineData("gpl-2.0-only with classpath-exception-2.0 or mit", "GPL-2.0-only WITH Classpath-exception-2.0 OR MIT")]
        [InlineData("Apache-2.0+", "Apache-2.0+")]
        [InlineData("LicenseRef-Commercial", "LicenseRef-Commercial")]
        [InlineData("licenseref-commercial", "LicenseRef-Commercial")]
        [InlineData("LicenseRef-My-Own.1", "LicenseRef-My-Own.1")]
        [InlineData("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2")]
        [InlineData("  MIT\tAND\r\nISC  ", "MIT AND ISC")]
        [InlineData("(((MIT)))", "MIT")]
        public void Parses_to_canonical_text(string text, string canonical)
        {
            var result = SpdxExpressionParser.Parse(text);
            Assert.True(result.Success, result.Error);
            Assert.Equal(canonical, result.Expression!.ToString());
            Assert.Null(result.Error);
            Assert.Equal(-1, result.ErrorOffset);
        }

        [Fact]
        public void With_binds_tighter_than_and_which_binds_tighter_than_or()
        {
            var tree = SpdxExpressionParser.Parse("MIT OR GPL-2.0-only WITH Classpath-exception-2.0 AND ISC").Expression!;
            var or = Assert.IsType<SpdxCompoundNode>(tree);
            Assert.Equal(SpdxNodeKind.Or, or.Kind);
            Assert.Equal(2, or.Operands.Count);
            Assert.Equal("MIT", Assert.IsType<SpdxLicenseNode>(or.Operands[0]).Id);
            var and = Assert.IsType<SpdxCompoundNode>(or.Operands[1]);
            Assert.Equal(SpdxNodeKind.And, and.Kind);
            var with = Assert.IsType<SpdxWithNode>(and.Operands[0]);
            Assert.Equal("GPL-2.0-only", with.License.Id);
            Assert.Equal("Classpath-exception-2.0", with.ExceptionId);
            Assert.True(with.IsKnownException);
            Assert.Equal("ISC", Assert.IsType<SpdxLicenseNode>(and.Operands[1]).Id);
        }

        [Theory]
        [InlineData("GPL-2.0", "GPL-2.0-only")]
        [InlineData("GPL-2.0+", "GPL-2.0-or-later")]
        [InlineData("gpl-2.0+", "GPL-2.0-or-later")]
        [InlineData("LGPL-2.1", "LGPL-2.1-only")]
        [InlineData("LGPL-2.1+", "LGPL-2.1-or-later")]
        [InlineData("GPL-3.0 OR MIT", "GPL-3.0-only OR MIT")]
        [InlineData("AGPL-3.0", "AGPL-3.0-only")]
        [InlineData("AGPL-3.0+", "AGPL-3.0-or-later")]
        [InlineData("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0")]
        [InlineData("BSD-2-Clause-FreeBSD", "BSD-2-Clause")]
        [InlineData("Nunit", "zlib-acknowledgement")]
        [InlineData("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1")]
        public void Rewrites_deprecated_ids_and_flags_them(string text, string modern)
        {
            var result = SpdxExpressionParser.Parse(text);
            Assert.True(result.Success, result.Error);
            Assert.Equal(modern, result.Expression!.ToString());
            Assert.True(result.HasDeprecatedIds);
            Assert.Contains(result.Licenses, l => l.IsDeprecated && l.DeprecatedId!.Length > 0);
            Assert.Empty(result.UnknownIds);
        }

        [Fact]
        public void Modern_ids_are_not_flagged_deprecated()
        {
            var result = SpdxExpressionParser.Parse("GPL-2.0-or-later AND MIT");
            Assert.False(result.HasDeprecatedIds);
            Assert.Equal(new[] { "GPL-2.0-or-later", "MIT" }, result.Licenses.Select(l => l.Id));
            Assert.Equal(new[] { 0, 21 }, result.Licenses.Select(l => l.Offset));
        }

        [Fact]
        public void Reports_unknown_ids_but_still_parses()
        {
            var result = SpdxExpressionParser.Parse("MIT OR Foo-1.0 OR LicenseRef-Nobody");
            Assert.True(result.Success);
            Assert.Equal(new[] { "Foo-1.0", "LicenseRef-Nobody" }, result.UnknownIds);
        }

        [Fact]
        public void Knows_ids_newer_than_the_spdx_list_through_the_category_table()
        {
            var result = SpdxExpressionParser.Parse("FSL-1.1-MIT OR FSL-1.1-ALv2 OR Unicode-3.0 OR PolyForm-Shield-1.0.0 OR PolyForm-Noncommercial-1.0.0 OR Elastic-2.0 OR BUSL-1.1 OR SSPL-1.0 OR RPL-1.5");
            Assert.True(result.Success);
            Assert.Empty(result.UnknownIds);
        }

        [Fact]
        public void Unknown_exceptions_are_kept_and_flagged()
        {
            var with = Assert.IsType<SpdxWithNode>(SpdxExpressionParser.Parse("GPL-3.0-only WITH My-exception").Expression);
            Assert.False(with.IsKnownException);
            Assert.Equal("My-exception", with.ExceptionId);
        }

        [Theory]
        [InlineData("", "the license expression is empty", 0)]
        [InlineData("   ", "the license expression is empty", 0)]
        [InlineData("MIT OR", "expected a license id after OR", 6)]
        [InlineData("MIT AND", "expected a license id after AND", 7)]
        [InlineData("OR MIT", "expected a license id, found 'OR'", 0)]
        [InlineData("MIT Apache-2.0", "expected AND, OR or WITH before 'Apache-2.0'", 4)]
        [InlineData("(MIT OR ISC", "missing ')' to close the '(' at offset 0", 11)]
        [InlineData("MIT)", "unexpected ')' without a matching '('", 3)]
        [InlineData("()", "expected a license id, found ')'", 1)]
        [InlineData("MIT WITH", "expected an exception id after WITH", 8)]
        [InlineData("(MIT OR ISC) WITH Classpath-exception-2.0", "WITH must follow a single license, not a parenthesised group", 13)]
        [InlineData("GPL-2.0-only WITH Classpath-exception-2.0 WITH LLVM-exception", "a license can carry only one exception", 42)]
        [InlineData("GPL-2.0-with-classpath-exception WITH LLVM-exception", "'GPL-2.0-with-classpath-exception' already includes an exception", 33)]
        [InlineData("MIT, Apache-2.0", "unexpected character ','", 3)]
        [InlineData("MIT/Apache-2.0", "unexpected character '/'", 3)]
        [InlineData("GPL-2.0+-only", "'+' may only end a license id", 7)]
        [InlineData("MIT +", "'+' must follow a license id without a space", 4)]
        [InlineData("LicenseRef-", "'LicenseRef-' is not a valid LicenseRef", 0)]
        [InlineData("LicenseRef-X+", "'LicenseRef-X+' is not a valid LicenseRef", 0)]
        [InlineData("Foo:Bar", "'Foo:Bar' is not a valid id: ':' is only allowed in DocumentRef-…:LicenseRef-…", 0)]
        [InlineData("MIT WITH Foo+", "'Foo+' is not a valid exception id", 9)]
        public void Errors_are_values_with_offsets(string text, string message, int offset)
        {
            var result = SpdxExpressionParser.Parse(text);
            Assert.False(result.Success);
            Assert.Null(result.Expression);
            Assert.Equal(message, result.Error);
            Assert.Equal(offset, result.ErrorOffset);
        }

        [Fact]
        public void Null_is_an_error_value_not_an_exception()
        {
            var result = SpdxExpressionParser.Parse(null);
            Assert.False(result.Success);
            Assert.Equal("the license expression is empty", result.Error);
        }

        [Fact]
        public void Hostile_nesting_and_length_are_refused_without_recursion_trouble()
        {
            var deep = new string('(', 10_000) + "MIT" + new string(')', 10_000);
            var tooLong = SpdxExpressionParser.Parse(deep);
            Assert.False(tooLong.Success);
            Assert.Equal("the license expression is longer than 4096 characters", tooLong.Error);

            var nested = new string('(', 40) + "MIT" + new string(')', 40);
            var tooDeep = SpdxExpressionParser.Parse(nested);
            Assert.False(tooDeep.Success);
            Assert.Equal("parentheses are nested deeper than 32 levels", tooDeep.Error);
            Assert.Equal(32, tooDeep.ErrorOffset);

            var ok = SpdxExpressionParser.Parse(new string('(', 32) + "MIT" + new string(')', 32));
            Assert.True(ok.Success);
        }
    }
}
