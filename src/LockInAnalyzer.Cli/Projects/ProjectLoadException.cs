using System;

namespace LockInAnalyzer.Cli.Projects
{
    /// <summary>A project (or a file it imports) could not be read; the message is one line for the user.</summary>
    internal sealed class ProjectLoadException : Exception
    {
        public ProjectLoadException(string message)
            : base(message)
        {
        }
    }
}
