using LockInAnalyzer.Catalog.Json;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Json
{
    public sealed class JsonParserTests
    {
        [Fact]
        public void Parses_values_with_positions_comments_and_trailing_commas()
        {
            var root = JsonParser.Parse("{\n  // comment\n  \"a\": [1, true, null, \"x\\u0041\",],\n  /* block */ \"b\": { \"c\": -2.5e1 },\n}");

            Assert.Equal(JsonKind.Object, root.Kind);
            var a = root["a"]!;
            Assert.Equal(3, a.Position.Line);
            Assert.Equal(8, a.Position.Column);
            Assert.Equal(4, a.AsArray.Count);
            Assert.Equal("xA", a.AsArray[3].AsString);
            Assert.Equal(-25.0, root["b"]!["c"]!.AsNumber);
        }

        [Theory]
        [InlineData("{\"a\": 1, \"a\": 2}", 1, 10, "Duplicate property 'a'")]
        [InlineData("{\"a\" 1}", 1, 6, "Expected ':' after property name 'a'")]
        [InlineData("[1, 2", 1, 6, "Unterminated array: expected ']'")]
        [InlineData("{\n  \"a\": tru }", 2, 8, "Unexpected token: expected 'true'")]
        [InlineData("\"abc", 1, 5, "Unterminated string")]
        [InlineData("{} x", 1, 4, "Unexpected content after the end of the JSON value")]
        [InlineData("\"\\q\"", 1, 2, "Invalid escape sequence '\\q'")]
        public void Reports_errors_with_line_and_column(string text, int line, int column, string message)
        {
            var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));

            Assert.Equal((line, column, message), (error.Position.Line, error.Position.Column, error.Message));
        }

        [Fact]
        public void Refuses_nesting_deeper_than_the_limit_instead_of_overflowing_the_stack()
        {
            var text = new string('[', 10_000) + new string(']', 10_000);

            var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));

            Assert.Equal("JSON nesting is deeper than 64 levels", error.Message);
        }
    }
}
