using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Maps a nuspec licenseUrl to a license when the URL itself is a stable name for one. Trusted: the URL NuGet
    /// writes for an expression (<c>https://licenses.nuget.org/&lt;expression&gt;</c>), opensource.org and spdx.org
    /// license pages, a license steward's canonical URL (apache.org, gnu.org, mozilla.org) and Microsoft's EULA links.
    /// Not trusted: files in source repositories (github.com/…/LICENSE, raw.githubusercontent.com), because their
    /// content can change after the package was published and often did (AutoMapper, MediatR); and redirect links
    /// whose target this tool cannot know.
    /// </summary>
    public sealed class LicenseUrlMapper
    {
        /// <summary>The placeholder NuGet writes as licenseUrl when a package uses the &lt;license&gt; element.</summary>
        public const string DeprecatedPlaceholder = "https://aka.ms/deprecateLicenseUrl";

        public const string MicrosoftNetLibraryId = "LicenseRef-Microsoft-NET-Library-EULA";
        public const string MicrosoftEulaId = "LicenseRef-Microsoft-EULA";

        /// <summary>go.microsoft.com/fwlink ids known to point at the Microsoft .NET Library EULA (used by Microsoft.Net.Http, Microsoft.Bcl and friends).</summary>
        private static readonly HashSet<string> NetLibraryFwLinks = new HashSet<string>(StringComparer.Ordinal) { "329770" };

        private static readonly string[] RepositoryHosts = { "github.com", "raw.githubusercontent.com", "gist.github.com", "gitlab.com", "bitbucket.org", "dev.azure.com", "codeplex.com", "sourceforge.net" };

        private readonly LicenseKnowledge knowledge;
        private readonly Lazy<Dictionary<string, string>> slugs;

        public LicenseUrlMapper(LicenseKnowledge knowledge)
        {
            this.knowledge = knowledge;
            slugs = new Lazy<Dictionary<string, string>>(BuildSlugs);
        }

        public LicenseUrlMapping Map(string url)
        {
            var trimmed = (url ?? string.Empty).Trim();
            if (string.Equals(trimmed.TrimEnd('/'), DeprecatedPlaceholder, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(trimmed.TrimEnd('/'), "http://aka.ms/deprecateLicenseUrl", StringComparison.OrdinalIgnoreCase))
            {
                return new LicenseUrlMapping(LicenseUrlKind.Placeholder, null, "placeholder written by NuGet; the <license> element is the evidence");
            }

            if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return new LicenseUrlMapping(LicenseUrlKind.Invalid, null, "not an http(s) URL");
            }

            // Knowledge data first (license-urls.tsv): release-tag URLs and pages the rules below cannot derive.
            var known = knowledge.LicenseUrls.Find(trimmed);
            if (known != null)
            {
                return new LicenseUrlMapping(LicenseUrlKind.Identified, known.Expression, known.Describe());
            }

            var host = uri.Host.ToLowerInvariant();
            if (host.StartsWith("www.", StringComparison.Ordinal))
            {
                host = host.Substring(4);
            }

            var path = uri.AbsolutePath;
            var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var last = segments.Length == 0 ? string.Empty : Uri.UnescapeDataString(segments[segments.Length - 1]);

            switch (host)
            {
                case "licenses.nuget.org":
                    return FromExpression(last);
                case "opensource.org":
                    if (segments.Length == 2 && (segments[0] == "licenses" || segments[0] == "license"))
                    {
                        return FromId(StripExtension(last));
                    }

                    break;
                case "spdx.org":
                    if (segments.Length == 2 && segments[0] == "licenses")
                    {
                        return FromId(StripExtension(last));
                    }

                    break;
                case "choosealicense.com":
                    if (segments.Length == 2 && segments[0] == "licenses")
                    {
                        return FromId(last);
                    }

                    break;
                case "apache.org":
                    if (segments.Length == 2 && segments[0] == "licenses")
                    {
                        var apache = StripExtension(last).ToUpperInvariant();
                        if (apache == "LICENSE-2.0")
                        {
                            return Identified("Apache-2.0");
                        }

                        if (apache == "LICENSE-1.1")
                        {
                            return Identified("Apache-1.1");
                        }
                    }

                    break;
                case "gnu.org":
                    if (segments.Length >= 2 && segments[0] == "licenses")
                    {
                        var gnu = GnuId(segments[1]);
                        if (gnu != null)
                        {
                            return Identified(gnu);
                        }
                    }

                    break;
                case "creativecommons.org":
                    // creativecommons.org/licenses/by-nc-sa/4.0/ → CC-BY-NC-SA-4.0 (the SPDX ids follow the URL names).
                    if (segments.Length >= 3 && segments[0] == "licenses")
                    {
                        var creativeCommons = "CC-" + segments[1].ToUpperInvariant() + "-" + segments[2];
                        if (knowledge.TryGetLicense(creativeCommons, out var ccLicense))
                        {
                            return Identified(ccLicense!.Id);
                        }
                    }

                    break;
                case "mozilla.org":
                    if (segments.Length >= 2 && string.Equals(segments[0], "MPL", StringComparison.OrdinalIgnoreCase) && segments[1] == "2.0")
                    {
                        return Identified("MPL-2.0");
                    }

                    break;
                case "microsoft.com":
                case "dotnet.microsoft.com":
                    return Microsoft(path);
                case "go.microsoft.com":
                    var linkId = QueryValue(uri.Query, "linkid");
                    if (linkId != null && NetLibraryFwLinks.Contains(linkId))
                    {
                        return Eula(MicrosoftNetLibraryId, "Microsoft .NET Library EULA");
                    }

                    return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "a Microsoft redirect link whose target this tool does not know");
                case "aka.ms":
                    return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "a Microsoft redirect link whose target this tool does not know");
            }

            foreach (var repositoryHost in RepositoryHosts)
            {
                if (host == repositoryHost || host.EndsWith("." + repositoryHost, StringComparison.Ordinal))
                {
                    return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "a file in a source repository, not trusted (it can change after the package was published)");
                }
            }

            return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "not a known license URL");
        }

        private LicenseUrlMapping FromExpression(string expression)
        {
            var parsed = SpdxExpressionParser.Parse(expression, knowledge);
            return parsed.Success
                ? new LicenseUrlMapping(LicenseUrlKind.Identified, parsed.Expression, parsed.Expression!.ToString())
                : new LicenseUrlMapping(LicenseUrlKind.Invalid, null, "the expression '" + expression + "' is invalid " + parsed.DescribeError());
        }

        private LicenseUrlMapping FromId(string slug)
        {
            if (slug.Length > 0)
            {
                // A deprecated id ("GPL-2.0", the old opensource.org page name) goes through the parser's rewrite.
                if (knowledge.TryGetLicense(slug, out var exact))
                {
                    return Identified(exact!.Id);
                }

                if (slugs.Value.TryGetValue(slug.ToLowerInvariant(), out var id))
                {
                    return Identified(id);
                }
            }

            return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "a license page this tool cannot map to an SPDX id");
        }

        private LicenseUrlMapping Identified(string expression)
        {
            var parsed = SpdxExpressionParser.Parse(expression, knowledge);
            return new LicenseUrlMapping(LicenseUrlKind.Identified, parsed.Expression, parsed.Expression!.ToString());
        }

        private LicenseUrlMapping Microsoft(string path)
        {
            var lower = path.ToLowerInvariant();
            if (lower.IndexOf("net_library_eula", StringComparison.Ordinal) >= 0 || lower.IndexOf("dotnet_library_license", StringComparison.Ordinal) >= 0)
            {
                return Eula(MicrosoftNetLibraryId, "Microsoft .NET Library EULA");
            }

            if (lower.StartsWith("/web/webpi/eula/", StringComparison.Ordinal))
            {
                return Eula(MicrosoftEulaId, "Microsoft software license terms");
            }

            return new LicenseUrlMapping(LicenseUrlKind.Untrusted, null, "a Microsoft page this tool does not know as a license");
        }

        private LicenseUrlMapping Eula(string id, string description)
        {
            var parsed = SpdxExpressionParser.Parse(id, knowledge);
            return new LicenseUrlMapping(LicenseUrlKind.Identified, parsed.Expression, description);
        }

        /// <summary>gnu.org/licenses/gpl-3.0(.html|.txt|.en.html) and friends; the URL does not say "only" or "or later", and -only is the narrower claim.</summary>
        private static string? GnuId(string segment)
        {
            var name = segment.ToLowerInvariant();
            var dot = name.IndexOf(".html", StringComparison.Ordinal);
            if (dot < 0)
            {
                dot = name.IndexOf(".txt", StringComparison.Ordinal);
            }

            if (dot >= 0)
            {
                name = name.Substring(0, dot);
            }

            if (name.EndsWith(".en", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - 3);
            }

            return name switch
            {
                "gpl-3.0" => "GPL-3.0-only",
                "gpl-2.0" => "GPL-2.0-only",
                "lgpl-3.0" => "LGPL-3.0-only",
                "lgpl-2.1" => "LGPL-2.1-only",
                "agpl-3.0" => "AGPL-3.0-only",
                _ => null,
            };
        }

        private static string StripExtension(string name)
        {
            foreach (var extension in new[] { ".php", ".html", ".htm", ".txt", ".json" })
            {
                if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    name = name.Substring(0, name.Length - extension.Length);
                    break;
                }
            }

            // The old opensource.org pages were named "mit-license.php", "apache2.0.php"; "bsd-license.php" is in license-urls.tsv.
            if (string.Equals(name, "mit-license", StringComparison.OrdinalIgnoreCase))
            {
                return "MIT";
            }

            if (string.Equals(name, "apache2.0", StringComparison.OrdinalIgnoreCase))
            {
                return "Apache-2.0";
            }

            return name;
        }

        private static string? QueryValue(string query, string name)
        {
            foreach (var pair in query.TrimStart('?').Split('&'))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0 && string.Equals(pair.Substring(0, equals), name, StringComparison.OrdinalIgnoreCase))
                {
                    return Uri.UnescapeDataString(pair.Substring(equals + 1));
                }
            }

            return null;
        }

        /// <summary>
        /// The new opensource.org pages use lower-case slugs with dots turned into dashes ("rpl-1-5", "apache-2-0").
        /// Each non-deprecated id gets its slug; a slug two ids share is dropped rather than guessed.
        /// </summary>
        private Dictionary<string, string> BuildSlugs()
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            foreach (var license in knowledge.Licenses)
            {
                if (license.IsDeprecated)
                {
                    continue;
                }

                foreach (var slug in new[] { license.Id.ToLowerInvariant(), license.Id.ToLowerInvariant().Replace('.', '-') })
                {
                    if (result.TryGetValue(slug, out var existing) && existing != license.Id)
                    {
                        ambiguous.Add(slug);
                    }
                    else
                    {
                        result[slug] = license.Id;
                    }
                }
            }

            foreach (var slug in ambiguous)
            {
                result.Remove(slug);
            }

            return result;
        }
    }
}
