using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Tests.Rules
{
    /// <summary>Every analyzer the LockInAnalyzer assembly ships, found by reflection so a new one cannot be forgotten by the tests.</summary>
    public static class AnalyzerSet
    {
        public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(LockInAnalyzer.Rules.DiagnosticIds).Assembly
            .GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }
}
