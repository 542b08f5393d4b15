using System;
using System.Collections.Generic;
using LockInAnalyzer.Policy.Audit;

namespace LockInAnalyzer.Build.Reporting
{
    /// <summary>
    /// One LOCK1xx diagnostic as the audit produced it, before NoWarn / WarningsAsErrors / TreatWarningsAsErrors are
    /// applied: those are applied when it is logged, so changing them needs no re-evaluation.
    /// </summary>
    internal sealed class BuildDiagnostic
    {
        public BuildDiagnostic(string code, AuditSeverity severity, string message, string? file = null, int line = 0, int column = 0, string? packageId = null, string? packageVersion = null, IReadOnlyList<string>? packageNoWarn = null)
        {
            Code = code;
            Severity = severity;
            Message = message;
            File = file;
            Line = line;
            Column = column;
            PackageId = packageId;
            PackageVersion = packageVersion;
            PackageNoWarn = packageNoWarn ?? Array.Empty<string>();
        }

        public string Code { get; }

        /// <summary>The severity the policy gives it.</summary>
        public AuditSeverity Severity { get; }

        public string Message { get; }

        /// <summary>The file it points at; null means the project file (package findings are about the project's references).</summary>
        public string? File { get; }

        public int Line { get; }

        public int Column { get; }

        public string? PackageId { get; }

        public string? PackageVersion { get; }

        /// <summary>The <c>NoWarn</c> codes of the package's own PackageReference.</summary>
        public IReadOnlyList<string> PackageNoWarn { get; }

        public override string ToString() => (File ?? "(project)") + "(" + Line + "," + Column + "): " + Severity + " " + Code + ": " + Message;
    }
}
