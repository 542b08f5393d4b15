using System;
using System.Collections;
using Microsoft.Build.Framework;

namespace LockInAnalyzer.TaskBenchmarks
{
    /// <summary>A build engine that counts what the task logs (so logging is part of the measured work) and keeps nothing.</summary>
    internal sealed class QuietBuildEngine : IBuildEngine
    {
        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Messages { get; private set; }

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "benchmark.proj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors++;

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings++;

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages++;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();
    }
}
