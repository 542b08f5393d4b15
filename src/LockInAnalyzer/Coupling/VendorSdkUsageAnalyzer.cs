using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Catalog.Contract;
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
    /// The uses are grouped per type declaration and vendor (<c>lockin.coupling_report</c>) and reported at symbol end;
    /// wiring in a composition root is LOCK006 instead (docs/architecture.md).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VendorSdkUsageAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.VendorSdkCoupling, DiagnosticDescriptors.VendorSdkUsage, DiagnosticDescriptors.VendorChosenInCompositionRoot);

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

                // Uses are found per named type, so a type's coupling points can be reported when Roslyn has analyzed all
                // of it (a symbol-end action, computed live for the open document). Nested types are types of their own.
                start.RegisterSymbolStartAction(
                    symbolStart =>
                    {
                        var collector = new CouplingPointCollector();
                        symbolStart.RegisterSyntaxNodeAction(c => AnalyzeTypeName(c, index, collector), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
                        symbolStart.RegisterOperationAction(
                            c => AnalyzeMemberUse(c, index, collector),
                            OperationKind.Invocation,
                            OperationKind.PropertyReference,
                            OperationKind.FieldReference,
                            OperationKind.EventReference,
                            OperationKind.MethodReference,
                            OperationKind.ObjectCreation);
                        symbolStart.RegisterSymbolEndAction(c => collector.ReportAll(c.ReportDiagnostic));
                    },
                    SymbolKind.NamedType);

                // Outside any type: `using Chat = OpenAI.Chat.ChatClient;` and `[assembly: …]`, each a coupling point of its own.
                start.RegisterSyntaxNodeAction(c => AnalyzeOutsideTypes(c, index), SyntaxKind.UsingDirective, SyntaxKind.AttributeList);
            });
        }

        private static void AnalyzeOutsideTypes(SyntaxNodeAnalysisContext context, VendorSymbolIndex index)
        {
            SyntaxNode? scope = context.Node switch
            {
                UsingDirectiveSyntax { Alias: not null } alias => alias.Name,
                AttributeListSyntax { Parent: CompilationUnitSyntax } attributes => attributes,
                _ => null,
            };
            if (scope == null)
            {
                return;
            }

            foreach (var name in scope.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
            {
                if (name is IdentifierNameSyntax or GenericNameSyntax)
                {
                    AnalyzeTypeName(name, context.SemanticModel, context.Options, context.ReportDiagnostic, context.ContainingSymbol, index, null, context.CancellationToken);
                }
            }
        }

        private static void AnalyzeTypeName(SyntaxNodeAnalysisContext context, VendorSymbolIndex index, CouplingPointCollector collector)
        {
            // This runs for every identifier of the compilation: the name check comes before anything that allocates
            // (a delegate for context.ReportDiagnostic included).
            if (index.IsCandidateTypeName(((SimpleNameSyntax)context.Node).Identifier.ValueText))
            {
                AnalyzeTypeName((SimpleNameSyntax)context.Node, context.SemanticModel, context.Options, context.ReportDiagnostic, context.ContainingSymbol, index, collector, context.CancellationToken);
            }
        }

        private static void AnalyzeTypeName(SimpleNameSyntax name, SemanticModel semanticModel, AnalyzerOptions options, System.Action<Diagnostic> report, ISymbol? containingSymbol, VendorSymbolIndex index, CouplingPointCollector? collector, CancellationToken cancellationToken)
        {
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

            var symbol = semanticModel.GetSymbolInfo(name, cancellationToken).Symbol;
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
            if (match == null || IsArgumentOfVendorGeneric(reportNode, semanticModel, index, cancellationToken))
            {
                return;
            }

            // Naming a vendor type declares or creates a vendor object: wiring, in a composition root.
            Found(new Use(report, collector, options, semanticModel, containingSymbol, cancellationToken), reportNode, type.OriginalDefinition.ToDisplayString(), match, isWiring: true);
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

        private static void AnalyzeMemberUse(OperationAnalysisContext context, VendorSymbolIndex index, CouplingPointCollector collector)
        {
            // This runs for every member use of the compilation: nothing is allocated until a vendor use is found.
            var operation = context.Operation;
            if (operation is IObjectCreationOperation creation)
            {
                // An explicit `new ChatClient(...)` is reported on its type name; only target-typed `new(...)` names nothing.
                if (creation.Syntax is ImplicitObjectCreationExpressionSyntax && creation.Type is { } createdType && index.MatchType(createdType) is { } createdMatch)
                {
                    Found(UseOf(context, collector), creation.Syntax, createdType.OriginalDefinition.ToDisplayString(), createdMatch, isWiring: true);
                }

                return;
            }

            var member = VendorMemberChain.ReferencedMember(operation);
            if (member == null || member is IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                // A constructor reached by invocation is a `: base(...)` / record base call: the base type is written in
                // the base list and reported there by the type-name pass; reporting the call too would say it twice.
                return;
            }

            var containingType = member.ContainingType;
            if (containingType == null || index.VendorOf(member) == null || VendorMemberChain.ServesNeutralContract(member, index))
            {
                return;
            }

            // Outside a composition root a chain is reported at its first vendor step. Inside one, wiring steps
            // (`new OpenAIClient(key).GetChatClient(model)`) are the vendor choice (LOCK006, counted at the chain's first
            // step), and a chain's use of the service is reported at its first service step (`client.Messages.Create(...)`
            // at `Create`, whatever wiring came before it).
            var inCompositionRoot = CompositionRoot.Contains(operation.Syntax.SyntaxTree, CouplingUnits.MemberOf(context.ContainingSymbol), SettingsOf(context.Options, operation.Syntax.SyntaxTree));
            var isWiring = inCompositionRoot && CompositionRoot.IsWiring(operation, member, index);

            if (VendorMemberChain.ReceiverChainTouchesVendor(operation, index, servicesOnly: inCompositionRoot && !isWiring))
            {
                return;
            }

            var match = index.MatchType(containingType);
            if (match == null)
            {
                return;
            }

            Found(UseOf(context, collector), MemberNameNode(operation.Syntax), containingType.OriginalDefinition.ToDisplayString() + "." + member.Name, match, isWiring);
        }

        /// <summary>The member's name in source: <c>CompleteChat</c> in <c>client.CompleteChat(x)</c>, the whole node otherwise.</summary>
        private static SyntaxNode MemberNameNode(SyntaxNode syntax) => syntax switch
        {
            InvocationExpressionSyntax invocation => MemberNameNode(invocation.Expression),
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => syntax,
        };

        private static Use UseOf(OperationAnalysisContext context, CouplingPointCollector collector) =>
            new Use(context.ReportDiagnostic, collector, context.Options, context.Operation.SemanticModel, context.ContainingSymbol, context.CancellationToken);

        private static LockInSettings SettingsOf(AnalyzerOptions options, SyntaxTree tree) =>
            LockInSettings.For(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

        /// <summary>A vendor use found: dropped in an adapter, for an excluded vendor or as wiring in a composition root; else reported or collected.</summary>
        private static void Found(in Use use, SyntaxNode node, string what, VendorMatch match, bool isWiring)
        {
            var settings = SettingsOf(use.Options, node.SyntaxTree);
            if (settings.IsExcluded(match.Vendor) || AdapterBoundary.Contains(node, settings, use.SemanticModel, use.CancellationToken))
            {
                return;
            }

            var member = CouplingUnits.MemberOf(use.ContainingSymbol);
            if (isWiring && CompositionRoot.Contains(node.SyntaxTree, member, settings))
            {
                // The vendor choice (LOCK006, information): one point per type and vendor in every reporting mode.
                if (use.Collector != null && CouplingUnits.UnitOf(CouplingReport.Type, member) is { } root)
                {
                    use.Collector.Add(new VendorUse(node.GetLocation(), what, match, root, isWiring: true));
                }

                return;
            }

            var unit = CouplingUnits.UnitOf(settings.CouplingReport, member);
            if (unit == null || use.Collector == null)
            {
                use.Report(Diagnostic.Create(DiagnosticDescriptors.VendorSdkUsage, node.GetLocation(), ImmutableDictionary<string, string?>.Empty.Add(CouplingPointProperties.VendorId, match.Vendor.Id), what, match.Vendor.Name, match.Role.Advice));
                return;
            }

            use.Collector.Add(new VendorUse(node.GetLocation(), what, match, unit, isWiring: false));
        }

        /// <summary>Where a use was found and where it goes.</summary>
        private readonly struct Use
        {
            public Use(System.Action<Diagnostic> report, CouplingPointCollector? collector, AnalyzerOptions options, SemanticModel? semanticModel, ISymbol? containingSymbol, CancellationToken cancellationToken)
            {
                Report = report;
                Collector = collector;
                Options = options;
                SemanticModel = semanticModel;
                ContainingSymbol = containingSymbol;
                CancellationToken = cancellationToken;
            }

            public System.Action<Diagnostic> Report { get; }

            /// <summary>Null outside any type (using aliases, assembly attributes): each use is its own coupling point.</summary>
            public CouplingPointCollector? Collector { get; }

            public AnalyzerOptions Options { get; }

            public SemanticModel? SemanticModel { get; }

            public ISymbol? ContainingSymbol { get; }

            public CancellationToken CancellationToken { get; }
        }
    }
}
