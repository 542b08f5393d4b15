using System;
using System.Collections.Generic;
using System.Linq;
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
    /// A vendor client the domain type builds itself (<c>chat = new ChatClient("gpt-4o", apiKey)</c> in its constructor)
    /// becomes a constructor-injected abstraction (<c>TicketTriageService(IChatClient chat)</c>), and the construction
    /// moves to the code that creates the type — adapter code or the composition root — built with the provider's
    /// adapter (<c>new ChatClient("gpt-4o", apiKey).AsIChatClient()</c>). The domain then names neither the vendor nor
    /// an adapter. Only planned when every creation of the type is such a site and the moved expression depends on
    /// nothing but the constructor's parameters and static names; otherwise the caller falls back to wrapping in place.
    /// </summary>
    internal sealed partial class AbstractionPlanner
    {
        /// <summary>Plans the injection of <paramref name="creation"/>, or returns false (nothing planned) when the shape does not allow it.</summary>
        private bool TryPlanInjection(BaseObjectCreationExpressionSyntax creation, ClientMigration migration, ProviderAdapter provider, Document valueDocument, SemanticModel valueModel)
        {
            if (valueDocument.Id != Document.Id
                || creation is not ObjectCreationExpressionSyntax { ArgumentList: { } creationArguments }
                || creation.Parent is not AssignmentExpressionSyntax assignment
                || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                || assignment.Right != creation
                || ConstructorOf(assignment) is not { } constructor
                || constructor.Parent != ConsumerType
                || constructor.Initializer is { } initializer && initializer.IsKind(SyntaxKind.ThisConstructorInitializer)
                || valueModel.GetDeclaredSymbol(constructor, CancellationToken) is not { IsStatic: false } constructorSymbol
                || valueModel.GetSymbolInfo(assignment.Left, CancellationToken).Symbol is not { } client
                || !Clients.ContainsKey(client)
                || valueModel.GetOperation(creation, CancellationToken) is not IObjectCreationOperation { Constructor: { } vendorConstructor })
            {
                return false;
            }

            // What the moved expression refers to: the constructor's parameters (replaced by the caller's arguments) and static names.
            var parameterUses = new List<(IdentifierNameSyntax Identifier, IParameterSymbol Parameter)>();
            var staticNames = new List<(IdentifierNameSyntax Identifier, ISymbol Symbol)>();
            foreach (var node in creationArguments.DescendantNodes())
            {
                switch (node)
                {
                    case ThisExpressionSyntax or BaseExpressionSyntax or AnonymousFunctionExpressionSyntax or DeclarationExpressionSyntax or GenericNameSyntax or AliasQualifiedNameSyntax:
                        return false;
                    case IdentifierNameSyntax identifier when identifier.Parent is NameColonSyntax
                        || (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier)
                        || (identifier.Parent is QualifiedNameSyntax qualified && qualified.Right == identifier):
                        continue;
                    case IdentifierNameSyntax identifier:
                        switch (valueModel.GetSymbolInfo(identifier, CancellationToken).Symbol)
                        {
                            case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, constructorSymbol):
                                parameterUses.Add((identifier, parameter));
                                continue;
                            case ISymbol name when name is INamedTypeSymbol or INamespaceSymbol:
                                staticNames.Add((identifier, name));
                                continue;
                            default:
                                return false;
                        }
                }
            }

            // A parameter used only to build the client is no longer needed; one used elsewhere too stays.
            var movedParameters = parameterUses.Select(u => u.Parameter).Distinct(SymbolEqualityComparer.Default).Cast<IParameterSymbol>().ToList();
            var removed = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            foreach (var parameter in movedParameters)
            {
                var usedElsewhere = constructor.DescendantNodes().OfType<IdentifierNameSyntax>()
                    .Any(i => i.Identifier.ValueText == parameter.Name && !creationArguments.Span.Contains(i.Span)
                        && SymbolEqualityComparer.Default.Equals(valueModel.GetSymbolInfo(i, CancellationToken).Symbol, parameter));
                if (!usedElsewhere && parameter.RefKind == RefKind.None && !parameter.IsParams)
                {
                    removed.Add(parameter);
                }
            }

            var injectedName = ParameterName(client.Name);
            if (injectedName.Length == 0 || !SyntaxFacts.IsValidIdentifier(injectedName)
                || constructorSymbol.Parameters.Any(p => p.Name == injectedName && !removed.Contains(p))
                || constructor.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == injectedName))
            {
                return false;
            }

            var sites = CreationSites(constructorSymbol);
            if (sites == null)
            {
                return false;
            }

            // Where the new parameter goes: in place of the first parameter it replaces, else before the optional ones.
            var remaining = constructorSymbol.Parameters.Where(p => !removed.Contains(p)).ToList();
            var firstRemoved = constructorSymbol.Parameters.FirstOrDefault(p => removed.Contains(p));
            var insertAt = firstRemoved != null
                ? remaining.Count(p => p.Ordinal < firstRemoved.Ordinal)
                : remaining.TakeWhile(p => !p.IsOptional && !p.IsParams).Count();
            if (remaining.Skip(insertAt).Any() && remaining.Take(insertAt).Any(p => p.IsOptional || p.IsParams))
            {
                return false;
            }

            var plannedSites = new List<(BaseObjectCreationExpressionSyntax Site, Document Document, SemanticModel Model, Dictionary<IParameterSymbol, ExpressionSyntax> Arguments)>();
            foreach (var (site, siteDocument, siteModel) in sites)
            {
                var arguments = new Dictionary<IParameterSymbol, ExpressionSyntax>(SymbolEqualityComparer.Default);
                foreach (var parameter in movedParameters)
                {
                    if (!CallSites.TryGetArgument(site, constructorSymbol, parameter, siteModel, CancellationToken, out var argument) || argument == null)
                    {
                        return false;
                    }

                    var usedOnce = parameterUses.Count(u => SymbolEqualityComparer.Default.Equals(u.Parameter, parameter)) == 1;
                    if (!(removed.Contains(parameter) && usedOnce) && !IsRepeatable(argument))
                    {
                        // The argument would be evaluated again for the client: only names and literals may be.
                        return false;
                    }

                    arguments[parameter] = argument;
                }

                foreach (var parameter in removed)
                {
                    if (site.ArgumentList?.Arguments.FirstOrDefault(a => ArgumentParameter(a, siteModel) is { } p && SymbolEqualityComparer.Default.Equals(p, parameter)) == null)
                    {
                        return false;
                    }
                }

                plannedSites.Add((site, siteDocument, siteModel, arguments));
            }

            // The constructor: the removed parameters go, the abstraction comes in, and the field is assigned from it.
            var abstraction = migration.Abstraction;
            var removedOrdinals = new HashSet<int>(removed.Select(p => p.Ordinal));
            Edit(Document.Id, constructor.ParameterList, current =>
            {
                var list = (ParameterListSyntax)current;
                var kept = list.Parameters.Where((_, index) => !removedOrdinals.Contains(index)).ToList();
                var injected = SyntaxFactory.Parameter(SyntaxFactory.Identifier(injectedName)).WithType(SyntaxEdits.Type(abstraction).WithTrailingTrivia(SyntaxFactory.Space));
                kept.Insert(insertAt, injected);
                return list.WithParameters(SyntaxFactory.SeparatedList(kept.Select(p => p.WithoutTrivia()), Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), Math.Max(0, kept.Count - 1))));
            });
            var left = assignment.Left;
            Edit(Document.Id, assignment, current =>
            {
                var target = left is IdentifierNameSyntax name && name.Identifier.ValueText == injectedName
                    ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), name.WithoutTrivia())
                    : left.WithoutTrivia();
                return SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target.WithTrailingTrivia(SyntaxFactory.Space), SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space), SyntaxFactory.IdentifierName(injectedName))
                    .WithTriviaFrom(current);
            });

            // Each creation of the type: the removed arguments go, the client built with the provider's adapter comes in.
            var vendorType = vendorConstructor.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var vendorNamespace = vendorConstructor.ContainingType.ContainingNamespace.ToDisplayString();
            var method = provider.Method;
            foreach (var (site, siteDocument, siteModel, arguments) in plannedSites)
            {
                var moved = (ArgumentListSyntax)creationArguments.ReplaceNodes(
                    parameterUses.Select(u => (SyntaxNode)u.Identifier).Concat(staticNames.Select(n => (SyntaxNode)n.Identifier)),
                    (original, _) =>
                    {
                        var use = parameterUses.FirstOrDefault(u => u.Identifier == original);
                        if (use.Identifier != null)
                        {
                            var argument = arguments[use.Parameter].WithoutTrivia();
                            return (IsRepeatable(argument) ? argument : SyntaxFactory.ParenthesizedExpression(argument).WithAdditionalAnnotations(Simplifier.Annotation)).WithTriviaFrom(original);
                        }

                        var name = staticNames.First(n => n.Identifier == original).Symbol;
                        return SyntaxFactory.ParseExpression(name.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation).WithTriviaFrom(original);
                    });
                var built = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName(vendorType).WithAdditionalAnnotations(Simplifier.Annotation).WithLeadingTrivia(SyntaxFactory.Space), moved.WithoutTrivia(), null),
                        SyntaxFactory.IdentifierName(method)));

                var siteArguments = site.ArgumentList!;
                var removedArguments = siteArguments.Arguments.Where(a => ArgumentParameter(a, siteModel) is { } p && removed.Contains(p)).ToList();
                // Positional where every argument before it is; named where the site names its arguments or leaves optional ones out.
                var named = siteArguments.Arguments.Any(a => a.NameColon != null) || siteArguments.Arguments.Count - removedArguments.Count < insertAt;
                foreach (var argument in siteArguments.Arguments)
                {
                    plan.Tracked.Add(argument);
                }

                var all = siteArguments.Arguments.ToList();
                Edit(siteDocument.Id, siteArguments, current =>
                {
                    var list = (ArgumentListSyntax)current;
                    var kept = all.Where(a => !removedArguments.Contains(a)).Select(a => (ArgumentSyntax)FindCurrent(list, a)).Select(a => a.WithoutTrivia()).ToList();
                    var injected = named
                        ? SyntaxFactory.Argument(SyntaxFactory.NameColon(injectedName), default, built)
                        : SyntaxFactory.Argument(built);
                    kept.Insert(named ? kept.Count : insertAt, injected);
                    return list.WithArguments(SyntaxFactory.SeparatedList(kept, Enumerable.Repeat(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space), Math.Max(0, kept.Count - 1))));
                });
                plan.Usings.Add((siteDocument.Id, provider.Namespace));
                plan.Usings.Add((siteDocument.Id, vendorNamespace));
            }

            return true;
        }

        /// <summary>The instance constructor whose body is, or directly holds, the assignment.</summary>
        private static ConstructorDeclarationSyntax? ConstructorOf(AssignmentExpressionSyntax assignment) => assignment.Parent switch
        {
            ExpressionStatementSyntax { Parent: BlockSyntax { Parent: ConstructorDeclarationSyntax constructor } } => constructor,
            ArrowExpressionClauseSyntax { Parent: ConstructorDeclarationSyntax constructor } => constructor,
            _ => null,
        };

        /// <summary>
        /// Every <c>new</c> of the type through <paramref name="constructor"/>, each in adapter code or the composition root
        /// of the same project; null when there is none, or any other reference (<c>: this(...)</c>, another project, domain code).
        /// </summary>
        private List<(BaseObjectCreationExpressionSyntax Site, Document Document, SemanticModel Model)>? CreationSites(IMethodSymbol constructor)
        {
            var references = SymbolFinder.FindReferencesAsync(constructor, Solution, CancellationToken).GetAwaiter().GetResult();
            var sites = new List<(BaseObjectCreationExpressionSyntax, Document, SemanticModel)>();
            foreach (var location in references.SelectMany(r => r.Locations).OrderBy(l => l.Document.FilePath, StringComparer.Ordinal).ThenBy(l => l.Location.SourceSpan.Start))
            {
                if (location.Document.Project.Id != Document.Project.Id)
                {
                    return null;
                }

                var model = location.Document.GetSemanticModelAsync(CancellationToken).GetAwaiter().GetResult()!;
                var root = location.Document.GetSyntaxRootAsync(CancellationToken).GetAwaiter().GetResult()!;
                var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                var site = node.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
                if (site?.ArgumentList == null
                    || model.GetOperation(site, CancellationToken) is not IObjectCreationOperation { Constructor: { } created }
                    || !SymbolEqualityComparer.Default.Equals(created.OriginalDefinition, constructor.OriginalDefinition)
                    || ConsumerType.SyntaxTree == site.SyntaxTree && ConsumerType.Span.Contains(site.Span)
                    || !IsWiringSite(site, location.Document, model))
                {
                    return null;
                }

                sites.Add((site, location.Document, model));
            }

            return sites.Count == 0 ? null : sites;
        }

        /// <summary>Where a vendor client may be built: adapter code, or the composition root (LOCK006's definition).</summary>
        private bool IsWiringSite(ExpressionSyntax site, Document siteDocument, SemanticModel siteModel)
        {
            if (IsInAdapter(site, siteDocument, siteModel))
            {
                return true;
            }

            var settings = LockInSettings.For(siteDocument.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(site.SyntaxTree));
            var member = site.Ancestors().OfType<MemberDeclarationSyntax>().Select(m => siteModel.GetDeclaredSymbol(m, CancellationToken)).FirstOrDefault(s => s != null);
            return CompositionRoot.Contains(site.SyntaxTree, member, settings);
        }

        private IParameterSymbol? ArgumentParameter(ArgumentSyntax argument, SemanticModel model) =>
            (model.GetOperation(argument, CancellationToken) as IArgumentOperation)?.Parameter;

        /// <summary>An argument that can be evaluated a second time without changing behaviour: a literal or a name.</summary>
        private static bool IsRepeatable(ExpressionSyntax argument) => argument switch
        {
            LiteralExpressionSyntax => true,
            IdentifierNameSyntax => true,
            MemberAccessExpressionSyntax access => IsRepeatable(access.Expression),
            ThisExpressionSyntax => true,
            _ => false,
        };

        /// <summary><c>_chat</c>, <c>chat</c> and <c>Chat</c> are all injected as <c>chat</c>.</summary>
        private static string ParameterName(string member)
        {
            var name = member.TrimStart('_');
            return name.Length == 0 ? string.Empty : char.ToLowerInvariant(name[0]) + name.Substring(1);
        }
    }
}
