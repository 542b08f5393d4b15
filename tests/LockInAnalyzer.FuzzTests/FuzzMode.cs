using System;
using System.Globalization;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// How much to fuzz. Quick (the default, what CI and <c>dotnet test LockInAnalyzer.sln</c> run) keeps the whole
    /// project well under a minute; long (<c>LOCKIN_FUZZ=long</c>) is the fault-injection run for benchmarks and before a
    /// release. Seeds are fixed, so a run is repeatable and a failure names the seed and input that reproduce it.
    /// Linked into LockInAnalyzer.Tests for the analyzer's typing-in-progress check.
    /// </summary>
    public static class FuzzMode
    {
        public const int Seed = 20_260_109;

        public static bool IsLong => string.Equals(Environment.GetEnvironmentVariable("LOCKIN_FUZZ"), "long", StringComparison.OrdinalIgnoreCase);

        /// <summary>Inputs per reader: <paramref name="quick"/> or <paramref name="long"/>, or LOCKIN_FUZZ_ITERATIONS when set.</summary>
        public static int Iterations(int quick, int @long)
        {
            var configured = Environment.GetEnvironmentVariable("LOCKIN_FUZZ_ITERATIONS");
            if (configured != null && int.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
            {
                return count;
            }

            return IsLong ? @long : quick;
        }

        /// <summary>A seed per reader, so adding a reader does not change the inputs another one sees.</summary>
        public static int SeedFor(string reader)
        {
            var hash = Seed;
            foreach (var c in reader)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash & int.MaxValue;
        }
    }
}
