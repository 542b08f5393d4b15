using System.Collections.Generic;
using System.Globalization;

namespace LockInAnalyzer.Catalog.Json
{
    /// <summary>The kind of a <see cref="JsonValue"/>.</summary>
    public enum JsonKind
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>A 1-based line and column in a JSON text, so every error can point at its source.</summary>
    public readonly struct JsonPosition
    {
        public JsonPosition(int line, int column, int offset)
        {
            Line = line;
            Column = column;
            Offset = offset;
        }

        public int Line { get; }

        public int Column { get; }

        public int Offset { get; }

        public override string ToString() => Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A parsed JSON value that remembers where it came from. The analyzer host forbids System.Text.Json,
    /// and policy errors must carry file(line,col), so the policy core carries this small DOM of its own.
    /// </summary>
    public sealed class JsonValue
    {
        private readonly object? value;

        internal JsonValue(JsonKind kind, object? value, JsonPosition position)
        {
            Kind = kind;
            this.value = value;
            Position = position;
        }

        public JsonKind Kind { get; }

        public JsonPosition Position { get; }

        public bool IsNull => Kind == JsonKind.Null;

        public string AsString => (string)value!;

        public bool AsBoolean => (bool)value!;

        public double AsNumber => (double)value!;

        public IReadOnlyList<JsonValue> AsArray => (List<JsonValue>)value!;

        /// <summary>Members in document order; names are unique (duplicates are a parse error).</summary>
        public IReadOnlyList<JsonMember> AsObject => (List<JsonMember>)value!;

        /// <summary>Looks up an object member by exact name; null when absent or when this is not an object.</summary>
        public JsonValue? this[string name]
        {
            get
            {
                if (Kind != JsonKind.Object)
                {
                    return null;
                }

                foreach (var member in AsObject)
                {
                    if (member.Name == name)
                    {
                        return member.Value;
                    }
                }

                return null;
            }
        }

        public static string Describe(JsonKind kind) => kind switch
        {
            JsonKind.Null => "null",
            JsonKind.Boolean => "a boolean",
            JsonKind.Number => "a number",
            JsonKind.String => "a string",
            JsonKind.Array => "an array",
            _ => "an object",
        };
    }

    /// <summary>An object member with the position of its name.</summary>
    public sealed class JsonMember
    {
        public JsonMember(string name, JsonPosition namePosition, JsonValue value)
        {
            Name = name;
            NamePosition = namePosition;
            Value = value;
        }

        public string Name { get; }

        public JsonPosition NamePosition { get; }

        public JsonValue Value { get; }
    }
}
