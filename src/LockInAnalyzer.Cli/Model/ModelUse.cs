using System.Collections.Generic;
using LockInAnalyzer.Catalog.Vendors;

namespace LockInAnalyzer.Cli.Model
{
    /// <summary>Where a model in the AI-BOM was found.</summary>
    internal enum ModelSource
    {
        /// <summary>A model id written in code (LOCK003 for closed ids, the openness catalog for open ones).</summary>
        Code,

        /// <summary>A model file the project ships (<c>*.gguf</c>, <c>*.onnx</c>, <c>*.safetensors</c> content or embedded items).</summary>
        File,
    }

    /// <summary>One model the audit found, with its license and openness as far as anything trustworthy says.</summary>
    internal sealed class ModelUse
    {
        public ModelUse(string name, ModelSource source, ModelOpenness openness, string project, string file, int line)
        {
            Name = name;
            Source = source;
            Openness = openness;
            Project = project;
            File = file;
            Line = line;
        }

        /// <summary>The model id, or for a file its path relative to the report root.</summary>
        public string Name { get; }

        public ModelSource Source { get; }

        public ModelOpenness Openness { get; set; }

        public string Project { get; }

        /// <summary>Relative to the report root with '/' separators.</summary>
        public string File { get; }

        /// <summary>1-based; 0 for a model file.</summary>
        public int Line { get; }

        /// <summary>The catalog vendor of a closed model.</summary>
        public string? VendorId { get; set; }

        /// <summary>The openness family an open model id belongs to.</summary>
        public ModelFamily? Family { get; set; }

        /// <summary>An SPDX id or <c>LicenseRef-</c>; null when unknown (closed models have terms of service, not a license).</summary>
        public string? LicenseId { get; set; }

        public string? LicenseName { get; set; }

        public string? LicenseUrl { get; set; }

        /// <summary>What the license restricts, when the openness catalog says.</summary>
        public string? Restrictions { get; set; }

        /// <summary>Who publishes the model: the vendor of a closed model, the family's supplier.</summary>
        public string? Supplier { get; set; }

        /// <summary>What the class rests on: <c>catalog:llama</c>, <c>model card models/README.md</c>, <c>none</c>.</summary>
        public string Evidence { get; set; } = "none";

        /// <summary>URLs backing the class (the catalog entry's sources, the license's page).</summary>
        public List<string> Sources { get; } = new List<string>();

        /// <summary>Model files only: the size in bytes (the file itself is never read).</summary>
        public long? FileBytes { get; set; }
    }
}
