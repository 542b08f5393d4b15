using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using LockInAnalyzer.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LockInAnalyzer.Tests.Rules
{
    /// <summary>Every rule has its help page, its release-tracking entry, and follows the analyzer conventions.</summary>
    public class RuleMetadataTests
    {
        // One descriptor per rule: the first an analyzer declares. Later ones with the same id are severity variants
        // (LOCK005's warn and deny), checked by SeverityVariantsDifferOnlyInTheirDefaultSeverity.
        private static readonly DiagnosticDescriptor[] Descriptors = AnalyzerSet.All.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).ToArray();

        [Fact]
        public void TheAnalyzersAreTheOnesWeExpect()
        {
            Assert.Equal(
                new[] { "LOCK001", "LOCK002", "LOCK003", "LOCK004", "LOCK005", "LOCK006", "LOCK009" },
                Descriptors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        }

        [Fact]
        public void EveryRuleLinksToItsPageAndThePageExists()
        {
            foreach (var descriptor in Descriptors)
            {
                Assert.EndsWith("docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
                Assert.True(
                    File.Exists(RepositoryFiles.Path("docs", "rules", descriptor.Id + ".md")),
                    descriptor.Id + " links to docs/rules/" + descriptor.Id + ".md, which does not exist.");
            }
        }

        [Fact]
        public void UnshippedReleaseListsEveryRuleWithItsCategoryAndSeverity()
        {
            var lines = File.ReadAllLines(RepositoryFiles.Path("src", "LockInAnalyzer", "AnalyzerReleases.Unshipped.md"));
            var rows = lines
                .Select(line => Regex.Match(line, @"^(LOCK\d{3})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|"))
                .Where(m => m.Success)
                .ToDictionary(m => m.Groups[1].Value, m => (Category: m.Groups[2].Value, Severity: m.Groups[3].Value));
            foreach (var descriptor in Descriptors)
            {
                Assert.True(rows.TryGetValue(descriptor.Id, out var row), descriptor.Id + " is missing from AnalyzerReleases.Unshipped.md");
                Assert.Equal(descriptor.Category, row.Category);
                Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
            }

            Assert.Equal(Descriptors.Select(d => d.Id).Distinct().Count(), rows.Count);
        }

        [Fact]
        public void DescriptorsAreWellFormed()
        {
            foreach (var descriptor in Descriptors)
            {
                Assert.Matches(@"^LOCK\d{3}$", descriptor.Id);
                Assert.StartsWith("LockIn.", descriptor.Category, StringComparison.Ordinal);
                Assert.True(descriptor.IsEnabledByDefault, descriptor.Id);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()), descriptor.Id);
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), descriptor.Id);
            }
        }

        /// <summary>LOCK001's two message forms (per coupling point, per use) agree on everything but the message.</summary>
        [Fact]
        public void MessageFormsDifferOnlyInTheirMessage()
        {
            var forms = AnalyzerSet.All.SelectMany(a => a.SupportedDiagnostics).Where(d => d.Id == "LOCK001").ToList();
            Assert.Equal(2, forms.Select(d => d.MessageFormat.ToString()).Distinct().Count());
            Assert.Single(forms.Select(d => (d.Title.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri, d.Description.ToString(), d.IsEnabledByDefault)).Distinct());
        }

        [Fact]
        public void SeverityVariantsDifferOnlyInTheirDefaultSeverity()
        {
            var variants = AnalyzerSet.All
                .SelectMany(a => a.SupportedDiagnostics.Select(d => (Analyzer: a.GetType().Name, Descriptor: d)))
                .GroupBy(x => x.Descriptor.Id)
                .Where(g => g.Select(x => x.Descriptor.DefaultSeverity).Distinct().Count() > 1)
                .ToList();
            Assert.Equal(new[] { "LOCK005" }, variants.Select(g => g.Key));
            foreach (var group in variants)
            {
                var rule = group.First().Descriptor;
                Assert.Single(group.Select(x => x.Analyzer).Distinct());
                Assert.Equal(new[] { DiagnosticSeverity.Info, DiagnosticSeverity.Warning, DiagnosticSeverity.Error }, group.Select(x => x.Descriptor.DefaultSeverity));
                foreach (var variant in group.Select(x => x.Descriptor))
                {
                    Assert.Equal(
                        (rule.Title.ToString(), rule.MessageFormat.ToString(), rule.Category, rule.Description.ToString(), rule.HelpLinkUri, rule.IsEnabledByDefault),
                        (variant.Title.ToString(), variant.MessageFormat.ToString(), variant.Category, variant.Description.ToString(), variant.HelpLinkUri, variant.IsEnabledByDefault));
                }
            }
        }

        [Fact]
        public void AnalyzersAreSealedAndNamedAfterWhatTheyFind()
        {
            foreach (var analyzer in AnalyzerSet.All)
            {
                Assert.True(analyzer.GetType().IsSealed, analyzer.GetType().Name + " should be sealed");
                Assert.EndsWith("Analyzer", analyzer.GetType().Name, StringComparison.Ordinal);
                var attribute = (DiagnosticAnalyzerAttribute?)Attribute.GetCustomAttribute(analyzer.GetType(), typeof(DiagnosticAnalyzerAttribute));
                Assert.NotNull(attribute);
                Assert.Equal(new[] { LanguageNames.CSharp }, attribute!.Languages);
            }
        }
    }
}
