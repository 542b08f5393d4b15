using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// How LOCK001 reads a member use: which member an operation refers to, whether it only serves a neutral contract,
    /// and whether its receiver chain already touched the vendor (a chain is reported once, at its first vendor step).
    /// </summary>
    internal static class VendorMemberChain
    {
        /// <summary>
        /// A vendor member that overrides or implements a member declared outside the SDK (<c>object.ToString</c>,
        /// <c>Exception.Message</c>, <c>IDisposable.Dispose</c>, <c>IChatClient.GetResponseAsync</c>): calling it works through
        /// that neutral contract. The vendor object it is called on is reported where it is declared or created.
        /// </summary>
        internal static bool ServesNeutralContract(ISymbol member, VendorSymbolIndex index)
        {
            var definition = member.OriginalDefinition;
            for (var overridden = Overridden(definition); overridden != null; overridden = Overridden(overridden))
            {
                if (index.VendorOf(overridden) == null)
                {
                    return true;
                }
            }

            if (definition.IsStatic || definition.ContainingType is not { } type)
            {
                return false;
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (index.VendorOf(contract) != null)
                {
                    continue;
                }

                foreach (var candidate in contract.GetMembers(definition.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate)?.OriginalDefinition, definition))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static ISymbol? Overridden(ISymbol member) => member switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };

        internal static ISymbol? ReferencedMember(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod,
            IMemberReferenceOperation reference => reference.Member,
            _ => null,
        };

        /// <summary>
        /// True when something further down the receiver chain (<c>client.Complete(x).Value.Content[0].Text</c>) is already a
        /// vendor member or a vendor object creation: the chain is reported once, at its first vendor step.
        /// </summary>
        /// <param name="servicesOnly">In a composition root only a lower step that uses the service counts, not wiring.</param>
        internal static bool ReceiverChainTouchesVendor(IOperation operation, VendorSymbolIndex index, bool servicesOnly)
        {
            var receiver = Receiver(operation);
            for (var depth = 0; receiver != null && depth < 64; depth++)
            {
                switch (receiver)
                {
                    case IObjectCreationOperation or IInstanceReferenceOperation when servicesOnly:
                        // Creating and initializing a vendor object is wiring in a composition root.
                        break;
                    case IObjectCreationOperation creation when creation.Type != null && index.MatchType(creation.Type) != null:
                        return true;
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver
                        when implicitReceiver.Type != null && index.MatchType(implicitReceiver.Type) != null:
                        // An object initializer member of a vendor type whose `new` was already reported.
                        return true;
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } patternInput
                        when patternInput.Type != null && index.MatchType(patternInput.Type) != null && PatternNamesItsType(patternInput):
                        // `o is ChatClient { Model: "x" }`: the property belongs to the type the pattern names, already reported.
                        return true;
                }

                var member = ReferencedMember(receiver);
                if (member != null && member.ContainingType != null && index.VendorOf(member) != null
                    && !(servicesOnly && (ServesNeutralContract(member, index) || CompositionRoot.IsWiring(receiver, member, index))))
                {
                    return true;
                }

                receiver = Receiver(receiver);
            }

            return false;
        }

        private static bool PatternNamesItsType(IOperation patternInput)
        {
            for (var parent = patternInput.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IRecursivePatternOperation recursive)
                {
                    return recursive.Syntax is RecursivePatternSyntax { Type: not null };
                }
            }

            return false;
        }

        private static IOperation? Receiver(IOperation operation) => operation switch
        {
            IInvocationOperation { TargetMethod.IsExtensionMethod: true } invocation when invocation.Arguments.Length > 0 => invocation.Arguments[0].Value,
            IInvocationOperation invocation => invocation.Instance,
            IMemberReferenceOperation reference => reference.Instance,
            IConversionOperation conversion => conversion.Operand,
            IParenthesizedOperation parenthesized => parenthesized.Operand,
            IAwaitOperation awaited => awaited.Operation,
            IArrayElementReferenceOperation element => element.ArrayReference,
            IConditionalAccessInstanceOperation conditional => ConditionalAccessReceiver(conditional),
            _ => null,
        };

        private static IOperation? ConditionalAccessReceiver(IConditionalAccessInstanceOperation instance)
        {
            for (var parent = instance.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }
    }
}
