using System;
using System.Collections.Generic;
using System.Globalization;
using LockInAnalyzer.Catalog;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Reads the tab-separated data files in <c>policies/licenses/</c>. They are plain TSV on purpose: the analyzer
    /// host cannot use System.Text.Json, and splitting lines costs nothing at build time. Lines starting with <c>#</c>
    /// are comments; a malformed row is reported and skipped, never thrown.
    /// </summary>
    public static class LicenseDataReader
    {
        public const string LicensesFile = "spdx-licenses.tsv";
        public const string ExceptionsFile = "spdx-exceptions.tsv";
        public const string FingerprintsFile = "fingerprints.tsv";
        public const string CategoriesFile = "categories.tsv";
        public const string RelicensingsFile = "relicensings.json";
        public const string LicenseUrlsFile = "license-urls.tsv";
        public const string LicenseTermsFile = "license-terms.tsv";

        public static List<SpdxLicenseInfo> ReadLicenses(string text, List<SourceProblem> problems)
        {
            var result = new List<SpdxLicenseInfo>();
            foreach (var (line, fields) in Rows(text))
            {
                if (fields.Length != 5 || fields[0].Length == 0)
                {
                    problems.Add(Problem(LicensesFile, line, "expected 5 tab-separated fields: id, name, osi, fsfLibre, deprecated"));
                    continue;
                }

                result.Add(new SpdxLicenseInfo(fields[0], fields[1], fields[2] == "1", fields[3] == "1", fields[4] == "1"));
            }

            return result;
        }

        public static List<SpdxExceptionInfo> ReadExceptions(string text, List<SourceProblem> problems)
        {
            var result = new List<SpdxExceptionInfo>();
            foreach (var (line, fields) in Rows(text))
            {
                if (fields.Length != 3 || fields[0].Length == 0)
                {
                    problems.Add(Problem(ExceptionsFile, line, "expected 3 tab-separated fields: id, name, deprecated"));
                    continue;
                }

                result.Add(new SpdxExceptionInfo(fields[0], fields[1], fields[2] == "1"));
            }

            return result;
        }

        public static List<LicenseCategoryRule> ReadCategories(string text, List<SourceProblem> problems)
        {
            var result = new List<LicenseCategoryRule>();
            foreach (var (line, fields) in Rows(text))
            {
                if (fields.Length < 3 || fields.Length > 4 || (fields[0] != "license" && fields[0] != "exception") || fields[1].Length == 0)
                {
                    problems.Add(Problem(CategoriesFile, line, "expected: license|exception <TAB> id or prefix* <TAB> category [<TAB> note]"));
                    continue;
                }

                if (!LicenseCategories.TryParse(fields[2], out var category))
                {
                    problems.Add(Problem(CategoriesFile, line, "unknown category '" + fields[2] + "'"));
                    continue;
                }

                var isException = fields[0] == "exception";
                if (isException && fields[1].EndsWith("*", StringComparison.Ordinal))
                {
                    problems.Add(Problem(CategoriesFile, line, "exception rows name one exception id, not a pattern"));
                    continue;
                }

                result.Add(new LicenseCategoryRule(isException, fields[1], category, fields.Length == 4 ? fields[3] : string.Empty, line));
            }

            return result;
        }

        public static List<LicenseFingerprint> ReadFingerprints(string text, List<SourceProblem> problems)
        {
            var result = new List<LicenseFingerprint>();
            var formatSeen = false;
            var lineNumber = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNumber++;
                var lineText = raw.TrimEnd('\r');
                if (lineText.StartsWith("#format", StringComparison.Ordinal))
                {
                    // Fingerprints made by another normaliser or hash would silently never match: refuse them.
                    if (lineText != LicenseFingerprint.FormatLine)
                    {
                        problems.Add(Problem(FingerprintsFile, lineNumber, "fingerprint format '" + lineText + "' does not match this build ('" + LicenseFingerprint.FormatLine + "'); regenerate with tools/SpdxDataGenerator"));
                        return new List<LicenseFingerprint>();
                    }

                    formatSeen = true;
                }
            }

            if (!formatSeen)
            {
                problems.Add(Problem(FingerprintsFile, 1, "missing the #format line"));
                return result;
            }

            foreach (var (line, fields) in Rows(text))
            {
                if (fields.Length != 3 || fields[0].Length == 0 ||
                    !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    problems.Add(Problem(FingerprintsFile, line, "expected 3 tab-separated fields: id, shingle count, sample"));
                    continue;
                }

                var hashes = new List<uint>();
                var valid = true;
                foreach (var hex in fields[2].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
                    {
                        valid = false;
                        break;
                    }

                    hashes.Add(hash);
                }

                if (!valid || hashes.Count == 0)
                {
                    problems.Add(Problem(FingerprintsFile, line, "the sample must be space-separated hexadecimal hashes"));
                    continue;
                }

                result.Add(new LicenseFingerprint(fields[0], count, hashes));
            }

            return result;
        }

        /// <summary>Reads license-urls.tsv: exact|prefix, URL, SPDX expression, note.</summary>
        public static LicenseUrlTable ReadLicenseUrls(string text, LicenseKnowledge knowledge, List<SourceProblem> problems)
        {
            var result = new List<LicenseUrlPattern>();
            foreach (var (line, fields) in Rows(text))
            {
                var pattern = fields.Length == 4 ? LicenseUrlTable.Normalize(fields[1]) : null;
                if (pattern == null || (fields[0] != "exact" && fields[0] != "prefix"))
                {
                    problems.Add(Problem(LicenseUrlsFile, line, "expected: exact|prefix <TAB> http(s) URL <TAB> SPDX expression <TAB> note"));
                    continue;
                }

                var expression = ParseExpression(fields[2], LicenseUrlsFile, line, knowledge, problems);
                if (expression == null)
                {
                    continue;
                }

                var isPrefix = fields[0] == "prefix";
                result.Add(new LicenseUrlPattern(isPrefix ? pattern : pattern.TrimEnd('/'), isPrefix, expression, null, fields[3]));
            }

            return new LicenseUrlTable(result);
        }

        /// <summary>Reads license-terms.tsv: phrase, SPDX expression, description.</summary>
        public static List<LicenseTermPhrase> ReadLicenseTerms(string text, LicenseKnowledge knowledge, List<SourceProblem> problems)
        {
            var result = new List<LicenseTermPhrase>();
            foreach (var (line, fields) in Rows(text))
            {
                var phrase = fields.Length == 3 ? LicenseTextNormalizer.WordingText(fields[0]) : string.Empty;
                if (phrase.Trim().Length == 0 || fields[2].Length == 0)
                {
                    problems.Add(Problem(LicenseTermsFile, line, "expected: phrase <TAB> SPDX expression <TAB> description"));
                    continue;
                }

                var expression = ParseExpression(fields[1], LicenseTermsFile, line, knowledge, problems);
                if (expression == null)
                {
                    continue;
                }

                result.Add(new LicenseTermPhrase(phrase, expression, fields[2]));
            }

            return result;
        }

        private static SpdxExpression? ParseExpression(string text, string file, int line, LicenseKnowledge knowledge, List<SourceProblem> problems)
        {
            var parsed = SpdxExpressionParser.Parse(text, knowledge);
            if (!parsed.Success)
            {
                problems.Add(Problem(file, line, "invalid license expression '" + text + "' " + parsed.DescribeError()));
            }

            return parsed.Expression;
        }

        /// <summary>Non-comment, non-blank rows with their 1-based line numbers.</summary>
        private static IEnumerable<(int Line, string[] Fields)> Rows(string text)
        {
            var lineNumber = 0;
            foreach (var raw in text.Split('\n'))
            {
                lineNumber++;
                var line = raw.TrimEnd('\r');
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                yield return (lineNumber, line.Split('\t'));
            }
        }

        private static SourceProblem Problem(string file, int line, string message) => new SourceProblem(file, line, 1, message);
    }
}
