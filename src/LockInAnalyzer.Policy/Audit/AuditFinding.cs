using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>One diagnostic about one package (or one exception) of one project.</summary>
    public sealed class AuditFinding
    {
        public AuditFinding(string code, AuditSeverity severity, string? packageId, string? packageVersion, IReadOnlyList<string> frameworks, string message)
        {
            Code = code;
            Severity = severity;
            PackageId = packageId;
            PackageVersion = packageVersion;
            Frameworks = frameworks;
            Message = message;
        }

        public string Code { get; }

        public AuditSeverity Severity { get; }

        public string? PackageId { get; }

        public string? PackageVersion { get; }

        public IReadOnlyList<string> Frameworks { get; }

        /// <summary>The full message, package id, version, evidence and frameworks included.</summary>
        public string Message { get; }

        public override string ToString() => Code + ": " + Message;
    }
}
