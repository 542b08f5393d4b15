namespace LockInAnalyzer.Cli.Model
{
    /// <summary>A further place a finding covers, 1-based, with the file relative to the report root.</summary>
    internal sealed class FindingLocation
    {
        public FindingLocation(string file, int line, int column, int endLine, int endColumn)
        {
            File = file;
            Line = line;
            Column = column;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public int EndLine { get; }

        public int EndColumn { get; }
    }
}
