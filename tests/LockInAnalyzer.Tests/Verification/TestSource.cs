using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>A test source file: its path, its text with markup removed, and the marked spans.</summary>
    public sealed class TestSource
    {
        public TestSource(string path, string markup)
        {
            Path = path;
            var (text, spans) = MarkupParser.Parse(markup);
            Text = SourceText.From(text);
            Spans = spans;
        }

        public string Path { get; }

        public SourceText Text { get; }

        public IReadOnlyList<MarkupSpan> Spans { get; }
    }
}
