using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Policy.Audit
{
    /// <summary>
    /// Applies a policy to one project's packages: proprietary AI SDK packages outside adapters (LOCK100), licenses the
    /// policy denies (LOCK101) or wants reviewed (LOCK102, LOCK103 for unknown), drift from the approved baseline
    /// (LOCK104), exceptions that expired (LOCK105) or matched nothing (LOCK106) and unreadable metadata (LOCK191).
    /// Pure: no file, clock or network access of its own, so the MSBuild task and the CLI reach the same verdicts.
    /// </summary>
    public static class PackageAuditor
    {
        public static AuditResult Audit(AuditRequest request)
        {
            var policy = request.Policy;
            var mode = request.AuditMode ?? policy.AuditMode ?? AuditMode.Direct;
            var includeDevelopment = request.AuditDevelopmentDependencies ?? policy.AuditDevelopmentDependencies ?? true;
            var isAdapter = request.IsAdapterProject || policy.IsAdapterProject(request.ProjectName);
            var catalog = VendorCatalog.Builtin.WithVendors(policy.ExtraVendors);
            var developmentIds = new HashSet<string>(request.Assets.Packages.Where(p => p.IsDevelopmentDependency).Select(p => p.Id), StringComparer.OrdinalIgnoreCase);

            var findings = new List<AuditFinding>();
            var reports = new List<PackageReport>();
            var exceptions = new ExceptionTracker(policy.Exceptions, request.Suppressions, request.Today);

            foreach (var package in request.Assets.Packages)
            {
                if (!package.IsDirect && mode == AuditMode.Direct)
                {
                    continue;
                }

                var isDevelopment = package.IsDevelopmentDependency || (!package.IsDirect && package.IncludedBy != null && developmentIds.Contains(package.IncludedBy));
                if (isDevelopment && !includeDevelopment)
                {
                    continue;
                }

                var packageFindings = new List<AuditFinding>();
                var rule = policy.PackageRules.LastOrDefault(r => r.Matches(package.Id, package.Version));
                var verdict = rule?.License != null ? OverrideVerdict(package, rule) : request.Identify(package);
                var where = Where(package);

                var vendor = catalog.FindPackage(package.Id);
                if (vendor != null && !isAdapter && !policy.ExcludedVendors.Contains(vendor.Id, Vendor.IdComparer))
                {
                    packageFindings.Add(Finding(AuditCodes.VendorSdkPackage, AuditSeverity.Warning, package,
                        Describe(package) + " is the " + vendor.Name + " SDK, referenced by '" + request.ProjectName + "', which is not an adapter project; reference it only from an adapter and depend on a vendor-neutral abstraction" + where));
                }

                foreach (var problem in verdict.Problems)
                {
                    packageFindings.Add(Finding(AuditCodes.MetadataUnreadable, AuditSeverity.Warning, package, Describe(package) + ": " + problem.Message + where));
                }

                PolicyAction action;
                if (rule?.Action is { } ruleAction && rule.License == null)
                {
                    action = ruleAction;
                    if (ruleAction == PolicyAction.Deny)
                    {
                        packageFindings.Add(Finding(AuditCodes.LicenseDenied, AuditSeverity.Error, package,
                            Describe(package) + " is denied by the package rule at " + Origin(rule) + (rule.Reason != null ? ": " + rule.Reason : string.Empty) + "; license: " + DescribeLicense(verdict) + where));
                    }
                    else if (ruleAction == PolicyAction.Warn)
                    {
                        packageFindings.Add(Finding(AuditCodes.RestrictiveLicense, AuditSeverity.Warning, package,
                            Describe(package) + " needs review per the package rule at " + Origin(rule) + (rule.Reason != null ? ": " + rule.Reason : string.Empty) + "; license: " + DescribeLicense(verdict) + where));
                    }
                }
                else
                {
                    action = LicenseAction(verdict, policy);
                    if (rule?.Action is { } overridden)
                    {
                        action = overridden;
                    }

                    if (action == PolicyAction.Deny)
                    {
                        packageFindings.Add(Finding(AuditCodes.LicenseDenied, AuditSeverity.Error, package,
                            Describe(package) + ": license " + DescribeLicense(verdict) + " is denied by the policy" + where));
                    }
                    else if (action == PolicyAction.Warn)
                    {
                        packageFindings.Add(verdict.Category == LicenseCategory.Unknown
                            ? Finding(AuditCodes.UnknownLicense, AuditSeverity.Warning, package, Describe(package) + ": license unknown (" + verdict.Evidence + ")" + where)
                            : Finding(AuditCodes.RestrictiveLicense, AuditSeverity.Warning, package, Describe(package) + ": license " + DescribeLicense(verdict) + " needs review under the policy" + where));
                    }
                }

                var approved = request.Baseline?.Find(package.Id, package.Version);
                if (approved != null && rule?.Action != PolicyAction.Allow && HasDrifted(approved, verdict))
                {
                    packageFindings.Add(Finding(AuditCodes.LicenseDrift, AuditSeverity.Warning, package,
                        Describe(package) + ": license changed from " + approved.Describe() + " to " + DescribeLicense(verdict) + where));
                }

                findings.AddRange(exceptions.Filter(package, packageFindings));
                reports.Add(new PackageReport(package.Id, package.Version.ToString(), package.IsDirect, isDevelopment, package.Frameworks, verdict, action, vendor?.Id));
            }

            findings.AddRange(exceptions.ExpiredFindings());
            findings.AddRange(exceptions.UnusedSuppressionFindings());
            var ordered = findings
                .OrderBy(f => f.Code, StringComparer.Ordinal)
                .ThenBy(f => f.PackageId ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ThenBy(f => f.PackageVersion ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToList();
            return new AuditResult(ordered, reports);
        }

        /// <summary>
        /// The policy's action for a license. An SPDX expression is judged per branch — OR takes the most lenient branch
        /// (the consumer may choose it), AND the strictest — with explicit id rules before categories. Non-SPDX parts
        /// (<c>LicenseRef-…</c>) take the category the identifier concluded, so "RPL-1.5 or a commercial agreement" is
        /// judged as the commercial license it effectively is when RPL is not acceptable either.
        /// </summary>
        public static PolicyAction LicenseAction(LicenseVerdict verdict, LockInPolicy policy)
        {
            if (verdict.ParsedExpression == null)
            {
                return policy.ActionFor(verdict.Category);
            }

            return Evaluate(verdict.ParsedExpression, verdict.Category, policy);
        }

        private static PolicyAction Evaluate(SpdxExpression expression, LicenseCategory verdictCategory, LockInPolicy policy)
        {
            switch (expression)
            {
                case SpdxCompoundNode compound:
                    var actions = compound.Operands.Select(o => Evaluate(o, verdictCategory, policy)).ToList();
                    return compound.Kind == SpdxNodeKind.Or ? actions.Min() : actions.Max();
                case SpdxWithNode with:
                    if (policy.LicenseActions.TryGetValue(with.ToString(), out var withAction))
                    {
                        return withAction;
                    }

                    return Evaluate(with.License, verdictCategory, policy);
                case SpdxLicenseNode license:
                    // The policy stores ids as the parser writes them ("GPL-2.0+"); a bare id ("GPL-2.0") also covers its "+" form.
                    if (policy.LicenseActions.TryGetValue(license.ToString(), out var idAction) || policy.LicenseActions.TryGetValue(license.Id, out idAction))
                    {
                        return idAction;
                    }

                    return policy.ActionFor(license.IsLicenseRef ? verdictCategory : LicenseKnowledge.Default.CategoryOf(license.Id));
                default:
                    return policy.ActionFor(verdictCategory);
            }
        }

        private static bool HasDrifted(BaselineEntry approved, LicenseVerdict verdict) =>
            approved.Category != verdict.Category
            || !string.Equals(approved.License ?? string.Empty, verdict.Expression ?? string.Empty, StringComparison.OrdinalIgnoreCase);

        private static LicenseVerdict OverrideVerdict(AssetsPackage package, PackageRule rule)
        {
            var parsed = SpdxExpressionParser.Parse(rule.License);
            var category = parsed.Expression != null ? LicenseKnowledge.Default.Categorize(parsed.Expression) : LicenseCategory.Unknown;
            return new LicenseVerdict(package.Id, package.Version.ToString(), parsed.Expression, category, LicenseEvidenceKind.PolicyOverride,
                "policy rule at " + Origin(rule) + ": license " + rule.License, Array.Empty<PackageProblem>());
        }

        internal static string Describe(AssetsPackage package) => package.Id + " " + package.Version;

        private static string DescribeLicense(LicenseVerdict verdict) =>
            (verdict.Expression != null ? "'" + verdict.Expression + "' " : string.Empty) + "(" + verdict.Category + ", " + verdict.Evidence + ")";

        private static string Where(AssetsPackage package) =>
            (package.IsDirect ? string.Empty : " (transitive" + (package.IncludedBy != null ? " via " + package.IncludedBy : string.Empty) + ")")
            + " [" + string.Join(", ", package.Frameworks) + "]";

        private static string Origin(PackageRule rule) =>
            rule.Origin.File + "(" + rule.Origin.Line.ToString(CultureInfo.InvariantCulture) + "," + rule.Origin.Column.ToString(CultureInfo.InvariantCulture) + ")";

        private static AuditFinding Finding(string code, AuditSeverity severity, AssetsPackage package, string message) =>
            new AuditFinding(code, severity, package.Id, package.Version.ToString(), package.Frameworks, message);
    }
}
