using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Rules;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>One model of the AI-BOM: an id (closed or open) or a model file, with every place it occurs.</summary>
    internal sealed class ModelSummary
    {
        public ModelSummary(ModelUse first)
        {
            First = first;
        }

        /// <summary>The first occurrence: name, class, license and evidence are the same for all of them.</summary>
        public ModelUse First { get; }

        public string Name => First.Name;

        public ModelOpenness Openness => First.Openness;

        /// <summary>Unique within a BOM: <c>model:openai/gpt-4o</c>, <c>model:open/llama3.1</c>, <c>model-file:models/x.gguf</c>.</summary>
        public string BomRef => First.Source == ModelSource.File ? "model-file:" + First.Name
            : First.VendorId != null ? "model:" + First.VendorId + "/" + First.Name
            : "model:open/" + First.Name;

        /// <summary><c>file#Lline</c> for ids, the file for model files; sorted.</summary>
        public SortedSet<string> Locations { get; } = new SortedSet<string>(StringComparer.Ordinal);

        public SortedSet<string> Projects { get; } = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// Every model of the report: closed ids from the LOCK003 findings (with their vendor), open ids and model files
        /// from the projects' inventories; ordered by source, class (closed first) and name.
        /// </summary>
        public static List<ModelSummary> Collect(AuditReport report)
        {
            var catalog = VendorCatalog.Builtin;
            var uses = new List<ModelUse>();
            foreach (var project in report.Projects)
            {
                foreach (var finding in project.Findings.Where(f => f.RuleId == DiagnosticIds.HardCodedModelId && f.VendorId != null && !string.IsNullOrEmpty(f.Subject)))
                {
                    uses.Add(new ModelUse(finding.Subject!, ModelSource.Code, ModelOpenness.Closed, project.Name, finding.File, finding.Line)
                    {
                        VendorId = finding.VendorId,
                        Supplier = catalog.Vendors.FirstOrDefault(v => v.Id == finding.VendorId)?.Name ?? finding.VendorId,
                        Evidence = "vendor catalog (LOCK003)",
                    });
                }

                uses.AddRange(project.Models);
            }

            var models = new Dictionary<string, ModelSummary>(StringComparer.Ordinal);
            foreach (var use in uses)
            {
                var summary = new ModelSummary(use);
                if (!models.TryGetValue(summary.BomRef, out var existing))
                {
                    models[summary.BomRef] = existing = summary;
                }

                existing.Locations.Add(use.Source == ModelSource.File ? use.File : use.File + "#L" + use.Line.ToString(CultureInfo.InvariantCulture));
                existing.Projects.Add(use.Project);
            }

            return models.Values
                .OrderBy(m => m.First.Source)
                .ThenBy(m => m.Openness == ModelOpenness.Closed ? 0 : 1)
                .ThenBy(m => m.Name, StringComparer.Ordinal)
                .ThenBy(m => m.BomRef, StringComparer.Ordinal)
                .ToList();
        }
    }
}
