using System;
using System.Collections.Generic;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.Policy.Tests.Policies
{
    public sealed class PolicyReaderTests
    {
        private static (PolicyLayer Layer, List<string> Problems) Read(string json)
        {
            var problems = new List<SourceProblem>();
            var layer = PolicyReader.Read(json, "lockin.json", problems);
            return (layer, problems.Select(p => p.ToString()).ToList());
        }

        [Fact]
        public void Reads_every_section()
        {
            var (layer, problems) = Read(@"{
  ""$schema"": ""./lockin-policy.schema.json"",
  ""extends"": ""default"",
  ""adapters"": { ""namespaces"": [""*.Infrastructure.Ai*""], ""projects"": [""*.Adapters""] },
  ""vendors"": {
    ""exclude"": [""azure-openai""],
    ""add"": [ { ""id"": ""contoso-llm"", ""name"": ""Contoso LLM"", ""kind"": ""custom"", ""packages"": [""Contoso.Llm""],
               ""assemblies"": [ { ""name"": ""Contoso.Llm"", ""namespaces"": [""Contoso.Llm""] } ] } ]
  },
  ""licenses"": { ""categories"": { ""Commercial"": ""deny"" }, ""allow"": [""MIT""], ""warn"": [""MPL-2.0""], ""deny"": [""AGPL-3.0-only""] },
  ""packages"": [ { ""id"": ""EPPlus"", ""versions"": ""[5,)"", ""action"": ""allow"", ""reason"": ""Licensed"" }, { ""id"": ""Contoso.*"", ""license"": ""MIT"" } ],
  ""exceptions"": [ { ""id"": ""MediatR"", ""versions"": ""[13,)"", ""rules"": [""LOCK102""], ""justification"": ""Migrating"", ""expires"": ""2027-03-31"" } ],
  ""audit"": { ""mode"": ""all"", ""developmentDependencies"": false }
}");

            Assert.Empty(problems);
            Assert.Equal("default", Assert.Single(layer.Extends).Reference);
            Assert.Equal(new[] { "*.Infrastructure.Ai*" }, layer.AdapterNamespaces);
            Assert.Equal(new[] { "*.Adapters" }, layer.AdapterProjects);
            Assert.Equal(new[] { "azure-openai" }, layer.ExcludedVendors);
            Assert.Equal("Contoso LLM", Assert.Single(layer.ExtraVendors).Name);
            Assert.Equal(PolicyAction.Deny, layer.CategoryActions[LicenseCategory.Commercial]);
            Assert.Equal(PolicyAction.Allow, layer.LicenseActions["MIT"]);
            Assert.Equal(PolicyAction.Warn, layer.LicenseActions["MPL-2.0"]);
            Assert.Equal(PolicyAction.Deny, layer.LicenseActions["AGPL-3.0-only"]);
            Assert.Equal(2, layer.PackageRules.Count);
            Assert.Equal("MIT", layer.PackageRules[1].License);
            var exception = Assert.Single(layer.Exceptions);
            Assert.Equal(new DateTime(2027, 3, 31), exception.Expires);
            Assert.Equal("lockin.json(12,19)", exception.Origin);
            Assert.Equal(AuditMode.All, layer.AuditMode);
            Assert.False(layer.AuditDevelopmentDependencies);
        }

        [Fact]
        public void Every_mistake_is_reported_at_its_position()
        {
            var (_, problems) = Read(@"{
  ""adapter"": {},
  ""licenses"": { ""categories"": { ""Comercial"": ""deny"", ""Unknown"": ""block"" }, ""deny"": [""MIT OR Apache-2.0""] },
  ""packages"": [ { ""id"": ""Auto Mapper"", ""versions"": ""[15"", ""action"": ""deny"" }, { ""id"": ""X"" } ],
  ""exceptions"": [ { ""id"": ""Y"", ""rules"": [""CA1000""], ""justification"": ""j"", ""expires"": ""31/12/2026"" } ],
  ""vendors"": { ""exclude"": [""openia""] },
  ""audit"": { ""mode"": ""some"" }
}");

            Assert.Equal(
                new[]
                {
                    "lockin.json(2,3): Unknown property 'adapter' in the policy; expected one of: extends, adapters, vendors, licenses, packages, exceptions, audit, coupling, models",
                    "lockin.json(3,33): Unknown license category 'Comercial'; expected one of: Permissive, WeakCopyleft, StrongCopyleft, NetworkCopyleft, SourceAvailable, NonCommercial, Commercial, ProprietaryFree, Unknown",
                    "lockin.json(3,65): 'licenses.categories.Unknown' must be 'allow', 'warn' or 'deny', not 'block'",
                    "lockin.json(3,85): 'MIT OR Apache-2.0' in 'licenses.deny' is not a single SPDX license id (or 'id WITH exception')",
                    "lockin.json(4,25): Package id pattern 'Auto Mapper' may contain only letters, digits, '.', '-', '_' and '*'",
                    "lockin.json(4,52): 'versions' in a package rule is not a NuGet version range: '[15' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)",
                    "lockin.json(4,79): a package rule needs an 'action' (allow, warn, deny) or a 'license'",
                    "lockin.json(5,41): 'CA1000' in 'rules' of an exception is not a LOCKnnn diagnostic id",
                    "lockin.json(5,86): 'expires' in an exception must be a date written yyyy-MM-dd, not '31/12/2026'",
                    "lockin.json(6,27): Unknown vendor id 'openia' in 'vendors.exclude'; known ids: " + string.Join(", ", LockInAnalyzer.Catalog.Vendors.VendorCatalog.Builtin.Vendors.Select(v => v.Id).OrderBy(v => v, StringComparer.Ordinal)),
                    "lockin.json(7,22): 'audit.mode' must be 'direct' or 'all', not 'some'",
                },
                problems);
        }

        [Fact]
        public void Malformed_json_is_one_problem_with_its_position()
        {
            var (_, problems) = Read("{\n  \"licenses\": {\n    \"allow\": [\"MIT\"\n  }\n}");

            Assert.Equal(new[] { "lockin.json(4,3): Expected ',' or ']' in array" }, problems);
        }
    }
}
