using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Phrase rules for what fingerprints cannot see: short license files that name a license instead of quoting it,
    /// and terms that make a package commercial or non-commercial whatever text follows. Phrases are matched as whole
    /// words on <see cref="LicenseTextNormalizer.WordingText"/> (lower case, punctuation removed), so "RPL1.5",
    /// "Non-Commercial" and "commercial licence" are written here as " rpl1 5 ", " non commercial ", " commercial license ".
    /// A test checks that none of these rules changes the verdict on any of the 41 reference texts.
    /// </summary>
    public sealed class LicenseWording
    {
        /// <summary>Names of licenses as people write them in prose; order matters only for ties at the same position.</summary>
        private static readonly (string Phrase, string Id)[] References =
        {
            (" reciprocal public license 1 5 ", "RPL-1.5"),
            (" reciprocal public license version 1 5 ", "RPL-1.5"),
            (" rpl1 5 ", "RPL-1.5"),
            (" rpl 1 5 ", "RPL-1.5"),
            (" gnu affero general public license ", "AGPL-3.0-only"),
            (" affero general public license ", "AGPL-3.0-only"),
            (" agpl 3 0 ", "AGPL-3.0-only"),
            (" agplv3 ", "AGPL-3.0-only"),
            (" agpl v3 ", "AGPL-3.0-only"),
            (" server side public license ", "SSPL-1.0"),
            (" gnu lesser general public license version 3 ", "LGPL-3.0-only"),
            (" gnu lesser general public license v3 ", "LGPL-3.0-only"),
            (" lgpl 3 0 ", "LGPL-3.0-only"),
            (" lgplv3 ", "LGPL-3.0-only"),
            (" lgpl v3 ", "LGPL-3.0-only"),
            (" gnu lesser general public license version 2 1 ", "LGPL-2.1-only"),
            (" lgpl 2 1 ", "LGPL-2.1-only"),
            (" lgplv2 1 ", "LGPL-2.1-only"),
            (" gnu general public license version 3 ", "GPL-3.0-only"),
            (" gnu general public license v3 ", "GPL-3.0-only"),
            (" gpl 3 0 ", "GPL-3.0-only"),
            (" gplv3 ", "GPL-3.0-only"),
            (" gpl v3 ", "GPL-3.0-only"),
            (" gnu general public license version 2 ", "GPL-2.0-only"),
            (" gnu general public license v2 ", "GPL-2.0-only"),
            (" gpl 2 0 ", "GPL-2.0-only"),
            (" gplv2 ", "GPL-2.0-only"),
            (" gpl v2 ", "GPL-2.0-only"),
            (" mozilla public license version 2 0 ", "MPL-2.0"),
            (" mozilla public license 2 0 ", "MPL-2.0"),
            (" mpl 2 0 ", "MPL-2.0"),
            (" microsoft reciprocal license ", "MS-RL"),
            (" microsoft public license ", "MS-PL"),
            (" mit license ", "MIT"),
            (" apache license version 2 0 ", "Apache-2.0"),
            (" apache license 2 0 ", "Apache-2.0"),
            (" apache 2 0 license ", "Apache-2.0"),
            (" bsd 3 clause ", "BSD-3-Clause"),
            (" bsd 2 clause ", "BSD-2-Clause"),
            (" isc license ", "ISC"),
            (" the unlicense ", "Unlicense"),
            (" business source license ", "BUSL-1.1"),
            (" elastic license 2 0 ", "Elastic-2.0"),
            (" polyform noncommercial ", "PolyForm-Noncommercial-1.0.0"),
            (" polyform non commercial ", "PolyForm-Noncommercial-1.0.0"),
            (" polyform shield ", "PolyForm-Shield-1.0.0"),
            (" polyform small business ", "PolyForm-Small-Business-1.0.0"),
        };

        /// <summary>How a file says the license applies; a bare mention ("unlike the MIT license") is not enough on its own.</summary>
        private static readonly string[] LeadIns =
        {
            " licensed under the ", " licensed under ", " released under the ", " released under ", " distributed under the ",
            " available under the ", " governed by the ", " under the terms of the ", " subject to the ", " license is ", " licence is ",
        };

        /// <summary>Offers of a paid alternative. "do not wish to release the source" is how Lucky Penny Software's files phrase it.</summary>
        private static readonly string[] CommercialPhrases =
        {
            " commercial license ", " commercial licenses ", " commercial licensing ", " commercial agreement ", " commercial terms ",
            " commercial use license ", " paid license ", " purchase a license ", " purchase a commercial ", " buy a license ",
            " do not wish to release the source ", " under the license agreement described ",
        };

        /// <summary>
        /// Non-commercial restrictions. Each phrase names the use or purpose: GPL-2.0 itself says "allowed only for
        /// noncommercial distribution", which is a condition on one way of distributing, not a restriction of use.
        /// </summary>
        private static readonly string[] NonCommercialPhrases =
        {
            " non commercial use only ", " noncommercial use only ", " for non commercial use ", " for noncommercial use ",
            " non commercial purposes only ", " noncommercial purposes only ", " for non commercial purposes ", " for noncommercial purposes ",
            " not for commercial use ", " no commercial use ", " not be used for commercial purposes ",
        };

        /// <summary>Words that grant rights; "all rights reserved" next to one of these is just a copyright notice.</summary>
        private static readonly string[] GrantPhrases =
        {
            " permission is hereby granted ", " permission to use ", " redistribution and use ", " licensed under ", " is granted ",
            " hereby grants ", " grants you ", " you may use ", " free of charge ", " you can redistribute ",
        };

        private LicenseWording(string text)
        {
            Text = text;
        }

        /// <summary>The normalised text the rules looked at.</summary>
        public string Text { get; }

        /// <summary>The license named first in the text (position in the text decides), or null.</summary>
        public string? FirstReference { get; private set; }

        /// <summary>A license the text says applies ("licensed under the MIT license"), or null.</summary>
        public string? DeclaredReference { get; private set; }

        public bool OffersCommercialLicense { get; private set; }

        public bool RestrictsToNonCommercial { get; private set; }

        public bool MentionsPolyFormNoncommercial { get; private set; }

        public bool MentionsPolyFormShield { get; private set; }

        /// <summary>The Commons Clause: a rider that forbids selling the software, turning an open-source license into source-available terms.</summary>
        public bool AddsCommonsClause { get; private set; }

        public bool IsMicrosoftNetLibraryEula { get; private set; }

        public bool IsMicrosoftEula { get; private set; }

        /// <summary>An end-user license agreement of some vendor: closed terms, named as such even when the vendor is unknown.</summary>
        public bool IsEndUserLicenseAgreement { get; private set; }

        public bool ReservesAllRights { get; private set; }

        public bool GrantsRights { get; private set; }

        public static LicenseWording Analyze(string rawText)
        {
            var text = LicenseTextNormalizer.WordingText(rawText);
            var wording = new LicenseWording(text);
            var firstPosition = int.MaxValue;
            foreach (var (phrase, id) in References)
            {
                var at = text.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0 && at < firstPosition)
                {
                    firstPosition = at;
                    wording.FirstReference = id;
                }
            }

            wording.DeclaredReference = FindDeclared(text);
            wording.OffersCommercialLicense = ContainsAny(text, CommercialPhrases);
            wording.RestrictsToNonCommercial = ContainsAny(text, NonCommercialPhrases);
            wording.MentionsPolyFormNoncommercial = text.Contains(" polyform noncommercial ") || text.Contains(" polyform non commercial ");
            wording.MentionsPolyFormShield = text.Contains(" polyform shield ");
            wording.AddsCommonsClause = text.Contains(" commons clause ");
            wording.IsMicrosoftNetLibraryEula = text.Contains(" microsoft net library ") || text.Contains(" microsoft net framework library ");
            wording.IsMicrosoftEula = text.Contains(" microsoft software license terms ") || text.Contains(" microsoft software supplemental license terms ");
            wording.IsEndUserLicenseAgreement = text.Contains(" end user license agreement ") || text.Contains(" eula ");
            wording.ReservesAllRights = text.Contains(" all rights reserved ");
            wording.GrantsRights = ContainsAny(text, GrantPhrases);
            return wording;
        }

        private static string? FindDeclared(string text)
        {
            string? best = null;
            var bestPosition = int.MaxValue;
            foreach (var leadIn in LeadIns)
            {
                var at = text.IndexOf(leadIn, StringComparison.Ordinal);
                while (at >= 0 && at < bestPosition)
                {
                    var after = at + leadIn.Length - 1;
                    foreach (var (phrase, id) in References)
                    {
                        // The reference may follow directly or after "the".
                        if (string.CompareOrdinal(text, after, phrase, 0, phrase.Length) == 0 ||
                            (string.CompareOrdinal(text, after, " the", 0, 4) == 0 && string.CompareOrdinal(text, after + 4, phrase, 0, phrase.Length) == 0))
                        {
                            best = id;
                            bestPosition = at;
                            break;
                        }
                    }

                    at = text.IndexOf(leadIn, at + 1, StringComparison.Ordinal);
                }
            }

            return best;
        }

        private static bool ContainsAny(string text, IEnumerable<string> phrases)
        {
            foreach (var phrase in phrases)
            {
                if (text.IndexOf(phrase, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
