using System;
using System.Collections.Generic;
using LockInAnalyzer.Policy.Audit;

namespace LockInAnalyzer.Build.Reporting
{
    /// <summary>What happens to a diagnostic when it is logged.</summary>
    internal enum EffectiveLevel
    {
        /// <summary>Silenced by NoWarn (project or PackageReference); logged as a low-importance note only.</summary>
        Suppressed,
        Message,
        Warning,
        Error,
    }

    /// <summary>
    /// The project's <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and <c>TreatWarningsAsErrors</c>,
    /// applied the way the compiler and NuGet apply them. MSBuild itself maps NoWarn and WarningsAsErrors onto task
    /// warnings by code, but not TreatWarningsAsErrors (it only reaches the compiler), and not per-PackageReference
    /// NoWarn, so the task applies all of them itself and MSBuild's own mapping then has nothing left to change.
    /// Errors stay errors: a denied license is silenced with a justified exception, never with NoWarn.
    /// </summary>
    internal sealed class WarningSettings
    {
        private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

        private readonly HashSet<string> noWarn;
        private readonly HashSet<string> warningsAsErrors;
        private readonly HashSet<string> warningsNotAsErrors;

        private WarningSettings(HashSet<string> noWarn, HashSet<string> warningsAsErrors, HashSet<string> warningsNotAsErrors, bool treatWarningsAsErrors)
        {
            this.noWarn = noWarn;
            this.warningsAsErrors = warningsAsErrors;
            this.warningsNotAsErrors = warningsNotAsErrors;
            TreatWarningsAsErrors = treatWarningsAsErrors;
        }

        public bool TreatWarningsAsErrors { get; }

        public static WarningSettings Parse(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, string? treatWarningsAsErrors) =>
            new WarningSettings(Codes(noWarn), Codes(warningsAsErrors), Codes(warningsNotAsErrors), string.Equals((treatWarningsAsErrors ?? string.Empty).Trim(), "true", StringComparison.OrdinalIgnoreCase));

        public EffectiveLevel Decide(BuildDiagnostic diagnostic)
        {
            if (diagnostic.Severity == AuditSeverity.Error)
            {
                return EffectiveLevel.Error;
            }

            if (noWarn.Contains(diagnostic.Code) || Contains(diagnostic.PackageNoWarn, diagnostic.Code))
            {
                return EffectiveLevel.Suppressed;
            }

            if (diagnostic.Severity == AuditSeverity.Info)
            {
                return EffectiveLevel.Message;
            }

            if (warningsAsErrors.Contains(diagnostic.Code) || (TreatWarningsAsErrors && !warningsNotAsErrors.Contains(diagnostic.Code)))
            {
                return EffectiveLevel.Error;
            }

            return EffectiveLevel.Warning;
        }

        private static bool Contains(IReadOnlyList<string> codes, string code)
        {
            foreach (var item in codes)
            {
                if (string.Equals(item.Trim(), code, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static HashSet<string> Codes(string? text)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (text != null)
            {
                foreach (var item in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
                {
                    set.Add(item.Trim());
                }
            }

            return set;
        }
    }
}
