using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Policies;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LockInAnalyzer.Cli.Analysis
{
    /// <summary>
    /// Runs the LockIn analyzers over a project by driving the compiler in memory: the project's sources, references
    /// from its assets file (packages' compile assemblies, referenced projects compiled in memory too) and the target
    /// framework's reference assemblies, options from its .editorconfig files plus the settings the MSBuild task would
    /// generate from the policy. Nothing is written and no MSBuild target runs.
    /// </summary>
    internal sealed class CodeAnalyzer
    {
        public const long MaxSourceFileBytes = 8L * 1024 * 1024;

        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LockInAnalyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(LoadAnalyzers);

        private readonly ConcurrentDictionary<string, MetadataReference> references = new ConcurrentDictionary<string, MetadataReference>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, AnalyzerConfig?> configs = new ConcurrentDictionary<string, AnalyzerConfig?>(StringComparer.Ordinal);
        private readonly Dictionary<string, Compilation?> projectCompilations = new Dictionary<string, Compilation?>(StringComparer.Ordinal);
        private readonly HashSet<string> building = new HashSet<string>(StringComparer.Ordinal);

        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LockInAnalyzers.Value;

        /// <summary>Analyses one project; findings and one-line notes go to <paramref name="result"/>.</summary>
        public async Task AnalyzeAsync(EvaluatedProject project, string? assetsText, LockInPolicy policy, bool isAdapterProject, ProjectResult result, string root, CancellationToken cancellationToken)
        {
            var framework = project.TargetFrameworks.FirstOrDefault();
            if (framework == null)
            {
                result.Problems.Add(result.Path + ": no TargetFramework; the code was not analysed");
                return;
            }

            var notes = new List<string>();
            var build = Build(project, framework, assetsText, policy, isAdapterProject, notes);
            result.SourceFiles = build.Compilation.SyntaxTrees.Count(t => !t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
            result.Notes.AddRange(notes);

            var exceptions = new ConcurrentBag<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, build.Options),
                (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + " failed: " + ProjectEvaluator.OneLine(exception.Message)),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var diagnostics = await build.Compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var catalog = VendorCatalog.Builtin.WithVendors(policy.ExtraVendors);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001")
                {
                    exceptions.Add(ProjectEvaluator.OneLine(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
                    continue;
                }

                if (!diagnostic.Id.StartsWith("LOCK", StringComparison.Ordinal) || diagnostic.Severity == DiagnosticSeverity.Hidden)
                {
                    continue;
                }

                result.Findings.Add(ToFinding(diagnostic, result.Name, root, catalog));
            }

            result.Models.AddRange(ModelInventory.FindInCode(build.Compilation, build.Options, result.Name, root, cancellationToken));

            foreach (var exception in exceptions.Distinct().OrderBy(e => e, StringComparer.Ordinal))
            {
                result.Problems.Add(result.Path + ": analyzer error: " + exception);
            }

            result.CodeAnalyzed = true;
        }

        /// <summary>The compilation of a project and the analyzer options for it (public for the benchmark and tests).</summary>
        public (CSharpCompilation Compilation, AnalyzerConfigOptionsProvider Options) Build(EvaluatedProject project, string framework, string? assetsText, LockInPolicy policy, bool isAdapterProject, List<string> notes)
        {
            var assets = assetsText != null ? CompileAssets.Read(assetsText, framework, project.Directory) : new CompileAssets();
            var metadata = new List<MetadataReference>();
            var frameworkAssemblies = FrameworkReferences.Resolve(framework, assets, out var note);
            foreach (var path in frameworkAssemblies.Concat(assets.Assemblies).Distinct(StringComparer.Ordinal))
            {
                if (Reference(path) is { } reference)
                {
                    metadata.Add(reference);
                }
            }

            if (note != null)
            {
                notes.Add(note);
            }

            foreach (var referenced in assets.ProjectReferences)
            {
                var compilation = ReferencedProject(referenced, notes);
                if (compilation != null)
                {
                    metadata.Add(compilation.ToMetadataReference());
                }
            }

            var parseOptions = new CSharpParseOptions(BuildConventions.LanguageVersion(project), DocumentationMode.None, SourceCodeKind.Regular, BuildConventions.PreprocessorSymbols(project, framework));
            var sources = SourceFiles.Collect(project);
            var trees = new SyntaxTree[sources.Count];
            Parallel.For(0, sources.Count, i => trees[i] = Parse(sources[i], parseOptions));
            var all = trees.Where(t => t != null).ToList();
            if (BuildConventions.GlobalUsings(project) is { } globalUsings)
            {
                var intermediate = ProjectEvaluator.Resolve(project["BaseIntermediateOutputPath"] ?? "obj", project.Directory);
                all.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, Path.Combine(intermediate, project["AssemblyName"] + ".GlobalUsings.g.cs"), Encoding.UTF8));
            }

            var configSet = ConfigSet(project, sources, policy, isAdapterProject);
            var warnings = new Auditing.WarningSettings(project);
            var specific = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in warnings.NoWarn)
            {
                specific[code] = ReportDiagnostic.Suppress;
            }

            foreach (var code in warnings.WarningsAsErrors.Where(c => !specific.ContainsKey(c)))
            {
                specific[code] = ReportDiagnostic.Error;
            }

            foreach (var code in warnings.WarningsNotAsErrors.Where(c => !specific.ContainsKey(c)))
            {
                specific[code] = ReportDiagnostic.Warn;
            }

            var options = new CSharpCompilationOptions(
                BuildConventions.OutputKind(project),
                nullableContextOptions: BuildConventions.Nullable(project),
                allowUnsafe: true,
                concurrentBuild: true,
                deterministic: true,
                generalDiagnosticOption: warnings.TreatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                specificDiagnosticOptions: specific)
                .WithSyntaxTreeOptionsProvider(new ConfigTreeOptionsProvider(configSet));
            var compilationResult = CSharpCompilation.Create(project["AssemblyName"] ?? Path.GetFileNameWithoutExtension(project.FullPath), all, metadata, options);
            return (compilationResult, new ConfigOptionsProvider(configSet));
        }

        private Compilation? ReferencedProject(string path, List<string> notes)
        {
            lock (projectCompilations)
            {
                if (projectCompilations.TryGetValue(path, out var cached))
                {
                    return cached;
                }

                if (!building.Add(path))
                {
                    return null;
                }
            }

            Compilation? compilation = null;
            try
            {
                if (File.Exists(path) && path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                {
                    var project = ProjectEvaluator.Evaluate(path);
                    var framework = project.TargetFrameworks.FirstOrDefault();
                    if (framework != null)
                    {
                        string? text = null;
                        try
                        {
                            text = Auditing.PolicyCache.ReadBounded(project["ProjectAssetsFile"]!, Auditing.PackageAuditStep.MaxAssetsFileBytes);
                        }
                        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                        {
                            text = null;
                        }

                        var ignored = new List<string>();
                        var empty = PolicyResolver.Resolve(null, _ => null).Policy;
                        compilation = Build(project, framework, text, empty, false, ignored).Compilation;
                    }
                }
                else
                {
                    notes.Add("the referenced project '" + Path.GetFileName(path) + "' was not found; types from it are unknown to the analysis");
                }
            }
            catch (ProjectLoadException e)
            {
                notes.Add("the referenced project '" + Path.GetFileName(path) + "' could not be loaded (" + e.Message + "); types from it are unknown to the analysis");
            }

            lock (projectCompilations)
            {
                building.Remove(path);
                projectCompilations[path] = compilation;
            }

            return compilation;
        }

        private MetadataReference? Reference(string path) =>
            references.GetOrAdd(path, p =>
            {
                try
                {
                    return MetadataReference.CreateFromFile(p);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is BadImageFormatException)
                {
                    return null!;
                }
            });

        private static SyntaxTree Parse(string path, CSharpParseOptions options)
        {
            try
            {
                var info = new FileInfo(path);
                if (info.Length > MaxSourceFileBytes)
                {
                    return CSharpSyntaxTree.ParseText(string.Empty, options, path);
                }

                using var stream = File.OpenRead(path);
                var text = SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
                return CSharpSyntaxTree.ParseText(text, options, path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException)
            {
                return CSharpSyntaxTree.ParseText(string.Empty, options, path);
            }
        }

        private AnalyzerConfigSet ConfigSet(EvaluatedProject project, IReadOnlyList<string> sources, LockInPolicy policy, bool isAdapterProject)
        {
            var list = new List<AnalyzerConfig>();
            var directories = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var directory in sources.Select(Path.GetDirectoryName).Append(project.Directory).Distinct())
            {
                for (var current = directory; !string.IsNullOrEmpty(current) && directories.Add(current); current = Path.GetDirectoryName(current))
                {
                }
            }

            foreach (var directory in directories)
            {
                if (Config(Path.Combine(directory, ".editorconfig")) is { } editorConfig)
                {
                    list.Add(editorConfig);
                }
            }

            var globalConfig = ProjectEvaluator.FileAbove(".globalconfig", project.Directory);
            if (globalConfig != null && Config(globalConfig) is { } global)
            {
                list.Add(global);
            }

            foreach (var item in project.ItemsOf("EditorConfigFiles").Concat(project.ItemsOf("GlobalAnalyzerConfigFiles")))
            {
                if (Config(ProjectEvaluator.Resolve(item.Include, project.Directory)) is { } extra && !list.Contains(extra))
                {
                    list.Add(extra);
                }
            }

            var intermediate = ProjectEvaluator.Resolve(project["BaseIntermediateOutputPath"] ?? "obj", project.Directory);
            list.Add(AnalyzerConfig.Parse(AnalyzerConfigWriter.Write(policy, isAdapterProject), Path.Combine(intermediate, "lockin.generated.globalconfig")));
            var properties = new StringBuilder("is_global = true\n");
            properties.Append("build_property.RootNamespace = ").Append(project["RootNamespace"]).Append('\n');
            properties.Append("build_property.ProjectDir = ").Append(project.Directory).Append(Path.DirectorySeparatorChar).Append('\n');
            if (project["LockInAdapterProject"] is { } adapter)
            {
                properties.Append("build_property.LockInAdapterProject = ").Append(adapter).Append('\n');
            }

            list.Add(AnalyzerConfig.Parse(properties.ToString(), Path.Combine(intermediate, project["AssemblyName"] + ".GeneratedMSBuildEditorConfig.editorconfig")));
            return AnalyzerConfigSet.Create(list, out _);
        }

        private AnalyzerConfig? Config(string path) =>
            configs.GetOrAdd(path, p =>
            {
                try
                {
                    var info = new FileInfo(p);
                    return info.Exists && info.Length < 4 * 1024 * 1024 ? AnalyzerConfig.Parse(File.ReadAllText(p), p) : null;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    return null;
                }
            });

        private static Finding ToFinding(Diagnostic diagnostic, string project, string root, VendorCatalog catalog)
        {
            var span = diagnostic.Location.GetLineSpan();
            var file = span.Path is { Length: > 0 } path ? ProjectDiscovery.Relative(root, path) : string.Empty;
            var severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => Severity.Error,
                DiagnosticSeverity.Warning => diagnostic.IsWarningAsError ? Severity.Error : Severity.Warning,
                _ => Severity.Info,
            };
            var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var finding = new Finding(diagnostic.Id, severity, FindingKind.Code, message, project, file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1)
            {
                EndLine = span.EndLinePosition.Line + 1,
                EndColumn = span.EndLinePosition.Character + 1,
                SourceText = diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan),
            };
            var arguments = MessageArguments.Extract(diagnostic.Descriptor, message);
            string? vendorName = null;
            switch (diagnostic.Id)
            {
                case DiagnosticIds.VendorSdkUsage:
                case DiagnosticIds.HardCodedModelId:
                case DiagnosticIds.HardCodedEndpoint:
                    finding.Subject = arguments.ElementAtOrDefault(0);
                    vendorName = arguments.ElementAtOrDefault(1);
                    break;
                case DiagnosticIds.ModelNotOpenSource:
                    finding.Subject = arguments.ElementAtOrDefault(0);
                    break;
                case DiagnosticIds.VendorTypeInPublicApi:
                    finding.Subject = arguments.ElementAtOrDefault(1);
                    vendorName = arguments.ElementAtOrDefault(2);
                    break;
            }

            finding.VendorId = diagnostic.Properties.TryGetValue(CouplingPointProperties.VendorId, out var vendorId) && vendorId != null
                ? vendorId
                : vendorName == null ? null : catalog.Vendors.FirstOrDefault(v => v.Name == vendorName)?.Id;
            foreach (var location in diagnostic.AdditionalLocations.Where(l => l.IsInSource))
            {
                var use = location.GetLineSpan();
                finding.OtherUses.Add(new FindingLocation(
                    ProjectDiscovery.Relative(root, use.Path),
                    use.StartLinePosition.Line + 1,
                    use.StartLinePosition.Character + 1,
                    use.EndLinePosition.Line + 1,
                    use.EndLinePosition.Character + 1));
            }
            return finding;
        }

        private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers() =>
            typeof(DiagnosticDescriptors).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute && attribute.Languages.Contains(LanguageNames.CSharp))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
