using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;

namespace LockInAnalyzer.Policy.Policies
{
    /// <summary>
    /// Resolves a policy file and its <c>extends</c> chain (presets by name, other files by path relative to the file
    /// that names them) into one <see cref="LockInPolicy"/>. A file without an <c>extends</c> key extends the default
    /// preset; <c>"extends": []</c> opts out. Parents merge first and children win: maps are
    /// overridden key by key, lists are appended (package rules: the last match wins). File access is handed in, so
    /// the MSBuild task, the CLI and the tests decide how files are read; this code never touches the disk itself.
    /// </summary>
    public static class PolicyResolver
    {
        public const string DefaultPreset = "default";
        public const int MaxChainLength = 16;

        public static IReadOnlyList<string> PresetNames { get; } = new[] { "default", "permissive", "strict" };

        /// <summary>
        /// Resolves <paramref name="policyPath"/>, or the default preset when it is null or empty.
        /// <paramref name="readFile"/> returns a file's text, or null when it does not exist; it may throw
        /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>, which become problems.
        /// </summary>
        public static PolicyResolveResult Resolve(string? policyPath, Func<string, string?> readFile)
        {
            var problems = new List<SourceProblem>();
            var layers = new List<PolicyLayer>();
            if (string.IsNullOrWhiteSpace(policyPath))
            {
                Load(DefaultPreset, null, readFile, layers, new Stack<string>(), problems, new SourceProblem("(LockInPolicy)", 0, 0, string.Empty));
            }
            else if (!ConfiguredPath.TryResolve(policyPath, null, out var fullPath, out var error))
            {
                problems.Add(new SourceProblem("(LockInPolicy)", 0, 0, ConfiguredPath.Describe("The policy path", policyPath!, error!)));
            }
            else
            {
                Load(fullPath, null, readFile, layers, new Stack<string>(), problems, new SourceProblem(fullPath, 0, 0, string.Empty));
            }

            return new PolicyResolveResult(Merge(layers), problems);
        }

        public static bool IsPresetName(string reference) =>
            reference.Length > 0 && reference.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');

        public static string? PresetText(string name)
        {
            using var stream = typeof(PolicyResolver).Assembly.GetManifestResourceStream("LockInAnalyzer.Policy.presets." + name + ".json");
            if (stream == null)
            {
                return null;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static void Load(string reference, string? baseDirectory, Func<string, string?> readFile, List<PolicyLayer> layers, Stack<string> chain, List<SourceProblem> problems, SourceProblem origin)
        {
            var isPreset = IsPresetName(reference);
            var key = "preset:" + reference;
            if (!isPreset && !ConfiguredPath.TryResolve(reference, baseDirectory, out key, out var pathError))
            {
                problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "'extends' names an invalid path " + ConfiguredPath.Display(reference) + ": it " + pathError));
                return;
            }

            if (chain.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "'extends' makes a cycle: " + string.Join(" -> ", chain.Reverse().Concat(new[] { key }))));
                return;
            }

            if (chain.Count >= MaxChainLength)
            {
                problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "'extends' chain is longer than " + MaxChainLength + " files"));
                return;
            }

            if (layers.Any(l => string.Equals(l.Source, key, StringComparison.OrdinalIgnoreCase)))
            {
                // A diamond (two parents extending the same preset) merges that layer once.
                return;
            }

            string? text;
            if (isPreset)
            {
                text = PresetText(reference);
                if (text == null)
                {
                    problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "Unknown preset '" + reference + "'; presets are: " + string.Join(", ", PresetNames)));
                    return;
                }
            }
            else
            {
                try
                {
                    text = readFile(key);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
                {
                    problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "Cannot read policy file '" + key + "': " + e.Message));
                    return;
                }

                if (text == null)
                {
                    problems.Add(new SourceProblem(origin.File, origin.Line, origin.Column, "Policy file '" + key + "' does not exist"));
                    return;
                }
            }

            var layer = PolicyReader.Read(text, key, problems);
            chain.Push(key);
            var directory = isPreset ? baseDirectory : Path.GetDirectoryName(key);
            if (!isPreset && !layer.DeclaresExtends)
            {
                // A policy that says nothing about its base builds on the default preset, so a file holding only
                // an exception or an adapter namespace does not switch every license check off.
                layer.Extends.Add((DefaultPreset, new SourceProblem(key, 1, 1, string.Empty)));
            }

            foreach (var (parent, parentOrigin) in layer.Extends)
            {
                Load(parent, directory, readFile, layers, chain, problems, parentOrigin);
            }

            chain.Pop();
            layers.Add(layer);
        }

        private static LockInPolicy Merge(List<PolicyLayer> layers)
        {
            var categories = new Dictionary<LicenseCategory, PolicyAction>();
            var licenses = new Dictionary<string, PolicyAction>(LockInPolicy.LicenseIdComparer);
            AuditMode? mode = null;
            bool? development = null;
            var modelActions = new Dictionary<ModelOpenness, ModelPolicyAction>();
            var modelClasses = new Dictionary<string, ModelOpenness>(StringComparer.OrdinalIgnoreCase);
            foreach (var layer in layers)
            {
                foreach (var entry in layer.CategoryActions)
                {
                    categories[entry.Key] = entry.Value;
                }

                foreach (var entry in layer.LicenseActions)
                {
                    licenses[entry.Key] = entry.Value;
                }

                foreach (var entry in layer.ModelActions)
                {
                    modelActions[entry.Key] = entry.Value;
                }

                foreach (var entry in layer.ModelClasses)
                {
                    modelClasses[entry.Key] = entry.Value;
                }

                mode = layer.AuditMode ?? mode;
                development = layer.AuditDevelopmentDependencies ?? development;
            }

            var urls = layers.SelectMany(l => l.LicenseUrls).ToList();
            var policy = new LockInPolicy(
                layers.Select(l => l.Source).ToList(),
                layers.SelectMany(l => l.AdapterNamespaces).Distinct(StringComparer.Ordinal).ToList(),
                layers.SelectMany(l => l.AdapterProjects).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                layers.SelectMany(l => l.ExcludedVendors).Distinct(Vendor.IdComparer).ToList(),
                layers.SelectMany(l => l.ExtraVendors).ToList(),
                categories,
                licenses,
                layers.SelectMany(l => l.PackageRules).ToList(),
                layers.SelectMany(l => l.Exceptions).ToList(),
                mode,
                development,
                modelActions,
                modelClasses)
            {
                LicenseUrls = urls.Count == 0 ? LicenseUrlTable.Empty : new LicenseUrlTable(urls),
            };

            // Scalars and the composition roots: the last layer that says wins.
            policy.CouplingReport = layers.Select(l => l.CouplingReport).LastOrDefault(r => r != null);
            policy.CompositionRoots = layers.Select(l => l.CompositionRoots).LastOrDefault(r => r != null);
            return policy;
        }
    }
}
