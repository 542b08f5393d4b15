using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace LockInAnalyzer.EndToEnd
{
    /// <summary>
    /// Packs LockInAnalyzer once (unique prerelease version per run, into a temp folder feed), writes one consumer
    /// repository with several projects, and runs the few real builds every test then asserts on:
    ///   1. <c>dotnet build Drift -t:LockInUpdateBaseline</c> (AutoMapper 8.0.0), then Drift is upgraded to 15.1.4;
    ///   2. <c>dotnet build E2E.slnx</c>: default preset, warnings only, exit 0;
    ///   3. the same again: a no-op build that must skip the evaluation and still show the warnings;
    ///   4. <c>dotnet build Failing.slnx</c>: strict preset, a malformed policy, TreatWarningsAsErrors and a policy denying restricted open weights (LOCK005), exit 1;
    ///   5. a multi-targeting project under the strict preset built three ways (all frameworks, <c>build -f net8.0</c>,
    ///      <c>publish -f net10.0</c>): each fails on the denied license, reported once.
    /// Set LOCKIN_E2E_KEEP=1 to keep the temp folder for inspection.
    /// </summary>
    public sealed class EndToEndFixture : IDisposable
    {
        public const string AutoMapperOld = "8.0.0";

        public EndToEndFixture()
        {
            Root = Path.Combine(Path.GetTempPath(), "lockin-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages");
            Repo = Path.Combine(Root, "repo");
            Directory.CreateDirectory(Feed);
            Directory.CreateDirectory(Repo);
            Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

            var source = ConsumerRepository.SourceRoot();
            var pack = new List<string> { "pack", Path.Combine(source, "src", "LockInAnalyzer.Package"), "-c", ConsumerRepository.Configuration(), "-o", Feed, "-p:PackageVersion=" + Version, "-nodeReuse:false", "-tl:off" };
            if (ConsumerRepository.BuiltOutsideSourceTree())
            {
                // These tests were built with --artifacts-path (isolated from other builds of the tree): pack the same way.
                pack.AddRange(new[] { "--artifacts-path", Path.Combine(Root, "artifacts") });
            }

            Pack = Check(DotNet.Run(source, pack.ToArray()), 0);
            ConsumerRepository.WriteStubPackage(Feed, "MediatR.Contracts", "2.0.1.1");
            ConsumerRepository.WriteStubPackage(Feed, "Microsoft.Web.Infrastructure", "1.0.0.1");
            var locals = Check(DotNet.Run(source, "nuget", "locals", "global-packages", "--list"), 0);
            var machinePackages = locals.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("global-packages:", StringComparison.Ordinal)).Substring("global-packages:".Length).Trim();

            WriteRepository(machinePackages);

            UpdateBaseline = Check(DotNet.Run(Repo, "build", "Drift/Drift.csproj", "-t:LockInUpdateBaseline", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary"), 0);
            BaselineText = File.ReadAllText(Path.Combine(Repo, "Drift", "lockin.baseline.json"));
            var drift = Path.Combine(Repo, "Drift", "Drift.csproj");
            File.WriteAllText(drift, File.ReadAllText(drift).Replace("Version=\"" + AutoMapperOld + "\"", "Version=\"15.1.4\""));

            First = DotNet.Run(Repo, "build", "E2E.slnx", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");
            NoOp = DotNet.Run(Repo, "build", "E2E.slnx", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");
            Failing = DotNet.Run(Repo, "build", "Failing.slnx", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");
            MultiAll = DotNet.Run(Repo, "build", "Multi/Multi.csproj", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");
            MultiOneFramework = DotNet.Run(Repo, "build", "Multi/Multi.csproj", "-f", "net8.0", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");
            MultiPublish = DotNet.Run(Repo, "publish", "Multi/Multi.csproj", "-f", "net10.0", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary");

            var logs = Path.Combine(Root, "logs");
            Directory.CreateDirectory(logs);
            File.WriteAllText(Path.Combine(logs, "1-update-baseline.log"), UpdateBaseline.ToString());
            File.WriteAllText(Path.Combine(logs, "2-first.log"), First.ToString());
            File.WriteAllText(Path.Combine(logs, "3-noop.log"), NoOp.ToString());
            File.WriteAllText(Path.Combine(logs, "4-failing.log"), Failing.ToString());
            File.WriteAllText(Path.Combine(logs, "5-multi-all.log"), MultiAll.ToString());
            File.WriteAllText(Path.Combine(logs, "6-multi-one-framework.log"), MultiOneFramework.ToString());
            File.WriteAllText(Path.Combine(logs, "7-multi-publish.log"), MultiPublish.ToString());
        }

        public string Root { get; }

        public string Feed { get; }

        public string Packages { get; }

        /// <summary>The consumer repository.</summary>
        public string Repo { get; }

        public string Version { get; }

        public ProcessResult Pack { get; }

        public ProcessResult UpdateBaseline { get; }

        public string BaselineText { get; }

        public ProcessResult First { get; }

        public ProcessResult NoOp { get; }

        public ProcessResult Failing { get; }

        /// <summary><c>dotnet build Multi</c>: every framework of the multi-targeting project.</summary>
        public ProcessResult MultiAll { get; }

        /// <summary><c>dotnet build Multi -f net8.0</c>: one inner build, started alone.</summary>
        public ProcessResult MultiOneFramework { get; }

        /// <summary><c>dotnet publish Multi -f net10.0</c>: the per-framework publish a release pipeline runs.</summary>
        public ProcessResult MultiPublish { get; }

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("LOCKIN_E2E_KEEP") == "1")
            {
                return;
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private static ProcessResult Check(ProcessResult result, int exitCode)
        {
            if (result.ExitCode != exitCode)
            {
                throw new InvalidOperationException("Expected exit code " + exitCode + ":\n" + result);
            }

            return result;
        }

        private void WriteRepository(string machinePackages)
        {
            void Write(string path, string text) => ConsumerRepository.Write(Repo, path, text);

            Write("nuget.config", ConsumerRepository.NuGetConfig(Feed, Packages, machinePackages));
            Write("Directory.Build.props", ConsumerRepository.DirectoryBuildProps(Version));
            Write("lockin.json", "{\n  // The organisation's policy: the default preset plus where adapters live.\n  \"extends\": \"default\",\n  \"adapters\": {\n    \"namespaces\": [\"*.Infrastructure.Ai\"],\n    \"projects\": [\"*.Adapters\"]\n  }\n}\n");
            Write("E2E.slnx", ConsumerRepository.Solution("Default", "Legacy", "Suppressed", "Shop", "Shop.Adapters", "Shop.Legacy", "Drift"));
            Write("Failing.slnx", ConsumerRepository.Solution("Strict", "Broken", "Twae", "LocalModels"));

            // Today's versions of the packages that changed license, under the default preset.
            Write("Default/Default.csproj", ConsumerRepository.Project(string.Empty,
                ("AutoMapper", "15.1.4"), ("MediatR", "14.3.0"), ("EPPlus", "8.7.2"), ("Newtonsoft.Json", "13.0.3"), ("Microsoft.AspNet.Mvc", "5.2.6"), ("OpenAI", "2.15.0")));
            Write("Default/Class1.cs", "namespace Default { internal static class Class1 { } }\n");

            // The same packages before they changed license: nothing to report.
            Write("Legacy/Legacy.csproj", ConsumerRepository.Project(string.Empty, ("AutoMapper", "8.0.0"), ("MediatR", "12.4.1"), ("EPPlus", "4.5.3.3")));
            Write("Legacy/Class1.cs", "namespace Legacy { internal static class Class1 { } }\n");

            // NoWarn on one PackageReference, a justified suppression, an expired one, and one that matches nothing.
            Write("Suppressed/Suppressed.csproj",
                "<Project Sdk=\"Microsoft.NET.Sdk\">\n"
                + "  <ItemGroup>\n"
                + "    <PackageReference Include=\"AutoMapper\" Version=\"15.1.4\" NoWarn=\"LOCK102\" />\n"
                + "    <PackageReference Include=\"MediatR\" Version=\"14.3.0\" />\n"
                + "    <PackageReference Include=\"EPPlus\" Version=\"8.7.2\" />\n"
                + "  </ItemGroup>\n"
                + "  <ItemGroup>\n"
                + "    <LockInSuppress Include=\"MediatR\" Version=\"[14,15)\" Rules=\"LOCK102\" Justification=\"Commercial license bought, PO-4711\" />\n"
                + "    <LockInSuppress Include=\"EPPlus\" Justification=\"Evaluation only\" Expires=\"2020-01-31\" />\n"
                + "    <LockInSuppress Include=\"Castle.Core\" Justification=\"Left over from an old reference\" />\n"
                + "  </ItemGroup>\n"
                + "</Project>\n");
            Write("Suppressed/Class1.cs", "namespace Suppressed { internal static class Class1 { } }\n");

            // Code coupled to OpenAI: LOCK001 in the domain, silence in the policy's adapter namespace.
            Write("Shop/Shop.csproj", ConsumerRepository.Project(string.Empty, ("OpenAI", "2.15.0")));
            Write("Shop/Domain/OrderAssistant.cs",
                "using OpenAI.Chat;\n\nnamespace Shop.Domain\n{\n    internal sealed class OrderAssistant\n    {\n        private readonly ChatClient client;\n\n"
                + "        public OrderAssistant(string model, string apiKey)\n        {\n            client = new ChatClient(model, apiKey);\n        }\n\n"
                + "        public override string ToString() => client.ToString() ?? string.Empty;\n    }\n}\n");
            Write("Shop/Infrastructure/Ai/OpenAiChat.cs",
                "using OpenAI.Chat;\n\nnamespace Shop.Infrastructure.Ai\n{\n    internal sealed class OpenAiChat\n    {\n        private readonly ChatClient client;\n\n"
                + "        public OpenAiChat(string model, string apiKey)\n        {\n            client = new ChatClient(model, apiKey);\n        }\n\n"
                + "        public override string ToString() => client.ToString() ?? string.Empty;\n    }\n}\n");

            // A project whose own policy extends the organisation's and asks for every use: the policy's coupling.report
            // reaches the analyzer through the generated config.
            Write("Shop.Legacy/Shop.Legacy.csproj", ConsumerRepository.Project("  <PropertyGroup>\n    <LockInPolicy>$(MSBuildThisFileDirectory)lockin.legacy.json</LockInPolicy>\n  </PropertyGroup>\n", ("OpenAI", "2.15.0")));
            Write("Shop.Legacy/lockin.legacy.json", "{ \"extends\": \"../lockin.json\", \"coupling\": { \"report\": \"use\" } }\n");
            Write("Shop.Legacy/LegacyAssistant.cs",
                "namespace Shop.Legacy\n{\n    internal sealed class LegacyAssistant\n    {\n        private readonly OpenAI.Chat.ChatClient client = new OpenAI.Chat.ChatClient(\"m\", \"k\");\n    }\n}\n");

            // A whole adapter project by the policy's project glob: neither LOCK100 nor LOCK001.
            Write("Shop.Adapters/Shop.Adapters.csproj", ConsumerRepository.Project(string.Empty, ("OpenAI", "2.15.0")));
            Write("Shop.Adapters/OpenAiAdapter.cs",
                "using OpenAI.Chat;\n\nnamespace Shop.Adapters\n{\n    internal sealed class OpenAiAdapter\n    {\n        private readonly ChatClient client;\n\n"
                + "        public OpenAiAdapter(string model, string apiKey)\n        {\n            client = new ChatClient(model, apiKey);\n        }\n\n"
                + "        public override string ToString() => client.ToString() ?? string.Empty;\n    }\n}\n");

            // Baseline recorded at AutoMapper 8.0.0, then upgraded (in the constructor) to 15.1.4.
            Write("Drift/Drift.csproj", ConsumerRepository.Project(string.Empty, ("AutoMapper", AutoMapperOld), ("Newtonsoft.Json", "13.0.3")));
            Write("Drift/Class1.cs", "namespace Drift { internal static class Class1 { } }\n");

            // Strict preset by name: denied licenses are errors and the whole graph is audited.
            Write("Strict/Strict.csproj", ConsumerRepository.Project("  <PropertyGroup>\n    <LockInPolicy>strict</LockInPolicy>\n  </PropertyGroup>\n",
                ("AutoMapper", "15.1.4"), ("MediatR", "14.3.0"), ("EPPlus", "8.7.2"), ("Newtonsoft.Json", "13.0.3"), ("OpenAI", "2.15.0")));
            // Code coupled to the vendor: its LOCK001 must show in the same build that fails on the denied licenses.
            Write("Strict/Chat.cs", "namespace Strict\n{\n    internal sealed class Chat\n    {\n        public Chat(OpenAI.Chat.ChatClient client) => Client = client;\n\n        public OpenAI.Chat.ChatClient Client { get; }\n    }\n}\n");

            // A broken policy: never silently no checks.
            Write("Broken/Broken.csproj", ConsumerRepository.Project("  <PropertyGroup>\n    <LockInPolicy>broken.json</LockInPolicy>\n  </PropertyGroup>\n", ("Newtonsoft.Json", "13.0.3")));
            Write("Broken/broken.json", "{\n  \"extends\": \"default\",\n  \"licenses\": {\n    \"categories\": { \"Comercial\": \"deny\" }\n  },\n  \"packages\": [ { \"id\": \"AutoMapper\", \"versions\": \"[15\", \"action\": \"deny\" } ]\n}\n");
            Write("Broken/Class1.cs", "namespace Broken { internal static class Class1 { } }\n");

            // A policy that denies open weights with restricted licenses: the Llama id fails the build at its location
            // (LOCK005 as an error, from the generated analyzer config); OLMo is open source AI and passes.
            Write("LocalModels/LocalModels.csproj", ConsumerRepository.Project("  <PropertyGroup>\n    <LockInPolicy>open-models.json</LockInPolicy>\n  </PropertyGroup>\n", ("OllamaSharp", "5.5.2")));
            Write("LocalModels/open-models.json", "{\n  \"extends\": \"default\",\n  \"models\": { \"openness\": { \"open-weights-restricted\": \"deny\" } }\n}\n");
            Write("LocalModels/LocalChat.cs",
                "using System;\nusing OllamaSharp;\n\nnamespace LocalModels\n{\n    internal sealed class LocalChat\n    {\n"
                + "        private readonly OllamaApiClient llama = new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"llama3.1\");\n"
                + "        private readonly OllamaApiClient olmo = new OllamaApiClient(new Uri(\"http://localhost:11434\"), \"olmo-2\");\n\n"
                + "        public override string ToString() => llama.ToString() + olmo.ToString();\n    }\n}\n");

            // TreatWarningsAsErrors reaches the task's warnings (MSBuild alone would not do that).
            Write("Twae/Twae.csproj", ConsumerRepository.Project("  <PropertyGroup>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n", ("AutoMapper", "15.1.4"), ("Newtonsoft.Json", "13.0.3")));
            // Multi-targeting under the strict preset: the gate holds however the project is built. The organisation's
            // Directory.Build.props sets TargetFramework, so the project clears it to multi-target.
            Write("Multi/Multi.csproj", ConsumerRepository.Project(
                "  <PropertyGroup>\n    <TargetFramework></TargetFramework>\n    <TargetFrameworks>net8.0;net10.0</TargetFrameworks>\n    <LockInPolicy>strict</LockInPolicy>\n  </PropertyGroup>\n",
                ("AutoMapper", "15.1.4")));
            Write("Multi/Class1.cs", "namespace Multi { internal static class Class1 { } }\n");

            Write("Twae/Class1.cs", "namespace Twae { internal static class Class1 { } }\n");
        }
    }

    [CollectionDefinition(Name)]
    public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture>
    {
        public const string Name = "end-to-end";
    }
}
