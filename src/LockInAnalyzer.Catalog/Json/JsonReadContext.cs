using System;
using System.Collections.Generic;
using System.Linq;

namespace LockInAnalyzer.Catalog.Json
{
    /// <summary>
    /// Typed, validating access to a parsed JSON document: every wrong type, missing member or unknown key becomes a
    /// <see cref="SourceProblem"/> at the offending position instead of an exception, so one bad entry never hides the rest.
    /// </summary>
    public sealed class JsonReadContext
    {
        private readonly List<SourceProblem> problems = new List<SourceProblem>();

        public JsonReadContext(string file)
        {
            File = file;
        }

        public string File { get; }

        public IReadOnlyList<SourceProblem> Problems => problems;

        public void Report(JsonPosition position, string message) =>
            problems.Add(new SourceProblem(File, position.Line, position.Column, message));

        /// <summary>Reports every member not in <paramref name="known"/>: a misspelt key must not be silently ignored.</summary>
        public void RejectUnknownMembers(JsonValue obj, string where, params string[] known)
        {
            foreach (var member in obj.AsObject)
            {
                if (Array.IndexOf(known, member.Name) < 0 && !member.Name.StartsWith("$", StringComparison.Ordinal))
                {
                    Report(member.NamePosition, "Unknown property '" + member.Name + "' in " + where + "; expected one of: " + string.Join(", ", known));
                }
            }
        }

        public bool Expect(JsonValue value, JsonKind kind, string what)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Report(value.Position, what + " must be " + JsonValue.Describe(kind) + ", not " + JsonValue.Describe(value.Kind));
            return false;
        }

        public string? RequiredString(JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null)
            {
                Report(obj.Position, where + " is missing the required property '" + name + "'");
                return null;
            }

            return OptionalString(obj, name, where);
        }

        public string? OptionalString(JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null || value.IsNull)
            {
                return null;
            }

            if (!Expect(value, JsonKind.String, "'" + name + "' in " + where))
            {
                return null;
            }

            if (value.AsString.Trim().Length == 0)
            {
                Report(value.Position, "'" + name + "' in " + where + " must not be empty");
                return null;
            }

            return value.AsString;
        }

        public bool? OptionalBoolean(JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null || value.IsNull)
            {
                return null;
            }

            return Expect(value, JsonKind.Boolean, "'" + name + "' in " + where) ? value.AsBoolean : (bool?)null;
        }

        /// <summary>An array of non-empty strings; bad items are reported and skipped.</summary>
        public IReadOnlyList<string> StringArray(JsonValue obj, string name, string where) =>
            StringItems(obj, name, where).Select(item => item.AsString).ToList();

        /// <summary>The non-empty string items of an array, with their positions; bad items are reported and skipped.</summary>
        public IReadOnlyList<JsonValue> StringItems(JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null || value.IsNull || !Expect(value, JsonKind.Array, "'" + name + "' in " + where))
            {
                return Array.Empty<JsonValue>();
            }

            var result = new List<JsonValue>();
            foreach (var item in value.AsArray)
            {
                if (Expect(item, JsonKind.String, "each item of '" + name + "' in " + where))
                {
                    if (item.AsString.Trim().Length == 0)
                    {
                        Report(item.Position, "items of '" + name + "' in " + where + " must not be empty");
                    }
                    else
                    {
                        result.Add(item);
                    }
                }
            }

            return result;
        }

        /// <summary>The items of an array of objects (non-objects are reported and skipped).</summary>
        public IEnumerable<JsonValue> ObjectArray(JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null || value.IsNull || !Expect(value, JsonKind.Array, "'" + name + "' in " + where))
            {
                return Enumerable.Empty<JsonValue>();
            }

            return value.AsArray.Where(item => Expect(item, JsonKind.Object, "each item of '" + name + "' in " + where)).ToList();
        }

        /// <summary>An object whose members all map a name to a string.</summary>
        public IReadOnlyDictionary<string, string> StringMap(JsonValue obj, string name, string where)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var value = obj[name];
            if (value == null || value.IsNull || !Expect(value, JsonKind.Object, "'" + name + "' in " + where))
            {
                return result;
            }

            foreach (var member in value.AsObject)
            {
                if (Expect(member.Value, JsonKind.String, "'" + name + "." + member.Name + "' in " + where))
                {
                    result[member.Name] = member.Value.AsString;
                }
            }

            return result;
        }
    }
}
