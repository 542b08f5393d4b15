using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// Plans computed once per document snapshot and key: the IDE asks once per diagnostic and a plan searches the
    /// solution, so every diagnostic one plan covers shares it. A canceled or failed computation is started again. A
    /// snapshot's plans go when the snapshot does.
    /// </summary>
    internal sealed class PlanCache<TKey, TPlan>
        where TKey : notnull
        where TPlan : class
    {
        private readonly ConditionalWeakTable<Document, Dictionary<TKey, Task<TPlan?>>> plans = new ConditionalWeakTable<Document, Dictionary<TKey, Task<TPlan?>>>();

        public Task<TPlan?> GetOrStart(Document document, TKey key, Func<Task<TPlan?>> plan)
        {
            var perDocument = plans.GetValue(document, _ => new Dictionary<TKey, Task<TPlan?>>());
            lock (perDocument)
            {
                if (!perDocument.TryGetValue(key, out var task) || task.IsCanceled || task.IsFaulted)
                {
                    task = plan();
                    perDocument[key] = task;
                }

                return task;
            }
        }
    }
}
