using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LockInAnalyzer.Validation;

/// <summary>One file's truth (reviewed) and what the analyzers reported on it.</summary>
public sealed record FileOutcome(
    string Path,
    IReadOnlyList<string> Evidence,
    (Verdict Verdict, string Reason)? Judgment,
    IReadOnlyDictionary<string, int> DiagnosticCounts,
    IReadOnlyList<string> Diagnostics,
    IReadOnlyList<string> Shapes)
{
    public bool IsCoupled => Judgment?.Verdict switch
    {
        Verdict.Coupled => true,
        Verdict.NotCoupled or Verdict.Unmeasurable or Verdict.LiteralOk => false,
        _ => Evidence.Count > 0,
    };

    public bool IsUnmeasurable => Judgment?.Verdict == Verdict.Unmeasurable;

    /// <summary>The rules that report coupling to a vendor (LOCK005 is about open-weight model licenses, not a vendor).</summary>
    public static readonly string[] CouplingRules = { "LOCK001", "LOCK002", "LOCK003", "LOCK004", "LOCK006" };

    public bool IsFlagged => CouplingRules.Any(id => Count(id) > 0);

    /// <summary>Flagged, yet neither coupled nor a right literal finding nor out of measurement.</summary>
    public bool IsFalsePositive => IsFlagged && !IsCoupled && !IsUnmeasurable && Judgment?.Verdict != Verdict.LiteralOk;

    public int Count(string id) => DiagnosticCounts.TryGetValue(id, out var n) ? n : 0;
}

/// <summary>The per-file outcomes of one application.</summary>
public sealed class AppMeasurement
{
    // How the code is shaped where it chooses or touches a vendor (text patterns, counted per file; docs/validation.md).
    private static readonly (string Shape, Regex Pattern)[] ShapePatterns =
    {
        ("new OpenAIClient / ChatClient(model, key)", new Regex(@"new\s+(?:OpenAI\.)?(?:OpenAIClient|ChatClient|EmbeddingClient|ImageClient|AudioClient)\s*\(")),
        ("new AzureOpenAIClient(...)", new Regex(@"new\s+(?:Azure\.AI\.OpenAI\.)?AzureOpenAIClient\s*\(")),
        ("new AnthropicClient(...)", new Regex(@"new\s+(?:Anthropic\.(?:SDK\.)?)?AnthropicClient\s*\(")),
        ("target-typed new() of a vendor client", new Regex(@"(?:OpenAIClient|AzureOpenAIClient|ChatClient|AnthropicClient)\s+\w+\s*=\s*new\s*\(")),
        ("SK kernel builder .Add*ChatCompletion", new Regex(@"\.Add(?:Azure)?OpenAIChatCompletion\s*\(|\.Add(?:GoogleAI|VertexAI)Gemini\w*\s*\(|\.AddMistralChatCompletion\s*\(|\.AddBedrock\w*\s*\(")),
        ("SK service registration services.Add*ChatCompletion", new Regex(@"Services\s*\.\s*Add(?:Azure)?OpenAIChatCompletion\s*\(|services\s*\.\s*Add(?:Azure)?OpenAIChatCompletion\s*\(", RegexOptions.IgnoreCase)),
        ("SK connector service new (Azure)OpenAIChatCompletionService", new Regex(@"new\s+(?:Azure)?OpenAIChatCompletionService\s*\(")),
        ("SK (Azure)OpenAIPromptExecutionSettings", new Regex(@"\b(?:Azure)?OpenAIPromptExecutionSettings\b")),
        ("Aspire builder.Add(Azure)OpenAIClient(\"name\")", new Regex(@"\.Add(?:Keyed)?(?:Azure)?OpenAIClient\s*\(\s*""")),
        ("bridge .AsIChatClient() / .AsChatClient()", new Regex(@"\.As(?:I)?ChatClient\s*\(")),
        ("Agent Framework .CreateAIAgent / .AsAIAgent on a vendor client", new Regex(@"\.(?:CreateAIAgent|AsAIAgent|GetAIAgent\w*)\s*\(")),
        ("neutral registration AddChatClient / AddKernel", new Regex(@"\.Add(?:Keyed)?ChatClient\s*\(|\.AddKernel\s*\(")),
        ("vendor chosen by a switch/if on configuration", new Regex(@"(?:switch\s*\(|case\s+""|==\s*"")[^\n]*(?:openai|azure|anthropic|ollama|gemini)", RegexOptions.IgnoreCase)),
    };

    private static readonly Regex ExtensionRegistration = new(@"static\s+[\w<>.?]+\s+(?<name>\w+)\s*\(\s*this\s+(?:IServiceCollection|IHostApplicationBuilder|WebApplicationBuilder|HostApplicationBuilder|IKernelBuilder|FunctionsApplicationBuilder)\b");

    private AppMeasurement(string repository, string commit, IReadOnlyList<FileOutcome> files)
    {
        Repository = repository;
        Commit = commit;
        Files = files;
    }

    public string Repository { get; }

    public string Commit { get; }

    public IReadOnlyList<FileOutcome> Files { get; }

    public IEnumerable<FileOutcome> Coupled => Files.Where(f => f.IsCoupled);

    public static AppMeasurement Measure(AppSnapshot snapshot, IReadOnlyList<Diagnostic> diagnostics, Judgments judgments)
    {
        var byFile = diagnostics.GroupBy(d => d.Location.SourceTree!.FilePath).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var files = snapshot.Files.Select(file =>
        {
            var found = byFile.TryGetValue(file.Path, out var list) ? list : new List<Diagnostic>();
            return new FileOutcome(
                file.Path,
                IndependentCheck.Evidence(file.Text),
                judgments.Find(snapshot.Repository, file.Path),
                found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                found.OrderBy(d => d.Location.SourceSpan.Start)
                    .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                    .ToList(),
                Shapes(file));
        }).ToList();
        return new AppMeasurement(snapshot.Repository, snapshot.Commit, files);
    }

    /// <summary>Where the file sits in the application (its composition-root kind) and the client shapes it contains.</summary>
    private static IReadOnlyList<string> Shapes(SourceFile file)
    {
        var shapes = new List<string>();
        var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(file.Text).GetRoot();
        var name = System.IO.Path.GetFileName(file.Path);
        if (root.ChildNodes().OfType<GlobalStatementSyntax>().Any())
        {
            shapes.Add(name.Equals("Program.cs", StringComparison.OrdinalIgnoreCase) ? "root: top-level statements in Program.cs" : "root: top-level statements in another file (a sample step, a file-based app)");
        }
        else if (root.DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "ConfigureServices" || (m.Identifier.ValueText == "Configure" && m.ParameterList.Parameters.Any(p => p.Type?.ToString().Contains("FunctionsHostBuilder", StringComparison.Ordinal) == true))))
        {
            shapes.Add("root: Startup.ConfigureServices");
        }
        else if (root.DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "Main" && m.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            shapes.Add("root: static Main");
        }

        foreach (Match registration in ExtensionRegistration.Matches(file.Text))
        {
            shapes.Add(registration.Groups["name"].Value.StartsWith("Add", StringComparison.Ordinal) ? "root: extension method Add*(this IServiceCollection/IHostApplicationBuilder/IKernelBuilder)" : "root: other registration extension method");
        }

        if (!shapes.Any(s => s.StartsWith("root:", StringComparison.Ordinal))
            && root.DescendantNodes().OfType<ClassDeclarationSyntax>().Any(c => Regex.IsMatch(c.Identifier.ValueText, "(Factory|Creator|Helper|Provider)$")))
        {
            shapes.Add("factory: a *Factory/*Creator/*Helper/*Provider class builds the clients");
        }

        shapes.AddRange(ShapePatterns.Where(p => p.Pattern.IsMatch(file.Text)).Select(p => p.Shape));
        return shapes.Distinct(StringComparer.Ordinal).ToList();
    }
}
