using System;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Which assemblies a test compilation references besides the framework. Real packages come from the test's own
    /// output folder; the others are stubs compiled in memory with the vendors' real assembly names and namespaces.
    /// </summary>
    [Flags]
    public enum TestStacks
    {
        /// <summary>Framework only: a compilation that references no vendor SDK.</summary>
        None = 0,

        /// <summary>OpenAI 2.15.0 (with System.ClientModel).</summary>
        OpenAI = 1,

        /// <summary>Anthropic 13.12.0.</summary>
        Anthropic = 2,

        /// <summary>Microsoft.Extensions.AI.Abstractions 10.11.0.</summary>
        ExtensionsAI = 4,

        /// <summary>Microsoft.Extensions.DependencyInjection/Hosting/Configuration abstractions.</summary>
        Hosting = 8,

        /// <summary>Stub of AWSSDK.BedrockRuntime (Amazon.BedrockRuntime).</summary>
        AwsBedrock = 16,

        /// <summary>Stub of Google.GenAI (Google.GenAI).</summary>
        GoogleGenAI = 32,

        /// <summary>Stub of Google.Cloud.AIPlatform.V1.</summary>
        GoogleAIPlatform = 64,

        /// <summary>A user library "Contoso.Toolkit" whose code lives in namespace <c>OpenAI.Something</c>.</summary>
        UserOpenAINamespace = 128,

        /// <summary>Stub of Mistral.SDK, whose chat endpoint implements Microsoft.Extensions.AI.IChatClient (needs <see cref="ExtensionsAI"/>).</summary>
        MistralSdk = 256,

        /// <summary>
        /// Semantic Kernel 1.82.0 (abstractions, core, the real OpenAI and Azure OpenAI connectors) with Azure.AI.OpenAI and
        /// Microsoft.Extensions.AI.OpenAI; use with <see cref="Default"/>.
        /// </summary>
        SemanticKernel = 512,

        /// <summary>OllamaSharp 5.5.2, a neutral client.</summary>
        Ollama = 1024,

        /// <summary>Stubs of Aspire.OpenAI and Aspire.Azure.AI.OpenAI (not served here); use with <see cref="Default"/> | <see cref="SemanticKernel"/>.</summary>
        AspireClients = 2048,

        /// <summary>Stubs of Semantic Kernel's Google, MistralAI, Amazon and HuggingFace connectors (not served here); use with <see cref="SemanticKernel"/>.</summary>
        SemanticKernelConnectorStubs = 4096,

        /// <summary>What most tests use: the real restored packages.</summary>
        Default = OpenAI | Anthropic | ExtensionsAI | Hosting,

        All = Default | AwsBedrock | GoogleGenAI | GoogleAIPlatform | UserOpenAINamespace | MistralSdk | Ollama,
    }
}
