using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.CodeFixes.Migrations;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>
    /// Plans "Depend on Microsoft.Extensions.AI" for one type: every vendor client it declares (fields, properties,
    /// parameters, locals) is retyped to the abstraction, every use is rewritten per the migration map, and every
    /// construction site in the solution is wrapped. Any shape it does not understand makes the whole plan fail, so
    /// the fix is offered only where it can be applied completely.
    /// </summary>
    internal sealed partial class AbstractionPlanner : VendorClientPlanner<ClientMigration>
    {
        private const string AiNamespace = "Microsoft.Extensions.AI";

        private readonly MigrationCatalog catalog;
        private readonly MigrationPlan plan;
        private readonly HashSet<SyntaxNode> clientTypeSyntax = new HashSet<SyntaxNode>();
        private readonly Dictionary<string, AdapterNeed> adapters = new Dictionary<string, AdapterNeed>(StringComparer.Ordinal);
        private readonly HashSet<SyntaxNode> handledMessageLocals = new HashSet<SyntaxNode>();
        private string? adapterNamespace;

        private AbstractionPlanner(Solution solution, Document document, SemanticModel model, TypeDeclarationSyntax type, MigrationCatalog catalog, VendorSymbolIndex index, CancellationToken cancellationToken)
            : base(solution, document, model, type, index, cancellationToken)
        {
            this.catalog = catalog;
            plan = new MigrationPlan(document.Id, type.Span);
        }

        /// <summary>The plan, or null when the type holds no migratable client or some use cannot be migrated safely.</summary>
        public static async Task<MigrationPlan?> PlanAsync(Solution solution, Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model == null || model.Compilation.GetTypeByMetadataName(AiNamespace + ".IChatClient") == null)
            {
                // Offered only when Microsoft.Extensions.AI.Abstractions is referenced.
                return null;
            }

            var index = VendorSymbolIndex.For(model.Compilation);
            if (index == null)
            {
                return null;
            }

            var planner = new AbstractionPlanner(solution, document, model, type, MigrationCatalog.Builtin, index, cancellationToken);
            return await planner.TryBuildAsync().ConfigureAwait(false) ? planner.plan : null;
        }

        /// <summary>Every mention of a client type must be a declaration we retype (no casts, typeof, generic arguments, returns).</summary>
        protected override bool CanPlanClients()
        {
            foreach (var typeSyntax in ConsumerType.DescendantNodes().OfType<TypeSyntax>())
            {
                if (typeSyntax.Parent is QualifiedNameSyntax || typeSyntax.Parent is AliasQualifiedNameSyntax || clientTypeSyntax.Contains(typeSyntax))
                {
                    continue;
                }

                if (typeSyntax.IsVar)
                {
                    continue;
                }

                if (Model.GetSymbolInfo(typeSyntax, CancellationToken).Symbol is ITypeSymbol mentioned && ClientOf(mentioned) != null && !IsCreation(typeSyntax))
                {
                    return false;
                }
            }

            return true;
        }

        protected override bool CompletePlan()
        {
            plan.Adapters.AddRange(adapters.Values);
            return plan.Edits.Count > 0;
        }

        private static bool IsCreation(TypeSyntax typeSyntax) =>
            typeSyntax.Parent is ObjectCreationExpressionSyntax creation && creation.Type == typeSyntax;

        /// <summary>A vendor type the migration catalog maps to an abstraction.</summary>
        protected override ClientMigration? ClientOf(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || VendorIndex.VendorOf(named.OriginalDefinition) == null)
            {
                return null;
            }

            return catalog.Client(MetadataName(named.OriginalDefinition));
        }

        internal static string MetadataName(ITypeSymbol type)
        {
            var ns = type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString() + ".";
            var prefix = string.Empty;
            for (var containing = type.ContainingType; containing != null; containing = containing.ContainingType)
            {
                prefix = containing.MetadataName + "+" + prefix;
            }

            return ns + prefix + type.MetadataName;
        }

        /// <summary>Retyped when the client is planned (<see cref="PlanDeclaration"/>); remembered so the mention check passes it.</summary>
        protected override void NoteClientType(TypeSyntax declaredType) => clientTypeSyntax.Add(declaredType);

        protected override void PlanDeclaration(SyntaxNode declaration, ClientMigration clientType)
        {
            var declaredType = declaration switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } => variables.Type,
                PropertyDeclarationSyntax property => property.Type,
                ParameterSyntax parameter => parameter.Type,
                _ => null,
            };
            if (declaredType != null && !declaredType.IsVar)
            {
                var abstraction = clientType.Abstraction;
                Edit(Document.Id, declaredType, current => SyntaxEdits.Type(abstraction).WithTriviaFrom(current));
            }
        }

        /// <summary>Wraps a vendor client value with an adapter: the provider's own where referenced, else a generated one.</summary>
        protected override void PlanVendorValue(ExpressionSyntax value, ISymbol? symbol, ClientMigration migration, Document valueDocument, SemanticModel valueModel)
        {
            var inAdapter = IsInAdapter(value, valueDocument, valueModel);
            var compilation = valueModel.Compilation;
            var provider = migration.ProviderAdapters.FirstOrDefault(p =>
                compilation.ReferencedAssemblyNames.Any(a => a.Name == p.Assembly) && compilation.GetTypeByMetadataName(p.Type) != null);
            var template = migration.GeneratedAdapter == null ? null : catalog.Adapters[migration.GeneratedAdapter];

            var creation = value as BaseObjectCreationExpressionSyntax;
            var plainCreation = creation != null && creation.Initializer == null
                && valueModel.GetOperation(creation, CancellationToken) is IObjectCreationOperation { Constructor: { } vendorConstructor }
                && vendorConstructor.Parameters.All(p => VendorIndex.FindVendorTypeWithin(p.Type) == null);

            if (!inAdapter && plainCreation && provider != null && TryPlanInjection(creation!, migration, provider, valueDocument, valueModel))
            {
                // The domain type gets the abstraction injected; its creators build the client with the provider's adapter.
                return;
            }

            if (provider != null)
            {
                var method = provider.Method;
                Edit(valueDocument.Id, value, current =>
                {
                    var expression = (ExpressionSyntax)current;
                    var receiver = expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax || expression is InvocationExpressionSyntax
                        ? expression.WithoutTrivia()
                        : SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);
                    return SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName(method))).WithTriviaFrom(current);
                });
                plan.Usings.Add((valueDocument.Id, provider.Namespace));
                return;
            }

            if (!inAdapter && plainCreation && template != null)
            {
                // new ChatClient("gpt-4o", key) in domain code → new OpenAIChatClientAdapter("gpt-4o", key): the vendor stays in the adapter.
                var need = Adapter(template);
                var constructor = ((IObjectCreationOperation)valueModel.GetOperation(creation!, CancellationToken)!).Constructor!;
                if (!need.ForwardedConstructors.Any(c => SymbolEqualityComparer.Default.Equals(c, constructor)))
                {
                    need.ForwardedConstructors.Add(constructor);
                }

                var adapterType = need.FullName;
                UseAdapterNamespace(valueDocument, value, need);
                Edit(valueDocument.Id, creation!, current =>
                {
                    var arguments = ((BaseObjectCreationExpressionSyntax)current).ArgumentList ?? SyntaxFactory.ArgumentList();
                    return SyntaxFactory.ObjectCreationExpression(SyntaxEdits.Type(adapterType).WithLeadingTrivia(SyntaxFactory.Space), arguments, null).WithTriviaFrom(current);
                });
                return;
            }

            if (template != null)
            {
                var need = Adapter(template);
                var adapterType = need.FullName;
                UseAdapterNamespace(valueDocument, value, need);
                Edit(valueDocument.Id, value, current =>
                    SyntaxFactory.ObjectCreationExpression(
                        SyntaxEdits.Type(adapterType).WithLeadingTrivia(SyntaxFactory.Space),
                        SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(((ExpressionSyntax)current).WithoutTrivia()))),
                        null).WithTriviaFrom(current));
                return;
            }

            throw new CannotPlanException();
        }

        /// <summary>Imports the adapter namespace where an adapter is constructed outside it, so the simplifier can use the short name.</summary>
        private void UseAdapterNamespace(Document valueDocument, SyntaxNode site, AdapterNeed need)
        {
            var ns = site.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(ProjectConventions.FullName).FirstOrDefault();
            if (ns == null || (ns != need.Namespace && !ns.StartsWith(need.Namespace + ".", StringComparison.Ordinal)))
            {
                plan.Usings.Add((valueDocument.Id, need.Namespace));
            }
        }

        private AdapterNeed Adapter(AdapterTemplate template)
        {
            if (!adapters.TryGetValue(template.Name, out var need))
            {
                adapterNamespace ??= ProjectConventions.AdapterNamespaceAsync(Document, CancellationToken).GetAwaiter().GetResult();
                var existing = Model.Compilation.GetTypeByMetadataName(adapterNamespace + "." + template.Name);
                var name = existing == null || IsGeneratedAdapter(existing, template)
                    ? template.Name
                    : ProjectConventions.UniqueTypeName(Model.Compilation, template.Name, adapterNamespace);
                need = new AdapterNeed(Document.Project.Id, template, name, adapterNamespace, Document.Id);
                adapters[template.Name] = need;
            }

            return need;
        }

        /// <summary>An adapter class from an earlier fix: in source, taking the vendor client in a constructor.</summary>
        internal static bool IsGeneratedAdapter(INamedTypeSymbol type, AdapterTemplate template) =>
            type.Locations.Any(l => l.IsInSource)
            && type.InstanceConstructors.Any(c => c.Parameters.Length == 1 && MetadataName(c.Parameters[0].Type.OriginalDefinition) == template.Client);

        protected override void PlanMemberAccess(ExpressionSyntax receiver, MemberAccessExpressionSyntax access, ClientMigration clientType) =>
            PlanCall(receiver, access, clientType);

        /// <summary><c>client.CompleteChatAsync(...)</c> or <c>client.Messages.Create(...)</c>, rewritten per the map.</summary>
        private void PlanCall(ExpressionSyntax receiver, MemberAccessExpressionSyntax firstAccess, ClientMigration migration)
        {
            foreach (var method in migration.Methods)
            {
                SyntaxNode node = firstAccess;
                var matched = true;
                for (var i = 0; i < method.Path.Count; i++)
                {
                    if (node is not MemberAccessExpressionSyntax access || access.Name.Identifier.ValueText != method.Path[i])
                    {
                        matched = false;
                        break;
                    }

                    if (i < method.Path.Count - 1)
                    {
                        node = access.Parent!;
                    }
                }

                if (!matched || node.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != node)
                {
                    continue;
                }

                if (Model.GetOperation(invocation, CancellationToken) is not IInvocationOperation operation || operation.TargetMethod.Name != method.Path[method.Path.Count - 1])
                {
                    throw new CannotPlanException();
                }

                new CallRewriter(this, migration, method, receiver, invocation, operation).Plan();
                return;
            }

            throw new CannotPlanException();
        }

        private void Edit(DocumentId documentId, SyntaxNode node, Func<SyntaxNode, SyntaxNode> replace) =>
            plan.Edits.Add(new SyntaxEdit(documentId, node, replace));

        /// <summary>Rewrites one migrated call: its arguments (messages, request, options) and what is done with its result.</summary>
        private sealed class CallRewriter
        {
            private readonly AbstractionPlanner owner;
            private readonly ClientMigration client;
            private readonly MethodMigration method;
            private readonly ExpressionSyntax receiver;
            private readonly InvocationExpressionSyntax invocation;
            private readonly IInvocationOperation operation;

            public CallRewriter(AbstractionPlanner owner, ClientMigration client, MethodMigration method, ExpressionSyntax receiver, InvocationExpressionSyntax invocation, IInvocationOperation operation)
            {
                this.owner = owner;
                this.client = client;
                this.method = method;
                this.receiver = receiver;
                this.invocation = invocation;
                this.operation = operation;
            }

            private SemanticModel Model => owner.Model;

            private CancellationToken CancellationToken => owner.CancellationToken;

            public void Plan()
            {
                MessageList? messages = null;
                ExpressionSyntax? value = null;
                OptionsBuilder? options = null;
                ExpressionSyntax? cancellation = null;
                ExpressionSyntax? requestLocal = null;

                foreach (var argument in operation.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                    {
                        continue;
                    }

                    if (argument.Parameter == null || !method.Parameters.TryGetValue(argument.Parameter.Name, out var role))
                    {
                        throw new CannotPlanException();
                    }

                    if (argument.Syntax is ArgumentSyntax { RefKindKeyword.RawKind: not 0 })
                    {
                        throw new CannotPlanException();
                    }

                    switch (role)
                    {
                        case "messages":
                            messages = argument.ArgumentKind == ArgumentKind.ParamArray
                                ? owner.MessagesFromElements(ParamsElements(argument))
                                : owner.MessagesFrom(ArgumentExpression(argument), invocation);
                            break;
                        case "value":
                            value = ArgumentExpression(argument);
                            break;
                        case "cancellationToken":
                            cancellation = ArgumentExpression(argument);
                            break;
                        case "options":
                            options = owner.OptionsFrom(ArgumentExpression(argument), method.To == "GenerateAsync");
                            break;
                        case "request":
                            (options, messages, requestLocal) = owner.RequestFrom(ArgumentExpression(argument), invocation);
                            break;
                        default:
                            throw new CannotPlanException();
                    }
                }

                if (messages == null && value == null)
                {
                    throw new CannotPlanException();
                }

                owner.Track(receiver, value, cancellation, requestLocal);
                var to = method.To;
                var receiverNode = receiver;
                var optionsNode = options;
                var requestLocalNode = requestLocal;
                owner.Edit(owner.Document.Id, invocation, current =>
                {
                    var currentInvocation = (InvocationExpressionSyntax)current;
                    var arguments = new List<ArgumentSyntax>();
                    var first = messages != null ? messages.Build(current) : (ExpressionSyntax)FindCurrent(current, value!);
                    arguments.Add(SyntaxFactory.Argument(first.WithoutTrivia()));
                    if (requestLocalNode != null)
                    {
                        arguments.Add(SyntaxFactory.Argument(((ExpressionSyntax)FindCurrent(current, requestLocalNode)).WithoutTrivia()));
                    }
                    else if (optionsNode != null && optionsNode.HasValues)
                    {
                        arguments.Add(SyntaxFactory.Argument(optionsNode.Build(current, owner.Model.Compilation)));
                    }

                    if (cancellation != null)
                    {
                        arguments.Add(SyntaxFactory.Argument(SyntaxFactory.NameColon("cancellationToken"), default, ((ExpressionSyntax)FindCurrent(current, cancellation)).WithoutTrivia()));
                    }

                    var receiverCurrent = (ExpressionSyntax)FindCurrent(current, receiverNode);
                    var access = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiverCurrent, SyntaxFactory.IdentifierName(to));
                    var argumentList = currentInvocation.ArgumentList.WithArguments(SyntaxFactory.SeparatedList(arguments));
                    return SyntaxFactory.InvocationExpression(access, argumentList).WithTriviaFrom(current);
                });

                owner.PlanResult(invocation, method);
            }

            private static ExpressionSyntax ArgumentExpression(IArgumentOperation argument) =>
                argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : throw new CannotPlanException();

            private static IReadOnlyList<ExpressionSyntax> ParamsElements(IArgumentOperation argument)
            {
                if (argument.Value is IArrayCreationOperation { Initializer: { } initializer } && argument.IsImplicit)
                {
                    return initializer.ElementValues.Select(e => e.Syntax).OfType<ExpressionSyntax>().ToList();
                }

                if (argument.Value is IArrayCreationOperation { Initializer: { } explicitInitializer })
                {
                    return explicitInitializer.ElementValues.Select(e => e.Syntax).OfType<ExpressionSyntax>().ToList();
                }

                throw new CannotPlanException();
            }
        }

        internal static SyntaxNode FindCurrent(SyntaxNode current, SyntaxNode original) => SyntaxEdits.Find(current, original);
    }
}
