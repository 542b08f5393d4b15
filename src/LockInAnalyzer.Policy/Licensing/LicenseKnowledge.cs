using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using LockInAnalyzer.Catalog;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Everything the license engine knows, loaded from <c>policies/licenses/</c>: the SPDX license and exception
    /// lists, the category table, text fingerprints and the relicensing knowledge base. <see cref="Default"/> reads
    /// the copies embedded in this assembly, so identification needs no file access beyond the package itself.
    /// </summary>
    public sealed class LicenseKnowledge
    {
        private const string ResourcePrefix = "LockInAnalyzer.Policy.Licensing.";

        private static readonly Lazy<LicenseKnowledge> DefaultInstance = new Lazy<LicenseKnowledge>(LoadEmbedded);

        private readonly Dictionary<string, SpdxLicenseInfo> licenses;
        private readonly Dictionary<string, SpdxExceptionInfo> exceptions;
        private readonly Dictionary<string, LicenseCategoryRule> exactRules;
        private readonly Dictionary<string, LicenseCategoryRule> exceptionRules;
        private readonly List<LicenseCategoryRule> prefixRules;
        private readonly List<SourceProblem> loadProblems;

        private LicenseKnowledge(
            IEnumerable<SpdxLicenseInfo> licenses,
            IEnumerable<SpdxExceptionInfo> exceptions,
            IEnumerable<LicenseCategoryRule> rules,
            IReadOnlyList<LicenseFingerprint> fingerprints,
            List<SourceProblem> problems,
            string listVersion)
        {
            this.licenses = new Dictionary<string, SpdxLicenseInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var license in licenses)
            {
                this.licenses[license.Id] = license;
            }

            this.exceptions = new Dictionary<string, SpdxExceptionInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var exception in exceptions)
            {
                this.exceptions[exception.Id] = exception;
            }

            exactRules = new Dictionary<string, LicenseCategoryRule>(StringComparer.OrdinalIgnoreCase);
            exceptionRules = new Dictionary<string, LicenseCategoryRule>(StringComparer.OrdinalIgnoreCase);
            prefixRules = new List<LicenseCategoryRule>();
            foreach (var rule in rules)
            {
                var table = rule.IsException ? exceptionRules : rule.IsPrefix ? null : exactRules;
                if (table == null)
                {
                    prefixRules.Add(rule);
                }
                else if (table.ContainsKey(rule.Pattern))
                {
                    problems.Add(new SourceProblem(LicenseDataReader.CategoriesFile, rule.Line, 1, "'" + rule.Pattern + "' is listed twice"));
                }
                else
                {
                    table[rule.Pattern] = rule;
                }
            }

            // Longest prefix first, so "CC-BY-NC-*" wins over "CC-BY-*".
            prefixRules.Sort((a, b) => b.Pattern.Length != a.Pattern.Length ? b.Pattern.Length.CompareTo(a.Pattern.Length) : string.CompareOrdinal(a.Pattern, b.Pattern));
            Fingerprints = fingerprints;
            loadProblems = problems;
            ListVersion = listVersion;
            Relicensings = RelicensingKnowledgeBase.Empty;
            LicenseUrls = LicenseUrlTable.Empty;
            Terms = Array.Empty<LicenseTermPhrase>();
        }

        /// <summary>The data embedded in this assembly (loaded once, on first use).</summary>
        public static LicenseKnowledge Default => DefaultInstance.Value;

        /// <summary>The SPDX license list version the data was generated from.</summary>
        public string ListVersion { get; }

        public IReadOnlyList<LicenseFingerprint> Fingerprints { get; }

        public RelicensingKnowledgeBase Relicensings { get; private set; }

        /// <summary>License URLs the URL rules cannot derive (license-urls.tsv): release tags, old page names, vendor terms.</summary>
        public LicenseUrlTable LicenseUrls { get; private set; }

        /// <summary>Phrases naming license terms whose text is not fingerprinted (license-terms.tsv).</summary>
        public IReadOnlyList<LicenseTermPhrase> Terms { get; private set; }

        /// <summary>Problems found in the data files; the shipped data has none (a test checks it).</summary>
        public IReadOnlyList<SourceProblem> LoadProblems => loadProblems;

        public IEnumerable<SpdxLicenseInfo> Licenses => licenses.Values.OrderBy(l => l.Id, StringComparer.Ordinal);

        public IEnumerable<LicenseCategoryRule> CategoryRules =>
            exactRules.Values.Concat(prefixRules).Concat(exceptionRules.Values).OrderBy(r => r.Line);

        /// <summary>Builds knowledge from file contents (the embedded copies, or files under test).</summary>
        public static LicenseKnowledge Load(string licensesTsv, string exceptionsTsv, string categoriesTsv, string fingerprintsTsv, string relicensingsJson) =>
            Load(licensesTsv, exceptionsTsv, categoriesTsv, fingerprintsTsv, relicensingsJson, string.Empty, string.Empty);

        /// <summary>Builds knowledge from file contents, with the license URL table and the named terms.</summary>
        public static LicenseKnowledge Load(string licensesTsv, string exceptionsTsv, string categoriesTsv, string fingerprintsTsv, string relicensingsJson, string licenseUrlsTsv, string licenseTermsTsv)
        {
            var problems = new List<SourceProblem>();
            var knowledge = new LicenseKnowledge(
                LicenseDataReader.ReadLicenses(licensesTsv, problems),
                LicenseDataReader.ReadExceptions(exceptionsTsv, problems),
                LicenseDataReader.ReadCategories(categoriesTsv, problems),
                LicenseDataReader.ReadFingerprints(fingerprintsTsv, problems),
                problems,
                ReadListVersion(licensesTsv));

            // The knowledge base holds expressions, which are parsed against the ids loaded above.
            var relicensings = RelicensingKnowledgeBase.Read(relicensingsJson, LicenseDataReader.RelicensingsFile, knowledge);
            problems.AddRange(relicensings.Problems);
            knowledge.Relicensings = relicensings;
            knowledge.LicenseUrls = LicenseDataReader.ReadLicenseUrls(licenseUrlsTsv, knowledge, problems);
            knowledge.Terms = LicenseDataReader.ReadLicenseTerms(licenseTermsTsv, knowledge, problems);
            return knowledge;
        }

        public bool TryGetLicense(string id, out SpdxLicenseInfo? license) => licenses.TryGetValue(id, out license);

        public bool TryGetException(string id, out SpdxExceptionInfo? exception) => exceptions.TryGetValue(id, out exception);

        /// <summary>True when the SPDX list or the category table names this exact id (patterns do not count).</summary>
        public bool IsKnownLicenseId(string id) => licenses.ContainsKey(id) || exactRules.ContainsKey(id);

        /// <summary>The id in the casing the data uses, or the input unchanged when unknown.</summary>
        public string CanonicalLicenseId(string id)
        {
            if (licenses.TryGetValue(id, out var license))
            {
                return license.Id;
            }

            return exactRules.TryGetValue(id, out var rule) ? rule.Pattern : id;
        }

        /// <summary>The category rule for one license id (exact row first, then the longest matching prefix), or null.</summary>
        public LicenseCategoryRule? FindRule(string id)
        {
            if (exactRules.TryGetValue(id, out var exact))
            {
                return exact;
            }

            foreach (var rule in prefixRules)
            {
                if (id.StartsWith(rule.Pattern.Substring(0, rule.Pattern.Length - 1), StringComparison.OrdinalIgnoreCase))
                {
                    return rule;
                }
            }

            return null;
        }

        /// <summary>The category of one license id; Unknown when no row covers it.</summary>
        public LicenseCategory CategoryOf(string id) => FindRule(id)?.Category ?? LicenseCategory.Unknown;

        /// <summary>
        /// The category of a whole expression. AND takes the most restrictive operand (all terms apply), OR the least
        /// restrictive (the consumer may choose) — except that an OR whose best branch is strong or network copyleft
        /// and which also offers a Commercial branch is Commercial: "publish all your code or pay" is a sales model,
        /// and for a closed-source consumer the paid branch is the real one.
        /// </summary>
        public LicenseCategory Categorize(SpdxExpression expression)
        {
            switch (expression)
            {
                case SpdxLicenseNode license:
                    return license.DocumentRef != null ? LicenseCategory.Unknown : CategoryOf(license.Id);
                case SpdxWithNode with:
                    var baseCategory = Categorize(with.License);
                    if (exceptionRules.TryGetValue(with.ExceptionId, out var cap) &&
                        (baseCategory == LicenseCategory.WeakCopyleft || LicenseCategories.IsStrongOrNetworkCopyleft(baseCategory)))
                    {
                        return LicenseCategories.LeastRestrictive(baseCategory, cap.Category);
                    }

                    return baseCategory;
                case SpdxCompoundNode compound when compound.Kind == SpdxNodeKind.And:
                    return compound.Operands.Select(Categorize).Aggregate(LicenseCategory.Permissive, LicenseCategories.MostRestrictive);
                case SpdxCompoundNode compound:
                    var categories = compound.Operands.Select(Categorize).ToList();
                    var best = categories.Aggregate(LicenseCategory.Unknown, LicenseCategories.LeastRestrictive);
                    return LicenseCategories.IsStrongOrNetworkCopyleft(best) && categories.Contains(LicenseCategory.Commercial)
                        ? LicenseCategory.Commercial
                        : best;
                default:
                    return LicenseCategory.Unknown;
            }
        }

        private static string ReadListVersion(string licensesTsv)
        {
            // The generator writes "# SPDX license list <version> ..." as the first line.
            const string marker = "# SPDX license list ";
            var firstLine = licensesTsv.Split('\n')[0];
            if (!firstLine.StartsWith(marker, StringComparison.Ordinal))
            {
                return "unknown";
            }

            var rest = firstLine.Substring(marker.Length);
            var space = rest.IndexOf(' ');
            return space < 0 ? rest.Trim() : rest.Substring(0, space);
        }

        private static LicenseKnowledge LoadEmbedded()
        {
            var assembly = typeof(LicenseKnowledge).GetTypeInfo().Assembly;
            return Load(
                ReadResource(assembly, LicenseDataReader.LicensesFile),
                ReadResource(assembly, LicenseDataReader.ExceptionsFile),
                ReadResource(assembly, LicenseDataReader.CategoriesFile),
                ReadResource(assembly, LicenseDataReader.FingerprintsFile),
                ReadResource(assembly, LicenseDataReader.RelicensingsFile),
                ReadResource(assembly, LicenseDataReader.LicenseUrlsFile),
                ReadResource(assembly, LicenseDataReader.LicenseTermsFile));
        }

        private static string ReadResource(Assembly assembly, string file)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file);
            if (stream == null)
            {
                // A build without the data must still answer (everything Unknown) rather than crash the host.
                return string.Empty;
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
