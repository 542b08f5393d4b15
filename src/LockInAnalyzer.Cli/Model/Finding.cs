using System.Collections.Generic;

namespace LockInAnalyzer.Cli.Model
{
    /// <summary>How a finding counts for <c>--fail-on</c> and in reports (hidden and suppressed diagnostics never get here).</summary>
    internal enum Severity
    {
        Info,
        Warning,
        Error,
    }

    /// <summary>Which engine produced a finding.</summary>
    internal enum FindingKind
    {
        /// <summary>LOCK0xx from the analyzers, at a source location.</summary>
        Code,

        /// <summary>LOCK1xx from the package auditor, at the project file.</summary>
        Package,

        /// <summary>LOCK190 and friends: the policy or baseline could not be read; at the file that is wrong.</summary>
        Configuration,
    }

    /// <summary>One diagnostic of the aggregated audit. Paths are relative to the report root with '/' separators.</summary>
    internal sealed class Finding
    {
        public Finding(string ruleId, Severity severity, FindingKind kind, string message, string project, string file, int line, int column)
        {
            RuleId = ruleId;
            Severity = severity;
            Kind = kind;
            Message = message;
            Project = project;
            File = file;
            Line = line;
            Column = column;
            EndLine = line;
            EndColumn = column;
        }

        public string RuleId { get; }

        public Severity Severity { get; }

        public FindingKind Kind { get; }

        public string Message { get; }

        /// <summary>The project's name (unique in a report: duplicates get their relative path).</summary>
        public string Project { get; set; }

        public string File { get; }

        /// <summary>1-based; 0 when the finding has no position (SARIF then gets no region).</summary>
        public int Line { get; }

        public int Column { get; }

        public int EndLine { get; set; }

        public int EndColumn { get; set; }

        /// <summary>The source text the finding spans (code findings): with the message, what identifies it when lines move.</summary>
        public string? SourceText { get; set; }

        public string? PackageId { get; set; }

        public string? PackageVersion { get; set; }

        /// <summary>The catalog vendor this finding couples to, when there is one.</summary>
        public string? VendorId { get; set; }

        /// <summary>The model id (LOCK003), endpoint (LOCK004) or vendor symbol (LOCK001/LOCK002) the finding is about.</summary>
        public string? Subject { get; set; }

        /// <summary>
        /// A LOCK001 coupling point's other uses (its additional locations), in source order: the inventory, the AI-BOM and
        /// SARIF <c>relatedLocations</c> count every use, not only the one the diagnostic sits on.
        /// </summary>
        public List<FindingLocation> OtherUses { get; } = new List<FindingLocation>();

        /// <summary>How many uses of a vendor this finding stands for.</summary>
        public int Uses => 1 + OtherUses.Count;
    }
}
