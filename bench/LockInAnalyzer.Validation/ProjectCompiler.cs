using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using LockInAnalyzer.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Validation;

/// <summary>
/// Compiles one project of an application in memory and runs the LockIn analyzers on it, as the IDE and the build
/// would: the project's sources, the implicit global usings its SDK adds, and as references the .NET and ASP.NET Core
/// shared frameworks plus the real SDK packages this harness restores (OpenAI, Azure.AI.OpenAI, Anthropic, Semantic
/// Kernel and its OpenAI/Azure OpenAI connectors, Microsoft.Extensions.AI, OllamaSharp, the Agent Framework, Azure.AI.Inference).
/// Other packages are missing, so the compilation has errors; binding still resolves every vendor symbol whose SDK is referenced.
/// </summary>
public static class ProjectCompiler
{
    private static readonly string[] CommonUsings = { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };
    private static readonly string[] WebUsings = { "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging" };
    private static readonly string[] WorkerUsings = { "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
        typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray());

    /// <summary>The LOCK diagnostics of one project, with the analyzer settings given as global options.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(SourceProject project, IReadOnlyDictionary<string, string> settings)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Path)).ToList();
        var usings = GlobalUsings(project.ProjectXml);
        if (usings.Count > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(string.Concat(usings.Select(u => "global using global::" + u + ";\n")), parse, path: "(implicit-usings).g.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "App",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(settings));
        var failures = new List<string>();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers.Value, new CompilationWithAnalyzersOptions(options, (e, a, _) => failures.Add(a.GetType().Name + ": " + e.Message), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        if (failures.Count > 0 || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException(project.Path + ": an analyzer failed: " + string.Join("; ", failures.Concat(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()))));
        }

        return diagnostics.Where(d => d.Id.StartsWith("LOCK", StringComparison.Ordinal) && d.Location.IsInSource && d.Severity != DiagnosticSeverity.Hidden).ToList();
    }

    /// <summary>What the SDK's ImplicitUsings adds (Microsoft.NET.Sdk, .Web, .Worker), plus the project's own Using items.</summary>
    private static List<string> GlobalUsings(string? projectXml)
    {
        // A file without a project (a file-based app, a snippet) gets the default SDK's implicit usings, as `dotnet run app.cs` does.
        var xml = projectXml ?? "<Project Sdk=\"Microsoft.NET.Sdk\"><ImplicitUsings>enable</ImplicitUsings></Project>";
        var usings = new List<string>();
        if (Regex.IsMatch(xml, @"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase))
        {
            usings.AddRange(CommonUsings);
            if (Regex.IsMatch(xml, @"Sdk=""Microsoft\.NET\.Sdk\.(Web|Razor|BlazorWebAssembly)""", RegexOptions.IgnoreCase))
            {
                usings.AddRange(WebUsings);
            }
            else if (Regex.IsMatch(xml, @"Sdk=""Microsoft\.NET\.Sdk\.Worker""", RegexOptions.IgnoreCase))
            {
                usings.AddRange(WorkerUsings);
            }
        }

        usings.AddRange(Regex.Matches(xml, @"<Using\s+Include=""([A-Za-z0-9_.]+)""\s*/>").Select(m => m.Groups[1].Value));
        return usings.Distinct(StringComparer.Ordinal).ToList();
    }

    // The harness's own trusted platform assemblies (managed only, by definition) are the shared frameworks plus the SDK
    // packages it references; the compiler and the analyzers themselves are left out.
    private static ImmutableArray<MetadataReference> LoadReferences() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                && !Path.GetFileName(path).StartsWith("LockInAnalyzer", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    /// <summary>The settings a policy or a <c>.globalconfig</c> would give, for every file.</summary>
    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options options;

        public GlobalOptionsProvider(IReadOnlyDictionary<string, string> settings) => options = new Options(settings);

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> settings;

            public Options(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

            public override bool TryGetValue(string key, out string value)
            {
                var found = settings.TryGetValue(key, out var text);
                value = text ?? string.Empty;
                return found;
            }
        }
    }
}
