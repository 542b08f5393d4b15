using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Identifies a package's license from the evidence available, strongest first: a policy override, the nuspec
    /// license expression, the license file, the licenseUrl, the relicensing knowledge base. The first evidence that
    /// identifies a license decides; weaker evidence is consulted only when stronger evidence is absent or says
    /// nothing recognisable. Reading never throws: unusable metadata becomes a problem on the verdict.
    /// </summary>
    public sealed class LicenseIdentifier
    {
        private static readonly Lazy<LicenseIdentifier> DefaultInstance = new Lazy<LicenseIdentifier>(() => new LicenseIdentifier(LicenseKnowledge.Default));

        private readonly LicenseUrlMapper urls;
        private readonly LicenseTextClassifier texts;

        public LicenseIdentifier(LicenseKnowledge knowledge)
        {
            Knowledge = knowledge ?? throw new ArgumentNullException(nameof(knowledge));
            urls = new LicenseUrlMapper(knowledge);
            texts = new LicenseTextClassifier(knowledge);
        }

        /// <summary>An identifier over the embedded license data.</summary>
        public static LicenseIdentifier Default => DefaultInstance.Value;

        public LicenseKnowledge Knowledge { get; }

        /// <summary>Identifies an extracted package: reads its nuspec, then its license file from the same folder.</summary>
        public LicenseVerdict IdentifyPackageFolder(string packageFolder, IReadOnlyList<LicenseOverride>? overrides = null, LicenseUrlTable? policyUrls = null)
        {
            var nuspec = NuspecReader.ReadFromPackageFolder(packageFolder);
            if (nuspec.Metadata == null)
            {
                return new LicenseVerdict(null, null, null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "package metadata unreadable: " + nuspec.Problems[0].Message, nuspec.Problems);
            }

            var verdict = Identify(nuspec.Metadata, new PackageFolderAccess(packageFolder), overrides, policyUrls);
            if (nuspec.Problems.Count == 0)
            {
                return verdict;
            }

            var problems = new List<PackageProblem>(nuspec.Problems);
            problems.AddRange(verdict.Problems);
            return new LicenseVerdict(verdict.PackageId, verdict.PackageVersion, verdict.ParsedExpression, verdict.Category, verdict.EvidenceKind, verdict.Evidence, problems, verdict.TextMatch);
        }

        /// <summary>Identifies a package whose files are in <paramref name="packageFolder"/>.</summary>
        public LicenseVerdict Identify(PackageMetadata package, string packageFolder, IReadOnlyList<LicenseOverride>? overrides = null) =>
            Identify(package, new PackageFolderAccess(packageFolder), overrides);

        /// <summary>
        /// Identifies a package. <paramref name="files"/> gives access to its license file; without it a
        /// <c>&lt;license type="file"&gt;</c> cannot be read and weaker evidence decides. <paramref name="policyUrls"/>
        /// are the policy's <c>licenses.urls</c>: they decide what a licenseUrl means before the built-in mapping.
        /// </summary>
        public LicenseVerdict Identify(PackageMetadata package, IPackageFileAccess? files, IReadOnlyList<LicenseOverride>? overrides = null, LicenseUrlTable? policyUrls = null)
        {
            if (package == null)
            {
                throw new ArgumentNullException(nameof(package));
            }

            var problems = new List<PackageProblem>();
            LicenseVerdict Verdict(SpdxExpression? expression, LicenseCategory category, LicenseEvidenceKind kind, string evidence, LicenseTextScore? match = null) =>
                new LicenseVerdict(package.Id, package.Version, expression, category, kind, evidence, problems, match);

            // 1. A policy override: a human decided.
            if (overrides != null)
            {
                foreach (var item in overrides)
                {
                    if (item == null || !item.AppliesTo(package.Id, package.ParsedVersion))
                    {
                        continue;
                    }

                    SpdxExpression? overrideExpression = null;
                    if (item.Expression != null)
                    {
                        var parsed = SpdxExpressionParser.Parse(item.Expression, Knowledge);
                        if (!parsed.Success)
                        {
                            problems.Add(new PackageProblem(PackageProblemKind.InvalidLicenseExpression, "the policy override's expression '" + item.Expression + "' is invalid " + parsed.DescribeError()));
                            continue;
                        }

                        overrideExpression = parsed.Expression;
                    }

                    var overrideCategory = item.Category ?? Knowledge.Categorize(overrideExpression!);
                    var stated = overrideExpression?.ToString() ?? overrideCategory.ToString();
                    return Verdict(overrideExpression, overrideCategory, LicenseEvidenceKind.PolicyOverride, "policy override: " + stated + (item.Justification.Length > 0 ? " (" + item.Justification + ")" : string.Empty));
                }
            }

            // The strongest evidence looked at, kept for the Unknown verdict when nothing identifies the license.
            (LicenseEvidenceKind Kind, string Text)? examined = null;
            string? namedFile = null;

            // 2. The nuspec license expression.
            var license = package.License;
            if (license != null && license.IsExpression)
            {
                var parsed = SpdxExpressionParser.Parse(license.Value, Knowledge);
                if (parsed.Success)
                {
                    var evidence = "license expression " + parsed.Expression;
                    if (parsed.HasDeprecatedIds)
                    {
                        evidence += " (written '" + license.Value + "', which uses deprecated ids)";
                    }

                    return Verdict(parsed.Expression, Knowledge.Categorize(parsed.Expression!), LicenseEvidenceKind.NuspecExpression, evidence);
                }

                problems.Add(new PackageProblem(PackageProblemKind.InvalidLicenseExpression, "the license expression '" + license.Value + "' is invalid " + parsed.DescribeError()));
                examined = (LicenseEvidenceKind.NuspecExpression, "license expression '" + license.Value + "': invalid");
            }

            // 3. The license file.
            else if (license != null && license.IsFile)
            {
                var name = license.Value;
                namedFile = name;
                if (files == null)
                {
                    examined = (LicenseEvidenceKind.LicenseFile, "license file " + name + ": not read (no access to the package files)");
                }
                else
                {
                    var read = files.ReadText(name, PackageFolderAccess.MaxLicenseFileBytes);
                    if (read.Success)
                    {
                        var finding = texts.Classify(read.Text!);
                        if (finding.IsRecognised)
                        {
                            return Verdict(finding.Expression, Knowledge.Categorize(finding.Expression!), LicenseEvidenceKind.LicenseFile, "license file " + name + ": " + finding.Description, finding.Match);
                        }

                        examined = (LicenseEvidenceKind.LicenseFile, "license file " + name + ": not recognised");
                    }
                    else
                    {
                        problems.Add(read.Problem!);
                        examined = (LicenseEvidenceKind.LicenseFile, "license file " + name + ": unreadable (" + read.Problem!.Message + ")");
                    }
                }
            }
            else if (license != null)
            {
                problems.Add(new PackageProblem(PackageProblemKind.InvalidMetadata, "the <license> type '" + license.Type + "' is not 'expression' or 'file'"));
                examined = (LicenseEvidenceKind.None, "license of unsupported type '" + license.Type + "'");
            }

            // 4. The licenseUrl, unless the knowledge base knows better.
            var relicensing = package.ParsedVersion == null ? null : Knowledge.Relicensings.Find(package.Id, package.ParsedVersion);
            if (package.LicenseUrl != null)
            {
                // A policy's licenses.urls is a human decision about this URL: it beats the built-in mapping and the knowledge base.
                var mapped = policyUrls?.Find(package.LicenseUrl);
                if (mapped != null)
                {
                    var mappedCategory = mapped.Category ?? Knowledge.Categorize(mapped.Expression!);
                    return Verdict(mapped.Expression, mappedCategory, LicenseEvidenceKind.LicenseUrl, "licenseUrl " + package.LicenseUrl + ": policy licenses.urls maps it to " + mapped.Describe());
                }

                var url = urls.Map(package.LicenseUrl);
                var text = "licenseUrl " + package.LicenseUrl + ": " + url.Description;
                switch (url.Kind)
                {
                    case LicenseUrlKind.Identified when relicensing == null || !relicensing.OverridesLicenseUrl:
                        return Verdict(url.Expression, Knowledge.Categorize(url.Expression!), LicenseEvidenceKind.LicenseUrl, text);
                    case LicenseUrlKind.Placeholder:
                        if (license == null)
                        {
                            examined ??= (LicenseEvidenceKind.LicenseUrl, "licenseUrl " + package.LicenseUrl + ": placeholder, but the nuspec has no <license> element");
                        }

                        break;
                    case LicenseUrlKind.Invalid:
                        problems.Add(new PackageProblem(PackageProblemKind.InvalidMetadata, "licenseUrl '" + package.LicenseUrl + "': " + url.Description));
                        examined ??= (LicenseEvidenceKind.LicenseUrl, text);
                        break;
                    default:
                        examined ??= (LicenseEvidenceKind.LicenseUrl, text);
                        break;
                }
            }

            // 5. License files the nuspec does not name: the package's own words, stronger than our knowledge base.
            if (files != null)
            {
                foreach (var candidate in PackageLicenseFiles.Find(files))
                {
                    if (namedFile != null && string.Equals(candidate, namedFile.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var read = files.ReadText(candidate, PackageFolderAccess.MaxLicenseFileBytes);
                    if (!read.Success)
                    {
                        // A link where a license file should be is worth a LOCK191; a binary or oversized file is not.
                        if (read.Problem!.Kind == PackageProblemKind.UnsafePath)
                        {
                            problems.Add(read.Problem);
                        }

                        continue;
                    }

                    var finding = texts.Classify(read.Text!);
                    if (finding.IsRecognised)
                    {
                        return Verdict(finding.Expression, Knowledge.Categorize(finding.Expression!), LicenseEvidenceKind.PackageFile, "license file " + candidate + " (in the package, not named by the nuspec): " + finding.Description, finding.Match);
                    }
                }
            }

            // 6. Known relicensings.
            if (relicensing != null)
            {
                return Verdict(relicensing.Expression, relicensing.Category, LicenseEvidenceKind.KnowledgeBase, "knowledge base: " + relicensing.PackageId + " " + relicensing.Versions + ": " + relicensing.Summary);
            }

            // 7. Nothing identified the license.
            return examined is { } seen
                ? Verdict(null, LicenseCategory.Unknown, seen.Kind, seen.Text)
                : Verdict(null, LicenseCategory.Unknown, LicenseEvidenceKind.None, "no license declared");
        }
    }
}
