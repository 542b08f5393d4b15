using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.CodeFixes.Common
{
    /// <summary>
    /// Where generated files go and what they look like, following the conventions of Roslyn's Extract Interface:
    /// the project's root namespace, folders that mirror the namespace, the triggering file's banner and namespace style,
    /// and names made unique against what the project already declares.
    /// </summary>
    internal static class ProjectConventions
    {
        private const string RootNamespaceOption = "build_property.rootnamespace";

        /// <summary>
        /// The project's root namespace: the <c>RootNamespace</c> MSBuild property when the compiler can see it, the
        /// workspace's default namespace, else the shortest namespace declared in the project's first document that has one.
        /// Null means the global namespace.
        /// </summary>
        public static async Task<string?> RootNamespaceAsync(Project project, CancellationToken cancellationToken)
        {
            foreach (var document in project.Documents)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                if (tree != null
                    && project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(RootNamespaceOption, out var configured)
                    && IsNamespaceName(configured))
                {
                    return configured.Trim();
                }

                break;
            }

            if (IsNamespaceName(project.DefaultNamespace))
            {
                return project.DefaultNamespace!.Trim();
            }

            // The longest namespace prefix shared by every declared namespace (Contoso.Support for Contoso.Support.Domain and
            // Contoso.Support.Infrastructure.Ai), which is what a RootNamespace usually is.
            var declared = await DeclaredNamespacesAsync(project, cancellationToken).ConfigureAwait(false);
            if (declared.Count == 0)
            {
                return null;
            }

            var common = declared[0].Split('.').ToList();
            foreach (var ns in declared.Skip(1))
            {
                var parts = ns.Split('.');
                var length = 0;
                while (length < common.Count && length < parts.Length && common[length] == parts[length])
                {
                    length++;
                }

                common.RemoveRange(length, common.Count - length);
            }

            return common.Count == 0 ? null : string.Join(".", common);
        }

        /// <summary>
        /// The namespace generated adapters go to: the first <c>lockin.adapter_namespaces</c> pattern of the document, made
        /// concrete (an existing namespace of the project matching it, or <c>*</c> replaced by the root namespace); without
        /// that option, <c>&lt;root namespace&gt;.Adapters</c>.
        /// </summary>
        public static async Task<string> AdapterNamespaceAsync(Document document, CancellationToken cancellationToken)
        {
            var project = document.Project;
            var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            var rootNamespace = await RootNamespaceAsync(project, cancellationToken).ConfigureAwait(false);
            if (tree != null)
            {
                var settings = LockInSettings.For(project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree));
                foreach (var glob in settings.AdapterNamespaces)
                {
                    var pattern = glob.Pattern;
                    if (pattern.IndexOf('*') < 0 && pattern.IndexOf('?') < 0)
                    {
                        return pattern;
                    }

                    var existing = await DeclaredNamespacesAsync(project, cancellationToken).ConfigureAwait(false);
                    var match = existing.Where(ns => glob.IsMatch(ns)).OrderBy(ns => ns.Length).ThenBy(ns => ns, StringComparer.Ordinal).FirstOrDefault();
                    if (match != null)
                    {
                        // The glob also matches children: Contoso.Adapters.OpenAI is fine, but the shortest match is the adapter root.
                        return match;
                    }

                    if (pattern.StartsWith("*.", StringComparison.Ordinal) && pattern.IndexOf('*', 1) < 0 && pattern.IndexOf('?') < 0)
                    {
                        var suffix = pattern.Substring(2);
                        return rootNamespace == null ? suffix : rootNamespace + "." + suffix;
                    }
                }
            }

            return rootNamespace == null ? "Adapters" : rootNamespace + ".Adapters";
        }

        public static async Task<IReadOnlyList<string>> DeclaredNamespacesAsync(Project project, CancellationToken cancellationToken)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var document in project.Documents)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (root == null)
                {
                    continue;
                }

                foreach (var declaration in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax).OfType<BaseNamespaceDeclarationSyntax>())
                {
                    names.Add(FullName(declaration));
                }
            }

            return names.ToList();
        }

        public static string FullName(BaseNamespaceDeclarationSyntax declaration)
        {
            var name = declaration.Name.ToString().Replace(" ", string.Empty);
            for (var parent = declaration.Parent; parent != null; parent = parent.Parent)
            {
                if (parent is BaseNamespaceDeclarationSyntax outer)
                {
                    name = outer.Name.ToString().Replace(" ", string.Empty) + "." + name;
                }
            }

            return name;
        }

        /// <summary>The folders of a namespace below the root namespace: <c>Contoso.Support.Infrastructure.Ai</c> → Infrastructure/Ai.</summary>
        public static IReadOnlyList<string> FoldersFor(string @namespace, string? rootNamespace)
        {
            var relative = @namespace;
            if (rootNamespace != null && rootNamespace.Length > 0)
            {
                if (@namespace == rootNamespace)
                {
                    return Array.Empty<string>();
                }

                if (@namespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
                {
                    relative = @namespace.Substring(rootNamespace.Length + 1);
                }
            }

            return relative.Split('.');
        }

        /// <summary>The project's folder on disk: the project file's folder, else the folder all its documents share.</summary>
        public static string? ProjectDirectory(Project project)
        {
            if (!string.IsNullOrEmpty(project.FilePath))
            {
                return Path.GetDirectoryName(project.FilePath);
            }

            string? common = null;
            foreach (var document in project.Documents)
            {
                if (string.IsNullOrEmpty(document.FilePath))
                {
                    continue;
                }

                var folder = Path.GetDirectoryName(document.FilePath)!;
                var depth = document.Folders.Count;
                for (var i = 0; i < depth && folder != null; i++)
                {
                    folder = Path.GetDirectoryName(folder);
                }

                if (folder == null)
                {
                    continue;
                }

                common = common == null || folder.Length < common.Length ? folder : common;
            }

            return common;
        }

        /// <summary>Adds a C# document to the project, placed in folders and with a file path that follows them.</summary>
        public static Solution AddDocument(Solution solution, Project project, string fileName, IReadOnlyList<string> folders, SyntaxNode root, out DocumentId id)
        {
            id = DocumentId.CreateNewId(project.Id, fileName);
            var directory = ProjectDirectory(project);
            string? path = null;
            if (directory != null)
            {
                path = directory;
                foreach (var folder in folders)
                {
                    path = Path.Combine(path, folder);
                }

                path = Path.Combine(path, fileName);
            }

            return solution.AddDocument(id, fileName, root, folders, path);
        }

        /// <summary>A name that no type declared in the project's source (nor a known type in the given namespace) already uses.</summary>
        public static string UniqueTypeName(Compilation compilation, string baseName, string? @namespace, ISet<string>? reserved = null)
        {
            bool Taken(string name) =>
                (reserved != null && reserved.Contains(name))
                || compilation.ContainsSymbolsWithName(name, SymbolFilter.Type)
                || (@namespace != null && compilation.GetTypeByMetadataName(@namespace + "." + name) != null);

            if (!Taken(baseName))
            {
                return baseName;
            }

            for (var i = 1; ; i++)
            {
                var candidate = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!Taken(candidate))
                {
                    return candidate;
                }
            }
        }

        /// <summary>
        /// The file banner of a document: the comment block at the very top (license headers), without
        /// <c>&lt;auto-generated&gt;</c> markers or XML doc comments. Empty when the file starts with code.
        /// </summary>
        public static SyntaxTriviaList Banner(SyntaxNode root)
        {
            var leading = root.GetLeadingTrivia();
            var banner = new List<SyntaxTrivia>();
            var sawComment = false;
            foreach (var trivia in leading)
            {
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    if (trivia.ToString().IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return default;
                    }

                    sawComment = true;
                    banner.Add(trivia);
                }
                else if (trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    if (trivia.IsKind(SyntaxKind.EndOfLineTrivia) && banner.Count > 0 && banner[banner.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia))
                    {
                        // A blank line ends the banner.
                        break;
                    }

                    if (sawComment)
                    {
                        banner.Add(trivia);
                    }
                }
                else
                {
                    break;
                }
            }

            while (banner.Count > 0 && !banner[banner.Count - 1].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                banner.RemoveAt(banner.Count - 1);
            }

            if (!sawComment || banner.Count == 0)
            {
                return default;
            }

            banner.Add(SyntaxFactory.EndOfLine("\n"));
            return SyntaxFactory.TriviaList(banner);
        }

        /// <summary>Whether the document declares its namespace file-scoped (<c>namespace X;</c>), to generate files the same way.</summary>
        public static bool UsesFileScopedNamespace(SyntaxNode root) =>
            root is CompilationUnitSyntax unit && unit.Members.OfType<FileScopedNamespaceDeclarationSyntax>().Any();

        /// <summary>
        /// A compilation unit holding <paramref name="members"/> in <paramref name="namespace"/>, with the banner, usings
        /// and the namespace style of the triggering file. The text is parsed, so it is exactly what a person would write.
        /// </summary>
        public static CompilationUnitSyntax CreateFile(SyntaxTriviaList banner, IEnumerable<string> usings, string? @namespace, bool fileScoped, string membersText, bool nullableEnable)
        {
            var text = new System.Text.StringBuilder();
            foreach (var trivia in banner)
            {
                text.Append(trivia.ToFullString());
            }

            if (nullableEnable)
            {
                text.Append("#nullable enable\n\n");
            }

            var usingList = usings.Distinct().OrderBy(u => u.StartsWith("System", StringComparison.Ordinal) ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal).ToList();
            foreach (var @using in usingList)
            {
                text.Append("using ").Append(@using).Append(";\n");
            }

            if (usingList.Count > 0)
            {
                text.Append('\n');
            }

            if (@namespace == null)
            {
                text.Append(membersText);
            }
            else if (fileScoped)
            {
                text.Append("namespace ").Append(@namespace).Append(";\n\n").Append(membersText);
            }
            else
            {
                text.Append("namespace ").Append(@namespace).Append("\n{\n").Append(Indent(membersText)).Append("}\n");
            }

            return (CompilationUnitSyntax)SyntaxFactory.ParseCompilationUnit(text.ToString());
        }

        public static string Indent(string text)
        {
            var lines = text.Replace("\r\n", "\n").Split('\n');
            var result = new System.Text.StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                if (i == lines.Length - 1 && lines[i].Length == 0)
                {
                    break;
                }

                result.Append(lines[i].Length == 0 ? string.Empty : "    " + lines[i]).Append('\n');
            }

            return result.ToString();
        }

        private static bool IsNamespaceName(string? text) =>
            !string.IsNullOrWhiteSpace(text) && text!.Trim().Split('.').All(part => part.Length > 0 && SyntaxFacts.IsValidIdentifier(part));
    }
}
