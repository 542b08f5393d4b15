using System.Collections.Generic;
using LockInAnalyzer.Policy.Audit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LockInAnalyzer.Build.Reporting
{
    /// <summary>Logs LOCK1xx diagnostics on the project file (or the policy/assets file they are about) with help links.</summary>
    internal static class DiagnosticLogger
    {
        public static (int Errors, int Warnings, int Messages, int Suppressed) Log(TaskLoggingHelper log, IEnumerable<BuildDiagnostic> diagnostics, WarningSettings settings, string projectPath)
        {
            int errors = 0, warnings = 0, messages = 0, suppressed = 0;
            foreach (var diagnostic in diagnostics)
            {
                var file = diagnostic.File ?? projectPath;
                var helpLink = AuditCodes.HelpLink(diagnostic.Code);
                switch (settings.Decide(diagnostic))
                {
                    case EffectiveLevel.Error:
                        log.LogError(null, diagnostic.Code, null, helpLink, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                        errors++;
                        break;
                    case EffectiveLevel.Warning:
                        log.LogWarning(null, diagnostic.Code, null, helpLink, file, diagnostic.Line, diagnostic.Column, 0, 0, diagnostic.Message);
                        warnings++;
                        break;
                    case EffectiveLevel.Message:
                        log.LogMessage(null, diagnostic.Code, null, file, diagnostic.Line, diagnostic.Column, 0, 0, MessageImportance.High, diagnostic.Message);
                        messages++;
                        break;
                    default:
                        log.LogMessage(MessageImportance.Low, "LockIn: " + diagnostic.Code + " silenced by NoWarn: " + diagnostic.Message);
                        suppressed++;
                        break;
                }
            }

            return (errors, warnings, messages, suppressed);
        }
    }
}
