namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>What a policy does with a license or package. Ordered: a stricter action compares greater.</summary>
    public enum PolicyAction
    {
        Allow = 0,
        Warn = 1,
        Deny = 2,
    }
}
