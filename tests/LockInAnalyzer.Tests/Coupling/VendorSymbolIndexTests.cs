using System.Linq;
using LockInAnalyzer.Coupling;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LockInAnalyzer.Tests.Coupling
{
    /// <summary>The per-compilation index: built once, absent when no vendor SDK is referenced, matching by assembly AND namespace.</summary>
    public class VendorSymbolIndexTests
    {
        private static CSharpCompilation Compile(TestStacks stacks, string source = "namespace OpenAI.Chat { public class ChatClient { } }") =>
            CSharpCompilation.Create("Test", new[] { CSharpSyntaxTree.ParseText(source) }, TestReferences.For(stacks), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        [Theory]
        [InlineData(TestStacks.None)]
        [InlineData(TestStacks.ExtensionsAI | TestStacks.Hosting)]
        [InlineData(TestStacks.UserOpenAINamespace)]
        public void NoIndexWithoutAVendorAssembly(TestStacks stacks) => Assert.Null(VendorSymbolIndex.For(Compile(stacks)));

        [Fact]
        public void BuiltOncePerCompilation()
        {
            var compilation = Compile(TestStacks.All);
            var index = VendorSymbolIndex.For(compilation);
            Assert.NotNull(index);
            Assert.Same(index, VendorSymbolIndex.For(compilation));
            Assert.Equal(
                new[] { "anthropic", "aws-bedrock", "google-gemini", "mistral", "openai" },
                index!.ReferencedVendors.Select(v => v.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        }

        [Fact]
        public void MatchesByAssemblyAndNamespace()
        {
            var compilation = Compile(TestStacks.OpenAI | TestStacks.UserOpenAINamespace);
            var index = VendorSymbolIndex.For(compilation)!;
            var vendorType = compilation.References
                .Select(compilation.GetAssemblyOrModuleSymbol)
                .OfType<IAssemblySymbol>()
                .Single(a => a.Identity.Name == "OpenAI")
                .GetTypeByMetadataName("OpenAI.Chat.ChatClient")!;
            var sourceType = compilation.Assembly.GetTypeByMetadataName("OpenAI.Chat.ChatClient")!;
            var libraryType = compilation.References
                .Select(compilation.GetAssemblyOrModuleSymbol)
                .OfType<IAssemblySymbol>()
                .Single(a => a.Identity.Name == "Contoso.Toolkit")
                .GetTypeByMetadataName("OpenAI.Something.ChatClient")!;

            Assert.Equal("openai", index.MatchType(vendorType)?.Vendor.Id);
            Assert.Equal("chat", index.MatchType(vendorType)?.Role.Id);
            Assert.Null(index.MatchType(sourceType));
            Assert.Null(index.MatchType(libraryType));
            Assert.True(index.IsCandidateTypeName("ChatClient"));
            Assert.True(index.IsCandidateTypeName("SchemaClass") == false);
        }
    }
}
