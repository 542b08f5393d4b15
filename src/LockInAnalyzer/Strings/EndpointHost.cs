using System;

namespace LockInAnalyzer.Strings
{
    /// <summary>
    /// Pulls a host name out of a string that is a URL (<c>https://api.openai.com/v1</c>) or a bare host
    /// (<c>api.anthropic.com</c>, <c>api.anthropic.com/v1/messages</c>). Allocation-free until a host is found, because it
    /// runs on every string literal of the compilation.
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

            var end = start;
            while (end < text.Length)
            {
                var c = text[end];
                if (c == '/' || c == '?' || c == '#' || c == ':')
                {
                    break;
                }

                if (c == '@' && scheme > 0)
                {
                    // user:secret@host: the host follows the last '@'.
                    start = end + 1;
                }
                else if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || (c == '@' && scheme > 0)))
                {
                    return null;
                }

                end++;
            }

            if (scheme <= 0 && end < text.Length && text[end] != '/' && text[end] != ':')
            {
                return null;
            }

            var host = text.Substring(start, end - start).TrimEnd('.');
            return host.IndexOf('.') > 0 ? host.ToLowerInvariant() : null;
        }
    }
}
