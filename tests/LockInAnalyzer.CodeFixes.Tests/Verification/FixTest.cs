using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LockInAnalyzer.CodeFixes.Tests.Verification
{
    /// <summary>A project of a test solution: C# files by path, the SDKs it references, its .editorconfig.</summary>
    public sealed class TestProject
    {
        public TestProject(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public List<(string Path, string Text)> Sources { get; } = new List<(string, string)>();

        public Stacks Stacks { get; set; } = Stacks.OpenAI | Stacks.Anthropic | Stacks.ExtensionsAI;

        public string? EditorConfig { get; set; }

        public string? RootNamespace { get; set; }

        public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

        public List<string> ProjectReferences { get; } = new List<string>();

        public string Directory => "/src/" + Name + "/";
    }

    /// <summary>
    /// Our own code-fix runner (Microsoft.CodeAnalysis.Testing is not available here): builds an AdhocWorkspace with real
    /// SDK references and .editorconfig files, runs the LockIn analyzers, applies one fix or Fix All through the same
    /// CodeAction operations an IDE uses, and checks the result.
    /// </summary>
    public sealed class FixTest
    {
        public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new VendorSdkUsageAnalyzer(),
            new VendorTypeInPublicApiAnalyzer(),
            new HardCodedModelIdAnalyzer(),
            new HardCodedEndpointAnalyzer());

        public FixTest()
        {
            Projects.Add(new TestProject("App"));
        }

        public List<TestProject> Projects { get; } = new List<TestProject>();

        public TestProject App => Projects[0];

        /// <summary>Adds a file to the first project; <paramref name="path"/> is relative to the project folder.</summary>
        public FixTest WithSource(string path, string text)
        {
            App.Sources.Add((path, text));
            return this;
        }

        public FixTest WithEditorConfig(string text)
        {
            App.EditorConfig = text;
            return this;
        }

        public FixTest WithStacks(Stacks stacks)
        {
            App.Stacks = stacks;
            return this;
        }

        public Solution CreateSolution()
        {
            var workspace = new AdhocWorkspace();
            var solution = workspace.CurrentSolution;
            var ids = new Dictionary<string, ProjectId>();
            foreach (var project in Projects)
            {
                var id = ProjectId.CreateNewId(project.Name);
                ids[project.Name] = id;
                var info = ProjectInfo.Create(
                        id,
                        VersionStamp.Default,
                        project.Name,
                        project.Name,
                        LanguageNames.CSharp,
                        filePath: project.Directory + project.Name + ".csproj",
                        compilationOptions: new CSharpCompilationOptions(project.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
                        parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                        metadataReferences: References.For(project.Stacks))
                    .WithDefaultNamespace(project.RootNamespace);
                solution = solution.AddProject(info);
                foreach (var (path, text) in project.Sources)
                {
                    var fullPath = project.Directory + path;
                    var folders = path.Split('/').Reverse().Skip(1).Reverse().ToArray();
                    solution = solution.AddDocument(DocumentId.CreateNewId(id, path), Path.GetFileName(path), SourceText.From(text, Encoding.UTF8), folders, fullPath);
                }

                var config = "root = true\n\n" + (project.EditorConfig ?? string.Empty);
                solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id, ".editorconfig"), ".editorconfig", SourceText.From(config, Encoding.UTF8), filePath: project.Directory + ".editorconfig");
            }

            foreach (var project in Projects)
            {
                foreach (var reference in project.ProjectReferences)
                {
                    solution = solution.AddProjectReference(ids[project.Name], new ProjectReference(ids[reference]));
                }
            }

            return solution;
        }

        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, CancellationToken cancellationToken = default)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            var withAnalyzers = compilation.WithAnalyzers(Analyzers, project.AnalyzerOptions);
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
            return diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();
        }

        /// <summary>The code actions <paramref name="provider"/> offers for the diagnostic <paramref name="id"/> that covers <paramref name="marker"/> in <paramref name="path"/>.</summary>
        public async Task<(Solution Solution, Document Document, Diagnostic Diagnostic, ImmutableArray<CodeAction> Actions)> ActionsAsync(CodeFixProvider provider, string id, string path, string marker, int occurrence = 0)
        {
            var solution = CreateSolution();
            var document = FindDocument(solution, path);
            var text = (await document.GetTextAsync()).ToString();
            var index = -1;
            for (var i = 0; i <= occurrence; i++)
            {
                index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
                Assert.True(index >= 0, "Marker '" + marker + "' not found in " + path);
            }

            var diagnostics = await DiagnosticsAsync(document.Project);
            var diagnostic = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.SourceTree?.FilePath == document.FilePath && d.Location.SourceSpan.Contains(index))
                ?? throw new Xunit.Sdk.XunitException("No " + id + " at '" + marker + "' in " + path + ". Diagnostics:\n" + string.Join("\n", diagnostics.Select(d => d.ToString())));
            var actions = ImmutableArray.CreateBuilder<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await provider.RegisterCodeFixesAsync(context);
            return (solution, document, diagnostic, actions.ToImmutable());
        }

        /// <summary>Applies the one fix offered with <paramref name="equivalenceKey"/> for the diagnostic at <paramref name="marker"/>.</summary>
        public async Task<FixResult> ApplyAsync(CodeFixProvider provider, string equivalenceKey, string id, string path, string marker, int occurrence = 0)
        {
            var (solution, _, _, actions) = await ActionsAsync(provider, id, path, marker, occurrence);
            var action = Assert.Single(actions, a => a.EquivalenceKey == equivalenceKey);
            return new FixResult(solution, await ApplyAsync(solution, action));
        }

        /// <summary>Asserts that no fix with <paramref name="equivalenceKey"/> is offered for the diagnostic at <paramref name="marker"/>.</summary>
        public async Task AssertNotOfferedAsync(CodeFixProvider provider, string equivalenceKey, string id, string path, string marker)
        {
            var (_, _, _, actions) = await ActionsAsync(provider, id, path, marker);
            Assert.DoesNotContain(actions, a => a.EquivalenceKey == equivalenceKey);
        }

        /// <summary>Fix All in <paramref name="scope"/>, started from the diagnostic at <paramref name="marker"/> like the IDE does.</summary>
        public async Task<FixResult> FixAllAsync(CodeFixProvider provider, string equivalenceKey, FixAllScope scope, string path, params string[] ids)
        {
            var solution = CreateSolution();
            var document = FindDocument(solution, path);
            return new FixResult(solution, await FixAllAsync(solution, document, provider, equivalenceKey, scope, ids));
        }

        public static async Task<Solution> FixAllAsync(Solution solution, Document document, CodeFixProvider provider, string equivalenceKey, FixAllScope scope, params string[] ids)
        {
            var fixAll = provider.GetFixAllProvider();
            Assert.NotNull(fixAll);
            var context = new FixAllContext(document, provider, scope, equivalenceKey, ids, new AnalyzerDiagnosticProvider(), CancellationToken.None);
            var action = await fixAll!.GetFixAsync(context);
            Assert.NotNull(action);
            return await ApplyAsync(solution, action!);
        }

        public static async Task<Solution> ApplyAsync(Solution solution, CodeAction action)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
            return apply.ChangedSolution;
        }

        private Document FindDocument(Solution solution, string path)
        {
            var fullPath = path.StartsWith("/", StringComparison.Ordinal) ? path : App.Directory + path;
            return solution.Projects.SelectMany(p => p.Documents).FirstOrDefault(d => d.FilePath == fullPath)
                ?? throw new InvalidOperationException("No document " + fullPath);
        }

        private sealed class AnalyzerDiagnosticProvider : FixAllContext.DiagnosticProvider
        {
            public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                await DiagnosticsAsync(project, cancellationToken);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return (await DiagnosticsAsync(document.Project, cancellationToken)).Where(d => d.Location.SourceTree == tree);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }

    /// <summary>The solution before and after a fix, with exact-text and compile assertions.</summary>
    public sealed class FixResult
    {
        public FixResult(Solution before, Solution after)
        {
            Before = before;
            After = after;
        }

        public Solution Before { get; }

        public Solution After { get; }

        /// <summary>The text of a document after the fix (changed, unchanged or added), by path relative to /src/App/ or absolute.</summary>
        public string Text(string path)
        {
            var fullPath = path.StartsWith("/", StringComparison.Ordinal) ? path : "/src/App/" + path;
            var document = After.Projects.SelectMany(p => p.Documents).FirstOrDefault(d => d.FilePath == fullPath)
                ?? throw new Xunit.Sdk.XunitException("No document " + fullPath + " after the fix; documents: " + string.Join(", ", After.Projects.SelectMany(p => p.Documents).Select(d => d.FilePath)));
            return document.GetTextAsync().Result.ToString();
        }

        public FixResult AssertText(string path, string expected)
        {
            var actual = Text(path);
            if (actual != expected)
            {
                throw new Xunit.Sdk.XunitException("Unexpected text of " + path + ".\n--- expected\n" + expected + "\n--- actual\n" + actual + "\n---");
            }

            return this;
        }

        /// <summary>The paths of documents the fix added, in order.</summary>
        public IReadOnlyList<string> AddedDocuments() =>
            After.GetChanges(Before).GetProjectChanges().SelectMany(p => p.GetAddedDocuments()).Select(id => After.GetDocument(id)!.FilePath!).OrderBy(p => p, StringComparer.Ordinal).ToList();

        public IReadOnlyList<string> ChangedDocuments() =>
            After.GetChanges(Before).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()).Select(id => After.GetDocument(id)!.FilePath!).OrderBy(p => p, StringComparer.Ordinal).ToList();

        /// <summary>No compiler error in any project after the fix (the test inputs compile cleanly before).</summary>
        public FixResult AssertCompiles()
        {
            foreach (var project in After.Projects)
            {
                var compilation = project.GetCompilationAsync().Result!;
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, "Errors after the fix in " + project.Name + ":\n" + string.Join("\n", errors) + "\n" + string.Join("\n", project.Documents.Select(d => "// " + d.FilePath + "\n" + d.GetTextAsync().Result)));
            }

            return this;
        }

        public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string? id = null)
        {
            var result = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var project in After.Projects)
            {
                result.AddRange((await FixTest.DiagnosticsAsync(project)).Where(d => id == null || d.Id == id));
            }

            return result.ToImmutable();
        }
    }
}
