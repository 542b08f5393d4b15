using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.CodeFixes.Abstractions;
using LockInAnalyzer.CodeFixes.Common;
using LockInAnalyzer.CodeFixes.Settings;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Strings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.CodeFixBenchmarks
{
    /// <summary>
    /// Fix All (solution scope) over 200 generated files: each file holds one service class with an OpenAI ChatClient
    /// field built from a hard-coded model id, two migrated calls and a result pattern, plus two more model ids
    /// (5 LOCK003 + several LOCK001/LOCK002 per file, about 1,000 fixable occurrences per fix in all). Times the whole
    /// code action (diagnostics, planning, rewriting, compile check, simplification and formatting) and prints the medians
    /// of the fix's wall and CPU time (on a shared machine the CPU time is the steadier figure).
    /// Usage: dotnet run -c Release --project bench/LockInAnalyzer.CodeFixBenchmarks [-- --files N --runs N]
    /// </summary>
    public static class Program
    {
        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new VendorSdkUsageAnalyzer(), new VendorTypeInPublicApiAnalyzer(), new HardCodedModelIdAnalyzer(), new HardCodedEndpointAnalyzer());

        public static async Task<int> Main(string[] args)
        {
            var files = Option(args, "--files", 200);
            var runs = Option(args, "--runs", 3);
            if (Array.IndexOf(args, "--stages") >= 0)
            {
                await StagesAsync(files);
                return 0;
            }

            Console.WriteLine($"Fix All over {files} files, median of {runs} runs (after one warm-up run of each fix)");
            Console.WriteLine("| Fix All | Files | Occurrences | Fix (wall) | Fix (CPU) | Analysis | Fix runs (wall, s) |");
            foreach (var (name, provider, key, id) in new (string, CodeFixProvider, string, string)[]
            {
                ("LOCK003 Move the model id to configuration", new MoveModelIdToConfigurationCodeFixProvider(), MoveModelIdToConfigurationCodeFixProvider.EquivalenceKey, "LOCK003"),
                ("LOCK001 Depend on Microsoft.Extensions.AI", new DependOnAbstractionCodeFixProvider(), DependOnAbstractionCodeFixProvider.EquivalenceKey, "LOCK001"),
            })
            {
                Console.Write("  warm-up: ");
                await MeasureAsync(name, files, provider, key, id);
                var results = new List<Measurement>();
                for (var run = 0; run < runs; run++)
                {
                    results.Add(await MeasureAsync(name, files, provider, key, id));
                }

                static double Median(IEnumerable<double> values)
                {
                    var sorted = values.OrderBy(v => v).ToList();
                    return sorted[sorted.Count / 2];
                }

                Console.WriteLine(
                    $"| {name} | {files} | {results[0].Occurrences} | {Median(results.Select(r => r.Fix)):F2} s | {Median(results.Select(r => r.FixCpu)):F2} s " +
                    $"| {Median(results.Select(r => r.Analysis)):F2} s | {string.Join(", ", results.Select(r => r.Fix.ToString("F2")))} |");
            }

            return 0;
        }

        /// <summary>One Fix All: the analysis (computing the diagnostics) and the fix (the whole code action), wall and CPU time.</summary>
        private static async Task<Measurement> MeasureAsync(string name, int files, CodeFixProvider provider, string key, string id)
        {
            var solution = CreateSolution(files);
            var project = solution.Projects.Single();
            var stopwatch = Stopwatch.StartNew();
            var diagnostics = await DiagnosticsAsync(project, CancellationToken.None);
            var occurrences = diagnostics.Count(d => d.Id == id);
            var analysis = stopwatch.Elapsed.TotalSeconds;
            stopwatch.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var first = diagnostics.First(d => d.Id == id);
            var context = new FixAllContext(project.GetDocument(first.Location.SourceTree)!, provider, FixAllScope.Solution, key, new[] { id }, new Provider(diagnostics), CancellationToken.None);
            var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            var fix = stopwatch.Elapsed.TotalSeconds;
            var fixCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"  {name}: analysis {analysis:F2} s, fix {fix:F2} s ({fixCpu:F2} s CPU)");

            var errors = (await changed.Projects.Single().GetCompilationAsync())!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var left = (await DiagnosticsAsync(changed.Projects.Single(), CancellationToken.None)).Count(d => d.Id == id && !d.Location.SourceTree!.FilePath.EndsWith("AiSettings.cs", StringComparison.Ordinal));
            if (errors > 0 || left > 0)
            {
                throw new InvalidOperationException($"{name}: {errors} compiler errors and {left} {id} left after Fix All.");
            }

            return new Measurement(analysis, fix, fixCpu, occurrences);
        }

        /// <summary>
        /// Where the time of the LOCK001 Fix All goes, stage by stage as <see cref="AbstractionFixer.FixAsync"/> runs them, then
        /// the code action's clean-up (simplifier, formatter). Wall and CPU time: on a shared machine the CPU time is the
        /// steadier figure. Usage: <c>-- --stages [--files N]</c>.
        /// </summary>
        private static async Task StagesAsync(int files)
        {
            for (var run = 0; run < 3; run++)
            {
                var solution = CreateSolution(files);
                var diagnostics = (await DiagnosticsAsync(solution.Projects.Single(), CancellationToken.None)).Where(d => d.Id == "LOCK001").ToList();
                var stages = new List<string>();
                var wall = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                void Stage(string name)
                {
                    var now = Process.GetCurrentProcess().TotalProcessorTime;
                    stages.Add($"{name} {wall.Elapsed.TotalSeconds:F2} s ({(now - cpu).TotalSeconds:F2} s CPU)");
                    cpu = now;
                    wall.Restart();
                }

                var plans = new List<MigrationPlan>();
                foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree))
                {
                    var document = solution.GetDocument(group.Key)!;
                    var type = AbstractionFixer.ContainingType((await document.GetSyntaxRootAsync())!, group.First().Location.SourceSpan)!;
                    if (await AbstractionFixer.PlanAsync(solution, document, type, CancellationToken.None) is { } plan)
                    {
                        plans.Add(plan);
                    }
                }

                Stage("plan");
                var fixedSolution = await AbstractionFixer.ApplyAsync(solution, plans, CancellationToken.None);
                Stage("apply and using clean-up");
                var broken = await CompileCheck.NewErrorsAsync(solution, fixedSolution, CancellationToken.None);
                Stage("compile check");
                var changed = fixedSolution.GetChanges(solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments().Concat(p.GetAddedDocuments())).ToList();
                fixedSolution = await NameShortener.ShortenAsync(fixedSolution, changed, CancellationToken.None);
                Stage("short names");
                await CodeAction.Create("stages", _ => Task.FromResult(fixedSolution)).GetOperationsAsync(CancellationToken.None);
                Stage("code action clean-up");
                Console.WriteLine($"run {run}: {plans.Count} types, {broken.Count} broken; " + string.Join(", ", stages));
            }
        }

        private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = (await project.GetCompilationAsync(cancellationToken))!;
            return await compilation.WithAnalyzers(Analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken);
        }

        private static Solution CreateSolution(int files)
        {
            var workspace = new AdhocWorkspace();
            var id = ProjectId.CreateNewId();
            var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
                id, VersionStamp.Default, "Corpus", "Corpus", LanguageNames.CSharp, filePath: "/corpus/Corpus.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
                metadataReferences: References()));
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".editorconfig", SourceText.From("root = true\n\n[*.cs]\nlockin.adapter_namespaces = Corpus.Adapters\n"), filePath: "/corpus/.editorconfig");
            var models = new[] { "gpt-4o", "gpt-4o-mini", "gpt-4.1", "claude-sonnet-4-5", "o4-mini" };
            for (var i = 0; i < files; i++)
            {
                var text = $$"""
                    using System.Collections.Generic;
                    using System.Threading;
                    using System.Threading.Tasks;
                    using OpenAI.Chat;

                    namespace Corpus.Domain.Area{{i % 10}};

                    public sealed class Service{{i}}
                    {
                        private readonly ChatClient chat = new ChatClient("{{models[i % 3]}}", "key");

                        public string Fallback => "{{models[(i + 1) % 5]}}";

                        public async Task<string> AskAsync(string question, CancellationToken cancellationToken = default)
                        {
                            var messages = new List<ChatMessage> { new SystemChatMessage("Be brief."), new UserChatMessage(question) };
                            ChatCompletion completion = await chat.CompleteChatAsync(messages, cancellationToken: cancellationToken);
                            return completion.Content[0].Text;
                        }

                        public async Task<string> QuickAsync(string question) => (await chat.CompleteChatAsync(question)).Value.Content[0].Text;

                        public string[] Candidates() => new[] { "{{models[(i + 2) % 5]}}", "{{models[(i + 3) % 5]}}", "gpt-4o" };
                    }
                    """;
                solution = solution.AddDocument(DocumentId.CreateNewId(id), $"Service{i}.cs", SourceText.From(text, Encoding.UTF8), new[] { "Domain" }, $"/corpus/Domain/Service{i}.cs");
            }

            return solution;
        }

        private static ImmutableArray<MetadataReference> References()
        {
            var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator);
            var framework = trusted.Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(p) == frameworkDirectory && IsAssembly(p));
            var packages = new[] { "OpenAI", "System.ClientModel", "System.Memory.Data", "Anthropic", "Microsoft.Extensions.AI.Abstractions" }.Select(n => Path.Combine(AppContext.BaseDirectory, n + ".dll"));
            return framework.Concat(packages).OrderBy(p => p, StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }

        private static bool IsAssembly(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                return reader.HasMetadata && System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader).IsAssembly;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }

        private static int Option(string[] args, string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
        }

        private sealed record Measurement(double Analysis, double Fix, double FixCpu, int Occurrences);

        private sealed class Provider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> diagnostics;

            public Provider(ImmutableArray<Diagnostic> diagnostics)
            {
                this.diagnostics = diagnostics;
            }

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return diagnostics.Where(d => d.Location.SourceTree == tree);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
