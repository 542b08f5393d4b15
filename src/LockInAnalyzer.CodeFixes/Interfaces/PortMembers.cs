using System.Linq;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// The rule that keeps the vendor out of an extracted interface: a used member can be put on the interface only when
    /// nothing in its signature is a vendor type. Conservative on purpose: a vendor result type (<c>ModerationResult</c>,
    /// <c>ClientResult&lt;ChatCompletion&gt;</c>) would leak the SDK through the interface, so such a use blocks the fix.
    /// </summary>
    internal static class PortMembers
    {
        /// <summary>Members every interface-typed value has (<c>ToString</c>, <c>Equals</c>): used freely, never put on the interface.</summary>
        public static bool IsObjectMember(ISymbol member)
        {
            for (var overridden = member; overridden != null; overridden = Overridden(overridden))
            {
                if (overridden.ContainingType?.SpecialType == SpecialType.System_Object)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// An instance method (non-generic, no <c>ref</c>/<c>out</c>/<c>in</c>, not returning by reference) or a readable
        /// non-indexer property, public, whose parameter and return types hold no vendor type anywhere (type arguments,
        /// arrays included).
        /// </summary>
        public static bool IsRepresentable(ISymbol member, VendorSymbolIndex index)
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }

            switch (member)
            {
                case IMethodSymbol method:
                    return method.MethodKind == MethodKind.Ordinary
                        && method.Arity == 0
                        && !method.ReturnsByRef
                        && !method.ReturnsByRefReadonly
                        && method.Parameters.All(p => p.RefKind == RefKind.None && IsNeutral(p.Type, index))
                        && (method.ReturnsVoid || IsNeutral(method.ReturnType, index));
                case IPropertySymbol property:
                    return !property.IsIndexer
                        && !property.ReturnsByRef
                        && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }
                        && IsNeutral(property.Type, index);
                default:
                    return false;
            }
        }

        private static bool IsNeutral(ITypeSymbol type, VendorSymbolIndex index) =>
            type.TypeKind != TypeKind.Error && type.TypeKind != TypeKind.Dynamic && index.FindVendorTypeWithin(type) == null;

        /// <summary>Whether two members have the same name, kind and parameter types (so an interface member already covers a use).</summary>
        public static bool SameSignature(ISymbol a, ISymbol b)
        {
            if (a.Name != b.Name || a.Kind != b.Kind)
            {
                return false;
            }

            if (a is IMethodSymbol x && b is IMethodSymbol y)
            {
                return x.Parameters.Length == y.Parameters.Length
                    && x.Parameters.Zip(y.Parameters, (p, q) => SameType(p.Type, q.Type)).All(same => same);
            }

            return true;
        }

        /// <summary>
        /// The same type written the same way, ignoring nullable annotations (a generated <c>RequestOptions?</c> stands for
        /// the SDK's <c>RequestOptions</c>). By name, because the symbols may come from different compilations.
        /// </summary>
        public static bool SameType(ITypeSymbol a, ITypeSymbol b) =>
            a.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == b.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        private static ISymbol? Overridden(ISymbol symbol) => symbol switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };
    }
}
