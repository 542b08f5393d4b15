using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Abstractions
{
    /// <summary>
    /// Writes generated adapter classes: a new file in the adapter namespace's folder (banner and namespace style of
    /// the file the fix started from), or new forwarding constructors on an adapter an earlier fix generated.
    /// </summary>
    internal static class AdapterWriter
    {
        internal static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static async Task<Solution> WriteAsync(Solution solution, IReadOnlyList<AdapterNeed> needs, CancellationToken cancellationToken)
        {
            foreach (var group in needs.GroupBy(n => (n.Project, n.FullName)).OrderBy(g => g.Key.FullName, StringComparer.Ordinal))
            {
                var first = group.First();
                var constructors = new List<IMethodSymbol>();
                foreach (var constructor in group.SelectMany(n => n.ForwardedConstructors))
                {
                    if (!constructors.Any(c => SameSignature(c, constructor)))
                    {
                        constructors.Add(constructor);
                    }
                }

                var project = solution.GetProject(first.Project)!;
                var existing = await FindExistingAsync(project, first, cancellationToken).ConfigureAwait(false);
                if (existing != null)
                {
                    var (documentId, declaration) = existing.Value;
                    var model = await solution.GetDocument(documentId)!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var symbol = model!.GetDeclaredSymbol(declaration, cancellationToken);
                    var missing = constructors.Where(c => symbol == null || !symbol.InstanceConstructors.Any(existingConstructor => SameParameters(existingConstructor, c))).ToList();
                    if (missing.Count == 0)
                    {
                        continue;
                    }

                    var root = await solution.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var updated = InsertConstructors(declaration, first.Name, missing);
                    solution = solution.WithDocumentSyntaxRoot(documentId, root!.ReplaceNode(declaration, updated));
                    continue;
                }

                var triggering = solution.GetDocument(first.TriggeringDocument)!;
                var triggeringRoot = await triggering.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var code = first.Template.Code.Replace("$name", first.Name);
                var unit = ProjectConventions.CreateFile(
                    ProjectConventions.Banner(triggeringRoot!),
                    first.Template.Usings,
                    first.Namespace,
                    ProjectConventions.UsesFileScopedNamespace(triggeringRoot!),
                    code,
                    nullableEnable: true);
                if (constructors.Count > 0)
                {
                    var declaration = unit.DescendantNodes().OfType<ClassDeclarationSyntax>().First();
                    unit = unit.ReplaceNode(declaration, InsertConstructors(declaration, first.Name, constructors));
                }

                var rootNamespace = await ProjectConventions.RootNamespaceAsync(project, cancellationToken).ConfigureAwait(false);
                solution = ProjectConventions.AddDocument(solution, project, first.Name + ".cs", ProjectConventions.FoldersFor(first.Namespace, rootNamespace), unit, out _);
            }

            return solution;
        }

        private static async Task<(DocumentId, ClassDeclarationSyntax)?> FindExistingAsync(Project project, AdapterNeed need, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var type = compilation?.GetTypeByMetadataName(need.FullName);
            var reference = type?.DeclaringSyntaxReferences.FirstOrDefault();
            if (reference == null)
            {
                return null;
            }

            var document = project.GetDocument(reference.SyntaxTree);
            return document != null && await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is ClassDeclarationSyntax declaration
                ? (document.Id, declaration)
                : null;
        }

        internal static ClassDeclarationSyntax InsertConstructors(ClassDeclarationSyntax declaration, string name, IReadOnlyList<IMethodSymbol> constructors)
        {
            var members = constructors
                .OrderBy(c => c.Parameters.Length)
                .ThenBy(c => string.Join(",", c.Parameters.Select(p => p.Type.ToDisplayString())), StringComparer.Ordinal)
                .Select(c => ForwardingConstructor(name, c))
                .ToList();
            var anchor = declaration.Members.OfType<ConstructorDeclarationSyntax>().LastOrDefault();
            return anchor == null
                ? declaration.WithMembers(declaration.Members.InsertRange(0, members))
                : declaration.InsertNodesAfter(anchor, members);
        }

        /// <summary><c>public Adapter(string model, string apiKey) : this(new ChatClient(model, apiKey)) { }</c></summary>
        private static MemberDeclarationSyntax ForwardingConstructor(string name, IMethodSymbol vendorConstructor)
        {
            var parameters = string.Join(", ", vendorConstructor.Parameters.Select(Parameter));
            var arguments = string.Join(", ", vendorConstructor.Parameters.Select(p => Escape(p.Name)));
            var text = "public " + name + "(" + parameters + ")\n    : this(new " + vendorConstructor.ContainingType.ToDisplayString(TypeFormat) + "(" + arguments + "))\n{\n}\n";
            return SyntaxFactory.ParseMemberDeclaration(text)!
                .WithLeadingTrivia(SyntaxFactory.EndOfLine("\n"))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        }

        internal static string Parameter(IParameterSymbol parameter)
        {
            var type = parameter.Type;
            if (type.IsReferenceType && parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue == null)
            {
                // `RequestOptions options = null` from an SDK without nullable annotations: written nullable, so the
                // generated code (which enables nullable) has no warning of its own.
                type = type.WithNullableAnnotation(NullableAnnotation.Annotated);
            }

            var text = (parameter.IsParams ? "params " : string.Empty) + type.ToDisplayString(TypeFormat) + " " + Escape(parameter.Name);
            if (parameter.HasExplicitDefaultValue)
            {
                var value = parameter.ExplicitDefaultValue;
                text += " = " + (value == null
                    ? (parameter.Type.IsValueType ? "default" : "null")
                    : value is string s ? SymbolDisplay.FormatLiteral(s, quote: true)
                    : value is bool b ? (b ? "true" : "false")
                    : parameter.Type.TypeKind == TypeKind.Enum ? "(" + parameter.Type.ToDisplayString(TypeFormat) + ")(" + Convert.ToString(value, CultureInfo.InvariantCulture) + ")"
                    : value is float ? SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + "F"
                    : value is decimal ? SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + "M"
                    : SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false));
            }

            return text;
        }

        internal static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        private static bool SameSignature(IMethodSymbol a, IMethodSymbol b) => SymbolEqualityComparer.Default.Equals(a, b) || SameParameters(a, b);

        internal static bool SameParameters(IMethodSymbol adapterOrVendor, IMethodSymbol vendor) =>
            adapterOrVendor.Parameters.Length == vendor.Parameters.Length
            && adapterOrVendor.Parameters.Zip(vendor.Parameters, (x, y) => Interfaces.PortMembers.SameType(x.Type, y.Type)).All(same => same);
    }
}
