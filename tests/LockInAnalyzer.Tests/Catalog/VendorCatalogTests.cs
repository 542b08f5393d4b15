using System.Linq;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Tests.Verification;
using Xunit;

namespace LockInAnalyzer.Tests.Catalog
{
    /// <summary>The built-in catalog (policies/catalog/vendors.json, embedded) loads cleanly and says what the analyzers rely on.</summary>
    public class VendorCatalogTests
    {
        private static readonly VendorCatalog Catalog = VendorCatalog.Builtin;

        [Fact]
        public void BuiltinCatalogFileReadsWithoutProblems()
        {
            var text = System.IO.File.ReadAllText(RepositoryFiles.Path("policies", "catalog", "vendors.json"));
            var result = CatalogReader.Read(text, "vendors.json");
            Assert.Empty(result.Problems.Select(p => p.ToString()));
            Assert.NotNull(result.Catalog);
            Assert.Equal(Catalog.Vendors.Select(v => v.Id), result.Catalog!.Vendors.Select(v => v.Id));
        }

        [Fact]
        public void EveryModelExampleIsFoundAsItsOwnVendorsModel()
        {
            var failures = (from vendor in Catalog.Vendors
                            from model in vendor.Models
                            where model.Example != null
                            let found = Catalog.FindModel(model.Example!, inModelContext: true)
                            where found == null || found.Value.Vendor != vendor || !model.Regex.IsMatch(model.Example!)
                            select vendor.Id + ": '" + model.Example + "' resolves to " + (found?.Vendor.Id ?? "nothing")).ToList();
            Assert.Empty(failures);
        }

        [Fact]
        public void EveryOpenWeightExampleIsNeverAClosedModel()
        {
            foreach (var model in Catalog.OpenWeightModels)
            {
                Assert.NotNull(model.Example);
                Assert.Matches(model.Regex, model.Example!);
                Assert.Null(Catalog.FindModel(model.Example!, inModelContext: true));
            }
        }

        [Fact]
        public void ContextAnchoredFamiliesNeedAModelContext()
        {
            Assert.Null(Catalog.FindModel("o3", inModelContext: false));
            Assert.Equal("openai", Catalog.FindModel("o3", inModelContext: true)?.Vendor.Id);
            Assert.Equal("openai", Catalog.FindModel("gpt-4o", inModelContext: false)?.Vendor.Id);
        }

        [Fact]
        public void EveryVendorFromTheDesignIsCovered()
        {
            string[] packages =
            {
                "OpenAI", "OpenAI-DotNet", "Betalgo.Ranul.OpenAI", "Betalgo.OpenAI", "Rystem.OpenAi", "Azure.AI.OpenAI", "Azure.AI.Inference",
                "Azure.AI.Projects", "Azure.AI.Agents.Persistent", "Anthropic", "Anthropic.SDK", "Claudia", "Google.GenAI", "Google.Cloud.AIPlatform.V1",
                "Mscc.GenerativeAI", "Google_GenerativeAI", "AWSSDK.BedrockRuntime", "AWSSDK.BedrockAgentRuntime", "Mistral.SDK",
                "Microsoft.CognitiveServices.Speech", "Google.Cloud.Speech.V1", "AWSSDK.Comprehend", "AWSSDK.Textract", "AWSSDK.Rekognition",
                "AWSSDK.TranscribeService", "AWSSDK.Polly", "AWSSDK.Translate",
            };
            Assert.DoesNotContain(packages, p => Catalog.FindPackage(p) == null);

            string[] endpointOnly = { "deepseek", "perplexity", "huggingface", "together", "fireworks", "openrouter" };
            Assert.DoesNotContain(endpointOnly, id => !Catalog.Vendors.Any(v => v.Id == id && v.Hosts.Count > 0));
        }

        [Theory]
        [InlineData("Microsoft.Extensions.AI")]
        [InlineData("Microsoft.Extensions.AI.Abstractions")]
        [InlineData("OllamaSharp")]
        [InlineData("LLamaSharp")]
        [InlineData("Microsoft.ML.OnnxRuntime")]
        [InlineData("Microsoft.ML.OnnxRuntimeGenAI")]
        [InlineData("Microsoft.Extensions.AI.OpenAI")]
        [InlineData("Microsoft.SemanticKernel.Abstractions")]
        [InlineData("Microsoft.SemanticKernel.Core")]
        [InlineData("Microsoft.SemanticKernel.Connectors.Ollama")]
        [InlineData("Microsoft.SemanticKernel.Connectors.Onnx")]
        [InlineData("Microsoft.Agents.AI")]
        [InlineData("Microsoft.Agents.AI.OpenAI")]
        [InlineData("Microsoft.Agents.AI.Anthropic")]
        [InlineData("CommunityToolkit.Aspire.OllamaSharp")]
        public void TheWayOutIsNeverAVendor(string assembly)
        {
            Assert.False(Catalog.IsVendorAssemblyName(assembly));
            Assert.Null(Catalog.FindPackage(assembly));
            Assert.Contains(assembly, Catalog.NeutralAssemblies);
        }

        [Theory]
        [InlineData("Microsoft.SemanticKernel.Connectors.OpenAI", "openai")]
        [InlineData("Microsoft.SemanticKernel.Agents.OpenAI", "openai")]
        [InlineData("Aspire.OpenAI", "openai")]
        [InlineData("Microsoft.SemanticKernel.Connectors.AzureOpenAI", "azure-openai")]
        [InlineData("Aspire.Azure.AI.OpenAI", "azure-openai")]
        [InlineData("Microsoft.SemanticKernel.Connectors.AzureAIInference", "azure-ai-foundry")]
        [InlineData("Microsoft.SemanticKernel.Agents.AzureAI", "azure-ai-foundry")]
        [InlineData("Aspire.Azure.AI.Inference", "azure-ai-foundry")]
        [InlineData("Microsoft.SemanticKernel.Connectors.Google", "google-gemini")]
        [InlineData("Microsoft.SemanticKernel.Connectors.MistralAI", "mistral")]
        [InlineData("Microsoft.SemanticKernel.Connectors.Amazon", "aws-bedrock")]
        [InlineData("Microsoft.SemanticKernel.Connectors.HuggingFace", "huggingface")]
        [InlineData("Anthropic.Bedrock", "anthropic")]
        [InlineData("Anthropic.Vertex", "anthropic")]
        [InlineData("Anthropic.Foundry", "anthropic")]
        [InlineData("Anthropic.Aws", "anthropic")]
        [InlineData("Anthropic.GoogleCloud", "anthropic")]
        [InlineData("Anthropic.Mcp", "anthropic")]
        public void IntegrationLayerPackagesAreTheirVendorsSdkAndShipTheirAssembly(string package, string vendor)
        {
            Assert.Equal(vendor, Catalog.FindPackage(package)?.Id);
            Assert.Equal(new[] { vendor }, Catalog.FindAssembly(package).Select(entry => entry.Vendor.Id));
        }

        [Theory]
        [InlineData("localhost")]
        [InlineData("127.0.0.1")]
        [InlineData("ollama.localhost")]
        [InlineData("0.0.0.0")]
        public void LoopbackIsNeverAVendorHost(string host) => Assert.Null(Catalog.FindHost(host));

        [Fact]
        public void EveryVendorAssemblyNamesItsNamespaces()
        {
            Assert.All(Catalog.Vendors.SelectMany(v => v.Assemblies), a => Assert.NotEmpty(a.Namespaces));
        }

        [Fact]
        public void RolesOfTheMainClients()
        {
            var openAi = Catalog.Vendors.Single(v => v.Id == "openai");
            Assert.Equal("Microsoft.Extensions.AI.IChatClient", Catalog.RoleOf(openAi, "OpenAI.Chat.ChatClient", "OpenAI.Chat").Abstraction);
            Assert.Equal("Microsoft.Extensions.AI.IChatClient", Catalog.RoleOf(openAi, "OpenAI.Chat.ChatCompletionOptions", "OpenAI.Chat").Abstraction);
            Assert.Equal("other", Catalog.RoleOf(openAi, "OpenAI.Batch.BatchClient", "OpenAI.Batch").Id);
            Assert.Equal("an interface you own, implemented by an adapter", Catalog.RoleOf(openAi, "OpenAI.Batch.BatchClient", "OpenAI.Batch").Advice);
        }
    }
}
