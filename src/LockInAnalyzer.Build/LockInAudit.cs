using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LockInAnalyzer.Build.Evaluation;
using LockInAnalyzer.Build.Output;
using LockInAnalyzer.Build.Reporting;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Policies;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace LockInAnalyzer.Build
{
    /// <summary>
    /// Audits the project's restored packages against the LockIn policy: resolves the policy chain (LOCK190 on any
    /// problem, as an error), reads <c>project.assets.json</c>, identifies each audited package's license from the
    /// global packages folder (offline, never outside a package's folder), applies the policy (LOCK100–LOCK106,
    /// LOCK191) and writes the sidecar result, the findings file replayed by <see cref="LockInReport"/> on no-op
    /// builds, and the generated global analyzer config through which the analyzer reads the same policy. It never
    /// throws (no MSB4018): an unexpected failure is one LOCK191 error. Returns false only when an error was logged.
    /// </summary>
    public sealed class LockInAudit : Task
    {
        [Required]
        public string ProjectPath { get; set; } = string.Empty;

        public string? ProjectAssetsFile { get; set; }

        public string? ProjectName { get; set; }

        /// <summary>The policy file; empty means the default preset; a preset name (default, strict, permissive) names that preset.</summary>
        public string? PolicyFile { get; set; }

        /// <summary>direct, all, or empty for "as the policy says".</summary>
        public string? AuditMode { get; set; }

        public string? AuditDevelopmentDependencies { get; set; }

        public string? IsAdapterProject { get; set; }

        /// <summary><c>LockInSuppress</c> items: Include = package id glob; metadata Version, Rules, Justification (required), Expires.</summary>
        public ITaskItem[] Suppressions { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project's PackageReference items; their <c>NoWarn</c> metadata silences codes for that package (and what it brings in).</summary>
        public ITaskItem[] PackageReferences { get; set; } = Array.Empty<ITaskItem>();

        public string? BaselineFile { get; set; }

        public string? NoWarn { get; set; }

        public string? WarningsAsErrors { get; set; }

        public string? WarningsNotAsErrors { get; set; }

        public string? TreatWarningsAsErrors { get; set; }

        /// <summary><c>obj/…/lockin.result.json</c>: the machine-readable result.</summary>
        public string? SidecarFile { get; set; }

        /// <summary><c>obj/…/lockin.findings.json</c>: the diagnostics, replayed by LockInReport.</summary>
        public string? FindingsFile { get; set; }

        /// <summary><c>obj/…/lockin.inputs.txt</c>: the policy chain and baseline files, the target's incremental inputs next time.</summary>
        public string? InputsFile { get; set; }

        /// <summary><c>obj/…/lockin.generated.globalconfig</c>: the policy's analyzer settings; rewritten only when it changes.</summary>
        public string? GeneratedConfigFile { get; set; }

        /// <summary>yyyy-MM-dd, for tests: the day exceptions are checked against.</summary>
        public string? Today { get; set; }

        /// <summary>Log the diagnostics here (true, the default) or leave them to LockInReport (the targets do).</summary>
        public bool ReportFindings { get; set; } = true;

        /// <summary>Record every audited package's current license in <see cref="BaselineFile"/> instead of reporting drift.</summary>
        public bool UpdateBaseline { get; set; }

        /// <summary>In a design-time build a project may not be restored yet: skip quietly instead of failing.</summary>
        public bool DesignTimeBuild { get; set; }

        /// <summary>The files the evaluation read (policy chain, baseline).</summary>
        [Output]
        public ITaskItem[] InputFiles { get; private set; } = Array.Empty<ITaskItem>();

        public override bool Execute()
        {
            try
            {
                ExecuteCore();
            }
            catch (Exception e)
            {
                // Never MSB4018: whatever went wrong, the build gets one clear error and the next build evaluates again.
                OutputFiles.TryDelete(SidecarFile);
                OutputFiles.TryDelete(FindingsFile);
                Log.LogError(null, AuditCodes.MetadataUnreadable, null, AuditCodes.HelpLink(AuditCodes.MetadataUnreadable), ProjectPath, 0, 0, 0, 0,
                    "The LockIn package audit failed unexpectedly and did not run (" + e.GetType().Name + ": " + e.Message + "). Please report this with the build log; set LockInEnabled=false to build without the audit meanwhile");
                Log.LogMessage(MessageImportance.Low, e.ToString());
            }

            return !Log.HasLoggedErrors;
        }

        private void ExecuteCore()
        {
            // The output paths come from the targets (IntermediateOutputPath); checked like every configured path, so a
            // bad one is a configuration error naming the parameter, not an unexpected failure.
            foreach (var (parameter, value) in new[] { (nameof(SidecarFile), SidecarFile), (nameof(FindingsFile), FindingsFile), (nameof(InputsFile), InputsFile), (nameof(GeneratedConfigFile), GeneratedConfigFile) })
            {
                if (!string.IsNullOrWhiteSpace(value) && !ConfiguredPath.TryResolve(value, null, out _, out var error))
                {
                    Log.LogError(null, AuditCodes.PolicyInvalid, null, AuditCodes.HelpLink(AuditCodes.PolicyInvalid), ProjectPath, 0, 0, 0, 0, ConfiguredPath.Describe(parameter, value!, error!));
                    return;
                }
            }

            var inputs = new AuditInputs
            {
                ProjectAssetsFile = ProjectAssetsFile,
                ProjectPath = ProjectPath,
                ProjectName = ProjectName,
                PolicyFile = PolicyFile,
                AuditMode = AuditMode,
                AuditDevelopmentDependencies = AuditDevelopmentDependencies,
                IsAdapterProject = IsAdapterProject,
                Suppressions = (Suppressions ?? Array.Empty<ITaskItem>()).Select(ToSuppression).ToList(),
                PackageReferenceNoWarn = ReferenceNoWarn(PackageReferences ?? Array.Empty<ITaskItem>()),
                BaselineFile = UpdateBaseline ? null : BaselineFile,
                Today = Today,
                TolerateMissingAssets = DesignTimeBuild,
            };

            var outcome = AuditSession.Run(inputs);
            InputFiles = outcome.InputFiles.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            var settings = WarningSettings.Parse(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);

            if (UpdateBaseline)
            {
                WriteBaseline(outcome, settings);
                return;
            }

            if (outcome.Policy != null && !string.IsNullOrWhiteSpace(GeneratedConfigFile))
            {
                OutputFiles.Write(GeneratedConfigFile!, AnalyzerConfigWriter.Write(outcome.Policy, outcome.IsAdapterProject), onlyWhenDifferent: true);
            }

            if (!string.IsNullOrWhiteSpace(InputsFile))
            {
                OutputFiles.Write(InputsFile!, string.Concat(outcome.InputFiles.Select(f => f + "\n")), onlyWhenDifferent: true);
            }

            if (!string.IsNullOrWhiteSpace(FindingsFile))
            {
                OutputFiles.Write(FindingsFile!, WriteFindings(outcome), onlyWhenDifferent: false);
            }

            if (!string.IsNullOrWhiteSpace(SidecarFile))
            {
                // Written last and always: it is the target's incremental output.
                OutputFiles.Write(SidecarFile!, SidecarWriter.Write(inputs, outcome), onlyWhenDifferent: false);
            }

            Log.LogMessage(MessageImportance.Normal, "LockIn: evaluated '" + outcome.ProjectName + "': "
                + (outcome.Result?.Packages.Count ?? 0).ToString(CultureInfo.InvariantCulture) + " packages audited ("
                + outcome.Mode.ToString().ToLowerInvariant() + ", development dependencies " + (outcome.IncludeDevelopmentDependencies ? "included" : "excluded") + "), "
                + outcome.Diagnostics.Count.ToString(CultureInfo.InvariantCulture) + " findings, policy "
                + string.Join(" -> ", outcome.Policy?.Sources ?? new string[0]) + ", "
                + outcome.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms");

            if (ReportFindings)
            {
                DiagnosticLogger.Log(Log, outcome.Diagnostics, settings, ProjectPath);
            }
        }

        private static string WriteFindings(AuditOutcome outcome) => Reporting.FindingsFile.Write(outcome.Diagnostics);

        private void WriteBaseline(AuditOutcome outcome, WarningSettings settings)
        {
            // A baseline must never be written from a broken policy or an unreadable package graph.
            var blocking = outcome.Diagnostics.Where(d => d.Severity == AuditSeverity.Error && (d.Code == AuditCodes.PolicyInvalid || d.Code == AuditCodes.MetadataUnreadable)).ToList();
            if (blocking.Count > 0 || !outcome.Audited)
            {
                DiagnosticLogger.Log(Log, blocking, settings, ProjectPath);
                if (!Log.HasLoggedErrors)
                {
                    Log.LogError(null, AuditCodes.MetadataUnreadable, null, AuditCodes.HelpLink(AuditCodes.MetadataUnreadable), ProjectPath, 0, 0, 0, 0, "The LockIn baseline was not updated: the packages could not be audited");
                }

                return;
            }

            if (string.IsNullOrWhiteSpace(BaselineFile))
            {
                Log.LogError(null, AuditCodes.PolicyInvalid, null, AuditCodes.HelpLink(AuditCodes.PolicyInvalid), ProjectPath, 0, 0, 0, 0, "LockInUpdateBaseline needs a baseline path: set the LockInBaseline property");
                return;
            }

            if (!ConfiguredPath.TryResolve(BaselineFile!.Trim(), AuditSession.SafeDirectoryOf(ProjectPath), out var path, out var pathError))
            {
                Log.LogError(null, AuditCodes.PolicyInvalid, null, AuditCodes.HelpLink(AuditCodes.PolicyInvalid), ProjectPath, 0, 0, 0, 0, ConfiguredPath.Describe("LockInBaseline", BaselineFile, pathError!));
                return;
            }

            var problems = new List<SourceProblem>();
            var current = outcome.Result!.Packages.Select(p => new BaselineEntry(p.Id, p.Version, p.Verdict.Expression, p.Verdict.Category)).ToList();
            var count = BaselineUpdater.Update(path, current, problems);
            foreach (var problem in problems)
            {
                Log.LogError(null, AuditCodes.PolicyInvalid, null, AuditCodes.HelpLink(AuditCodes.PolicyInvalid), problem.File, problem.Line, problem.Column, 0, 0, "Invalid LockIn baseline, not updated: " + problem.Message);
            }

            if (count >= 0)
            {
                Log.LogMessage(MessageImportance.High, "LockIn: recorded the licenses of " + current.Count.ToString(CultureInfo.InvariantCulture) + " packages of '" + outcome.ProjectName + "' in " + path + " (" + count.ToString(CultureInfo.InvariantCulture) + " packages in the baseline)");
            }
        }

        private static Dictionary<string, IReadOnlyList<string>> ReferenceNoWarn(ITaskItem[] references)
        {
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in references.GroupBy(r => r.ItemSpec.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                var codes = group
                    .SelectMany(r => r.GetMetadata("NoWarn").Split(new[] { ';', ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    .Select(c => c.Trim())
                    .Where(c => c.Length > 0)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                if (codes.Count > 0)
                {
                    result[group.Key] = codes;
                }
            }

            return result;
        }

        private static SuppressionItem ToSuppression(ITaskItem item)
        {
            string? Metadata(string name)
            {
                var value = item.GetMetadata(name);
                return string.IsNullOrWhiteSpace(value) ? null : value;
            }

            return new SuppressionItem(item.ItemSpec.Trim(), Metadata("Version"), Metadata("Rules"), Metadata("Justification"), Metadata("Expires"), Metadata("DefiningProjectFullPath"));
        }
    }
}
