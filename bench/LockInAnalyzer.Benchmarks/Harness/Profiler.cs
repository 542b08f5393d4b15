using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Configuration;
using LockInAnalyzer.Coupling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace LockInAnalyzer.Benchmarks.Harness;

/// <summary>
/// Explains where LockIn's analyzer time goes. Probe analyzers register exactly what the LockIn analyzers register but
/// do nothing (or only the first cheap step) in their callbacks, so the driver's cost of a registration is separated from
/// the work done inside it. Also counts how many identifiers pass the type-name pre-filter, and splits the one-time
/// vendor index build.
/// </summary>
public static class Profiler
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<string> RunAsync(CorpusWorkspace corpus, int iterations)
    {
        var text = new StringBuilder();
        text.AppendLine($"### Profile: {corpus.Name} ({corpus.Files.Count} files, {corpus.Lines:N0} lines)").AppendLine();

        // What the syntax passes see.
        var identifiers = 0;
        var strings = 0;
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        var memberNames = 0;
        var memberNamesOfExpressions = 0;
        var boundAfterPositionFilter = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = VendorSymbolIndex.For(corpus.CreateCompilation(concurrentBuild: false));
        foreach (var tree in corpus.Trees)
        {
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is IdentifierNameSyntax or GenericNameSyntax)
                {
                    identifiers++;
                    var name = ((SimpleNameSyntax)node).Identifier.ValueText;
                    if (index != null && index.IsCandidateTypeName(name))
                    {
                        candidates[name] = candidates.TryGetValue(name, out var n) ? n + 1 : 1;
                        if (TypeNamePosition.MayNameAType((SimpleNameSyntax)node))
                        {
                            boundAfterPositionFilter[name] = boundAfterPositionFilter.TryGetValue(name, out var b) ? b + 1 : 1;
                        }
                        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node && access.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax) )
                        {
                            memberNamesOfExpressions++;
                        }
                        else if (node.Parent is MemberAccessExpressionSyntax access2 && access2.Name == node)
                        {
                            memberNames++;
                        }
                    }
                }
                else if (node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression))
                {
                    strings++;
                }
            }
        }

        var candidateTotal = candidates.Values.Sum();
        text.AppendLine($"- IdentifierName + GenericName nodes (LOCK001 syntax callbacks): {identifiers:N0}");
        text.AppendLine($"- of which pass `IsCandidateTypeName` (spelled like a vendor type): {candidateTotal:N0} ({(identifiers == 0 ? 0 : 100.0 * candidateTotal / identifiers):F2} %)");
        var boundTotal = boundAfterPositionFilter.Values.Sum();
        text.AppendLine($"- of which stand where C# can mean a type (`TypeNamePosition.MayNameAType`) and are bound with `GetSymbolInfo`: {boundTotal:N0}" +
            (boundTotal == 0 ? "" : $" ({string.Join(", ", boundAfterPositionFilter.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(10).Select(c => $"`{c.Key}` ×{c.Value}"))})"));
        if (candidates.Count > 0)
        {
            var top = candidates.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(15).ToList();
            text.AppendLine($"- most frequent candidate names: {string.Join(", ", top.Select(c => $"`{c.Key}` ×{c.Value}"))}");
            var owners = VendorTypesNamed(corpus, top.Take(8).Select(c => c.Key).ToHashSet(StringComparer.Ordinal));
            text.AppendLine($"- the vendor types behind the commonest ones: {string.Join("; ", owners.Select(o => $"`{o.Key}`: {string.Join(", ", o.Value.Take(3).Select(n => "`" + n + "`"))}{(o.Value.Count > 3 ? $" and {o.Value.Count - 3} more" : "")}"))}");
        }

        text.AppendLine($"- candidates that are the member name of `x.Name` / `a.b.Name` (a member access, bound only to find a member): {memberNames:N0}; of `(expr).Name`, `call().Name` and the like (never a type): {memberNamesOfExpressions:N0}");
        text.AppendLine($"- string literal and interpolated string nodes (LOCK003/LOCK004 callbacks): {strings:N0}");
        text.AppendLine();

        // Registration floors against the real analyzers.
        var probes = Probes();
        var lockIn = AnalyzerSets.LockIn();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new UniformConfigOptionsProvider(new DictionaryConfigOptions(corpus.EditorConfig)));
        var samples = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal);
        for (var i = 0; i < iterations + 1; i++)
        {
            foreach (var set in new[] { probes, lockIn })
            {
                var telemetry = await AnalyzeAsync(corpus, set, options);
                if (i == 0)
                {
                    continue; // warm-up
                }

                foreach (var pair in telemetry)
                {
                    var name = pair.Key is ProbeAnalyzer probe ? probe.Name : pair.Key.GetType().Name;
                    if (!samples.TryGetValue(name, out var list))
                    {
                        samples[name] = list = new List<TimeSpan>();
                    }

                    list.Add(pair.Value.ExecutionTime);
                }
            }
        }

        text.AppendLine($"| Analyzer or probe (median of {iterations}, each set alone in one driver) | ms |");
        text.AppendLine("|---|---:|");
        foreach (var pair in samples)
        {
            text.AppendLine($"| {pair.Key} | {Stats.Median(pair.Value).TotalMilliseconds.ToString("F2", Invariant)} |");
        }

        if (corpus.HasVendorReferences)
        {
            text.AppendLine();
            text.AppendLine("One-time vendor index build on cold metadata (median of 3):").AppendLine();
            text.AppendLine(IndexBuildSplit(corpus.ReferencePaths));
        }

        return text.ToString();
    }

    private static string IndexBuildSplit(IReadOnlyList<string> referencePaths)
    {
        var typeNames = new List<TimeSpan>();
        var walk = new List<TimeSpan>();
        var full = new List<TimeSpan>();
        var publicTypes = 0;
        var names = 0;
        for (var i = 0; i < 3; i++)
        {
            var vendorAssemblies = Cold(referencePaths, out _);
            var watch = Stopwatch.StartNew();
            names = vendorAssemblies.Sum(a => a.TypeNames.Count);
            typeNames.Add(watch.Elapsed);

            vendorAssemblies = Cold(referencePaths, out _);
            watch.Restart();
            publicTypes = vendorAssemblies.Sum(CountPublicTypes);
            walk.Add(watch.Elapsed);

            _ = Cold(referencePaths, out var compilation);
            watch.Restart();
            _ = VendorSymbolIndex.For(compilation);
            full.Add(watch.Elapsed);
        }

        return $"- `VendorSymbolIndex.For` (type names from `IAssemblySymbol.TypeNames`, no symbol walk): {Stats.Median(full).TotalMilliseconds:F1} ms\n" +
               $"- the bare symbol walk alone (`GetMembers()` over namespaces and types, {publicTypes:N0} public types): {Stats.Median(walk).TotalMilliseconds:F1} ms\n" +
               $"- `IAssemblySymbol.TypeNames` of the same assemblies ({names:N0} names, read from metadata without creating symbols): {Stats.Median(typeNames).TotalMilliseconds:F2} ms";
    }

    private static List<IAssemblySymbol> Cold(IReadOnlyList<string> referencePaths, out CSharpCompilation compilation)
    {
        compilation = CSharpCompilation.Create("Cold", Array.Empty<SyntaxTree>(), ReferenceAssemblies.Load(referencePaths), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var catalog = LockInAnalyzer.Catalog.Vendors.VendorCatalog.Builtin;
        return compilation.SourceModule.ReferencedAssemblySymbols.Where(a => catalog.IsVendorAssemblyName(a.Identity.Name)).ToList();
    }

    private static int CountPublicTypes(IAssemblySymbol assembly)
    {
        var count = 0;
        var stack = new Stack<INamespaceOrTypeSymbol>();
        stack.Push(assembly.GlobalNamespace);
        while (stack.Count > 0)
        {
            foreach (var member in stack.Pop().GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    stack.Push(ns);
                }
                else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
                {
                    count++;
                    stack.Push(type);
                }
            }
        }

        return count;
    }

    private static async Task<IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>> AnalyzeAsync(CorpusWorkspace corpus, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var compilation = corpus.CreateCompilation(concurrentBuild: false);
        _ = compilation.SourceModule.ReferencedAssemblySymbols;
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var result = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (var analyzer in analyzers)
        {
            result[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    private static ImmutableArray<DiagnosticAnalyzer> Probes() => ImmutableArray.Create<DiagnosticAnalyzer>(
        new ProbeAnalyzer("probe: empty syntax action on IdentifierName+GenericName (LOCK001 registration)", start => start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.IdentifierName, SyntaxKind.GenericName)),
        new ProbeAnalyzer("probe: IdentifierName+GenericName with IsCandidateTypeName only, no binding", start =>
        {
            var index = VendorSymbolIndex.For(start.Compilation);
            if (index != null)
            {
                start.RegisterSyntaxNodeAction(c => _ = index.IsCandidateTypeName(((SimpleNameSyntax)c.Node).Identifier.ValueText), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            }
        }),
        new ProbeAnalyzer("probe: IdentifierName+GenericName, IsCandidateTypeName then GetSymbolInfo, no position filter (LOCK001's binding before TypeNamePosition)", start =>
        {
            var index = VendorSymbolIndex.For(start.Compilation);
            if (index != null)
            {
                start.RegisterSyntaxNodeAction(
                    c =>
                    {
                        if (index.IsCandidateTypeName(((SimpleNameSyntax)c.Node).Identifier.ValueText))
                        {
                            _ = c.SemanticModel.GetSymbolInfo(c.Node, c.CancellationToken);
                        }
                    },
                    SyntaxKind.IdentifierName,
                    SyntaxKind.GenericName);
            }
        }),
        new ProbeAnalyzer("probe: operation action, referenced member then VendorOf (LOCK001's operation pass, first step)", start =>
        {
            var index = VendorSymbolIndex.For(start.Compilation);
            if (index != null)
            {
                start.RegisterOperationAction(
                    c =>
                    {
                        var member = c.Operation switch
                        {
                            Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation => invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod,
                            Microsoft.CodeAnalysis.Operations.IMemberReferenceOperation reference => reference.Member,
                            _ => null,
                        };
                        _ = member == null ? null : index.VendorOf(member);
                    },
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.FieldReference,
                    OperationKind.EventReference,
                    OperationKind.MethodReference,
                    OperationKind.ObjectCreation);
            }
        }),
        new ProbeAnalyzer("probe: symbol action, signature types through FindVendorTypeWithin, no syntax lookup (LOCK002 without its eager DeclaringSyntaxReferences)", start =>
        {
            var index = VendorSymbolIndex.For(start.Compilation);
            if (index != null)
            {
                start.RegisterSymbolAction(c => _ = SignatureTypes(c.Symbol).Count(t => index.FindVendorTypeWithin(t) != null), SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event);
            }
        }),
        new ProbeAnalyzer("probe: empty operation action on LOCK001's 6 operation kinds", start => start.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.EventReference, OperationKind.MethodReference, OperationKind.ObjectCreation)),
        new ProbeAnalyzer("probe: empty symbol action on LOCK002's 5 symbol kinds", start => start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field, SymbolKind.Event)),
        new ProbeAnalyzer("probe: empty syntax action on string literals + interpolated strings (LOCK004 registration)", start => start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression)),
        new ProbeAnalyzer("probe: string literals, only `LockInSettings.For(GetOptions(tree))` (LOCK003's first step)", start => start.RegisterSyntaxNodeAction(c => _ = LockInSettings.For(c.Options.AnalyzerConfigOptionsProvider.GetOptions(c.Node.SyntaxTree)), SyntaxKind.StringLiteralExpression)));

    /// <summary>Which vendor types (full names, nested marked with +) carry each of <paramref name="names"/>.</summary>
    private static SortedDictionary<string, List<string>> VendorTypesNamed(CorpusWorkspace corpus, ISet<string> names)
    {
        var result = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var compilation = corpus.CreateCompilation(concurrentBuild: false);
        var catalog = LockInAnalyzer.Catalog.Vendors.VendorCatalog.Builtin;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols.Where(a => catalog.IsVendorAssemblyName(a.Identity.Name)))
        {
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                foreach (var member in stack.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        stack.Push(ns);
                    }
                    else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
                    {
                        if (names.Contains(type.Name))
                        {
                            if (!result.TryGetValue(type.Name, out var list))
                            {
                                result[type.Name] = list = new List<string>();
                            }

                            var containing = type.ContainingType;
                            list.Add(containing == null ? type.ToDisplayString() : containing.ToDisplayString() + "+" + type.Name);
                        }

                        stack.Push(type);
                    }
                }
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return result;
    }

    private static IEnumerable<ITypeSymbol> SignatureTypes(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol method:
                if (!method.ReturnsVoid)
                {
                    yield return method.ReturnType;
                }

                foreach (var parameter in method.Parameters)
                {
                    yield return parameter.Type;
                }

                break;
            case IPropertySymbol property:
                yield return property.Type;
                break;
            case IFieldSymbol field:
                yield return field.Type;
                break;
            case IEventSymbol @event:
                yield return @event.Type;
                break;
            case INamedTypeSymbol type:
                if (type.BaseType != null)
                {
                    yield return type.BaseType;
                }

                foreach (var @interface in type.Interfaces)
                {
                    yield return @interface;
                }

                break;
        }
    }

    /// <summary>An analyzer that only registers, for measuring what a registration costs in the driver. Never shipped.</summary>
    // Not an analyzer to load from an assembly (no [DiagnosticAnalyzer]): the profiler instantiates it directly.
#pragma warning disable RS1001
    private sealed class ProbeAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // Release tracking is for shipped rules; this probe never reports and never ships.
        private static readonly DiagnosticDescriptor Descriptor = new("PROBE01", "Probe", "Probe", "Performance", DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2008
        private readonly Action<CompilationStartAnalysisContext> register;

        public ProbeAnalyzer(string name, Action<CompilationStartAnalysisContext> register)
        {
            Name = name;
            this.register = register;
        }

        public string Name { get; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(register);
        }
    }
}
