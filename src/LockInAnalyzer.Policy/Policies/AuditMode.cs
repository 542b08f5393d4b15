namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>Which packages are audited, as NuGetAudit's <c>NuGetAuditMode</c>: the project's own references, or the whole graph.</summary>
    public enum AuditMode
    {
        Direct,
        All,
    }
}
