namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>How a finding is logged; <c>WarningsAsErrors</c> and friends are applied later by the host.</summary>
    public enum AuditSeverity
    {
        Info,
        Warning,
        Error,
    }
}
