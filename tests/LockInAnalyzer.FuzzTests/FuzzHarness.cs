using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// Feeds mutated inputs to one reader and collects what went wrong: an exception escaping the reader (or an
    /// oracle's assertion), or an input that takes longer than <see cref="HangLimit"/>. A slow input is run once more
    /// before it counts, so a machine busy with other builds does not fail the run; a real hang repeats.
    /// </summary>
    public static class FuzzHarness
    {
        public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(2);

        private const int MaxReported = 5;

        /// <summary>Runs <paramref name="check"/> on <paramref name="iterations"/> mutations of <paramref name="corpus"/>; throws listing the failures.</summary>
        public static void Run(string reader, IReadOnlyList<string> corpus, int iterations, Action<string> check)
        {
            var seed = FuzzMode.SeedFor(reader);
            var mutator = new Mutator(seed, corpus);
            var failures = new List<string>();
            var failed = 0;
            for (var i = 0; i < iterations; i++)
            {
                var input = mutator.Mutate();
                var failure = RunOne(input, check);
                if (failure != null && failure.StartsWith("hang", StringComparison.Ordinal))
                {
                    failure = RunOne(input, check);
                }

                if (failure == null)
                {
                    continue;
                }

                failed++;
                if (failures.Count < MaxReported)
                {
                    failures.Add("input " + i.ToString(CultureInfo.InvariantCulture) + " (" + failure + "): " + Show(input));
                }
            }

            if (failed > 0)
            {
                throw new XunitException(reader + ": " + failed + " of " + iterations + " inputs failed (seed " + seed + ", LOCKIN_FUZZ_ITERATIONS=" + iterations + " reproduces)\n" + string.Join("\n", failures));
            }
        }

        /// <summary>Runs a fixed list of inputs (the targeted cases), with the same checks.</summary>
        public static void RunAll(string reader, IEnumerable<string> inputs, Action<string> check)
        {
            var failures = new List<string>();
            foreach (var input in inputs)
            {
                if (RunOne(input, check) is { } failure)
                {
                    failures.Add(failure + ": " + Show(input));
                }
            }

            if (failures.Count > 0)
            {
                throw new XunitException(reader + ": " + failures.Count + " inputs failed\n" + string.Join("\n", failures));
            }
        }

        private static string? RunOne(string input, Action<string> check)
        {
            var stopwatch = Stopwatch.StartNew();
            var task = Task.Factory.StartNew(() => check(input), TaskCreationOptions.LongRunning);
            try
            {
                if (!task.Wait(HangLimit) && !task.Wait(TimeSpan.FromSeconds(10)))
                {
                    return "hang: no result after " + (int)stopwatch.Elapsed.TotalSeconds + " s";
                }
            }
            catch (AggregateException e)
            {
                var inner = e.InnerException!;
                return inner is XunitException ? "oracle: " + inner.Message : "escaped " + inner.GetType().Name + ": " + inner.Message + " at " + FirstFrame(inner);
            }

            return stopwatch.Elapsed > HangLimit ? "hang: " + stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : null;
        }

        private static string FirstFrame(Exception e)
        {
            var trace = e.StackTrace ?? string.Empty;
            var line = trace.Split('\n')[0].Trim();
            return line.Length == 0 ? "?" : line;
        }

        /// <summary>The input as a C# literal would show it (control characters escaped), cut to a readable length.</summary>
        public static string Show(string input)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in input.Length > 400 ? input.Substring(0, 400) : input)
            {
                builder.Append(c < 0x20 || c == '"' || c == '\\' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
            }

            return builder.Append(input.Length > 400 ? "\"… (" + input.Length + " chars)" : "\"").ToString();
        }
    }
}
