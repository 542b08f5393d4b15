using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// Applies a batch of plans so that the result adds no compiler error (<see cref="CompileCheck"/>): plans that
    /// touch a document with a new error are dropped and the rest applied again, so one consumer the fix gets wrong
    /// does not cost the others their fix.
    /// </summary>
    internal static class CompileCheckedFix
    {
        private const int MaxAttempts = 3;

        /// <summary>
        /// The fixed solution, or null when no plan is left or the new errors cannot be pinned on a plan (they are in a
        /// document no plan touches, such as a generated one). <paramref name="applicable"/> narrows the plans before each
        /// attempt (dropping one plan can make another inapplicable); <paramref name="documents"/> are those a plan changes.
        /// </summary>
        public static async Task<Solution?> ApplyAsync<TPlan>(
            Solution solution,
            List<TPlan> plans,
            Func<List<TPlan>, List<TPlan>> applicable,
            Func<List<TPlan>, Task<Solution>> apply,
            Func<TPlan, IEnumerable<DocumentId>> documents,
            CancellationToken cancellationToken)
        {
            for (var attempt = 0; attempt < MaxAttempts && (plans = applicable(plans)).Count > 0; attempt++)
            {
                var fixedSolution = await apply(plans).ConfigureAwait(false);
                var broken = await CompileCheck.NewErrorsAsync(solution, fixedSolution, cancellationToken).ConfigureAwait(false);
                if (broken.Count == 0)
                {
                    return fixedSolution;
                }

                var before = plans.Count;
                plans = plans.Where(p => !documents(p).Any(broken.Contains)).ToList();
                if (plans.Count == before)
                {
                    // The errors are in a generated file: nothing can be dropped selectively.
                    return null;
                }
            }

            return null;
        }
    }
}
