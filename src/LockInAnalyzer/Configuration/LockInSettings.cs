using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using LockInAnalyzer.Catalog.Contract;
using LockInAnalyzer.Catalog.Vendors;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LockInAnalyzer.Configuration
{
    /// <summary>
    /// The LockIn options that apply to one syntax tree. Parsed once per distinct options object (Roslyn shares one
    /// <see cref="AnalyzerConfigOptions"/> instance among files with the same sections), never per node.
    /// Invalid values fall back to defaults and are listed in <see cref="Problems"/> for LOCK009.
    /// </summary>
    public sealed class LockInSettings
    {
        private static readonly ConditionalWeakTable<AnalyzerConfigOptions, LockInSettings> Cache = new ConditionalWeakTable<AnalyzerConfigOptions, LockInSettings>();
        // Only ',': .editorconfig parsers treat ';' and '#' as the start of a comment, even in the middle of a value.
        private static readonly char[] Separators = { ',' };

        /// <summary>The composition roots when <see cref="OptionKeys.CompositionRoots"/> is not set: where .NET templates wire services.</summary>
        private static readonly IReadOnlyList<FileGlob> DefaultCompositionRoots = new[] { "Program.cs", "Startup.cs" }.Select(Glob).ToList();

        private LockInSettings(IReadOnlyList<NamespaceGlob> adapterNamespaces, bool isAdapterProject, ISet<string> excludedVendors, ISet<string> extraModelContextNames, CouplingReport couplingReport, IReadOnlyList<FileGlob>? compositionRoots, IReadOnlyDictionary<ModelOpenness, ModelPolicyAction> modelActions, IReadOnlyDictionary<string, ModelOpenness> familyClasses, IReadOnlyList<SettingsProblem> problems)
        {
            ModelActions = modelActions;
            FamilyClasses = familyClasses;
            AdapterNamespaces = adapterNamespaces;
            IsAdapterProject = isAdapterProject;
            ExcludedVendors = excludedVendors;
            ExtraModelContextNames = extraModelContextNames;
            CouplingReport = couplingReport;
            CompositionRoots = compositionRoots;
            Problems = problems;
        }

        public IReadOnlyList<NamespaceGlob> AdapterNamespaces { get; }

        public bool IsAdapterProject { get; }

        public ISet<string> ExcludedVendors { get; }

        public ISet<string> ExtraModelContextNames { get; }

        /// <summary>How LOCK001 groups uses into diagnostics.</summary>
        public CouplingReport CouplingReport { get; }

        /// <summary>File patterns of composition roots; null when the configuration declares none (<c>none</c>).</summary>
        public IReadOnlyList<FileGlob>? CompositionRoots { get; }

        /// <summary>The LOCK005 actions the policy (or a user) set; classes not listed keep their default.</summary>
        public IReadOnlyDictionary<ModelOpenness, ModelPolicyAction> ModelActions { get; }

        /// <summary>Catalog family id → the class the policy gives it instead of the catalog's.</summary>
        public IReadOnlyDictionary<string, ModelOpenness> FamilyClasses { get; }

        public IReadOnlyList<SettingsProblem> Problems { get; }

        public static LockInSettings For(AnalyzerConfigOptions options) => Cache.GetValue(options, Parse);

        public bool IsAdapterNamespace(string @namespace)
        {
            foreach (var glob in AdapterNamespaces)
            {
                if (glob.IsMatch(@namespace))
                {
                    return true;
                }
            }

            return false;
        }

        public ModelPolicyAction ActionFor(ModelOpenness openness) =>
            ModelActions.TryGetValue(openness, out var action) ? action : ModelOpennessRules.DefaultFor(openness);

        public bool IsCompositionRootFile(string path)
        {
            if (CompositionRoots == null)
            {
                return false;
            }

            foreach (var glob in CompositionRoots)
            {
                if (glob.IsMatch(path))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsExcluded(Vendor vendor) => ExcludedVendors.Count > 0 && ExcludedVendors.Contains(vendor.Id);

        private static LockInSettings Parse(AnalyzerConfigOptions options)
        {
            var problems = new List<SettingsProblem>();

            var globs = new List<NamespaceGlob>();
            foreach (var item in Items(options, OptionKeys.AdapterNamespaces))
            {
                if (NamespaceGlob.TryParse(item, out var glob, out var error))
                {
                    globs.Add(glob!);
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.AdapterNamespaces, item, error!));
                }
            }

            var isAdapter = ReadBoolean(options, OptionKeys.AdapterProject, problems) | ReadBoolean(options, OptionKeys.AdapterProjectProperty, problems);

            var knownVendors = VendorCatalog.Builtin.Vendors.Select(v => v.Id).ToList();
            var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in Items(options, OptionKeys.ExcludedVendors))
            {
                if (knownVendors.Contains(item, StringComparer.OrdinalIgnoreCase))
                {
                    excluded.Add(item);
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.ExcludedVendors, item, "no vendor has this id; known ids: " + string.Join(", ", knownVendors)));
                }
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in Items(options, OptionKeys.ModelContextNames))
            {
                if (item.All(c => char.IsLetterOrDigit(c) || c == '_'))
                {
                    names.Add(item);
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.ModelContextNames, item, "expected a C# identifier"));
                }
            }

            var modelActions = new Dictionary<ModelOpenness, ModelPolicyAction>();
            foreach (var item in Items(options, OptionKeys.ModelOpenness))
            {
                if (ModelOpennessRules.TryParseConfigItem(item, out var openness, out var action, out var error))
                {
                    modelActions[openness] = action;
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.ModelOpenness, item, error!));
                }
            }

            var familyClasses = new Dictionary<string, ModelOpenness>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in Items(options, OptionKeys.ModelFamilies))
            {
                if (ModelOpennessRules.TryParseFamilyItem(item, out var familyId, out var openness, out var error))
                {
                    familyClasses[familyId] = openness;
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.ModelFamilies, item, error!));
                }
            }

            var report = CouplingReport.Type;
            if (options.TryGetValue(OptionKeys.CouplingReport, out var reportText) && !string.IsNullOrWhiteSpace(reportText) && !CouplingReports.TryParse(reportText, out report))
            {
                problems.Add(new SettingsProblem(OptionKeys.CouplingReport, reportText.Trim(), "expected " + CouplingReports.Names));
            }

            return new LockInSettings(globs, isAdapter, excluded, names, report, ReadCompositionRoots(options, problems), modelActions, familyClasses, problems);
        }

        private static IReadOnlyList<FileGlob>? ReadCompositionRoots(AnalyzerConfigOptions options, List<SettingsProblem> problems)
        {
            var items = Items(options, OptionKeys.CompositionRoots).ToList();
            if (items.Count == 0)
            {
                return DefaultCompositionRoots;
            }

            if (items.Count == 1 && string.Equals(items[0], OptionKeys.NoCompositionRoots, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var globs = new List<FileGlob>();
            foreach (var item in items)
            {
                if (FileGlob.TryParse(item, out var glob, out var error))
                {
                    globs.Add(glob!);
                }
                else
                {
                    problems.Add(new SettingsProblem(OptionKeys.CompositionRoots, item, error!));
                }
            }

            return globs;
        }

        private static FileGlob Glob(string pattern)
        {
            FileGlob.TryParse(pattern, out var glob, out _);
            return glob!;
        }

        private static IEnumerable<string> Items(AnalyzerConfigOptions options, string key)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return Array.Empty<string>();
            }

            return value.Split(Separators).Select(item => item.Trim()).Where(item => item.Length > 0);
        }

        private static bool ReadBoolean(AnalyzerConfigOptions options, string key, List<SettingsProblem> problems)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            if (bool.TryParse(value.Trim(), out var result))
            {
                return result;
            }

            problems.Add(new SettingsProblem(key, value, "expected true or false"));
            return false;
        }
    }
}
