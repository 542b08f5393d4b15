using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace LockInAnalyzer.CodeFixes.Settings
{
    /// <summary>
    /// The project's <c>AiSettings</c> class: found in source (a class of that name with a static <c>Current</c>) or
    /// planned as a new file at the project root in the root namespace. Collects the members a fix needs and writes
    /// them once.
    /// </summary>
    internal sealed class SettingsClass
    {
        private readonly Project project;
        private readonly DocumentId? existingDocument;
        private readonly ClassDeclarationSyntax? existingClass;
        private readonly Document triggeringDocument;
        private readonly Dictionary<string, string> memberByValue = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> names = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<(string Name, string Value)> added = new List<(string, string)>();

        private SettingsClass(Project project, Document triggeringDocument, string className, string? @namespace, DocumentId? existingDocument, ClassDeclarationSyntax? existingClass)
        {
            this.project = project;
            this.triggeringDocument = triggeringDocument;
            ClassName = className;
            Namespace = @namespace;
            this.existingDocument = existingDocument;
            this.existingClass = existingClass;
            names.Add(AiSettingsFixer.InstanceName);
            names.Add(AiSettingsFixer.SectionConstantName);
            names.Add(className);
            if (existingClass != null)
            {
                foreach (var member in existingClass.Members)
                {
                    switch (member)
                    {
                        case PropertyDeclarationSyntax property:
                            names.Add(property.Identifier.ValueText);
                            if (property.Initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && !memberByValue.ContainsKey(literal.Token.ValueText))
                            {
                                memberByValue[literal.Token.ValueText] = property.Identifier.ValueText;
                            }

                            break;
                        case FieldDeclarationSyntax field:
                            names.UnionWith(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                            break;
                        case MethodDeclarationSyntax method:
                            names.Add(method.Identifier.ValueText);
                            break;
                    }
                }
            }
        }

        public string ClassName { get; }

        public string? Namespace { get; }

        public static async Task<SettingsClass> FindOrPlanAsync(Project project, Document triggeringDocument, CancellationToken cancellationToken)
        {
            foreach (var document in project.Documents.OrderBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal))
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root == null)
                {
                    continue;
                }

                foreach (var type in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<ClassDeclarationSyntax>())
                {
                    if (type.Identifier.ValueText == AiSettingsFixer.ClassName
                        && type.Members.OfType<PropertyDeclarationSyntax>().Any(p => p.Identifier.ValueText == AiSettingsFixer.InstanceName && p.Modifiers.Any(SyntaxKind.StaticKeyword)))
                    {
                        var ns = type.Parent is BaseNamespaceDeclarationSyntax declaration ? ProjectConventions.FullName(declaration) : null;
                        return new SettingsClass(project, triggeringDocument, type.Identifier.ValueText, ns, document.Id, type);
                    }
                }
            }

            var rootNamespace = await ProjectConventions.RootNamespaceAsync(project, cancellationToken).ConfigureAwait(false);
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var name = compilation == null ? AiSettingsFixer.ClassName : ProjectConventions.UniqueTypeName(compilation, AiSettingsFixer.ClassName, rootNamespace);
            return new SettingsClass(project, triggeringDocument, name, rootNamespace, null, null);
        }

        /// <summary>The member holding <paramref name="value"/>: an existing one with that default, or a new one.</summary>
        public string MemberFor(string value, string baseName)
        {
            if (memberByValue.TryGetValue(value, out var existing))
            {
                return existing;
            }

            var name = baseName;
            for (var i = 2; names.Contains(name); i++)
            {
                name = baseName + i.ToString(CultureInfo.InvariantCulture);
            }

            names.Add(name);
            memberByValue[value] = name;
            added.Add((name, value));
            return name;
        }

        /// <summary><c>global::Ns.AiSettings.Current.Member</c>, left for the simplifier to shorten (it adds the using).</summary>
        public ExpressionSyntax Access(string member, SyntaxNode site)
        {
            // Inside the settings namespace the short name binds as is: no simplifier pass needed (Fix All over hundreds of files).
            var siteNamespace = site.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(ProjectConventions.FullName).FirstOrDefault();
            if (Namespace != null && siteNamespace != null
                && (siteNamespace == Namespace || siteNamespace.StartsWith(Namespace + ".", StringComparison.Ordinal))
                && !site.SyntaxTree.GetRoot().DescendantNodes(n => !(n is ExpressionSyntax) && !(n is StatementSyntax)).OfType<BaseTypeDeclarationSyntax>().Any(t => t.Identifier.ValueText == ClassName && !IsThis(t)))
            {
                return SyntaxFactory.ParseExpression(ClassName + "." + AiSettingsFixer.InstanceName + "." + member);
            }


            var typeName = Namespace == null
                ? (NameSyntax)SyntaxFactory.AliasQualifiedName(SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), SyntaxFactory.IdentifierName(ClassName))
                : SyntaxFactory.ParseName("global::" + Namespace + "." + ClassName);
            var type = typeName.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            return SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(AiSettingsFixer.InstanceName)),
                SyntaxFactory.IdentifierName(member));
        }

        private bool IsThis(BaseTypeDeclarationSyntax type) => existingClass != null && type.SpanStart == existingClass.SpanStart && type.SyntaxTree.FilePath == existingClass.SyntaxTree.FilePath;

        public async Task<Solution> WriteAsync(Solution solution, CancellationToken cancellationToken)
        {
            if (added.Count == 0)
            {
                return solution;
            }

            if (existingDocument != null && existingClass != null)
            {
                var document = solution.GetDocument(existingDocument)!;
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var current = root!.DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.ValueText == existingClass.Identifier.ValueText && c.SpanStart == existingClass.SpanStart);
                var members = added.Select(a =>
                {
                    var member = SyntaxFactory.ParseMemberDeclaration(PropertyText(a.Name, a.Value))!;
                    return member.WithLeadingTrivia(member.GetLeadingTrivia().Insert(0, SyntaxFactory.EndOfLine("\n"))).WithAdditionalAnnotations(Formatter.Annotation);
                });
                var newClass = current.AddMembers(members.ToArray());
                return solution.WithDocumentSyntaxRoot(document.Id, root.ReplaceNode(current, newClass));
            }

            var text = new StringBuilder();
            text.Append("/// <summary>\n")
                .Append("/// The AI model ids and endpoints of this project, in one place. Bind the configuration section\n")
                .Append("/// <see cref=\"SectionName\"/> to <see cref=\"Current\"/> at startup; the defaults are the values that were written in code.\n")
                .Append("/// </summary>\n")
                .Append("public sealed class ").Append(ClassName).Append('\n')
                .Append("{\n")
                .Append("    /// <summary>The configuration section these settings are read from.</summary>\n")
                .Append("    public const string ").Append(AiSettingsFixer.SectionConstantName).Append(" = \"Ai\";\n\n")
                .Append("    /// <summary>The settings in effect.</summary>\n")
                .Append("    public static ").Append(ClassName).Append(' ').Append(AiSettingsFixer.InstanceName).Append(" { get; set; } = new ").Append(ClassName).Append("();\n");
            foreach (var (name, value) in added)
            {
                text.Append('\n').Append(ProjectConventions.Indent(PropertyText(name, value)));
            }

            text.Append("}\n");

            var triggeringRoot = await triggeringDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var unit = ProjectConventions.CreateFile(
                ProjectConventions.Banner(triggeringRoot!),
                Array.Empty<string>(),
                Namespace,
                ProjectConventions.UsesFileScopedNamespace(triggeringRoot!),
                text.ToString(),
                nullableEnable: false);
            return ProjectConventions.AddDocument(solution, solution.GetProject(project.Id)!, ClassName + ".cs", Array.Empty<string>(), unit, out _);
        }

        private static string PropertyText(string name, string value)
        {
            var what = name.EndsWith("Endpoint", StringComparison.Ordinal) ? "endpoint" : "model id";
            return "/// <summary>The " + what + "; configuration key <c>Ai:" + name + "</c>.</summary>\n"
                + "public string " + name + " { get; set; } = " + SymbolDisplay.FormatLiteral(value, quote: true) + ";\n";
        }
    }
}
