using System;

namespace LockInAnalyzer.Cli
{
    /// <summary>The command line or its input is wrong: one line on stderr, exit code 2.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
