using System;
using System.Linq;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LockInAnalyzer.Tests.VerificationTests
{
    public class MarkupParserTests
    {
        [Fact]
        public void AllThreeFormsAreStrippedWithExactSpans()
        {
            var (text, spans) = MarkupParser.Parse("a [|bc|] d {|LOCK001:ef|} g {|#3:h|}");
            Assert.Equal("a bc d ef g h", text);
            Assert.Collection(
                spans,
                s => Assert.True(s.IsDefaultDiagnostic && s.Span == new TextSpan(2, 2)),
                s => Assert.True(s.DiagnosticId == "LOCK001" && s.Span == new TextSpan(7, 2)),
                s => Assert.True(s.LocationIndex == 3 && s.Span == new TextSpan(12, 1)));
        }

        [Fact]
        public void NestedAndEmptySpans()
        {
            var (text, spans) = MarkupParser.Parse("{|LOCK009:|}x {|LOCK001:{|LOCK002:Type|}|}");
            Assert.Equal("x Type", text);
            Assert.Equal(new[] { new TextSpan(0, 0), new TextSpan(2, 4), new TextSpan(2, 4) }, spans.Select(s => s.Span));
            Assert.Equal(new[] { "LOCK009", "LOCK002", "LOCK001" }, spans.Select(s => s.DiagnosticId));
        }

        [Theory]
        [InlineData("[|never closed")]
        [InlineData("closes |] nothing")]
        [InlineData("{|LOCK001:mismatched|]")]
        [InlineData("{|no colon")]
        [InlineData("{|LOCK 001:bad id|}")]
        [InlineData("{|#x:bad index|}")]
        public void MalformedMarkupThrows(string markup) => Assert.Throws<FormatException>(() => MarkupParser.Parse(markup));
    }
}
