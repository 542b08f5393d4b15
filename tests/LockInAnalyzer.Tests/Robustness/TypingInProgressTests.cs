using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LockInAnalyzer.FuzzTests;
using LockInAnalyzer.Tests.Rules;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LockInAnalyzer.Tests.Robustness
{
    /// <summary>
    /// Code as the IDE sees it while someone types: the sample's and the tests' sources truncated at arbitrary points,
    /// with a token or a line deleted. Every analyzer runs over the broken code; the verifier fails on any analyzer
    /// exception or AD0001. Deterministic (FuzzMode's fixed seed); LOCKIN_FUZZ=long runs many more variants.
    /// </summary>
    public class TypingInProgressTests
    {
        private const int VariantsPerCompilation = 8;

        public static IReadOnlyList<string> Sources { get; } = Directory.GetFiles(RepositoryFiles.Path("samples", "ContosoSupport"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Concat(new[] { "Coupling", "Strings", "Configuration" }.SelectMany(folder => Directory.GetFiles(RepositoryFiles.Path("tests", "LockInAnalyzer.Tests", folder), "*.cs")))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Concat(RobustnessTests.OddSources.Select(row => (string)row[1]))
            .ToList();

        [Fact]
        public async Task Truncated_and_token_deleted_sources_never_make_an_analyzer_fail()
        {
            var random = new Random(FuzzMode.SeedFor("typing in progress"));
            var compilations = FuzzMode.Iterations(quick: 12, @long: 400);
            for (var i = 0; i < compilations; i++)
            {
                var test = new AnalyzerTest(AnalyzerSet.All.ToArray()) { AllowCompilerErrors = true, Stacks = TestStacks.All, OutputKind = i % 2 == 0 ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication };
                var variants = new List<string>();
                for (var v = 0; v < VariantsPerCompilation; v++)
                {
                    var variant = Variant(Sources[random.Next(Sources.Count)], random);
                    variants.Add(variant);
                    test.WithSource(Escape(variant), "/src/Variant" + v + ".cs");
                }

                try
                {
                    await test.AnalyzeAsync();
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException("compilation " + i + " (seed " + FuzzMode.SeedFor("typing in progress") + ") failed: " + e.Message + "\n" + string.Join("\n----\n", variants));
                }
            }
        }

        private static string Variant(string source, Random random)
        {
            var tokens = SyntaxFactory.ParseTokens(source).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
            switch (random.Next(4))
            {
                case 0:
                    // Typing at the end: the text up to any point.
                    return source.Substring(0, random.Next(source.Length + 1));
                case 1 when tokens.Count > 0:
                    var token = tokens[random.Next(tokens.Count)];
                    return source.Remove(token.SpanStart, token.Span.Length);
                case 2 when tokens.Count > 0:
                    // Typing in the middle: everything after a token is not written yet, the rest of the file is.
                    var cut = tokens[random.Next(tokens.Count)];
                    var resume = tokens[Math.Min(tokens.Count - 1, tokens.IndexOf(cut) + 1 + random.Next(8))];
                    return source.Substring(0, cut.Span.End) + source.Substring(resume.SpanStart);
                default:
                    var lines = source.Split('\n').ToList();
                    lines.RemoveAt(random.Next(lines.Count));
                    return string.Join("\n", lines);
            }
        }

        // AnalyzerTest reads [| |] and {| |} as span markup; variants are plain text.
        private static string Escape(string source) => source.Replace("[|", "[ |", StringComparison.Ordinal).Replace("|]", "| ]", StringComparison.Ordinal).Replace("{|", "{ |", StringComparison.Ordinal).Replace("|}", "| }", StringComparison.Ordinal);
    }
}
