using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Integration layers this machine's NuGet source does not serve, compiled in memory with their real assembly names,
    /// namespaces and public type and member names: Aspire's OpenAI client integrations (public extension classes in
    /// <c>Microsoft.Extensions.Hosting</c>) and Semantic Kernel's Google, MistralAI, Amazon and HuggingFace connectors
    /// (public extension classes in <c>Microsoft.SemanticKernel</c> and <c>Microsoft.Extensions.DependencyInjection</c>).
    /// The OpenAI and Azure OpenAI connectors are the real 1.82.0 packages (<see cref="TestStacks.SemanticKernel"/>).
    /// </summary>
    public static class IntegrationStubAssemblies
    {
        private const TestStacks AspireDependencies = TestStacks.Default | TestStacks.SemanticKernel;
        private const TestStacks ConnectorDependencies = TestStacks.Default | TestStacks.SemanticKernel;

        private static readonly Lazy<ImmutableArray<MetadataReference>> Aspire = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(
            AspireClient("Aspire.OpenAI", "OpenAISettings", "AspireOpenAI", "AddOpenAIClient"),
            AspireClient("Aspire.Azure.AI.OpenAI", "AzureOpenAISettings", "AspireAzureOpenAI", "AddAzureOpenAIClient")));

        private static readonly Lazy<ImmutableArray<MetadataReference>> Connectors = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(
            Connector("Google", @"
namespace Microsoft.SemanticKernel.Connectors.Google
{
    public sealed class GeminiPromptExecutionSettings : PromptExecutionSettings { }
    public sealed class GoogleAIGeminiChatCompletionService { }
    public enum VertexAIVersion { V1 }
}
namespace Microsoft.SemanticKernel
{
    public static class GoogleAIKernelBuilderExtensions
    {
        public static IKernelBuilder AddGoogleAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, string serviceId = null) => builder;
    }
    public static class VertexAIKernelBuilderExtensions
    {
        public static IKernelBuilder AddVertexAIGeminiChatCompletion(this IKernelBuilder builder, string modelId, string bearerKey, string location, string projectId, string serviceId = null) => builder;
    }
}"),
            Connector("MistralAI", @"
namespace Microsoft.SemanticKernel.Connectors.MistralAI
{
    public sealed class MistralAIPromptExecutionSettings : PromptExecutionSettings { }
}
namespace Microsoft.SemanticKernel
{
    public static class MistralAIKernelBuilderExtensions
    {
        public static IKernelBuilder AddMistralChatCompletion(this IKernelBuilder builder, string modelId, string apiKey, System.Uri endpoint = null, string serviceId = null) => builder;
    }
}"),
            Connector("Amazon", @"
namespace Microsoft.SemanticKernel.Connectors.Amazon
{
    public class AmazonClaudeExecutionSettings : PromptExecutionSettings { }
}
namespace Microsoft.SemanticKernel
{
    public static class BedrockKernelBuilderExtensions
    {
        public static IKernelBuilder AddBedrockChatCompletionService(this IKernelBuilder builder, string modelId, string serviceId = null) => builder;
    }
}"),
            Connector("HuggingFace", @"
namespace Microsoft.SemanticKernel.Connectors.HuggingFace
{
    public sealed class HuggingFacePromptExecutionSettings : PromptExecutionSettings { }
}
namespace Microsoft.SemanticKernel
{
    public static class HuggingFaceKernelBuilderExtensions
    {
        public static IKernelBuilder AddHuggingFaceChatCompletion(this IKernelBuilder builder, string model, System.Uri endpoint = null, string apiKey = null, string serviceId = null) => builder;
    }
}")));

        public static ImmutableArray<MetadataReference> AspireClients => Aspire.Value;

        public static ImmutableArray<MetadataReference> SemanticKernelConnectors => Connectors.Value;

        // An Aspire client integration: settings in its own namespace, the registration and the client builder (with its
        // neutral AddChatClient) in Microsoft.Extensions.Hosting, as Aspire.OpenAI and Aspire.Azure.AI.OpenAI ship them.
        private static MetadataReference AspireClient(string assembly, string settings, string prefix, string method) =>
            StubAssemblies.Compile(assembly, @"
using System;
namespace " + assembly + @"
{
    public sealed class " + settings + @"
    {
        public string Key { get; set; }
        public Uri Endpoint { get; set; }
    }
}
namespace Microsoft.Extensions.Hosting
{
    public class " + prefix + @"ClientBuilder
    {
        public IHostApplicationBuilder HostBuilder { get; }
    }
    public static class " + prefix + @"Extensions
    {
        public static " + prefix + @"ClientBuilder " + method + @"(this IHostApplicationBuilder builder, string connectionName, Action<" + assembly + "." + settings + @"> configureSettings = null) => null;
    }
    public static class " + prefix + @"ClientBuilderChatClientExtensions
    {
        public static Microsoft.Extensions.AI.ChatClientBuilder AddChatClient(this " + prefix + @"ClientBuilder builder, string deploymentName = null) => null;
    }
}", AspireDependencies);

        private static MetadataReference Connector(string name, string source) =>
            StubAssemblies.Compile("Microsoft.SemanticKernel.Connectors." + name, source, ConnectorDependencies);
    }
}
