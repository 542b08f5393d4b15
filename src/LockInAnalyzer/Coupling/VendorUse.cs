using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Coupling
{
    /// <summary>One place where code refers to a vendor SDK, waiting to be grouped into its coupling point.</summary>
    internal readonly struct VendorUse
    {
        public VendorUse(Location location, string symbol, VendorMatch match, ISymbol unit, bool isWiring)
        {
            IsWiring = isWiring;
            Location = location;
            Symbol = symbol;
            Match = match;
            Unit = unit;
        }

        public Location Location { get; }

        /// <summary>The vendor type or member used, by its full name (<c>OpenAI.Chat.ChatClient.CompleteChat</c>).</summary>
        public string Symbol { get; }

        public VendorMatch Match { get; }

        /// <summary>The type or member the use belongs to, as the configured <c>lockin.coupling_report</c> groups.</summary>
        public ISymbol Unit { get; }

        /// <summary>Creating, configuring or registering the vendor in a composition root: reported as LOCK006, not LOCK001.</summary>
        public bool IsWiring { get; }
    }
}
