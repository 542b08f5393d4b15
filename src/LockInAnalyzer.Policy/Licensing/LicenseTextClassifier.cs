namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Decides what a license file says by combining the fingerprint match with the wording rules. Wording that
    /// changes the terms (a paid alternative to a copyleft license, a non-commercial restriction) is applied on top
    /// of a text match; wording that only names a license is used when no text matched.
    /// </summary>
    public sealed class LicenseTextClassifier
    {
        public const string CommercialId = "LicenseRef-Commercial";
        public const string NonCommercialId = "LicenseRef-NonCommercial";
        public const string ProprietaryId = "LicenseRef-Proprietary";
        public const string CommonsClauseId = "LicenseRef-Commons-Clause";
        public const string VendorEulaId = "LicenseRef-Vendor-EULA";

        private readonly LicenseKnowledge knowledge;

        public LicenseTextClassifier(LicenseKnowledge knowledge)
        {
            this.knowledge = knowledge;
        }

        public LicenseTextFinding Classify(string text)
        {
            var match = LicenseTextMatcher.BestMatch(text, knowledge.Fingerprints);
            var wording = LicenseWording.Analyze(text);
            var matchCategory = match == null ? LicenseCategory.Unknown : knowledge.CategoryOf(match.Id);

            // "RPL-1.5 … or, if you do not wish to release your source, our license agreement": copyleft or pay.
            if (wording.OffersCommercialLicense)
            {
                var copyleft = match != null && IsCopyleft(matchCategory) ? match.Id
                    : match == null && wording.FirstReference != null && IsCopyleft(knowledge.CategoryOf(wording.FirstReference)) ? wording.FirstReference
                    : null;
                if (copyleft != null)
                {
                    // A short file that names the GNU license "either version 3 ... or (at your option) any later
                    // version" grants the or-later id; a full text match keeps the id of the text.
                    if (match == null && copyleft.EndsWith("-only", System.StringComparison.Ordinal) && wording.Text.Contains(" any later version "))
                    {
                        copyleft = copyleft.Substring(0, copyleft.Length - "-only".Length) + "-or-later";
                    }

                    return Finding(copyleft + " OR " + CommercialId, copyleft + " or a commercial agreement", match);
                }
            }

            if (match != null)
            {
                if (wording.AddsCommonsClause)
                {
                    return Finding(match.Id + " AND " + CommonsClauseId, match.Id + " with the Commons Clause", match);
                }

                if (wording.RestrictsToNonCommercial && matchCategory != LicenseCategory.NonCommercial)
                {
                    return Finding(match.Id + " AND " + NonCommercialId, match.Id + " restricted to non-commercial use", match);
                }

                return Finding(match.Id, match.Id, match);
            }

            // Terms named in license-terms.tsv: vendor EULAs, evaluation-only and source-available terms, open
            // licenses whose text is not fingerprinted, public-domain dedications.
            var named = FirstNamedTerms(wording.Text);
            if (named != null)
            {
                return new LicenseTextFinding(named.Expression, named.Description, null);
            }

            if (wording.IsMicrosoftNetLibraryEula)
            {
                return Finding(LicenseUrlMapper.MicrosoftNetLibraryId, "Microsoft .NET Library EULA", null);
            }

            if (wording.IsMicrosoftEula)
            {
                return Finding(LicenseUrlMapper.MicrosoftEulaId, "Microsoft software license terms", null);
            }

            if (wording.MentionsPolyFormNoncommercial)
            {
                return Finding("PolyForm-Noncommercial-1.0.0", "refers to PolyForm-Noncommercial-1.0.0", null);
            }

            if (wording.MentionsPolyFormShield)
            {
                return Finding("PolyForm-Shield-1.0.0", "refers to PolyForm-Shield-1.0.0", null);
            }

            if (wording.AddsCommonsClause)
            {
                return Finding(CommonsClauseId, "Commons Clause", null);
            }

            if (wording.RestrictsToNonCommercial)
            {
                return Finding(NonCommercialId, "non-commercial use only", null);
            }

            if (wording.OffersCommercialLicense)
            {
                return Finding(CommercialId, "commercial license terms", null);
            }

            if (wording.DeclaredReference != null)
            {
                return Finding(wording.DeclaredReference, "refers to " + wording.DeclaredReference, null);
            }

            if (wording.IsEndUserLicenseAgreement)
            {
                return Finding(VendorEulaId, "a vendor's end-user license agreement (terms this tool does not know)", null);
            }

            if (wording.ReservesAllRights && !wording.GrantsRights)
            {
                return Finding(ProprietaryId, "all rights reserved, no license granted", null);
            }

            return new LicenseTextFinding(null, "not recognised", null);
        }

        private LicenseTermPhrase? FirstNamedTerms(string text)
        {
            LicenseTermPhrase? first = null;
            var firstAt = int.MaxValue;
            foreach (var terms in knowledge.Terms)
            {
                var at = text.IndexOf(terms.Phrase, System.StringComparison.Ordinal);
                if (at >= 0 && at < firstAt)
                {
                    first = terms;
                    firstAt = at;
                }
            }

            return first;
        }

        private static bool IsCopyleft(LicenseCategory category) =>
            category == LicenseCategory.WeakCopyleft || LicenseCategories.IsStrongOrNetworkCopyleft(category);

        private LicenseTextFinding Finding(string expression, string description, LicenseTextScore? match) =>
            new LicenseTextFinding(SpdxExpressionParser.Parse(expression, knowledge).Expression, description, match);
    }
}
