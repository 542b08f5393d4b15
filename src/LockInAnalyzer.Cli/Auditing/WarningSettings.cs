using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;

namespace LockInAnalyzer.Cli.Auditing
{
    /// <summary>
    /// The project's NoWarn / WarningsAsErrors / WarningsNotAsErrors / TreatWarningsAsErrors, applied to package
    /// findings the way the build applies them (the compiler applies the same settings to the analyzers' diagnostics),
    /// so the CLI fails where the build fails.
    /// </summary>
    internal sealed class WarningSettings
    {
        private readonly HashSet<string> noWarn;
        private readonly HashSet<string> warningsAsErrors;
        private readonly HashSet<string> warningsNotAsErrors;

        public WarningSettings(EvaluatedProject project)
        {
            noWarn = Codes(project["NoWarn"]);
            warningsAsErrors = Codes(project["WarningsAsErrors"]);
            warningsNotAsErrors = Codes(project["WarningsNotAsErrors"]);
            TreatWarningsAsErrors = project.IsTrue("TreatWarningsAsErrors");
        }

        public bool TreatWarningsAsErrors { get; }

        public IReadOnlyCollection<string> NoWarn => noWarn;

        public IReadOnlyCollection<string> WarningsAsErrors => warningsAsErrors;

        public IReadOnlyCollection<string> WarningsNotAsErrors => warningsNotAsErrors;

        /// <summary>The severity after the settings, or null when the finding is silenced.</summary>
        public Severity? Apply(string code, Severity severity, IEnumerable<string> packageNoWarn)
        {
            if (severity != Severity.Error && (noWarn.Contains(code) || packageNoWarn.Contains(code, StringComparer.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (severity == Severity.Warning && !warningsNotAsErrors.Contains(code) && (TreatWarningsAsErrors || warningsAsErrors.Contains(code)))
            {
                return Severity.Error;
            }

            return severity;
        }

        private static HashSet<string> Codes(string? text) =>
            new HashSet<string>((text ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    }
}
