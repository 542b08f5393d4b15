using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// Collects the vendor uses of one named type while Roslyn analyzes it and reports them, when the type is done
    /// (a symbol-end action, not a compilation-end one: the IDE computes it for the open document), as one diagnostic per
    /// coupling point: the unit (the type declaration in one file, or one member) and the vendor. The diagnostic sits at
    /// the unit's first use; every other use is an additional location, so nothing is lost for reports and code fixes.
    /// </summary>
    internal sealed class CouplingPointCollector
    {
        /// <summary>Symbols named in the message; the rest are counted.</summary>
        private const int NamedSymbols = 3;

        private readonly List<VendorUse> uses = new List<VendorUse>();

        public void Add(VendorUse use)
        {
            lock (uses)
            {
                uses.Add(use);
            }
        }

        public void ReportAll(Action<Diagnostic> report)
        {
            List<VendorUse> snapshot;
            lock (uses)
            {
                if (uses.Count == 0)
                {
                    return;
                }

                snapshot = uses.ToList();
            }

            var points = snapshot
                .GroupBy(u => (Unit: u.Unit, Tree: u.Location.SourceTree, Vendor: u.Match.Vendor.Id, u.IsWiring))
                .Select(g => g.OrderBy(u => u.Location.SourceSpan.Start).ThenBy(u => u.Location.SourceSpan.End).ThenBy(u => u.Symbol, StringComparer.Ordinal).ToList());
            foreach (var point in points)
            {
                report(Create(point));
            }
        }

        private static Diagnostic Create(IReadOnlyList<VendorUse> point)
        {
            var first = point[0];
            var symbols = point.Select(u => u.Symbol).Distinct(StringComparer.Ordinal).ToList();
            // Named abstractions first, "an interface you own, implemented by an adapter" last, so the joined advice reads.
            var advice = point.Select(u => u.Match.Role).Distinct().OrderBy(r => r.Abstraction == null).Select(r => r.Advice).Distinct(StringComparer.Ordinal).ToList();
            var places = point.Count.ToString(CultureInfo.InvariantCulture) + (point.Count == 1 ? " place" : " places");
            return Diagnostic.Create(
                first.IsWiring ? DiagnosticDescriptors.VendorChosenInCompositionRoot : DiagnosticDescriptors.VendorSdkCoupling,
                first.Location,
                point.Skip(1).Select(u => u.Location),
                properties: ImmutableDictionary<string, string?>.Empty.Add(CouplingPointProperties.VendorId, first.Match.Vendor.Id),
                CouplingUnits.DisplayName(first.Unit),
                first.Match.Vendor.Name,
                places,
                List(symbols),
                string.Join(" and ", advice));
        }

        private static string List(IReadOnlyList<string> symbols)
        {
            var named = symbols.Take(NamedSymbols).Select(s => "'" + s + "'").ToList();
            var rest = symbols.Count - named.Count;
            if (rest > 0)
            {
                return string.Join(", ", named) + " and " + rest.ToString(CultureInfo.InvariantCulture) + " more";
            }

            return named.Count == 1 ? named[0] : string.Join(", ", named.Take(named.Count - 1)) + " and " + named[named.Count - 1];
        }
    }
}
