using System;
using System.Collections.Generic;
using System.Text;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// Deterministic text mutations of the kinds fault injection found useful: byte-level noise (flips, deletions,
    /// duplications, truncation), structural tokens (quotes, brackets, commas), hostile values (NUL and other control
    /// characters raw and escaped, huge and deep input, odd numbers, case and space variants of an existing key) and
    /// splices of another corpus entry. Pure function of the seed.
    /// </summary>
    public sealed class Mutator
    {
        private static readonly string[] Tokens =
        {
            "\"", "{", "}", "[", "]", ":", ",", "\\", "\\u0000", "\u0000", "\u0001", "\u001f", "\t", "\n", "\r", "\u00a0", "\ufeff",
            "null", "true", "false", "0", "-0", "1.9", "1e309", "-1", "2147483648", "NaN", "\"\"", "\" \"", "[]", "{}",
            "//", "/*", "*/", "..", "../", "/", "C:\\", "~", "*", "**", "?", "$(", ")", "@(", "%(", "<", ">", "&", "&#0;", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            " OR ", " AND ", " WITH ", "+", "(", "LicenseRef-", "DocumentRef-x:", "GPL-3.0-only", "MIT", "Unknown", "unknown", "Unknown ", "deny", "allow", "warn",
        };

        private readonly Random random;
        private readonly IReadOnlyList<string> corpus;

        public Mutator(int seed, IReadOnlyList<string> corpus)
        {
            random = new Random(seed);
            this.corpus = corpus;
        }

        public int Next(int maxExclusive) => random.Next(maxExclusive);

        /// <summary>One to four mutations of a corpus entry.</summary>
        public string Mutate()
        {
            var text = corpus[random.Next(corpus.Count)];
            var count = 1 + random.Next(4);
            for (var i = 0; i < count; i++)
            {
                text = MutateOnce(text);
            }

            return text;
        }

        private string MutateOnce(string text)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            var length = text.Length - at == 0 ? 0 : 1 + random.Next(Math.Min(64, text.Length - at));
            switch (random.Next(12))
            {
                case 0:
                    return text.Substring(0, at);
                case 1:
                    return text.Remove(at, length);
                case 2:
                    return text.Insert(at, text.Substring(at, length));
                case 3:
                    return text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                case 4:
                    return at < text.Length ? text.Remove(at, 1).Insert(at, ((char)(text[at] ^ (1 << random.Next(7)))).ToString()) : text + "}";
                case 5:
                    return text.Insert(at, new string(text.Length > 0 ? text[Math.Min(at, text.Length - 1)] : 'x', 1 + random.Next(5_000)));
                case 6:
                    var depth = 1 + random.Next(200);
                    return text.Insert(at, Repeat(random.Next(2) == 0 ? "[" : "{\"a\":", depth));
                case 7:
                    var other = corpus[random.Next(corpus.Count)];
                    var from = other.Length == 0 ? 0 : random.Next(other.Length);
                    return text.Insert(at, other.Substring(from, Math.Min(other.Length - from, 1 + random.Next(200))));
                case 8:
                    return KeyVariant(text);
                case 9:
                    return text.Insert(at, "\\u" + random.Next(0x10000).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                case 10:
                    return at < text.Length ? text.Remove(at, 1).Insert(at, char.IsUpper(text[at]) ? char.ToLowerInvariant(text[at]).ToString() : char.ToUpperInvariant(text[at]).ToString()) : text;
                default:
                    return text.Insert(at, ((char)random.Next(0x20)).ToString());
            }
        }

        /// <summary>Repeats a member whose name is quoted with a case or space variant of its name: the duplicate-key family.</summary>
        private string KeyVariant(string text)
        {
            var quote = text.IndexOf("\": ", random.Next(text.Length + 1), StringComparison.Ordinal);
            if (quote < 0)
            {
                return text;
            }

            var start = text.LastIndexOf('"', quote - 1);
            var end = text.IndexOfAny(new[] { ',', '}', '\n' }, quote);
            if (start < 0 || end < 0)
            {
                return text;
            }

            var member = text.Substring(start, end - start);
            var name = text.Substring(start + 1, quote - start - 1);
            var variant = random.Next(3) switch
            {
                0 => name.ToLowerInvariant(),
                1 => name.ToUpperInvariant(),
                _ => name + " ",
            };
            return text.Insert(end, ", \"" + variant + "\"" + member.Substring(name.Length + 2));
        }

        private static string Repeat(string value, int count)
        {
            var builder = new StringBuilder(value.Length * count);
            for (var i = 0; i < count; i++)
            {
                builder.Append(value);
            }

            return builder.ToString();
        }
    }
}
