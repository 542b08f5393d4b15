using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LockInAnalyzer.Catalog.Json
{
    /// <summary>
    /// Parses JSON (RFC 8259) plus the two relaxations people expect of hand-written config files:
    /// <c>//</c> and <c>/* */</c> comments and trailing commas. Duplicate member names are errors,
    /// because silently keeping one of them would hide a policy mistake; so are raw control characters in strings.
    /// </summary>
    public sealed class JsonParser
    {
        /// <summary>Nesting deeper than this is refused rather than risking a stack overflow on hostile input.</summary>
        public const int MaxDepth = 64;

        private readonly string text;
        private int offset;
        private int line = 1;
        private int lineStart;

        private JsonParser(string text)
        {
            this.text = text;
        }

        /// <summary>Parses <paramref name="text"/>; throws <see cref="JsonParseException"/> with a position on any error.</summary>
        public static JsonValue Parse(string text)
        {
            var parser = new JsonParser(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                parser.offset = 1;
                parser.lineStart = 1;
            }

            parser.SkipTrivia();
            var value = parser.ParseValue(0);
            parser.SkipTrivia();
            if (parser.offset < text.Length)
            {
                throw parser.Error("Unexpected content after the end of the JSON value");
            }

            return value;
        }

        /// <summary>Parses without throwing; returns false and an error message with its position on failure.</summary>
        public static bool TryParse(string text, out JsonValue? value, out JsonParseException? error)
        {
            try
            {
                value = Parse(text);
                error = null;
                return true;
            }
            catch (JsonParseException e)
            {
                value = null;
                error = e;
                return false;
            }
        }

        private JsonPosition Here => new JsonPosition(line, offset - lineStart + 1, offset);

        private JsonParseException Error(string message) => new JsonParseException(message, Here);

        private JsonValue ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("JSON nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
            }

            if (offset >= text.Length)
            {
                throw Error("Unexpected end of the JSON text");
            }

            var position = Here;
            var c = text[offset];
            switch (c)
            {
                case '{':
                    return ParseObject(position, depth);
                case '[':
                    return ParseArray(position, depth);
                case '"':
                    return new JsonValue(JsonKind.String, ParseString(), position);
                case 't':
                    ExpectWord("true");
                    return new JsonValue(JsonKind.Boolean, true, position);
                case 'f':
                    ExpectWord("false");
                    return new JsonValue(JsonKind.Boolean, false, position);
                case 'n':
                    ExpectWord("null");
                    return new JsonValue(JsonKind.Null, null, position);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return new JsonValue(JsonKind.Number, ParseNumber(), position);
                    }

                    throw Error("Unexpected character '" + c + "'");
            }
        }

        private JsonValue ParseObject(JsonPosition position, int depth)
        {
            offset++;
            var members = new List<JsonMember>();
            var names = new HashSet<string>();
            SkipTrivia();
            while (true)
            {
                if (offset >= text.Length)
                {
                    throw Error("Unterminated object: expected '}'");
                }

                if (text[offset] == '}')
                {
                    offset++;
                    return new JsonValue(JsonKind.Object, members, position);
                }

                if (text[offset] != '"')
                {
                    throw Error("Expected a property name in double quotes");
                }

                var namePosition = Here;
                var name = ParseString();
                if (!names.Add(name))
                {
                    throw new JsonParseException("Duplicate property '" + name + "'", namePosition);
                }

                SkipTrivia();
                if (offset >= text.Length || text[offset] != ':')
                {
                    throw Error("Expected ':' after property name '" + name + "'");
                }

                offset++;
                SkipTrivia();
                members.Add(new JsonMember(name, namePosition, ParseValue(depth + 1)));
                SkipTrivia();
                if (offset < text.Length && text[offset] == ',')
                {
                    offset++;
                    SkipTrivia();
                }
                else if (offset < text.Length && text[offset] != '}')
                {
                    throw Error("Expected ',' or '}' in object");
                }
            }
        }

        private JsonValue ParseArray(JsonPosition position, int depth)
        {
            offset++;
            var items = new List<JsonValue>();
            SkipTrivia();
            while (true)
            {
                if (offset >= text.Length)
                {
                    throw Error("Unterminated array: expected ']'");
                }

                if (text[offset] == ']')
                {
                    offset++;
                    return new JsonValue(JsonKind.Array, items, position);
                }

                items.Add(ParseValue(depth + 1));
                SkipTrivia();
                if (offset < text.Length && text[offset] == ',')
                {
                    offset++;
                    SkipTrivia();
                }
                else if (offset < text.Length && text[offset] != ']')
                {
                    throw Error("Expected ',' or ']' in array");
                }
            }
        }

        private string ParseString()
        {
            offset++;
            StringBuilder? builder = null;
            var runStart = offset;
            while (true)
            {
                if (offset >= text.Length)
                {
                    throw Error("Unterminated string");
                }

                var c = text[offset];
                if (c == '"')
                {
                    var tail = text.Substring(runStart, offset - runStart);
                    offset++;
                    return builder == null ? tail : builder.Append(tail).ToString();
                }

                if (c == '\n' || c == '\r')
                {
                    throw Error("Line break inside a string");
                }

                if (c < 0x20)
                {
                    // RFC 8259 §7: U+0000-U+001F must be escaped. Accepting them raw would let a NUL or an escape
                    // sequence reach a path, a key or a log line unseen.
                    var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                    throw Error("Control character U+" + code + " inside a string; write it as an escape (\\u" + code.ToLowerInvariant() + ")");
                }

                if (c != '\\')
                {
                    offset++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(text, runStart, offset - runStart);
                offset++;
                if (offset >= text.Length)
                {
                    throw Error("Unterminated escape sequence");
                }

                var escape = text[offset++];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (offset + 4 > text.Length || !int.TryParse(text.Substring(offset, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("Invalid \\u escape: expected four hex digits");
                        }

                        builder.Append((char)code);
                        offset += 4;
                        break;
                    default:
                        offset -= 2;
                        throw Error("Invalid escape sequence '\\" + escape + "'");
                }

                runStart = offset;
            }
        }

        private double ParseNumber()
        {
            var start = offset;
            if (text[offset] == '-')
            {
                offset++;
            }

            while (offset < text.Length && IsNumberChar(text[offset]))
            {
                offset++;
            }

            var token = text.Substring(start, offset - start);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                offset = start;
                throw Error("Invalid number '" + token + "'");
            }

            return number;
        }

        private static bool IsNumberChar(char c) => (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';

        private void ExpectWord(string word)
        {
            if (string.CompareOrdinal(text, offset, word, 0, word.Length) != 0)
            {
                throw Error("Unexpected token: expected '" + word + "'");
            }

            offset += word.Length;
        }

        private void SkipTrivia()
        {
            while (offset < text.Length)
            {
                var c = text[offset];
                if (c == '\n')
                {
                    offset++;
                    line++;
                    lineStart = offset;
                }
                else if (c == ' ' || c == '\t' || c == '\r')
                {
                    offset++;
                }
                else if (c == '/' && offset + 1 < text.Length && text[offset + 1] == '/')
                {
                    while (offset < text.Length && text[offset] != '\n')
                    {
                        offset++;
                    }
                }
                else if (c == '/' && offset + 1 < text.Length && text[offset + 1] == '*')
                {
                    var start = Here;
                    offset += 2;
                    while (true)
                    {
                        if (offset + 1 >= text.Length)
                        {
                            throw new JsonParseException("Unterminated /* comment", start);
                        }

                        if (text[offset] == '*' && text[offset + 1] == '/')
                        {
                            offset += 2;
                            break;
                        }

                        if (text[offset] == '\n')
                        {
                            line++;
                            lineStart = offset + 1;
                        }

                        offset++;
                    }
                }
                else
                {
                    return;
                }
            }
        }
    }
}
