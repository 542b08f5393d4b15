using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.Tests.Verification
{
    /// <summary>
    /// Metadata references for test compilations, created once per test run and shared (Roslyn then shares the
    /// assembly symbols too, as it does across the compilations of an IDE session).
    /// </summary>
    public static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadFramework);
        private static readonly Dictionary<TestStacks, Lazy<ImmutableArray<MetadataReference>>> StackReferences = new Dictionary<TestStacks, Lazy<ImmutableArray<MetadataReference>>>
        {
            [TestStacks.OpenAI] = Package("OpenAI", "System.ClientModel", "System.Memory.Data"),
            [TestStacks.Anthropic] = Package("Anthropic"),
            [TestStacks.ExtensionsAI] = Package("Microsoft.Extensions.AI.Abstractions"),
            [TestStacks.Hosting] = Package(
                "Microsoft.Extensions.DependencyInjection.Abstractions",
                "Microsoft.Extensions.Hosting.Abstractions",
                "Microsoft.Extensions.Configuration.Abstractions",
                "Microsoft.Extensions.FileProviders.Abstractions",
                "Microsoft.Extensions.Diagnostics.Abstractions",
                "Microsoft.Extensions.Logging.Abstractions",
                "Microsoft.Extensions.Options",
                "Microsoft.Extensions.Primitives"),
            [TestStacks.AwsBedrock] = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(StubAssemblies.AwsBedrockRuntime)),
            [TestStacks.GoogleGenAI] = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(StubAssemblies.GoogleGenAI)),
            [TestStacks.GoogleAIPlatform] = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(StubAssemblies.GoogleCloudAIPlatform)),
            [TestStacks.UserOpenAINamespace] = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(StubAssemblies.UserOpenAINamespace)),
            [TestStacks.MistralSdk] = new Lazy<ImmutableArray<MetadataReference>>(() => ImmutableArray.Create(StubAssemblies.MistralSdk)),
            [TestStacks.SemanticKernel] = Package(
                "Microsoft.SemanticKernel.Abstractions",
                "Microsoft.SemanticKernel.Core",
                "Microsoft.SemanticKernel.Connectors.OpenAI",
                "Microsoft.SemanticKernel.Connectors.AzureOpenAI",
                "Azure.AI.OpenAI",
                "Azure.Core",
                "Microsoft.Extensions.AI",
                "Microsoft.Extensions.AI.OpenAI",
                "Microsoft.Extensions.VectorData.Abstractions",
                "Microsoft.Extensions.DependencyInjection"),
            [TestStacks.Ollama] = Package("OllamaSharp"),
            [TestStacks.AspireClients] = new Lazy<ImmutableArray<MetadataReference>>(() => IntegrationStubAssemblies.AspireClients),
            [TestStacks.SemanticKernelConnectorStubs] = new Lazy<ImmutableArray<MetadataReference>>(() => IntegrationStubAssemblies.SemanticKernelConnectors),
        };

        /// <summary>The assemblies of the running .NET shared framework (Microsoft.NETCore.App).</summary>
        public static ImmutableArray<MetadataReference> Framework => FrameworkReferences.Value;

        public static ImmutableArray<MetadataReference> For(TestStacks stacks)
        {
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            builder.AddRange(Framework);
            foreach (var pair in StackReferences)
            {
                if ((stacks & pair.Key) != 0)
                {
                    builder.AddRange(pair.Value.Value);
                }
            }

            return builder.ToImmutable();
        }

        // TRUSTED_PLATFORM_ASSEMBLIES also lists the test's own dependencies (OpenAI.dll, Anthropic.dll, xunit, ...);
        // only the shared framework folder is "the framework", so a compilation without a stack really has no vendor SDK.
        private static ImmutableArray<MetadataReference> LoadFramework()
        {
            var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator);
            var references = trusted
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                    && IsManagedAssembly(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
            if (references.Length < 50)
            {
                throw new InvalidOperationException("Found only " + references.Length + " framework assemblies in " + frameworkDirectory + ".");
            }

            return references;
        }

        private static Lazy<ImmutableArray<MetadataReference>> Package(params string[] assemblyNames) =>
            new Lazy<ImmutableArray<MetadataReference>>(() => assemblyNames
                .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
                .Select(path => File.Exists(path)
                    ? (MetadataReference)MetadataReference.CreateFromFile(path)
                    : throw new FileNotFoundException("The test project's output has no " + Path.GetFileName(path) + "; is the package still referenced?", path))
                .ToImmutableArray());

        private static bool IsManagedAssembly(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
