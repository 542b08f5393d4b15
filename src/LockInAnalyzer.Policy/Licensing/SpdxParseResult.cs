using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// The outcome of parsing an SPDX expression: either a tree or an error with the character offset where the text
    /// stops making sense. Parsing never throws, because the text comes from packages nobody reviewed.
    /// </summary>
    public sealed class SpdxParseResult
    {
        private SpdxParseResult(string text, SpdxExpression? expression, string? error, int errorOffset, IReadOnlyList<SpdxLicenseNode> licenses)
        {
            Text = text;
            Expression = expression;
            Error = error;
            ErrorOffset = errorOffset;
            Licenses = licenses;
        }

        /// <summary>The text that was parsed.</summary>
        public string Text { get; }

        /// <summary>The tree; null on error.</summary>
        public SpdxExpression? Expression { get; }

        public bool Success => Expression != null;

        /// <summary>What is wrong, or null.</summary>
        public string? Error { get; }

        /// <summary>0-based character offset of the error in <see cref="Text"/>; -1 on success.</summary>
        public int ErrorOffset { get; }

        /// <summary>Every license leaf, in text order.</summary>
        public IReadOnlyList<SpdxLicenseNode> Licenses { get; }

        /// <summary>True when any id was deprecated and has been rewritten to its modern form.</summary>
        public bool HasDeprecatedIds
        {
            get
            {
                foreach (var license in Licenses)
                {
                    if (license.IsDeprecated)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Ids that neither the SPDX list nor the category table knows (a typo, or a license newer than the data).</summary>
        public IReadOnlyList<string> UnknownIds
        {
            get
            {
                var unknown = new List<string>();
                foreach (var license in Licenses)
                {
                    if (!license.IsKnown && !unknown.Contains(license.Id))
                    {
                        unknown.Add(license.Id);
                    }
                }

                return unknown;
            }
        }

        /// <summary>"offset N: message", the form used in evidence and problem texts.</summary>
        public string DescribeError() => Error == null ? string.Empty : "at offset " + ErrorOffset.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Error;

        internal static SpdxParseResult Ok(string text, SpdxExpression expression, IReadOnlyList<SpdxLicenseNode> licenses) =>
            new SpdxParseResult(text, expression, null, -1, licenses);

        internal static SpdxParseResult Fail(string text, string error, int offset) =>
            new SpdxParseResult(text, null, error, offset, Array.Empty<SpdxLicenseNode>());
    }
}
