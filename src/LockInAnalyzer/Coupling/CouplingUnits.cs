using LockInAnalyzer.Catalog.Contract;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Coupling
{
    /// <summary>The unit a LOCK001 coupling point is counted in: a type, or a member of one (<c>lockin.coupling_report</c>).</summary>
    internal static class CouplingUnits
    {
        /// <summary>
        /// The member of a type that code belongs to: the method around a lambda or local function, the property of an
        /// accessor; the type itself for its header (base list, attributes, primary constructor parameters).
        /// </summary>
        public static ISymbol? MemberOf(ISymbol? symbol)
        {
            for (var current = symbol; current != null; current = current.ContainingSymbol)
            {
                if (current is INamedTypeSymbol)
                {
                    return current;
                }

                if (current.ContainingSymbol is INamedTypeSymbol)
                {
                    return current is IMethodSymbol { AssociatedSymbol: { } associated } ? associated : current;
                }
            }

            return null;
        }

        /// <summary>The unit, or null when every use is reported on its own.</summary>
        public static ISymbol? UnitOf(CouplingReport report, ISymbol? member) => report switch
        {
            CouplingReport.Use => null,
            CouplingReport.Member => member,
            _ => member as INamedTypeSymbol ?? member?.ContainingType,
        };

        /// <summary>The unit as the message names it: <c>TicketTriageService</c>, <c>TicketTriageService.AskAsync(string)</c>.</summary>
        public static string DisplayName(ISymbol unit) =>
            unit is IMethodSymbol { Name: "<Main>$" } entryPoint
                ? entryPoint.ContainingType.Name + " (top-level statements)"
                : unit.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
    }
}
