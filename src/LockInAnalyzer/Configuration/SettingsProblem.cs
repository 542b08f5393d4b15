namespace LockInAnalyzer.Configuration
{
    /// <summary>An option value that could not be understood (reported as LOCK009).</summary>
    public sealed class SettingsProblem
    {
        public SettingsProblem(string key, string value, string reason)
        {
            Key = key;
            Value = value;
            Reason = reason;
        }

        public string Key { get; }

        public string Value { get; }

        public string Reason { get; }
    }
}
