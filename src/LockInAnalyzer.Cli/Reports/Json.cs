using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>Deterministic JSON output: two-space indentation, '\n' line ends, readable (non-escaped) text.</summary>
    internal static class Json
    {
        public static string Write(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                write(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }
    }
}
