using System.Globalization;
using System.IO;
using LockInAnalyzer.Build.Reporting;
using LockInAnalyzer.Policy.Audit;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LockInAnalyzer.Build
{
    /// <summary>
    /// Logs the diagnostics of the last <see cref="LockInAudit"/> evaluation from <c>lockin.findings.json</c>, applying
    /// the project's NoWarn / WarningsAsErrors / WarningsNotAsErrors / TreatWarningsAsErrors and per-PackageReference
    /// NoWarn as they are now. Runs on every build, so a no-op build (evaluation skipped) shows the same warnings and
    /// fails the same way as the build that evaluated. Costs one small file read.
    /// </summary>
    public sealed class LockInReport : Task
    {
        [Required]
        public string FindingsFile { get; set; } = string.Empty;

        [Required]
        public string ProjectPath { get; set; } = string.Empty;

        public string? NoWarn { get; set; }

        public string? WarningsAsErrors { get; set; }

        public string? WarningsNotAsErrors { get; set; }

        public string? TreatWarningsAsErrors { get; set; }

        public override bool Execute()
        {
            try
            {
                var diagnostics = Reporting.FindingsFile.Read(FindingsFile, out var problem);
                if (diagnostics == null)
                {
                    // The findings file is an output of _LockInEvaluate: without it the next build cannot skip the evaluation.
                    var existed = File.Exists(FindingsFile);
                    Output.OutputFiles.TryDelete(FindingsFile);
                    var next = File.Exists(FindingsFile) ? "; delete the obj folder and build again"
                        : existed ? "; it was removed, so the next build evaluates the packages again"
                        : "; the next build evaluates the packages again";
                    Log.LogError(null, AuditCodes.MetadataUnreadable, null, AuditCodes.HelpLink(AuditCodes.MetadataUnreadable), ProjectPath, 0, 0, 0, 0,
                        "The LockIn package audit result is unreadable (" + problem + ")" + next);
                    return false;
                }

                var settings = WarningSettings.Parse(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
                var counts = DiagnosticLogger.Log(Log, diagnostics, settings, ProjectPath);
                Log.LogMessage(MessageImportance.Low, "LockIn: reported " + diagnostics.Count.ToString(CultureInfo.InvariantCulture) + " findings from " + FindingsFile
                    + " (" + counts.Errors + " errors, " + counts.Warnings + " warnings, " + counts.Messages + " messages, " + counts.Suppressed + " silenced by NoWarn)");
            }
            catch (System.Exception e)
            {
                Log.LogError(null, AuditCodes.MetadataUnreadable, null, AuditCodes.HelpLink(AuditCodes.MetadataUnreadable), ProjectPath, 0, 0, 0, 0,
                    "The LockIn report failed unexpectedly (" + e.GetType().Name + ": " + e.Message + "); delete the obj folder and build again");
            }

            return !Log.HasLoggedErrors;
        }
    }
}
