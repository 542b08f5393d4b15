using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LockInAnalyzer.Tests.Rules;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LockInAnalyzer.Tests.Robustness
{
    /// <summary>
    /// Every analyzer over broken and unusual code: the verifier fails on any analyzer exception or AD0001, so these tests
    /// pass only when nothing throws. Where the outcome is knowable, it is asserted too.
    /// </summary>
    public class RobustnessTests
    {
        public static TheoryData<string, string> OddSources => new TheoryData<string, string>
        {
            { "syntax errors", "class { void M( { var x = new OpenAI.Chat.ChatClient(\"gpt-4o\" ; x. } } namespace" },
            { "unterminated string", "class C { string s = \"https://api.openai.com/v1 ; string m = \"gpt-4o" },
            { "unterminated interpolation", "class C { string s = $\"https://api.openai.com/{ ; }" },
            { "unresolved types", "public class C : UnknownBase, IUnknown { public Missing.Type M(Other o) => o.Call().Chain[0].Next; }" },
            { "vendor names without usings", "public class C { public ChatClient Client; public AnthropicClient A => new(); }" },
            { "dynamic", "class C { object M(dynamic d) { d.CompleteChat(\"gpt-4o\").Value.Content[0].Text = 1; dynamic c = new OpenAI.Chat.ChatClient(\"o3\", \"k\"); return c.CompleteChat(model: \"o3\"); } }" },
            { "unsafe code", "unsafe class C { int* p; void M() { fixed (char* c = \"https://api.openai.com\") { } var s = stackalloc int[4]; } }" },
            { "top-level statements", "using OpenAI.Chat;\nvar client = new ChatClient(\"gpt-4o\", \"k\");\nConsole.WriteLine(client.CompleteChat(\"hi\").Value.Content[0].Text);\nstatic string Model() => \"o3\";" },
            { "file-scoped namespace and records", "namespace A.B;\npublic record R(OpenAI.Chat.ChatClient Client, string Model = \"gpt-4o\");\npublic record struct S(Anthropic.AnthropicClient A);\npublic sealed record Derived(OpenAI.Chat.ChatClient Client) : R(Client);" },
            { "partial classes", "public partial class P { public partial OpenAI.Chat.ChatClient Get(); }\npublic partial class P { public partial OpenAI.Chat.ChatClient Get() => new(\"gpt-4o\", \"k\"); }\npublic partial class P : System.IDisposable { public void Dispose() { } }" },
            { "local functions and lambdas", "using System; class C { void M() { OpenAI.Chat.ChatClient Local(string model = \"o3\") => new(model, \"k\"); Func<OpenAI.Chat.ChatClient, string> f = c => c.CompleteChat(\"x\").Value.Content[0].Text; Action a = () => { var u = new Uri(\"https://api.anthropic.com\"); }; } }" },
            { "generics and constraints", "using System.Collections.Generic; public class G<T> where T : OpenAI.Chat.ChatClient { public Dictionary<T, List<OpenAI.Chat.ChatClient?[]>> M<U>(U u) where U : Anthropic.AnthropicClient => new(); }" },
            { "attributes everywhere", "[assembly: System.Reflection.AssemblyDescription(\"gpt-4o at https://api.openai.com\")]\n[Anthropic.Helpers.SchemaClass(\"x\")] class C { [Anthropic.Helpers.SchemaProperty(\"y\")] public int P { get; set; } [return: System.Obsolete(\"o3\")] int M([System.Obsolete] int a) => a; }" },
            { "aliases and global usings", "global using G = OpenAI.Chat.ChatClient;\nglobal using static OpenAI.Chat.ChatMessage;\nusing X = System.Collections.Generic.List<Anthropic.AnthropicClient>;\nclass C { G? g; X? x; object M() => CreateUserMessage(\"hi\"); }" },
            { "pattern matching and switch", "class C { string M(object o) => o switch { OpenAI.Chat.ChatClient { Model: \"gpt-4o\" } c => c.Model, Anthropic.AnthropicClient a when a.BaseUrl == \"https://api.anthropic.com\" => \"a\", _ => \"o3\" }; }" },
            { "nullable and conditional access chains", "class C { string? M(OpenAI.Chat.ChatClient? c) => c?.CompleteChat(\"x\")?.Value?.Content?[0]?.Text ?? c?.Model; }" },
            { "raw and utf8 literals", "class C { string R = \"\"\"\n  https://api.openai.com\n  \"\"\"; System.ReadOnlySpan<byte> U => \"gpt-4o\"u8; string V = @\"claude-sonnet-4-5\"; }" },
            { "operators and conversions", "public class W { public static implicit operator OpenAI.Chat.ChatClient(W w) => null!; public static W operator +(W a, Anthropic.AnthropicClient b) => a; }" },
            { "events and delegates", "public delegate OpenAI.Chat.ChatClient F(Anthropic.AnthropicClient a); public class E { public event F? Made; public event System.EventHandler? Other, More; }" },
            { "enums, consts and switch statements", "enum Tier { Fast, Smart } class C { const string M = \"o3\"; string N(Tier t) { switch (t) { case Tier.Fast: return \"o4-mini\"; default: return M; } } }" },
            { "cref and doc comments", "/// <see cref=\"OpenAI.Chat.ChatClient\"/> <see cref=\"Missing\"/> <see cref=\"OpenAI.Chat.ChatClient.CompleteChat(OpenAI.Chat.ChatMessage[])\"/>\nclass C { }" },
            { "incomplete member access", "class C { void M(OpenAI.Chat.ChatClient c) { c. ; OpenAI.Chat. ; new OpenAI.Chat.ChatClient( ; } }" },
            { "preprocessor", "#if NEVER\nclass Hidden { OpenAI.Chat.ChatClient c; }\n#endif\n#nullable disable\n#region r\nclass C { string s = \"gpt-4o\"; }\n#endregion" },
            { "empty file", "" },
            { "only trivia", "// just a comment\n/* and another */\n" },
        };

        [Theory]
        [MemberData(nameof(OddSources))]
        public async Task NoAnalyzerThrows(string name, string source)
        {
            Assert.NotNull(name);
            foreach (var stacks in new[] { TestStacks.All, TestStacks.None })
            {
                foreach (var kind in new[] { OutputKind.DynamicallyLinkedLibrary, OutputKind.ConsoleApplication })
                {
                    var test = new AnalyzerTest(AnalyzerSet.All.ToArray()) { AllowCompilerErrors = true, OutputKind = kind, Stacks = stacks }
                        .WithSource(source)
                        .WithSource("class Other { }");
                    await test.AnalyzeAsync();
                }
            }
        }

        [Fact]
        public async Task HugeLiteralsAreCheap()
        {
            var huge = new string('a', 1_000_000);
            var hugeUrl = "https://api.openai.com/" + new string('x', 100_000);
            var result = await new AnalyzerTest(AnalyzerSet.All.ToArray())
                .WithSource("class C { string A = \"" + huge + "\"; string B = \"" + hugeUrl + "\"; string C1 = \"gpt-" + new string('4', 10_000) + "\"; }")
                .AnalyzeAsync();
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public async Task DeeplyNestedExpressions()
        {
            var parentheses = new string('(', 300) + "\"gpt-4o\"" + new string(')', 300);
            var concatenation = string.Join(" + ", Enumerable.Repeat("\"https://api.openai.com\"", 2_000));
            var chain = new StringBuilder("client");
            for (var i = 0; i < 200; i++)
            {
                chain.Append(".WithOptions(o => o)");
            }

            var test = new AnalyzerTest(AnalyzerSet.All.ToArray()) { AllowCompilerErrors = true }
                .WithSource(
                    "class C { object A = " + parentheses + "; string B = " + concatenation + "; object M(Anthropic.IAnthropicClient client) => " + chain + "; }");
            var result = await test.AnalyzeAsync();
            Assert.Equal(2_000, result.Diagnostics.Count(d => d.Id == "LOCK004"));
            Assert.Equal(1, result.Diagnostics.Count(d => d.Id == "LOCK003"));
            Assert.Equal(1, result.Diagnostics.Count(d => d.Id == "LOCK001" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("WithOptions", System.StringComparison.Ordinal)));
        }

        [Fact]
        public async Task ManyFilesConcurrently()
        {
            var test = new AnalyzerTest(AnalyzerSet.All.ToArray());
            for (var i = 0; i < 60; i++)
            {
                test.WithSource(
                    "namespace N" + i + " { public class C" + i + " { public OpenAI.Chat.ChatClient Client { get; } = new(\"gpt-4o\", \"k\"); public string Url = \"https://api.openai.com\"; } }");
            }

            var result = await test.AnalyzeAsync();
            // Each file: one coupling point, at the property type, with the target-typed new() as its other use.
            Assert.Equal(60, result.Diagnostics.Count(d => d.Id == "LOCK001"));
            Assert.All(result.Diagnostics.Where(d => d.Id == "LOCK001"), d => Assert.Equal(d.Location.SourceTree, Assert.Single(d.AdditionalLocations).SourceTree));
            Assert.Equal(60, result.Diagnostics.Count(d => d.Id == "LOCK002"));
            Assert.Equal(60, result.Diagnostics.Count(d => d.Id == "LOCK003"));
            Assert.Equal(60, result.Diagnostics.Count(d => d.Id == "LOCK004"));
        }

        [Fact]
        public async Task SameInputGivesTheSameDiagnostics()
        {
            async Task<string[]> Run() => (await new AnalyzerTest(AnalyzerSet.All.ToArray())
                    .WithSource("public class A { public OpenAI.Chat.ChatClient C { get; } = new(\"gpt-4o\", \"k\"); public string U = \"https://api.anthropic.com\"; }")
                    .WithSource("public class B { public Anthropic.AnthropicClient C { get; } = new(); }")
                    .AnalyzeAsync())
                .Diagnostics.Select(DiagnosticText.Describe).ToArray();

            var first = await Run();
            Assert.NotEmpty(first);
            Assert.Equal(first, await Run());
        }
    }
}
