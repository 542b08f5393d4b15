using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Audit
{
    /// <summary>
    /// LOCK100 and the package inventory for integration layers: a vendor's Semantic Kernel connector or Aspire client
    /// integration is that vendor's SDK; Semantic Kernel itself, the Microsoft.Extensions.AI bridge and OllamaSharp are not.
    /// The graph is the one `dotnet restore` gives a web app with Microsoft.SemanticKernel 1.82.0 (which brings the Azure
    /// OpenAI and OpenAI connectors), Aspire.Azure.AI.OpenAI, Microsoft.Extensions.AI.OpenAI and OllamaSharp.
    /// </summary>
    public sealed class IntegrationLayerPackageTests
    {
        private const string AssetsJson = @"{
  ""version"": 3,
  ""targets"": {
    ""net10.0"": {
      ""Microsoft.SemanticKernel/1.82.0"": { ""type"": ""package"", ""dependencies"": { ""Microsoft.SemanticKernel.Connectors.AzureOpenAI"": ""1.82.0"", ""Microsoft.SemanticKernel.Core"": ""1.82.0"" } },
      ""Microsoft.SemanticKernel.Connectors.AzureOpenAI/1.82.0"": { ""type"": ""package"", ""dependencies"": { ""Microsoft.SemanticKernel.Connectors.OpenAI"": ""1.82.0"", ""Azure.AI.OpenAI"": ""2.9.0-beta.1"" } },
      ""Microsoft.SemanticKernel.Connectors.OpenAI/1.82.0"": { ""type"": ""package"", ""dependencies"": { ""OpenAI"": ""2.14.0"", ""Microsoft.Extensions.AI.OpenAI"": ""11.0.0"" } },
      ""Microsoft.SemanticKernel.Core/1.82.0"": { ""type"": ""package"" },
      ""Azure.AI.OpenAI/2.9.0-beta.1"": { ""type"": ""package"", ""dependencies"": { ""OpenAI"": ""2.14.0"" } },
      ""OpenAI/2.14.0"": { ""type"": ""package"" },
      ""Aspire.Azure.AI.OpenAI/13.6.5"": { ""type"": ""package"", ""dependencies"": { ""Azure.AI.OpenAI"": ""2.9.0-beta.1"" } },
      ""Microsoft.Extensions.AI.OpenAI/11.0.0"": { ""type"": ""package"", ""dependencies"": { ""OpenAI"": ""2.14.0"" } },
      ""OllamaSharp/5.5.2"": { ""type"": ""package"" }
    }
  },
  ""libraries"": {},
  ""packageFolders"": { ""/home/u/.nuget/packages/"": {} },
  ""project"": {
    ""restore"": { ""projectName"": ""Contoso.Web"", ""projectPath"": ""/src/Contoso.Web/Contoso.Web.csproj"" },
    ""frameworks"": {
      ""net10.0"": {
        ""targetAlias"": ""net10.0"",
        ""dependencies"": {
          ""Microsoft.SemanticKernel"": { ""target"": ""Package"", ""version"": ""[1.82.0, )"" },
          ""Aspire.Azure.AI.OpenAI"": { ""target"": ""Package"", ""version"": ""[13.6.5, )"" },
          ""Microsoft.Extensions.AI.OpenAI"": { ""target"": ""Package"", ""version"": ""[11.0.0, )"" },
          ""OllamaSharp"": { ""target"": ""Package"", ""version"": ""[5.5.2, )"" }
        }
      }
    }
  }
}";

        private static AuditResult Audit(AuditMode mode)
        {
            var problems = new List<SourceProblem>();
            var assets = ProjectAssetsReader.Read(AssetsJson, "project.assets.json", problems)!;
            Assert.Empty(problems);
            var policy = PolicyResolver.Resolve(Path.Combine(Path.GetTempPath(), "lockin.json"), _ => "{}").Policy;
            var request = new AuditRequest(assets, policy, "Contoso.Web", p => new LicenseVerdict(
                p.Id, null, SpdxExpressionParser.Parse("MIT").Expression, LicenseCategory.Permissive, LicenseEvidenceKind.NuspecExpression, "license expression MIT", Array.Empty<PackageProblem>()))
            {
                Today = new DateTime(2026, 12, 4),
                AuditMode = mode,
            };
            return PackageAuditor.Audit(request);
        }

        [Fact]
        public void Direct_references_report_the_vendor_integration_and_not_the_frameworks_or_the_bridge()
        {
            var result = Audit(AuditMode.Direct);

            Assert.Equal(
                new[] { "LOCK100 Aspire.Azure.AI.OpenAI 13.6.5 is the Azure OpenAI SDK, referenced by 'Contoso.Web', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction [net10.0]" },
                result.Findings.Select(f => f.Code + " " + f.Message));
        }

        [Fact]
        public void The_whole_graph_reports_each_connector_as_its_vendors_sdk()
        {
            var result = Audit(AuditMode.All);

            Assert.Equal(
                new[] { "Aspire.Azure.AI.OpenAI", "Azure.AI.OpenAI", "Microsoft.SemanticKernel.Connectors.AzureOpenAI", "Microsoft.SemanticKernel.Connectors.OpenAI", "OpenAI" },
                result.Findings.Where(f => f.Code == "LOCK100").Select(f => f.PackageId).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(
                new[]
                {
                    "Aspire.Azure.AI.OpenAI=azure-openai", "Azure.AI.OpenAI=azure-openai", "Microsoft.Extensions.AI.OpenAI=",
                    "Microsoft.SemanticKernel.Connectors.AzureOpenAI=azure-openai", "Microsoft.SemanticKernel.Connectors.OpenAI=openai", "Microsoft.SemanticKernel.Core=",
                    "Microsoft.SemanticKernel=",
                    "OllamaSharp=", "OpenAI=openai",
                },
                result.Packages.Select(p => p.Id + "=" + p.VendorId).OrderBy(s => s, StringComparer.Ordinal));
        }
    }
}
