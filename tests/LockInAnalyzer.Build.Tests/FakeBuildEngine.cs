using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;

namespace LockInAnalyzer.Build.Tests
{
    /// <summary>Records what a task logs, the way MSBuild would receive it.</summary>
    public sealed class FakeBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = new List<BuildErrorEventArgs>();

        public List<BuildWarningEventArgs> Warnings { get; } = new List<BuildWarningEventArgs>();

        public List<BuildMessageEventArgs> Messages { get; } = new List<BuildMessageEventArgs>();

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.proj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
            throw new NotSupportedException();

        /// <summary>Every error and warning as "severity CODE file(line,col): message", in logging order.</summary>
        public IEnumerable<string> Diagnostics =>
            Errors.Select(e => "error " + e.Code + " " + e.File + "(" + e.LineNumber + "," + e.ColumnNumber + "): " + e.Message)
                .Concat(Warnings.Select(w => "warning " + w.Code + " " + w.File + "(" + w.LineNumber + "," + w.ColumnNumber + "): " + w.Message));

        /// <summary>Messages that carry a diagnostic code (LOCK106 and other Info findings).</summary>
        public IEnumerable<BuildMessageEventArgs> CodedMessages => Messages.Where(m => !string.IsNullOrEmpty(m.Code));

        public string Dump() => string.Join(Environment.NewLine, Diagnostics.Concat(CodedMessages.Select(m => "message " + m.Code + ": " + m.Message)));
    }
}
