using System;

namespace LockInAnalyzer.Catalog.Json
{
    /// <summary>A JSON syntax error with the line and column where the text stops making sense.</summary>
    public sealed class JsonParseException : Exception
    {
        public JsonParseException(string message, JsonPosition position)
            : base(message)
        {
            Position = position;
        }

        public JsonPosition Position { get; }
    }
}
