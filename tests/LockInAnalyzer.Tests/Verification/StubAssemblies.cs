using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// SDKs that cannot be restored here, compiled in memory with the vendors' real assembly names, namespaces and type
    /// names (the shape of the public API, not its behaviour), plus a user library that lives in namespace <c>OpenAI.Something</c>.
    /// Each is emitted to a PE image whose file path carries the assembly name, as a restored package's would.
    /// </summary>
    public static class StubAssemblies
    {
        private static readonly Lazy<MetadataReference> Bedrock = Stub("AWSSDK.BedrockRuntime", @"
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
namespace Amazon.BedrockRuntime
{
    public interface IAmazonBedrockRuntime : System.IDisposable
    {
        Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, CancellationToken cancellationToken = default);
    }
    public class AmazonBedrockRuntimeConfig
    {
        public string ServiceURL { get; set; } = """";
    }
    public class AmazonBedrockRuntimeClient : IAmazonBedrockRuntime
    {
        public AmazonBedrockRuntimeClient() { }
        public AmazonBedrockRuntimeClient(AmazonBedrockRuntimeConfig config) { }
        public Task<Model.ConverseResponse> ConverseAsync(Model.ConverseRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new Model.ConverseResponse());
        public void Dispose() { }
    }
}
namespace Amazon.BedrockRuntime.Model
{
    public class ConverseRequest
    {
        public string ModelId { get; set; } = """";
        public List<Message> Messages { get; set; } = new List<Message>();
    }
    public class Message
    {
        public string Role { get; set; } = """";
        public List<ContentBlock> Content { get; set; } = new List<ContentBlock>();
    }
    public class ContentBlock
    {
        public string Text { get; set; } = """";
    }
    public class ConverseResponse
    {
        public ConverseOutput Output { get; set; } = new ConverseOutput();
    }
    public class ConverseOutput
    {
        public Message Message { get; set; } = new Message();
    }
}");

        private static readonly Lazy<MetadataReference> GenAI = Stub("Google.GenAI", @"
using System.Threading.Tasks;
namespace Google.GenAI
{
    public sealed class Client
    {
        public Client(string apiKey = null, bool? vertexAI = null, string project = null, string location = null) { }
        public Models Models { get; } = new Models();
    }
    public sealed class Models
    {
        public Task<Types.GenerateContentResponse> GenerateContentAsync(string model, string contents, Types.GenerateContentConfig config = null) => Task.FromResult(new Types.GenerateContentResponse());
    }
}
namespace Google.GenAI.Types
{
    public sealed class GenerateContentConfig
    {
        public double? Temperature { get; set; }
    }
    public sealed class GenerateContentResponse
    {
        public string Text { get; set; } = """";
    }
}");

        private static readonly Lazy<MetadataReference> AIPlatform = Stub("Google.Cloud.AIPlatform.V1", @"
using System.Threading.Tasks;
namespace Google.Cloud.AIPlatform.V1
{
    public abstract class PredictionServiceClient
    {
        public static PredictionServiceClient Create() => new PredictionServiceClientImpl();
        public abstract Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request);
    }
    public sealed class PredictionServiceClientImpl : PredictionServiceClient
    {
        public override Task<GenerateContentResponse> GenerateContentAsync(GenerateContentRequest request) => Task.FromResult(new GenerateContentResponse());
    }
    public sealed class PredictionServiceClientBuilder
    {
        public string Endpoint { get; set; } = """";
        public PredictionServiceClient Build() => new PredictionServiceClientImpl();
    }
    public sealed class GenerateContentRequest
    {
        public string Model { get; set; } = """";
    }
    public sealed class GenerateContentResponse
    {
        public string ModelVersion { get; set; } = """";
    }
}");

        private static readonly Lazy<MetadataReference> UserLibrary = Stub("Contoso.Toolkit", @"
namespace OpenAI.Something
{
    public class ChatClient
    {
        public ChatClient(string model) { Model = model; }
        public string Model { get; }
        public string CompleteChat(string prompt) => prompt;
        public static ChatClient Default { get; } = new ChatClient(""default"");
    }
    public static class ChatClientExtensions
    {
        public static string Shout(this ChatClient client, string text) => text.ToUpperInvariant();
    }
}");

        // Mistral.SDK's chat endpoint implements Microsoft.Extensions.AI.IChatClient itself, as the real package does.
        private static readonly Lazy<MetadataReference> Mistral = Stub("Mistral.SDK", @"
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
namespace Mistral.SDK
{
    public class MistralClient
    {
        public MistralClient(string apiKey) { }
        public Completions.ChatCompletionsEndpoint Completions { get; } = new Completions.ChatCompletionsEndpoint();
    }
}
namespace Mistral.SDK.Completions
{
    public class ChatCompletionsEndpoint : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions options = null, CancellationToken cancellationToken = default) => Task.FromResult(new ChatResponse());
        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public object GetService(Type serviceType, object serviceKey = null) => null;
        public void Dispose() { }
        public string DefaultModel { get; set; } = """";
    }
}", TestStacks.ExtensionsAI);

        public static MetadataReference AwsBedrockRuntime => Bedrock.Value;

        public static MetadataReference GoogleGenAI => GenAI.Value;

        public static MetadataReference GoogleCloudAIPlatform => AIPlatform.Value;

        public static MetadataReference UserOpenAINamespace => UserLibrary.Value;

        public static MetadataReference MistralSdk => Mistral.Value;

        private static Lazy<MetadataReference> Stub(string assemblyName, string source, TestStacks dependencies = TestStacks.None) =>
            new Lazy<MetadataReference>(() => Compile(assemblyName, source, dependencies));

        internal static MetadataReference Compile(string assemblyName, string source, TestStacks dependencies)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, path: assemblyName + ".cs") },
                TestReferences.For(dependencies),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("Stub " + assemblyName + " does not compile:" + Environment.NewLine
                    + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            // The path is what a restored package's reference would show; the analyzer reads the assembly name from it first.
            return MetadataReference.CreateFromImage(image.ToArray(), filePath: "/packages/" + assemblyName.ToLowerInvariant() + "/lib/" + assemblyName + ".dll");
        }
    }
}
