using System.Collections.Generic;
using System.Collections.Immutable;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Coupling
{
    /// <summary>
    /// LOCK002: a vendor type in a public or protected signature of a non-adapter type. Reported on the type as written
    /// in the signature (return, parameter, property, field, event, base type, interface, generic constraint), once per
    /// signature position; on the declaration's name when the written type cannot be found (a base type behind an alias).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VendorTypeInPublicApiAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.VendorTypeInPublicApi);

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

                start.RegisterSymbolAction(
                    c => Analyze(c, index),
                    SymbolKind.NamedType,
                    SymbolKind.Method,
                    SymbolKind.Property,
                    SymbolKind.Field,
                    SymbolKind.Event);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, VendorSymbolIndex index)
        {
            var symbol = context.Symbol;
            if (symbol.IsImplicitlyDeclared || !IsExternallyVisible(symbol) || !SignatureMentionsVendor(symbol, index))
            {
                // The symbol check first: finding the syntax that spells each type costs more than the check, and almost
                // no signature mentions a vendor type.
                return;
            }

            foreach (var (type, syntax) in SignatureTypes(symbol, context.CancellationToken))
            {
                var found = index.FindVendorTypeWithin(type);
                if (found == null)
                {
                    continue;
                }

                // The type as written when it can be found; otherwise the declaration's name, so a leak is never dropped.
                var location = syntax?.GetLocation() ?? FirstSourceLocation(symbol);
                if (location?.SourceTree == null)
                {
                    continue;
                }

                var settings = LockInSettings.For(context.Options.AnalyzerConfigOptionsProvider.GetOptions(location.SourceTree));
                if (AdapterBoundary.Contains(symbol, settings))
                {
                    return;
                }

                if (settings.IsExcluded(found.Value.Match.Vendor))
                {
                    // Another type of the same signature may still belong to a vendor that is not excluded.
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.VendorTypeInPublicApi,
                    location,
                    symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    found.Value.Type.ToDisplayString(),
                    found.Value.Match.Vendor.Name,
                    found.Value.Match.Role.Advice));
            }
        }

        /// <summary>Whether any type of the symbol's signature (as <see cref="SignatureTypes"/> lists them) contains a vendor type; no syntax is touched.</summary>
        private static bool SignatureMentionsVendor(ISymbol symbol, VendorSymbolIndex index)
        {
            switch (symbol)
            {
                case IMethodSymbol method:
                    return (!method.ReturnsVoid && Mentions(method.ReturnType, index)) || AnyParameterMentions(method.Parameters, index) || AnyConstraintMentions(method.TypeParameters, index);
                case IPropertySymbol property:
                    return Mentions(property.Type, index) || AnyParameterMentions(property.Parameters, index);
                case IFieldSymbol field:
                    return Mentions(field.Type, index);
                case IEventSymbol @event:
                    return Mentions(@event.Type, index);
                case INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } @delegate:
                    return Mentions(invoke.ReturnType, index) || AnyParameterMentions(invoke.Parameters, index) || AnyConstraintMentions(@delegate.TypeParameters, index);
                case INamedTypeSymbol type:
                    if (type.TypeKind == TypeKind.Class && type.BaseType != null && Mentions(type.BaseType, index))
                    {
                        return true;
                    }

                    foreach (var @interface in type.Interfaces)
                    {
                        if (Mentions(@interface, index))
                        {
                            return true;
                        }
                    }

                    return AnyConstraintMentions(type.TypeParameters, index);
                default:
                    return false;
            }
        }

        private static bool Mentions(ITypeSymbol type, VendorSymbolIndex index) => index.FindVendorTypeWithin(type) != null;

        private static bool AnyParameterMentions(ImmutableArray<IParameterSymbol> parameters, VendorSymbolIndex index)
        {
            foreach (var parameter in parameters)
            {
                if (Mentions(parameter.Type, index))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AnyConstraintMentions(ImmutableArray<ITypeParameterSymbol> typeParameters, VendorSymbolIndex index)
        {
            foreach (var typeParameter in typeParameters)
            {
                foreach (var constraint in typeParameter.ConstraintTypes)
                {
                    if (Mentions(constraint, index))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static Location? FirstSourceLocation(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return location;
                }
            }

            return null;
        }

        /// <summary>Visible outside the assembly: public or protected all the way out.</summary>
        private static bool IsExternallyVisible(ISymbol symbol)
        {
            for (var current = symbol; current != null && current.Kind != SymbolKind.Namespace; current = current.ContainingSymbol)
            {
                switch (current.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                    case Accessibility.Protected:
                    case Accessibility.ProtectedOrInternal:
                        continue;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary>Each type in the symbol's signature with the syntax that spells it (null when not in source).</summary>
        private static IEnumerable<(ITypeSymbol Type, SyntaxNode? Syntax)> SignatureTypes(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
        {
            switch (symbol)
            {
                case IMethodSymbol method when method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation:
                    if (!method.ReturnsVoid)
                    {
                        yield return (method.ReturnType, DeclarationSyntax(method, cancellationToken) switch
                        {
                            MethodDeclarationSyntax m => m.ReturnType,
                            OperatorDeclarationSyntax o => o.ReturnType,
                            ConversionOperatorDeclarationSyntax c => c.Type,
                            _ => null,
                        });
                    }

                    foreach (var parameter in method.Parameters)
                    {
                        yield return (parameter.Type, (DeclarationSyntax(parameter, cancellationToken) as ParameterSyntax)?.Type);
                    }

                    var methodClauses = (DeclarationSyntax(method, cancellationToken) as MethodDeclarationSyntax)?.ConstraintClauses ?? default;
                    foreach (var constraint in ConstraintTypes(method.TypeParameters, methodClauses))
                    {
                        yield return constraint;
                    }

                    break;
                case IPropertySymbol property when DeclarationSyntax(property, cancellationToken) is ParameterSyntax:
                    // A record's positional property: its constructor parameter already reports the same syntax.
                    break;
                case IPropertySymbol property:
                    yield return (property.Type, DeclarationSyntax(property, cancellationToken) switch
                    {
                        BasePropertyDeclarationSyntax p => p.Type,
                        _ => null,
                    });
                    foreach (var parameter in property.Parameters)
                    {
                        yield return (parameter.Type, (DeclarationSyntax(parameter, cancellationToken) as ParameterSyntax)?.Type);
                    }

                    break;
                case IFieldSymbol field:
                    if (DeclarationSyntax(field, cancellationToken) is VariableDeclaratorSyntax fieldDeclarator && !IsFirstDeclarator(fieldDeclarator))
                    {
                        // `public ChatClient A, B;` spells the type once: the first field reports it.
                        break;
                    }

                    yield return (field.Type, (DeclarationSyntax(field, cancellationToken)?.Parent as VariableDeclarationSyntax)?.Type);
                    break;
                case IEventSymbol @event:
                    if (DeclarationSyntax(@event, cancellationToken) is VariableDeclaratorSyntax eventDeclarator && !IsFirstDeclarator(eventDeclarator))
                    {
                        break;
                    }

                    yield return (@event.Type, DeclarationSyntax(@event, cancellationToken) switch
                    {
                        EventDeclarationSyntax e => e.Type,
                        VariableDeclaratorSyntax v => (v.Parent as VariableDeclarationSyntax)?.Type,
                        _ => null,
                    });
                    break;
                case INamedTypeSymbol type:
                    if (type.TypeKind == TypeKind.Delegate && type.DelegateInvokeMethod is { } invoke)
                    {
                        var declaration = DeclarationSyntax(type, cancellationToken) as DelegateDeclarationSyntax;
                        yield return (invoke.ReturnType, declaration?.ReturnType);
                        foreach (var parameter in invoke.Parameters)
                        {
                            yield return (parameter.Type, declaration?.ParameterList.Parameters.Count > parameter.Ordinal ? declaration.ParameterList.Parameters[parameter.Ordinal].Type : null);
                        }

                        foreach (var constraint in ConstraintTypes(type.TypeParameters, declaration?.ConstraintClauses ?? default))
                        {
                            yield return constraint;
                        }

                        break;
                    }

                    var bases = new List<ITypeSymbol>();
                    if (type.BaseType != null && type.TypeKind == TypeKind.Class)
                    {
                        bases.Add(type.BaseType);
                    }

                    bases.AddRange(type.Interfaces);
                    foreach (var @base in bases)
                    {
                        yield return (@base, BaseTypeSyntax(type, @base, cancellationToken));
                    }

                    foreach (var constraint in ConstraintTypes(type.TypeParameters, TypeConstraintClauses(type, cancellationToken)))
                    {
                        yield return constraint;
                    }

                    break;
            }
        }

        /// <summary>
        /// Constraint types of generic parameters (<c>where T : ChatClient</c>): a caller must supply that vendor type, so
        /// the constraint is as much a part of the public API as a parameter.
        /// </summary>
        private static IEnumerable<(ITypeSymbol Type, SyntaxNode? Syntax)> ConstraintTypes(ImmutableArray<ITypeParameterSymbol> typeParameters, SyntaxList<TypeParameterConstraintClauseSyntax> clauses)
        {
            foreach (var typeParameter in typeParameters)
            {
                foreach (var constraint in typeParameter.ConstraintTypes)
                {
                    yield return (constraint, ConstraintSyntax(clauses, typeParameter.Name, constraint));
                }
            }
        }

        private static SyntaxNode? ConstraintSyntax(SyntaxList<TypeParameterConstraintClauseSyntax> clauses, string typeParameterName, ITypeSymbol constraint)
        {
            foreach (var clause in clauses)
            {
                if (clause.Name.Identifier.ValueText != typeParameterName)
                {
                    continue;
                }

                foreach (var item in clause.Constraints)
                {
                    if (item is TypeConstraintSyntax typeConstraint && RightmostName(typeConstraint.Type) == constraint.Name)
                    {
                        return typeConstraint.Type;
                    }
                }
            }

            return null;
        }

        /// <summary>The constraint clauses of a type; of a partial type, those of the part that declares them.</summary>
        private static SyntaxList<TypeParameterConstraintClauseSyntax> TypeConstraintClauses(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
        {
            if (type.TypeParameters.Length == 0)
            {
                return default;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { ConstraintClauses.Count: > 0 } declaration)
                {
                    return declaration.ConstraintClauses;
                }
            }

            return default;
        }

        private static bool IsFirstDeclarator(VariableDeclaratorSyntax declarator) =>
            declarator.Parent is not VariableDeclarationSyntax declaration || declaration.Variables[0] == declarator;

        private static SyntaxNode? DeclarationSyntax(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
        {
            var references = symbol.DeclaringSyntaxReferences;
            return references.Length == 0 ? null : references[0].GetSyntax(cancellationToken);
        }

        /// <summary>The base-list entry naming <paramref name="base"/>, matched by its simple name (symbol actions have no semantic model).</summary>
        private static SyntaxNode? BaseTypeSyntax(INamedTypeSymbol type, ITypeSymbol @base, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is BaseTypeDeclarationSyntax { BaseList: { } baseList })
                {
                    foreach (var entry in baseList.Types)
                    {
                        if (RightmostName(entry.Type) == @base.Name)
                        {
                            return entry.Type;
                        }
                    }
                }
            }

            return null;
        }

        private static string RightmostName(TypeSyntax type) => type switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
    }
}
