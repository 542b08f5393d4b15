using System.Globalization;

namespace LockInAnalyzer.Catalog
{
    /// <summary>Something wrong in a configuration file, with where it is, so tools can print <c>file(line,col): message</c>.</summary>
    public sealed class SourceProblem
    {
        public SourceProblem(string file, int line, int column, string message)
        {
            File = file;
            Line = line;
            Column = column;
            Message = message;
        }

        public string File { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column.</summary>
        public int Column { get; }

        public string Message { get; }

        public override string ToString() =>
            File + "(" + Line.ToString(CultureInfo.InvariantCulture) + "," + Column.ToString(CultureInfo.InvariantCulture) + "): " + Message;
    }
}
