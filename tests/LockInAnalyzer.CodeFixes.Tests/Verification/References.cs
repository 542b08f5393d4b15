using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace LockInAnalyzer.CodeFixes.Tests.Verification
{
    [Flags]
    public enum Stacks
    {
        None = 0,
        OpenAI = 1,
        Anthropic = 2,
        ExtensionsAI = 4,

        /// <summary>Microsoft.Extensions.AI.OpenAI, the OpenAI provider adapter (<c>AsIChatClient</c>); implies <see cref="ExtensionsAI"/>.</summary>
        ExtensionsAIOpenAI = 8,
    }

    /// <summary>Real assemblies for test compilations: the running shared framework plus the vendor SDKs the test project restores.</summary>
    public static class References
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new Lazy<ImmutableArray<MetadataReference>>(LoadFramework);
        private static readonly Lazy<ImmutableArray<MetadataReference>> OpenAIReferences = Package("OpenAI", "System.ClientModel", "System.Memory.Data");
        private static readonly Lazy<ImmutableArray<MetadataReference>> AnthropicReferences = Package("Anthropic");
        private static readonly Lazy<ImmutableArray<MetadataReference>> ExtensionsAIReferences = Package("Microsoft.Extensions.AI.Abstractions");
        private static readonly Lazy<ImmutableArray<MetadataReference>> ExtensionsAIOpenAIReferences = Package("Microsoft.Extensions.AI.OpenAI");

        public static ImmutableArray<MetadataReference> For(Stacks stacks)
        {
            var builder = ImmutableArray.CreateBuilder<MetadataReference>();
            builder.AddRange(Framework.Value);
            if ((stacks & Stacks.OpenAI) != 0)
            {
                builder.AddRange(OpenAIReferences.Value);
            }

            if ((stacks & Stacks.Anthropic) != 0)
            {
                builder.AddRange(AnthropicReferences.Value);
            }

            if ((stacks & (Stacks.ExtensionsAI | Stacks.ExtensionsAIOpenAI)) != 0)
            {
                builder.AddRange(ExtensionsAIReferences.Value);
            }

            if ((stacks & Stacks.ExtensionsAIOpenAI) != 0)
            {
                builder.AddRange(ExtensionsAIOpenAIReferences.Value);
            }

            return builder.ToImmutable();
        }

        private static ImmutableArray<MetadataReference> LoadFramework()
        {
            var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(Path.PathSeparator);
            return trusted
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                    && IsManagedAssembly(path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        private static Lazy<ImmutableArray<MetadataReference>> Package(params string[] names) =>
            new Lazy<ImmutableArray<MetadataReference>>(() => names
                .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))
                .Select(path => File.Exists(path) ? (MetadataReference)MetadataReference.CreateFromFile(path) : throw new FileNotFoundException("Missing test dependency", path))
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
