using System;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// Pulls a host name out of a string that is a URL (<c>https://api.openai.com/v1</c>) or a bare host
    /// (<c>api.anthropic.com</c>, <c>api.anthropic.com/v1/messages</c>). Reads the authority the way a URL parser does:
    /// user info ends at the last <c>@</c> and a port follows the host, so <c>https://api.openai.com:443@evil.example</c>
    /// is <c>evil.example</c>. Allocation-free until a host is found, because it runs on every string literal of the compilation.
    /// </summary>
    public static class EndpointHost
    {
        public static string? Extract(string text)
        {
            if (text.Length < 4 || text.Length > 2048 || text.IndexOf('.') < 0)
            {
                return null;
            }

            var start = 0;
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme > 0)
            {
                for (var i = 0; i < scheme; i++)
                {
                    if (!char.IsLetter(text[i]))
                    {
                        return null;
                    }
                }

                start = scheme + 3;
            }

            // The authority runs to the first '/', '?' or '#'.
            var end = start;
            while (end < text.Length && text[end] != '/' && text[end] != '?' && text[end] != '#')
            {
                end++;
            }

            if (scheme <= 0 && end < text.Length && text[end] != '/')
            {
                // A bare host is followed by nothing or by a path; "name.ext?x" is not an endpoint.
                return null;
            }

            if (scheme > 0 && end > start)
            {
                // user:secret@host: the host follows the last '@' of the authority.
                var at = text.LastIndexOf('@', end - 1, end - start);
                if (at >= 0)
                {
                    start = at + 1;
                }
            }

            var hostEnd = start;
            while (hostEnd < end && text[hostEnd] != ':')
            {
                var c = text[hostEnd];
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_'))
                {
                    return null;
                }

                hostEnd++;
            }

            for (var i = hostEnd + 1; i < end; i++)
            {
                if (!char.IsDigit(text[i]))
                {
                    // Not a port: "host:abc" is not an endpoint.
                    return null;
                }
            }

            var host = text.Substring(start, hostEnd - start).TrimEnd('.');
            return host.IndexOf('.') > 0 ? host.ToLowerInvariant() : null;
        }

        /// <summary><c>https://user:secret@api.openai.com/v1</c> → <c>https://***@api.openai.com/v1</c>.</summary>
        public static string RedactUserInfo(string text)
        {
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme <= 0)
            {
                return text;
            }

            var start = scheme + 3;
            var end = text.IndexOfAny(new[] { '/', '?', '#' }, start);
            var authority = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            var at = authority.LastIndexOf('@');
            return at < 0 ? text : text.Substring(0, start) + "***" + text.Substring(start + at);
        }
    }
}
