using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Interfaces
{
    /// <summary>
    /// Writes a <see cref="VendorPort"/>: the interface file next to the first consumer and the adapter file in the
    /// adapter namespace's folder (banner and namespace style of the consumer's file), or the missing members and
    /// constructors on an interface and adapter an earlier fix generated. Names are written fully qualified and left to
    /// the simplifier.
    /// </summary>
    internal static class PortWriter
    {
        public static async Task<Solution> WriteAsync(Solution solution, VendorPort port, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(port.Project)!;
            var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            var newMembers = port.Members.Skip(port.ExistingMemberCount).ToList();
            if (port.ExistingInterface is { } existingInterface && port.ExistingAdapter is { } existingAdapter)
            {
                return await ExtendAsync(solution, port, newMembers, existingInterface, existingAdapter, cancellationToken).ConfigureAwait(false);
            }

            var triggeringRoot = (await solution.GetDocument(port.TriggeringDocument)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            var banner = ProjectConventions.Banner(triggeringRoot);
            var fileScoped = ProjectConventions.UsesFileScopedNamespace(triggeringRoot);
            var nullableProject = compilation.Options.NullableContextOptions == NullableContextOptions.Enable;
            var rootNamespace = await ProjectConventions.RootNamespaceAsync(project, cancellationToken).ConfigureAwait(false);

            var signatureNamespaces = newMembers.SelectMany(SignatureTypes).SelectMany(NamespacesOf).ToList();
            var interfaceUnit = ProjectConventions.CreateFile(
                banner,
                signatureNamespaces.Where(ns => !Encloses(ns, port.InterfaceNamespace)),
                port.InterfaceNamespace,
                fileScoped,
                InterfaceText(port, newMembers),
                nullableEnable: !nullableProject);
            solution = ProjectConventions.AddDocument(solution, project, port.InterfaceName + ".cs", port.InterfaceFolders, Simplifiable(interfaceUnit), out _);

            var adapterNamespaces = new List<string> { "System" };
            adapterNamespaces.AddRange(signatureNamespaces);
            adapterNamespaces.AddRange(NamespacesOf(port.VendorType));
            adapterNamespaces.AddRange(port.Constructors.SelectMany(c => c.Parameters).SelectMany(p => NamespacesOf(p.Type)));
            if (port.InterfaceNamespace != null)
            {
                adapterNamespaces.Add(port.InterfaceNamespace);
            }

            var adapterUnit = ProjectConventions.CreateFile(
                banner,
                adapterNamespaces.Where(ns => !Encloses(ns, port.AdapterNamespace)),
                port.AdapterNamespace,
                fileScoped,
                AdapterText(port, newMembers),
                nullableEnable: true);
            if (port.Constructors.Count > 0)
            {
                var declaration = adapterUnit.DescendantNodes().OfType<ClassDeclarationSyntax>().First();
                adapterUnit = adapterUnit.ReplaceNode(declaration, AdapterWriter.InsertConstructors(declaration, port.AdapterName, port.Constructors));
            }

            return ProjectConventions.AddDocument(solution, project, port.AdapterName + ".cs", ProjectConventions.FoldersFor(port.AdapterNamespace, rootNamespace), Simplifiable(adapterUnit), out _);
        }

        private static async Task<Solution> ExtendAsync(
            Solution solution,
            VendorPort port,
            IReadOnlyList<ISymbol> newMembers,
            (DocumentId Document, InterfaceDeclarationSyntax Declaration) existingInterface,
            (DocumentId Document, ClassDeclarationSyntax Declaration) existingAdapter,
            CancellationToken cancellationToken)
        {
            var namespaces = newMembers.SelectMany(SignatureTypes).SelectMany(NamespacesOf).ToList();
            if (newMembers.Count > 0)
            {
                var members = newMembers.Select(m => Parse(InterfaceMember(m))).ToArray();
                solution = await ReplaceAsync(solution, existingInterface.Document, existingInterface.Declaration, d => ((InterfaceDeclarationSyntax)d).AddMembers(members), namespaces, cancellationToken).ConfigureAwait(false);
            }

            var model = await solution.GetDocument(existingAdapter.Document)!.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var adapterRoot = await solution.GetDocument(existingAdapter.Document)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var adapterDeclaration = adapterRoot!.DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.ValueText == port.AdapterName);
            var adapterSymbol = model!.GetDeclaredSymbol(adapterDeclaration, cancellationToken);
            var missingConstructors = port.Constructors.Where(c => adapterSymbol == null || !adapterSymbol.InstanceConstructors.Any(e => AdapterWriter.SameParameters(e, c))).ToList();
            if (newMembers.Count == 0 && missingConstructors.Count == 0)
            {
                return solution;
            }

            namespaces.AddRange(missingConstructors.SelectMany(c => c.Parameters).SelectMany(p => NamespacesOf(p.Type)));
            var adapterMembers = newMembers.Select(m => Parse(AdapterMember(m))).ToArray();
            return await ReplaceAsync(
                solution,
                existingAdapter.Document,
                adapterDeclaration,
                d =>
                {
                    var withConstructors = missingConstructors.Count == 0 ? (ClassDeclarationSyntax)d : AdapterWriter.InsertConstructors((ClassDeclarationSyntax)d, port.AdapterName, missingConstructors);
                    return withConstructors.AddMembers(adapterMembers);
                },
                namespaces,
                cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Solution> ReplaceAsync(Solution solution, DocumentId documentId, SyntaxNode declaration, Func<SyntaxNode, SyntaxNode> change, IEnumerable<string> namespaces, CancellationToken cancellationToken)
        {
            var root = (await solution.GetDocument(documentId)!.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            // Found by name: the document may have changed since the declaration was found.
            var name = ((BaseTypeDeclarationSyntax)declaration).Identifier.ValueText;
            var current = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().First(n => n.RawKind == declaration.RawKind && n.Identifier.ValueText == name);
            var newRoot = root.ReplaceNode(current, change(current));
            if (newRoot is CompilationUnitSyntax unit)
            {
                var own = declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(ProjectConventions.FullName).FirstOrDefault();
                foreach (var ns in namespaces.Distinct().Where(n => !Encloses(n, own)).OrderBy(n => n, StringComparer.Ordinal))
                {
                    unit = SyntaxEdits.AddUsing(unit, ns);
                }

                newRoot = unit;
            }

            return solution.WithDocumentSyntaxRoot(documentId, newRoot);
        }

        /// <summary>Whether code declared in <paramref name="file"/> sees the names of <paramref name="ns"/> without a using.</summary>
        private static bool Encloses(string ns, string? file) =>
            file != null && (file == ns || file.StartsWith(ns + ".", StringComparison.Ordinal));

        private static MemberDeclarationSyntax Parse(string text) =>
            SyntaxFactory.ParseMemberDeclaration(text)!
                .WithLeadingTrivia(SyntaxFactory.EndOfLine("\n"))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        private static CompilationUnitSyntax Simplifiable(CompilationUnitSyntax unit)
        {
            var declaration = unit.DescendantNodes().OfType<TypeDeclarationSyntax>().First();
            return unit.ReplaceNode(declaration, declaration.WithAdditionalAnnotations(Simplifier.Annotation));
        }

        private static string InterfaceText(VendorPort port, IReadOnlyList<ISymbol> members)
        {
            var text = new StringBuilder();
            text.Append("/// <summary>The members of <c>").Append(port.VendorType.ToDisplayString()).Append("</c> this project uses, without the vendor types; implemented by <c>")
                .Append(port.AdapterFullName).Append("</c>.</summary>\n");
            text.Append("public interface ").Append(port.InterfaceName).Append("\n{\n");
            for (var i = 0; i < members.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : "\n").Append("    ").Append(InterfaceMember(members[i])).Append('\n');
            }

            return text.Append("}\n").ToString();
        }

        private static string AdapterText(VendorPort port, IReadOnlyList<ISymbol> members)
        {
            var vendor = port.VendorType.ToDisplayString(AdapterWriter.TypeFormat);
            var text = new StringBuilder();
            text.Append("/// <summary>Adapts <see cref=\"").Append(port.VendorType.Name).Append("\"/> to <see cref=\"").Append(port.InterfaceName)
                .Append("\"/>: the only code that knows it.</summary>\n");
            text.Append("public sealed class ").Append(port.AdapterName).Append(" : ").Append(Globalize(port.InterfaceFullName)).Append("\n{\n");
            text.Append("    private readonly ").Append(vendor).Append(" client;\n\n");
            text.Append("    public ").Append(port.AdapterName).Append('(').Append(vendor).Append(" client)\n    {\n");
            text.Append("        this.client = client ?? throw new global::System.ArgumentNullException(nameof(client));\n    }\n");
            foreach (var member in members)
            {
                text.Append('\n').Append("    ").Append(AdapterMember(member)).Append('\n');
            }

            return text.Append("}\n").ToString();
        }

        private static string Globalize(string fullName) => fullName.IndexOf('.') < 0 ? fullName : "global::" + fullName;

        private static string InterfaceMember(ISymbol member) => member switch
        {
            IMethodSymbol method => Return(method) + " " + AdapterWriter.Escape(method.Name) + "(" + string.Join(", ", method.Parameters.Select(AdapterWriter.Parameter)) + ");",
            IPropertySymbol property => property.Type.ToDisplayString(AdapterWriter.TypeFormat) + " " + AdapterWriter.Escape(property.Name) + " { get; }",
            _ => throw new InvalidOperationException("Not an interface member: " + member),
        };

        private static string AdapterMember(ISymbol member) => member switch
        {
            IMethodSymbol method => "public " + Return(method) + " " + AdapterWriter.Escape(method.Name) + "(" + string.Join(", ", method.Parameters.Select(AdapterWriter.Parameter)) + ") => client."
                + AdapterWriter.Escape(method.Name) + "(" + string.Join(", ", method.Parameters.Select(p => AdapterWriter.Escape(p.Name))) + ");",
            IPropertySymbol property => "public " + property.Type.ToDisplayString(AdapterWriter.TypeFormat) + " " + AdapterWriter.Escape(property.Name) + " => client." + AdapterWriter.Escape(property.Name) + ";",
            _ => throw new InvalidOperationException("Not an adapter member: " + member),
        };

        private static string Return(IMethodSymbol method) => method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString(AdapterWriter.TypeFormat);

        private static IEnumerable<ITypeSymbol> SignatureTypes(ISymbol member) => member switch
        {
            IMethodSymbol method => method.Parameters.Select(p => p.Type).Concat(method.ReturnsVoid ? Enumerable.Empty<ITypeSymbol>() : new[] { method.ReturnType }),
            IPropertySymbol property => new[] { property.Type },
            _ => Enumerable.Empty<ITypeSymbol>(),
        };

        /// <summary>The namespaces a type's name and its type arguments come from, for the generated files' usings.</summary>
        private static IEnumerable<string> NamespacesOf(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    foreach (var ns in NamespacesOf(array.ElementType))
                    {
                        yield return ns;
                    }

                    break;
                case INamedTypeSymbol named:
                    if (named.SpecialType == SpecialType.None && named.ContainingNamespace is { IsGlobalNamespace: false } containing && !named.IsTupleType)
                    {
                        yield return containing.ToDisplayString();
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        foreach (var ns in NamespacesOf(argument))
                        {
                            yield return ns;
                        }
                    }

                    break;
            }
        }
    }
}
