using System.Collections.Immutable;
using System.Threading;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// LOCK001: a proprietary AI SDK used outside an adapter. Two complementary passes, so each use is reported once:
    /// type names written in source (declarations, generic arguments, base types, <c>new</c>, casts, attributes) through
    /// a syntax pass that binds only identifiers spelled like a vendor type; and member use (calls, properties, fields,
    /// events, extension methods, target-typed <c>new()</c>) through operations, once per member-access chain.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VendorSdkUsageAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.VendorSdkUsage);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var index = VendorSymbolIndex.For(start.Compilation);
                if (index == null)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(c => AnalyzeTypeName(c, index), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
                start.RegisterOperationAction(
                    c => AnalyzeMemberUse(c, index),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.FieldReference,
                    OperationKind.EventReference,
                    OperationKind.MethodReference,
                    OperationKind.ObjectCreation);
            });
        }

        private static void AnalyzeTypeName(SyntaxNodeAnalysisContext context, VendorSymbolIndex index)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (!index.IsCandidateTypeName(name.Identifier.ValueText))
            {
                return;
            }

            if (!TypeNamePosition.MayNameAType(name))
            {
                // `ex.Message`, `x?.Text`, `new Order { Status = s }`, `OrderBy(...)`: not a type. Deciding that before
                // binding matters because vendor SDKs define types named Message, Text, Status, Result, Data, ...
                return;
            }

            var reportNode = TypeNameReportNode(name);
            if (reportNode == null)
            {
                return;
            }

            var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
            if (symbol is IAliasSymbol alias)
            {
                symbol = alias.Target;
            }

            if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor && name.Parent is AttributeSyntax or QualifiedNameSyntax { Parent: AttributeSyntax })
            {
                symbol = constructor.ContainingType;
            }

            if (symbol is not ITypeSymbol type)
            {
                return;
            }

            var match = index.MatchType(type);
            if (match == null || IsArgumentOfVendorGeneric(reportNode, context.SemanticModel, index, context.CancellationToken))
            {
                return;
            }

            Report(context.ReportDiagnostic, context.Options, context.SemanticModel, reportNode, type.OriginalDefinition.ToDisplayString(), match, context.CancellationToken);
        }

        /// <summary>
        /// True for <c>Model</c> in <c>ApiEnum&lt;string, Model&gt;</c> when the generic type is itself a vendor type: one written
        /// type gets one diagnostic, on its outermost vendor name. Binds only generic names spelled like a vendor type.
        /// </summary>
        private static bool IsArgumentOfVendorGeneric(SyntaxNode node, SemanticModel model, VendorSymbolIndex index, CancellationToken cancellationToken)
        {
            for (var current = node.Parent; current is TypeSyntax or TypeArgumentListSyntax or TupleElementSyntax; current = current.Parent)
            {
                if (current is GenericNameSyntax generic
                    && generic.TypeArgumentList.Span.Contains(node.Span)
                    && index.IsCandidateTypeName(generic.Identifier.ValueText)
                    && model.GetSymbolInfo(generic, cancellationToken).Symbol is ITypeSymbol outer
                    && index.MatchType(outer) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The node a written type name is reported on: the whole qualified name (<c>OpenAI.Chat.ChatClient</c>), or null
        /// where another pass owns the report (a type used as the receiver of a static member; <c>using</c> imports).
        /// </summary>
        private static SyntaxNode? TypeNameReportNode(SimpleNameSyntax name)
        {
            if (name.IsPartOfStructuredTrivia())
            {
                // XML documentation (cref) mentions a type without depending on it.
                return null;
            }

            SyntaxNode node = TypeNamePosition.WholeName(name);
            switch (node.Parent)
            {
                case QualifiedNameSyntax qualified when qualified.Left == node:
                    // Outer.Inner: the right-hand name is the type in use.
                    return null;
                case MemberAccessExpressionSyntax access when access.Expression == node:
                    // ChatClient.StaticMember: the member-use pass reports the member.
                    return null;
                case UsingDirectiveSyntax:
                    // A namespace import couples nothing until something is used. An alias names one type: it is reported
                    // on its directive, once, and the alias's uses are not reported again (they are not spelled like the type).
                    return node.Parent is UsingDirectiveSyntax { Alias: not null } ? node : null;
            }

            return node;
        }

        private static void AnalyzeMemberUse(OperationAnalysisContext context, VendorSymbolIndex index)
        {
            var operation = context.Operation;
            if (operation is IObjectCreationOperation creation)
            {
                // An explicit `new ChatClient(...)` is reported on its type name; only target-typed `new(...)` names nothing.
                if (creation.Syntax is ImplicitObjectCreationExpressionSyntax && creation.Type is { } createdType && index.MatchType(createdType) is { } createdMatch)
                {
                    Report(context.ReportDiagnostic, context.Options, operation.SemanticModel, creation.Syntax, createdType.OriginalDefinition.ToDisplayString(), createdMatch, context.CancellationToken);
                }

                return;
            }

            var member = ReferencedMember(operation);
            if (member == null || member is IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                // A constructor reached by invocation is a `: base(...)` / record base call: the base type is written in
                // the base list and reported there by the type-name pass; reporting the call too would say it twice.
                return;
            }

            var containingType = member.ContainingType;
            if (containingType == null || index.VendorOf(member) == null || ServesNeutralContract(member, index))
            {
                return;
            }

            if (ReceiverChainTouchesVendor(operation, index))
            {
                return;
            }

            var match = index.MatchType(containingType);
            if (match == null)
            {
                return;
            }

            Report(context.ReportDiagnostic, context.Options, operation.SemanticModel, MemberNameNode(operation.Syntax), containingType.OriginalDefinition.ToDisplayString() + "." + member.Name, match, context.CancellationToken);
        }

        /// <summary>
        /// A vendor member that overrides or implements a member declared outside the SDK (<c>object.ToString</c>,
        /// <c>Exception.Message</c>, <c>IDisposable.Dispose</c>, <c>IChatClient.GetResponseAsync</c>): calling it works through
        /// that neutral contract. The vendor object it is called on is reported where it is declared or created.
        /// </summary>
        private static bool ServesNeutralContract(ISymbol member, VendorSymbolIndex index)
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

        private static ISymbol? ReferencedMember(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod,
            IMemberReferenceOperation reference => reference.Member,
            _ => null,
        };

        /// <summary>
        /// True when something further down the receiver chain (<c>client.Complete(x).Value.Content[0].Text</c>) is already a
        /// vendor member or a vendor object creation: the chain is reported once, at its first vendor step.
        /// </summary>
        private static bool ReceiverChainTouchesVendor(IOperation operation, VendorSymbolIndex index)
        {
            var receiver = Receiver(operation);
            for (var depth = 0; receiver != null && depth < 64; depth++)
            {
                switch (receiver)
                {
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
                if (member != null && member.ContainingType != null && index.VendorOf(member) != null)
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

        /// <summary>The member's name in source: <c>CompleteChat</c> in <c>client.CompleteChat(x)</c>, the whole node otherwise.</summary>
        private static SyntaxNode MemberNameNode(SyntaxNode syntax) => syntax switch
        {
            InvocationExpressionSyntax invocation => MemberNameNode(invocation.Expression),
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => syntax,
        };

        private static void Report(System.Action<Diagnostic> report, AnalyzerOptions options, SemanticModel? semanticModel, SyntaxNode node, string what, VendorMatch match, CancellationToken cancellationToken)
        {
            var settings = LockInSettings.For(options.AnalyzerConfigOptionsProvider.GetOptions(node.SyntaxTree));
            if (settings.IsExcluded(match.Vendor) || AdapterBoundary.Contains(node, settings, semanticModel, cancellationToken))
            {
                return;
            }

            report(Diagnostic.Create(DiagnosticDescriptors.VendorSdkUsage, node.GetLocation(), what, match.Vendor.Name, match.Role.Advice));
        }
    }
}
