using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.CodeFixes.Migrations;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
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
    internal sealed partial class AbstractionPlanner
    {
        private const string AiNamespace = "Microsoft.Extensions.AI";

        private readonly Solution solution;
        private readonly Document document;
        private readonly SemanticModel model;
        private readonly TypeDeclarationSyntax type;
        private readonly MigrationCatalog catalog;
        private readonly VendorSymbolIndex index;
        private readonly CancellationToken cancellationToken;
        private readonly MigrationPlan plan;
        private readonly Dictionary<ISymbol, ClientMigration> clients = new Dictionary<ISymbol, ClientMigration>(SymbolEqualityComparer.Default);
        private readonly HashSet<SyntaxNode> clientTypeSyntax = new HashSet<SyntaxNode>();
        private readonly Dictionary<string, AdapterNeed> adapters = new Dictionary<string, AdapterNeed>(StringComparer.Ordinal);
        private readonly HashSet<SyntaxNode> handledMessageLocals = new HashSet<SyntaxNode>();
        private string? adapterNamespace;

        private AbstractionPlanner(Solution solution, Document document, SemanticModel model, TypeDeclarationSyntax type, MigrationCatalog catalog, VendorSymbolIndex index, CancellationToken cancellationToken)
        {
            this.solution = solution;
            this.document = document;
            this.model = model;
            this.type = type;
            this.catalog = catalog;
            this.index = index;
            this.cancellationToken = cancellationToken;
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
            try
            {
                return await planner.BuildAsync().ConfigureAwait(false) ? planner.plan : null;
            }
            catch (CannotMigrateException)
            {
                return null;
            }
        }

        private async Task<bool> BuildAsync()
        {
            var symbol = model.GetDeclaredSymbol(type, cancellationToken);
            if (symbol == null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                // Partial types: the other parts are not planned, so the fix is not offered.
                return false;
            }

            CollectClients();
            if (clients.Count == 0)
            {
                return false;
            }

            // Every mention of a client type must be a declaration we retype (no casts, typeof, generic arguments, returns).
            foreach (var typeSyntax in type.DescendantNodes().OfType<TypeSyntax>())
            {
                if (typeSyntax.Parent is QualifiedNameSyntax || typeSyntax.Parent is AliasQualifiedNameSyntax || clientTypeSyntax.Contains(typeSyntax))
                {
                    continue;
                }

                if (typeSyntax.IsVar)
                {
                    continue;
                }

                if (model.GetSymbolInfo(typeSyntax, cancellationToken).Symbol is ITypeSymbol mentioned && ClientOf(mentioned) != null && !IsCreation(typeSyntax))
                {
                    return false;
                }
            }

            foreach (var pair in clients.OrderBy(p => p.Key.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0))
            {
                await PlanClientAsync(pair.Key, pair.Value).ConfigureAwait(false);
            }

            plan.Adapters.AddRange(adapters.Values);
            return plan.Edits.Count > 0;
        }

        private static bool IsCreation(TypeSyntax typeSyntax) =>
            typeSyntax.Parent is ObjectCreationExpressionSyntax creation && creation.Type == typeSyntax;

        private ClientMigration? ClientOf(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || index.VendorOf(named.OriginalDefinition) == null)
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

        private void CollectClients()
        {
            foreach (var node in type.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclarationSyntax declaration when declaration.Parent is FieldDeclarationSyntax || declaration.Parent is LocalDeclarationStatementSyntax:
                        foreach (var variable in declaration.Variables)
                        {
                            if (model.GetDeclaredSymbol(variable, cancellationToken) is { } declared && TypeOf(declared) is { } declaredType && ClientOf(declaredType) is { } migration)
                            {
                                clients[declared] = migration;
                                if (!declaration.Type.IsVar)
                                {
                                    clientTypeSyntax.Add(declaration.Type);
                                }
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property:
                        if (model.GetDeclaredSymbol(property, cancellationToken) is { } propertySymbol && ClientOf(propertySymbol.Type) is { } propertyMigration)
                        {
                            clients[propertySymbol] = propertyMigration;
                            clientTypeSyntax.Add(property.Type);
                        }

                        break;
                    case ParameterSyntax { Type: { } parameterType } parameter:
                        if (model.GetDeclaredSymbol(parameter, cancellationToken) is { } parameterSymbol && ClientOf(parameterSymbol.Type) is { } parameterMigration)
                        {
                            if (parameter.Parent?.Parent is LambdaExpressionSyntax || parameter.Parent?.Parent is AnonymousMethodExpressionSyntax || parameter.Parent?.Parent is DelegateDeclarationSyntax)
                            {
                                throw new CannotMigrateException();
                            }

                            clients[parameterSymbol] = parameterMigration;
                            clientTypeSyntax.Add(parameterType);
                        }

                        break;
                }
            }
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            ILocalSymbol local => local.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

        private async Task PlanClientAsync(ISymbol client, ClientMigration migration)
        {
            var reference = client.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
            if (reference == null)
            {
                throw new CannotMigrateException();
            }

            // 1. The declaration's type.
            var declaredType = reference switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } => declaration.Type,
                PropertyDeclarationSyntax property => property.Type,
                ParameterSyntax parameter => parameter.Type,
                _ => null,
            };
            if (declaredType != null && !declaredType.IsVar)
            {
                var abstraction = migration.Abstraction;
                Edit(document.Id, declaredType, current => SyntaxEdits.Type(abstraction).WithTriviaFrom(current));
            }

            if (client is IFieldSymbol { IsStatic: false } || client is IPropertySymbol { IsStatic: false } || client is IFieldSymbol || client is IPropertySymbol)
            {
                if (((ISymbol)client).IsOverride || client.IsVirtual || client.IsAbstract || CallSites.ImplementsInterface(client))
                {
                    throw new CannotMigrateException();
                }
            }

            // 2. Values flowing in through initializers.
            switch (reference)
            {
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    PlanValue(initializer.Value, migration, document, model);
                    break;
                case PropertyDeclarationSyntax { Initializer: { } propertyInitializer }:
                    PlanValue(propertyInitializer.Value, migration, document, model);
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                    PlanValue(body.Expression, migration, document, model);
                    break;
                case PropertyDeclarationSyntax { AccessorList: { } accessors }:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body != null || accessor.ExpressionBody != null)
                        {
                            var returns = accessor.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).Concat(new[] { accessor.ExpressionBody?.Expression });
                            foreach (var value in returns.Where(v => v != null))
                            {
                                PlanValue(value!, migration, document, model);
                            }
                        }
                    }

                    break;
                case ParameterSyntax { Default: { } } :
                    throw new CannotMigrateException();
            }

            // 3. Uses inside the type.
            foreach (var identifier in type.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != client.Name)
                {
                    continue;
                }

                var bound = model.GetSymbolInfo(identifier, cancellationToken).Symbol;
                if (!SymbolEqualityComparer.Default.Equals(bound, client))
                {
                    continue;
                }

                PlanUse(identifier, client, migration);
            }

            // 4. Uses and call sites elsewhere.
            await PlanOutsideAsync(client, migration).ConfigureAwait(false);
        }

        private async Task PlanOutsideAsync(ISymbol client, ClientMigration migration)
        {
            if (client is ILocalSymbol)
            {
                return;
            }

            if (client is IFieldSymbol || client is IPropertySymbol)
            {
                if (client.DeclaredAccessibility == Accessibility.Private)
                {
                    return;
                }

                var references = await SymbolFinder.FindReferencesAsync(client, solution, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.SelectMany(r => r.Locations))
                {
                    if (location.Document.Id != document.Id || !type.Span.Contains(location.Location.SourceSpan))
                    {
                        // Used outside the type (or by another project): its consumers would need migrating too.
                        throw new CannotMigrateException();
                    }
                }

                return;
            }

            if (client is IParameterSymbol parameter && parameter.ContainingSymbol is IMethodSymbol method)
            {
                if (method.IsVirtual || method.IsOverride || method.IsAbstract || CallSites.ImplementsInterface(method) || method.MethodKind is not (MethodKind.Constructor or MethodKind.Ordinary or MethodKind.LocalFunction))
                {
                    throw new CannotMigrateException();
                }

                if (method.MethodKind == MethodKind.LocalFunction)
                {
                    PlanCallSitesInside(method, parameter, migration);
                    return;
                }

                var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.SourceSpan.Start))
                {
                    if (location.Document.Project.Id != document.Project.Id)
                    {
                        throw new CannotMigrateException();
                    }

                    var siteModel = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var siteRoot = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var node = siteRoot!.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                    PlanCallSite(node, method, parameter, migration, location.Document, siteModel!);
                }
            }
        }

        private void PlanCallSitesInside(IMethodSymbol method, IParameterSymbol parameter, ClientMigration migration)
        {
            foreach (var identifier in type.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, method))
                {
                    PlanCallSite(identifier, method, parameter, migration, document, model);
                }
            }
        }

        private void PlanCallSite(SyntaxNode node, IMethodSymbol method, IParameterSymbol parameter, ClientMigration migration, Document siteDocument, SemanticModel siteModel)
        {
            if (!CallSites.TryGetArgument(node, method, parameter, siteModel, cancellationToken, out var argument))
            {
                throw new CannotMigrateException();
            }

            if (argument != null)
            {
                PlanValue(argument, migration, siteDocument, siteModel);
            }
        }

        /// <summary>An expression whose value flows into a retyped client declaration.</summary>
        private void PlanValue(ExpressionSyntax value, ClientMigration migration, Document valueDocument, SemanticModel valueModel)
        {
            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            switch (value)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.DefaultLiteralExpression):
                    return;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Right is ThrowExpressionSyntax:
                    PlanValue(coalesce.Left, migration, valueDocument, valueModel);
                    return;
                case ConditionalExpressionSyntax conditional:
                    PlanValue(conditional.WhenTrue, migration, valueDocument, valueModel);
                    PlanValue(conditional.WhenFalse, migration, valueDocument, valueModel);
                    return;
            }

            var symbol = valueModel.GetSymbolInfo(value, cancellationToken).Symbol;
            if (symbol != null && valueDocument.Id == document.Id && clients.ContainsKey(symbol))
            {
                // Another retyped client: nothing to do.
                return;
            }

            var valueType = valueModel.GetTypeInfo(value, cancellationToken).Type;
            if (valueType == null || ClientOf(valueType) != migration)
            {
                throw new CannotMigrateException();
            }

            PlanConstruction(value, migration, valueDocument, valueModel);
        }

        /// <summary>Wraps a vendor client value with an adapter: the provider's own where referenced, else a generated one.</summary>
        private void PlanConstruction(ExpressionSyntax value, ClientMigration migration, Document valueDocument, SemanticModel valueModel)
        {
            var settings = LockInSettings.For(valueDocument.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(value.SyntaxTree));
            var inAdapter = AdapterBoundary.Contains(value, settings, valueModel, cancellationToken);
            var compilation = valueModel.Compilation;
            var provider = migration.ProviderAdapters.FirstOrDefault(p =>
                compilation.ReferencedAssemblyNames.Any(a => a.Name == p.Assembly) && compilation.GetTypeByMetadataName(p.Type) != null);
            var template = migration.GeneratedAdapter == null ? null : catalog.Adapters[migration.GeneratedAdapter];

            var creation = value as BaseObjectCreationExpressionSyntax;
            var plainCreation = creation != null && creation.Initializer == null
                && valueModel.GetOperation(creation, cancellationToken) is IObjectCreationOperation { Constructor: { } vendorConstructor }
                && vendorConstructor.Parameters.All(p => index.FindVendorTypeWithin(p.Type) == null);

            if (!inAdapter && plainCreation && template != null)
            {
                // new ChatClient("gpt-4o", key) in domain code → new OpenAIChatClientAdapter("gpt-4o", key): the vendor stays in the adapter.
                var need = Adapter(template);
                var constructor = ((IObjectCreationOperation)valueModel.GetOperation(creation!, cancellationToken)!).Constructor!;
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

            throw new CannotMigrateException();
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
                adapterNamespace ??= ProjectConventions.AdapterNamespaceAsync(document, cancellationToken).GetAwaiter().GetResult();
                var existing = model.Compilation.GetTypeByMetadataName(adapterNamespace + "." + template.Name);
                var name = existing == null || IsGeneratedAdapter(existing, template)
                    ? template.Name
                    : ProjectConventions.UniqueTypeName(model.Compilation, template.Name, adapterNamespace);
                need = new AdapterNeed(document.Project.Id, template, name, adapterNamespace, document.Id);
                adapters[template.Name] = need;
            }

            return need;
        }

        /// <summary>An adapter class from an earlier fix: in source, taking the vendor client in a constructor.</summary>
        internal static bool IsGeneratedAdapter(INamedTypeSymbol type, AdapterTemplate template) =>
            type.Locations.Any(l => l.IsInSource)
            && type.InstanceConstructors.Any(c => c.Parameters.Length == 1 && MetadataName(c.Parameters[0].Type.OriginalDefinition) == template.Client);

        /// <summary>One reference to a client inside the type.</summary>
        private void PlanUse(IdentifierNameSyntax identifier, ISymbol client, ClientMigration migration)
        {
            ExpressionSyntax expression = identifier;
            if (identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } thisAccess && thisAccess.Name == identifier)
            {
                expression = thisAccess;
            }

            var parent = expression.Parent;
            switch (parent)
            {
                case MemberAccessExpressionSyntax access when access.Expression == expression:
                    PlanCall(expression, access, migration);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Left == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    PlanValue(assignment.Right, migration, document, model);
                    return;
                case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression):
                    RequireClient(assignment.Left);
                    return;
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && coalesce.Left == expression && coalesce.Right is ThrowExpressionSyntax:
                    return;
                case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.None):
                    if (IsNameOf(argument))
                    {
                        return;
                    }

                    if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter } && clients.ContainsKey(parameter))
                    {
                        return;
                    }

                    throw new CannotMigrateException();
                case ArrowExpressionClauseSyntax arrow when arrow.Parent is PropertyDeclarationSyntax property && IsClientDeclaration(property):
                    return;
                case ReturnStatementSyntax when expression.FirstAncestorOrSelf<AccessorDeclarationSyntax>()?.Parent?.Parent is PropertyDeclarationSyntax getter && IsClientDeclaration(getter):
                    return;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when model.GetDeclaredSymbol(declarator, cancellationToken) is { } target && clients.ContainsKey(target):
                    return;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } when IsClientDeclaration(property):
                    return;
                case ExpressionStatementSyntax:
                    return;
            }

            if (parent is ArgumentSyntax || parent is ConditionalExpressionSyntax)
            {
                throw new CannotMigrateException();
            }

            throw new CannotMigrateException();
        }

        private bool IsClientDeclaration(PropertyDeclarationSyntax property) =>
            model.GetDeclaredSymbol(property, cancellationToken) is { } symbol && clients.ContainsKey(symbol);

        private static bool IsNameOf(ArgumentSyntax argument) =>
            argument.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } };

        private void RequireClient(ExpressionSyntax target)
        {
            if (model.GetSymbolInfo(target, cancellationToken).Symbol is { } symbol && clients.ContainsKey(symbol))
            {
                return;
            }

            throw new CannotMigrateException();
        }

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

                if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation || operation.TargetMethod.Name != method.Path[method.Path.Count - 1])
                {
                    throw new CannotMigrateException();
                }

                new CallRewriter(this, migration, method, receiver, invocation, operation).Plan();
                return;
            }

            throw new CannotMigrateException();
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

            private SemanticModel Model => owner.model;

            private CancellationToken CancellationToken => owner.cancellationToken;

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
                        throw new CannotMigrateException();
                    }

                    if (argument.Syntax is ArgumentSyntax { RefKindKeyword.RawKind: not 0 })
                    {
                        throw new CannotMigrateException();
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
                            throw new CannotMigrateException();
                    }
                }

                if (messages == null && value == null)
                {
                    throw new CannotMigrateException();
                }

                owner.Track(receiver, value, cancellation, requestLocal);
                var to = method.To;
                var receiverNode = receiver;
                var optionsNode = options;
                var requestLocalNode = requestLocal;
                owner.Edit(owner.document.Id, invocation, current =>
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
                        arguments.Add(SyntaxFactory.Argument(optionsNode.Build(current, owner.model.Compilation)));
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
                argument.Syntax is ArgumentSyntax syntax ? syntax.Expression : throw new CannotMigrateException();

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

                throw new CannotMigrateException();
            }
        }

        internal static SyntaxNode FindCurrent(SyntaxNode current, SyntaxNode original) => SyntaxEdits.Find(current, original);
    }

    /// <summary>Thrown inside planning when a shape of code cannot be migrated safely; the fix is then not offered.</summary>
    internal sealed class CannotMigrateException : Exception
    {
    }
}
