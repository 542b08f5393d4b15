using System;

namespace LockInAnalyzer.Catalog.Contract
{
    /// <summary>
    /// How LOCK001 groups the uses of a vendor SDK into diagnostics. The policy reader and the analyzer parse the value
    /// with the same <see cref="TryParse"/>, so a value the policy accepts is one the analyzer understands.
    /// </summary>
    public enum CouplingReport
    {
        /// <summary>One diagnostic per type declaration (each part of a partial type) and vendor: the default.</summary>
        Type,

        /// <summary>One diagnostic per member (method, property, field, constructor, …) and vendor.</summary>
        Member,

        /// <summary>One diagnostic per use, as BannedApiAnalyzers reports.</summary>
        Use,
    }

    public static class CouplingReports
    {
        public const string Names = "type, member or use";

        public static bool TryParse(string text, out CouplingReport report)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "type":
                    report = CouplingReport.Type;
                    return true;
                case "member":
                    report = CouplingReport.Member;
                    return true;
                case "use":
                    report = CouplingReport.Use;
                    return true;
                default:
                    report = CouplingReport.Type;
                    return false;
            }
        }

        public static string Name(CouplingReport report) => report.ToString().ToLowerInvariant();
    }
}
