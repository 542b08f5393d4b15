using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.CodeFixes.Migrations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>Messages, requests, options and results of a migrated call.</summary>
    internal sealed partial class AbstractionPlanner
    {
        private const string ChatMessageType = AiNamespace + ".ChatMessage";
        private const string ChatRoleType = AiNamespace + ".ChatRole";

        internal void Track(params SyntaxNode?[] nodes)
        {
            foreach (var node in nodes)
            {
                if (node != null)
                {
                    plan.Tracked.Add(node);
                }
            }
        }

        /// <summary>The node standing where <paramref name="original"/> stood inside <paramref name="current"/>, or the original when it is elsewhere (moved code).</summary>
        private static ExpressionSyntax Resolve(SyntaxNode current, ExpressionSyntax original) =>
            current.GetAnnotatedNodes(SyntaxEdits.Track(original)).FirstOrDefault() as ExpressionSyntax ?? original;

        private static ExpressionSyntax NewMessage(string role, ExpressionSyntax text) =>
            SyntaxFactory.ObjectCreationExpression(
                SyntaxEdits.Type(ChatMessageType).WithLeadingTrivia(SyntaxFactory.Space),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxEdits.Expression(ChatRoleType + "." + role)),
                    SyntaxFactory.Argument(text.WithoutTrivia()),
                })),
                null);

        /// <summary>A vendor message written in code, as a role and the text expression; null when it is not a simple text message.</summary>
        private (string Role, ExpressionSyntax Text)? ConvertElement(ExpressionSyntax element, SemanticModel elementModel)
        {
            while (element is ParenthesizedExpressionSyntax parenthesized)
            {
                element = parenthesized.Expression;
            }

            var info = elementModel.GetTypeInfo(element, CancellationToken);
            if (element is ObjectCreationExpressionSyntax creation && info.Type is INamedTypeSymbol created && VendorIndex.VendorOf(created) != null
                && catalog.Message(MetadataName(created)) is { } message)
            {
                if (message.Content == "constructor"
                    && creation.Initializer == null
                    && creation.ArgumentList?.Arguments.Count == 1
                    && creation.ArgumentList.Arguments[0].NameColon == null
                    && IsString(creation.ArgumentList.Arguments[0].Expression, elementModel))
                {
                    return (message.Role, creation.ArgumentList.Arguments[0].Expression);
                }

                if (message.Content != "constructor" && message.Content != "string" && message.Content != "none"
                    && (creation.ArgumentList == null || creation.ArgumentList.Arguments.Count == 0)
                    && creation.Initializer is { } initializer
                    && initializer.Expressions.Count == 1
                    && initializer.Expressions[0] is AssignmentExpressionSyntax { Left: IdentifierNameSyntax property } assignment
                    && property.Identifier.ValueText == message.Content
                    && IsString(assignment.Right, elementModel))
                {
                    return (message.Role, assignment.Right);
                }

                return null;
            }

            if (element is InvocationExpressionSyntax invocation
                && elementModel.GetSymbolInfo(invocation, CancellationToken).Symbol is IMethodSymbol { IsStatic: true } factory
                && VendorIndex.VendorOf(factory) != null
                && invocation.ArgumentList.Arguments.Count == 1
                && IsString(invocation.ArgumentList.Arguments[0].Expression, elementModel))
            {
                var role = factory.Name switch
                {
                    "CreateUserMessage" => "User",
                    "CreateSystemMessage" => "System",
                    "CreateDeveloperMessage" => "System",
                    "CreateAssistantMessage" => "Assistant",
                    _ => null,
                };
                return role == null ? null : (role, invocation.ArgumentList.Arguments[0].Expression);
            }

            if (info.Type?.SpecialType == SpecialType.System_String
                && info.ConvertedType is INamedTypeSymbol converted && VendorIndex.VendorOf(converted) != null
                && catalog.Message(MetadataName(converted)) is { Content: "string" } implicitMessage)
            {
                return (implicitMessage.Role, element);
            }

            return null;
        }

        private bool IsString(ExpressionSyntax expression, SemanticModel expressionModel) =>
            expressionModel.GetTypeInfo(expression, CancellationToken).Type?.SpecialType == SpecialType.System_String;

        private List<(string Role, ExpressionSyntax Text)> ConvertAll(IEnumerable<ExpressionSyntax> elements)
        {
            var result = new List<(string, ExpressionSyntax)>();
            foreach (var element in elements)
            {
                var converted = ConvertElement(element, Model) ?? throw new CannotPlanException();
                Track(converted.Text);
                result.Add(converted);
            }

            return result;
        }

        /// <summary>The elements of a collection written in code: initializer, array, collection expression; null for anything else.</summary>
        private static IReadOnlyList<ExpressionSyntax>? CollectionElements(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ObjectCreationExpressionSyntax { Initializer: { } initializer } creation when initializer.IsKind(SyntaxKind.CollectionInitializerExpression) && (creation.ArgumentList == null || creation.ArgumentList.Arguments.Count == 0):
                    return initializer.Expressions;
                case ArrayCreationExpressionSyntax { Initializer: { } arrayInitializer }:
                    return arrayInitializer.Expressions;
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    return implicitArray.Initializer.Expressions;
            }

            // C# 12 collection expressions: [a, b]. Built against Roslyn 4.5, so recognised by shape, not by type.
            if (expression.GetType().Name == "CollectionExpressionSyntax")
            {
                var elements = new List<ExpressionSyntax>();
                foreach (var child in expression.ChildNodes())
                {
                    if (child.GetType().Name != "ExpressionElementSyntax" || child.ChildNodes().FirstOrDefault() is not ExpressionSyntax element)
                    {
                        return null;
                    }

                    elements.Add(element);
                }

                return elements;
            }

            return null;
        }

        /// <summary>Messages given as separate arguments of a <c>params</c> parameter: built into the new call.</summary>
        internal MessageList MessagesFromElements(IReadOnlyList<ExpressionSyntax> elements) => MessageList.Build(ConvertAll(elements));

        /// <summary>The messages argument of a migrated call.</summary>
        internal MessageList MessagesFrom(ExpressionSyntax expression, InvocationExpressionSyntax call)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression is IdentifierNameSyntax identifier && Model.GetSymbolInfo(identifier, CancellationToken).Symbol is ILocalSymbol local)
            {
                PlanMessageLocal(local, call);
                return MessageList.Unchanged(identifier);
            }

            var elements = CollectionElements(expression) ?? throw new CannotPlanException();
            var converted = ConvertAll(elements);
            if (converted.Count == 1 && converted[0].Role == "User")
            {
                return MessageList.Text(converted[0].Text);
            }

            PlanCollectionInPlace(expression, elements);
            return MessageList.Unchanged(expression);
        }

        /// <summary>Converts a collection where it stands: the element type and each element.</summary>
        private void PlanCollectionInPlace(ExpressionSyntax collection, IReadOnlyList<ExpressionSyntax> elements)
        {
            foreach (var element in elements)
            {
                var converted = ConvertElement(element, Model) ?? throw new CannotPlanException();
                var role = converted.Role;
                var text = converted.Text;
                Track(text);
                Edit(Document.Id, element, current => NewMessage(role, Resolve(current, text)).WithTriviaFrom(current));
            }

            foreach (var typeSyntax in collection.DescendantNodesAndSelf(n => !elements.Contains(n)).OfType<TypeSyntax>())
            {
                RetypeMessageType(typeSyntax);
            }
        }

        private void RetypeMessageType(TypeSyntax typeSyntax)
        {
            if (typeSyntax.Parent is QualifiedNameSyntax || typeSyntax.IsVar)
            {
                return;
            }

            if (Model.GetSymbolInfo(typeSyntax, CancellationToken).Symbol is INamedTypeSymbol named && VendorIndex.VendorOf(named) != null && catalog.Message(MetadataName(named)) != null)
            {
                Edit(Document.Id, typeSyntax, current => SyntaxEdits.Type(ChatMessageType).WithTriviaFrom(current));
            }
        }

        /// <summary>A local list of messages: its declaration and every <c>Add</c> are converted; any other use blocks the fix.</summary>
        private void PlanMessageLocal(ILocalSymbol local, InvocationExpressionSyntax call)
        {
            if (local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(CancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer, Parent: VariableDeclarationSyntax declaration } declarator
                || !ConsumerType.Span.Contains(declarator.Span))
            {
                throw new CannotPlanException();
            }

            if (!handledMessageLocals.Add(declarator))
            {
                return;
            }

            var elements = CollectionElements(initializer.Value) ?? throw new CannotPlanException();
            PlanCollectionInPlace(initializer.Value, elements);
            if (!declaration.Type.IsVar)
            {
                foreach (var typeSyntax in declaration.Type.DescendantNodesAndSelf().OfType<TypeSyntax>())
                {
                    RetypeMessageType(typeSyntax);
                }
            }

            var member = call.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? throw new CannotPlanException();
            foreach (var reference in member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == local.Name))
            {
                if (!SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(reference, CancellationToken).Symbol, local))
                {
                    continue;
                }

                if (reference.Parent is ArgumentSyntax argument && argument.Parent?.Parent is InvocationExpressionSyntax invocation && IsMigratedCall(invocation))
                {
                    continue;
                }

                if (reference.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add && add.Expression == reference
                    && add.Parent is InvocationExpressionSyntax addCall && addCall.ArgumentList.Arguments.Count == 1 && addCall.Parent is ExpressionStatementSyntax)
                {
                    PlanCollectionInPlace(addCall.ArgumentList.Arguments[0].Expression, new[] { addCall.ArgumentList.Arguments[0].Expression });
                    continue;
                }

                throw new CannotPlanException();
            }
        }

        private bool IsMigratedCall(InvocationExpressionSyntax invocation)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return false;
            }

            ExpressionSyntax receiver = access.Expression;
            while (receiver is MemberAccessExpressionSyntax inner && !(inner.Expression is ThisExpressionSyntax))
            {
                receiver = inner.Expression;
            }

            return Model.GetSymbolInfo(receiver, CancellationToken).Symbol is { } symbol && Clients.ContainsKey(symbol);
        }

        /// <summary>An options argument: absent or null, or an object initializer of a mapped options type.</summary>
        internal OptionsBuilder? OptionsFrom(ExpressionSyntax expression, bool embeddings)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            if (expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression))
            {
                return null;
            }

            if (expression is not ObjectCreationExpressionSyntax creation
                || Model.GetTypeInfo(creation, CancellationToken).Type is not INamedTypeSymbol created
                || catalog.Request(MetadataName(created)) is not { } request)
            {
                throw new CannotPlanException();
            }

            var (options, messages, system) = ReadRequest(creation, request, embeddings);
            if (messages != null || system != null)
            {
                throw new CannotPlanException();
            }

            return options;
        }

        /// <summary>A request object (Anthropic's MessageCreateParams): options, messages and system prompt; inline or in the local declared just before the call.</summary>
        internal (OptionsBuilder Options, MessageList Messages, ExpressionSyntax? Local) RequestFrom(ExpressionSyntax expression, InvocationExpressionSyntax call)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            ExpressionSyntax? local = null;
            VariableDeclarationSyntax? localDeclaration = null;
            if (expression is IdentifierNameSyntax identifier && Model.GetSymbolInfo(identifier, CancellationToken).Symbol is ILocalSymbol localSymbol)
            {
                if (localSymbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(CancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer, Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement } declaration }
                    || !AdjacentBefore(statement, call)
                    || CountReferences(localSymbol, call) != 1)
                {
                    throw new CannotPlanException();
                }

                local = identifier;
                localDeclaration = declaration;
                expression = initializer.Value;
            }

            if (expression is not ObjectCreationExpressionSyntax creation
                || Model.GetTypeInfo(creation, CancellationToken).Type is not INamedTypeSymbol created
                || catalog.Request(MetadataName(created)) is not { } request)
            {
                throw new CannotPlanException();
            }

            var (options, messages, system) = ReadRequest(creation, request, embeddings: false);
            if (messages == null)
            {
                throw new CannotPlanException();
            }

            var list = system == null ? messages : MessageList.Build(new[] { ("System", system) }.Concat(messages.Elements).ToList());
            if (localDeclaration != null)
            {
                var optionsBuilder = options;
                var compilation = Model.Compilation;
                Edit(Document.Id, creation, current => optionsBuilder.Build(current, compilation).WithTriviaFrom(current));
                if (!localDeclaration.Type.IsVar)
                {
                    var optionsType = optionsBuilder.TypeName;
                    Edit(Document.Id, localDeclaration.Type, current => SyntaxEdits.Type(optionsType).WithTriviaFrom(current));
                }
            }

            return (options, list, local);
        }

        private (OptionsBuilder Options, MessageList? Messages, ExpressionSyntax? System) ReadRequest(ObjectCreationExpressionSyntax creation, RequestMigration request, bool embeddings)
        {
            if (creation.ArgumentList != null && creation.ArgumentList.Arguments.Count > 0)
            {
                throw new CannotPlanException();
            }

            var options = new OptionsBuilder(embeddings ? catalog.EmbeddingOptionsType : catalog.OptionsType);
            MessageList? messages = null;
            ExpressionSyntax? system = null;
            foreach (var entry in creation.Initializer?.Expressions ?? default)
            {
                if (entry is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax property } assignment
                    || !request.Properties.TryGetValue(property.Identifier.ValueText, out var target))
                {
                    throw new CannotPlanException();
                }

                if (target.StartsWith("option:", StringComparison.Ordinal))
                {
                    var name = target.Substring("option:".Length);
                    var propertyType = Model.Compilation.GetTypeByMetadataName(options.TypeName)?.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault()?.Type
                        ?? throw new CannotPlanException();
                    var conversion = Model.ClassifyConversion(assignment.Right, propertyType);
                    if (!conversion.Exists)
                    {
                        throw new CannotPlanException();
                    }

                    var valueType = Model.GetTypeInfo(assignment.Right, CancellationToken).Type;
                    if (!conversion.IsImplicit && (valueType == null || !IsNumeric(valueType) || !IsNumeric(propertyType)))
                    {
                        throw new CannotPlanException();
                    }

                    Track(assignment.Right);
                    options.Add(name, assignment.Right, conversion.IsImplicit ? null : propertyType);
                }
                else if (target == "messages")
                {
                    var elements = CollectionElements(assignment.Right) ?? throw new CannotPlanException();
                    messages = MessageList.Build(ConvertAll(elements));
                }
                else if (target == "system" && IsString(assignment.Right, Model))
                {
                    Track(assignment.Right);
                    system = assignment.Right;
                }
                else
                {
                    throw new CannotPlanException();
                }
            }

            return (options, messages, system);
        }

        private static bool IsNumeric(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
        }

        private static bool AdjacentBefore(StatementSyntax statement, SyntaxNode call)
        {
            var callStatement = call.FirstAncestorOrSelf<StatementSyntax>();
            if (callStatement == null || statement.Parent is not BlockSyntax block || callStatement.Parent != block)
            {
                return false;
            }

            var index = block.Statements.IndexOf(statement);
            return index >= 0 && index + 1 < block.Statements.Count && block.Statements[index + 1] == callStatement;
        }

        private int CountReferences(ILocalSymbol local, SyntaxNode within)
        {
            var member = within.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            if (member == null)
            {
                return int.MaxValue;
            }

            return member.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Count(i => i.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(i, CancellationToken).Symbol, local));
        }

        /// <summary>What the code does with the result of a migrated call; each use must be in the map.</summary>
        internal void PlanResult(InvocationExpressionSyntax invocation, MethodMigration method)
        {
            ExpressionSyntax expression = invocation;
            expression = ClimbParentheses(expression);
            var result = catalog.Result(method.Result);

            if (method.Streaming)
            {
                switch (expression.Parent)
                {
                    case ForEachStatementSyntax loop when loop.Expression == expression && !loop.AwaitKeyword.IsKind(SyntaxKind.None):
                        PlanStreamVariable(loop, result);
                        return;
                    case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when declarator.Parent is VariableDeclarationSyntax { Type.IsVar: true }
                        && Model.GetDeclaredSymbol(declarator, CancellationToken) is ILocalSymbol updates:
                        var member = invocation.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? throw new CannotPlanException();
                        foreach (var reference in member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == updates.Name))
                        {
                            if (!SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(reference, CancellationToken).Symbol, updates))
                            {
                                continue;
                            }

                            if (reference.Parent is ForEachStatementSyntax referenceLoop && referenceLoop.Expression == reference && !referenceLoop.AwaitKeyword.IsKind(SyntaxKind.None))
                            {
                                PlanStreamVariable(referenceLoop, result);
                                continue;
                            }

                            throw new CannotPlanException();
                        }

                        return;
                }

                throw new CannotPlanException();
            }

            if (expression.Parent is AwaitExpressionSyntax awaited)
            {
                expression = ClimbParentheses(awaited);
            }

            var resultType = Model.GetTypeInfo(expression, CancellationToken).Type;
            if (IsWrapper(resultType) && expression.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } valueAccess && valueAccess.Expression == expression)
            {
                DropValue(valueAccess);
                expression = valueAccess;
            }

            PlanResultExpression(expression, result);
        }

        private static ExpressionSyntax ClimbParentheses(ExpressionSyntax expression)
        {
            while (expression.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized;
            }

            return expression;
        }

        private bool IsWrapper(ITypeSymbol? type) =>
            type is INamedTypeSymbol { IsGenericType: true } named && catalog.ResultWrappers.Contains(MetadataName(named.OriginalDefinition));

        private void DropValue(MemberAccessExpressionSyntax valueAccess) =>
            Edit(Document.Id, valueAccess, current => ((MemberAccessExpressionSyntax)current).Expression.WithTriviaFrom(current));

        private void PlanResultExpression(ExpressionSyntax expression, ResultMigration? result)
        {
            switch (expression.Parent)
            {
                case ExpressionStatementSyntax:
                    return;
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax } declaration } declarator }:
                    if (result == null || Model.GetDeclaredSymbol(declarator, CancellationToken) is not ILocalSymbol local)
                    {
                        throw new CannotPlanException();
                    }

                    if (!declaration.Type.IsVar)
                    {
                        if (declaration.Variables.Count != 1 || MetadataName(local.Type.OriginalDefinition) != result.Type)
                        {
                            throw new CannotPlanException();
                        }

                        var to = result.To;
                        Edit(Document.Id, declaration.Type, current => SyntaxEdits.Type(to).WithTriviaFrom(current));
                    }

                    var wrapped = IsWrapper(local.Type);
                    var member = expression.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? throw new CannotPlanException();
                    foreach (var reference in member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == local.Name))
                    {
                        if (!SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(reference, CancellationToken).Symbol, local))
                        {
                            continue;
                        }

                        if (wrapped)
                        {
                            if (reference.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value" } valueAccess || valueAccess.Expression != reference)
                            {
                                throw new CannotPlanException();
                            }

                            DropValue(valueAccess);
                            PlanTemplate(valueAccess, result);
                        }
                        else
                        {
                            PlanTemplate(reference, result);
                        }
                    }

                    return;
            }

            if (result == null)
            {
                throw new CannotPlanException();
            }

            PlanTemplate(expression, result);
        }

        private void PlanStreamVariable(ForEachStatementSyntax loop, ResultMigration? result)
        {
            if (result == null || Model.GetDeclaredSymbol(loop, CancellationToken) is not ILocalSymbol variable)
            {
                throw new CannotPlanException();
            }

            if (!loop.Type.IsVar)
            {
                var to = result.To;
                Edit(Document.Id, loop.Type, current => SyntaxEdits.Type(to).WithTriviaFrom(current));
            }

            foreach (var reference in loop.Statement.DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => i.Identifier.ValueText == variable.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(Model.GetSymbolInfo(reference, CancellationToken).Symbol, variable))
                {
                    PlanTemplate(reference, result);
                }
            }
        }

        /// <summary>A use of a result value: it must sit in one of the result's rewrite patterns (<c>$r.Content[0].Text</c> → <c>$r.Text</c>).</summary>
        private void PlanTemplate(ExpressionSyntax resultExpression, ResultMigration? result)
        {
            if (result == null)
            {
                throw new CannotPlanException();
            }

            foreach (var rewrite in result.Rewrites)
            {
                var template = SyntaxTemplate.Parse(rewrite.From);
                var depth = 0;
                for (var ancestor = resultExpression.Parent; ancestor != null && depth < 12; ancestor = ancestor.Parent, depth++)
                {
                    if (ancestor.RawKind != (int)template.Kind || !template.Match(ancestor, out var bindings)
                        || !bindings.TryGetValue(SyntaxTemplate.ResultPlaceholder, out var bound) || bound.AsNode() != resultExpression)
                    {
                        continue;
                    }

                    if (rewrite.From != rewrite.To)
                    {
                        var to = rewrite.To;
                        Edit(Document.Id, ancestor, current =>
                        {
                            if (!template.Match(current, out var currentBindings))
                            {
                                throw new InvalidOperationException("A result pattern no longer matches after inner rewrites.");
                            }

                            return SyntaxTemplate.Instantiate(to, currentBindings).WithTriviaFrom(current);
                        });
                    }

                    return;
                }
            }

            throw new CannotPlanException();
        }
    }

    /// <summary>The messages of a migrated call: unchanged (converted where they stand), one user text, or built anew.</summary>
    internal sealed class MessageList
    {
        private readonly ExpressionSyntax? unchanged;

        private MessageList(ExpressionSyntax? unchanged, IReadOnlyList<(string Role, ExpressionSyntax Text)> elements)
        {
            this.unchanged = unchanged;
            Elements = elements;
        }

        public IReadOnlyList<(string Role, ExpressionSyntax Text)> Elements { get; }

        public static MessageList Unchanged(ExpressionSyntax expression) => new MessageList(expression, Array.Empty<(string, ExpressionSyntax)>());

        public static MessageList Text(ExpressionSyntax text) => new MessageList(null, new[] { ("User", text) });

        public static MessageList Build(IReadOnlyList<(string Role, ExpressionSyntax Text)> elements) => new MessageList(null, elements);

        public ExpressionSyntax Build(SyntaxNode current)
        {
            if (unchanged != null)
            {
                return Resolve(current, unchanged);
            }

            if (Elements.Count == 1 && Elements[0].Role == "User")
            {
                // GetResponseAsync(string): one user message needs no list.
                return Resolve(current, Elements[0].Text);
            }

            var items = Elements.Select(e => (ExpressionSyntax)NewMessage(e.Role, Resolve(current, e.Text)));
            return SyntaxFactory.ArrayCreationExpression(
                SyntaxFactory.ArrayType(SyntaxEdits.Type("Microsoft.Extensions.AI.ChatMessage"), SyntaxFactory.SingletonList(SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(SyntaxFactory.OmittedArraySizeExpression())))),
                SyntaxFactory.InitializerExpression(SyntaxKind.ArrayInitializerExpression, SyntaxFactory.SeparatedList(items)));
        }

        private static ExpressionSyntax Resolve(SyntaxNode current, ExpressionSyntax original) =>
            current.GetAnnotatedNodes(SyntaxEdits.Track(original)).FirstOrDefault() as ExpressionSyntax ?? original;

        private static ExpressionSyntax NewMessage(string role, ExpressionSyntax text) =>
            SyntaxFactory.ObjectCreationExpression(
                SyntaxEdits.Type("Microsoft.Extensions.AI.ChatMessage").WithLeadingTrivia(SyntaxFactory.Space),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(SyntaxEdits.Expression("Microsoft.Extensions.AI.ChatRole." + role)),
                    SyntaxFactory.Argument(text.WithoutTrivia()),
                })),
                null);
    }

    /// <summary>A <c>ChatOptions</c> (or embedding options) initializer assembled from a vendor request's properties.</summary>
    internal sealed class OptionsBuilder
    {
        private readonly List<(string Name, ExpressionSyntax Value, ITypeSymbol? Cast)> values = new List<(string, ExpressionSyntax, ITypeSymbol?)>();

        public OptionsBuilder(string typeName)
        {
            TypeName = typeName;
        }

        public string TypeName { get; }

        public bool HasValues => values.Count > 0;

        public void Add(string name, ExpressionSyntax value, ITypeSymbol? cast) => values.Add((name, value, cast));

        public ExpressionSyntax Build(SyntaxNode current, Compilation compilation)
        {
            var assignments = values.Select(v =>
            {
                var value = current.GetAnnotatedNodes(SyntaxEdits.Track(v.Value)).FirstOrDefault() as ExpressionSyntax ?? v.Value;
                value = value.WithoutTrivia();
                if (v.Cast != null)
                {
                    var target = v.Cast is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : v.Cast;
                    value = SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(target.ToDisplayString()), SyntaxFactory.ParenthesizedExpression(value).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation));
                }

                return (ExpressionSyntax)SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName(v.Name), value);
            }).ToList();

            var type = SyntaxEdits.Type(TypeName).WithLeadingTrivia(SyntaxFactory.Space);
            if (assignments.Count == 0)
            {
                return SyntaxFactory.ObjectCreationExpression(type, SyntaxFactory.ArgumentList(), null);
            }

            return SyntaxFactory.ObjectCreationExpression(type, null, SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SeparatedList(assignments)))
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
        }
    }
}
