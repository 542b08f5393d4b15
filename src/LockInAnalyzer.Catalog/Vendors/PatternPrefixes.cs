using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Catalog.Vendors
{
    /// <summary>
    /// Whether a literal prefix can start a match of a model pattern (ignoring case), so the catalog reader can report a
    /// prefix that never reaches its regex (a typo like <c>amce-</c>, or a prefix of an alternative the pattern lacks).
    /// .NET has no partial-match API, so this walks the pattern's syntax: literals, escapes, classes, groups,
    /// alternation and quantifiers. It over-approximates and never reports a consistent prefix: lookarounds and anchors
    /// count as empty, and a construct it does not model (a backreference, <c>\p{..}</c>) as any character.
    /// </summary>
    internal static class PatternPrefixes
    {
        public static bool CanStart(string pattern, string prefix)
        {
            try
            {
                var parser = new Parser(pattern);
                var node = parser.Alternation();
                var text = prefix.ToLowerInvariant();
                return node.Ends(text, 0, out var exhausted).Contains(text.Length) || exhausted;
            }
            catch (InsufficientExecutionStackException)
            {
                return true; // nested too deep to walk: not reported rather than a crash
            }
        }

        /// <summary>A pattern node: the offsets where a match of it starting at <c>start</c> can end in <c>text</c>.</summary>
        private abstract class Node
        {
            /// <param name="exhausted">Set when the text ran out inside the node: the prefix can go on into a match.</param>
            public abstract HashSet<int> Ends(string text, int start, out bool exhausted);
        }

        private sealed class CharNode : Node
        {
            private readonly Func<char, bool> accepts;

            public CharNode(Func<char, bool> accepts) => this.accepts = accepts;

            public override HashSet<int> Ends(string text, int start, out bool exhausted)
            {
                exhausted = start == text.Length;
                var ends = new HashSet<int>();
                if (start < text.Length && accepts(text[start]))
                {
                    ends.Add(start + 1);
                }

                return ends;
            }
        }

        private sealed class EmptyNode : Node
        {
            public override HashSet<int> Ends(string text, int start, out bool exhausted)
            {
                exhausted = false;
                return new HashSet<int> { start };
            }
        }

        private sealed class SequenceNode : Node
        {
            public List<Node> Items { get; } = new List<Node>();

            public override HashSet<int> Ends(string text, int start, out bool exhausted)
            {
                exhausted = false;
                var current = new HashSet<int> { start };
                foreach (var item in Items)
                {
                    var next = new HashSet<int>();
                    foreach (var offset in current)
                    {
                        next.UnionWith(item.Ends(text, offset, out var ran));
                        exhausted |= ran;
                    }

                    current = next;
                }

                return current;
            }
        }

        private sealed class AlternationNode : Node
        {
            public List<Node> Branches { get; } = new List<Node>();

            public override HashSet<int> Ends(string text, int start, out bool exhausted)
            {
                exhausted = false;
                var ends = new HashSet<int>();
                foreach (var branch in Branches)
                {
                    ends.UnionWith(branch.Ends(text, start, out var ran));
                    exhausted |= ran;
                }

                return ends;
            }
        }

        private sealed class RepeatNode : Node
        {
            private readonly Node item;
            private readonly int min;
            private readonly int max;

            public RepeatNode(Node item, int min, int max)
            {
                this.item = item;
                this.min = min;
                this.max = max;
            }

            public override HashSet<int> Ends(string text, int start, out bool exhausted)
            {
                exhausted = false;
                var ends = new HashSet<int>();
                var current = new HashSet<int> { start };
                if (min == 0)
                {
                    ends.Add(start);
                }

                // Repetitions that consume nothing add nothing, so text.Length + 1 rounds cover an unbounded maximum.
                var rounds = Math.Min(max, Math.Max(min, text.Length - start + 1));
                for (var round = 1; round <= rounds && current.Count > 0; round++)
                {
                    var next = new HashSet<int>();
                    foreach (var offset in current)
                    {
                        next.UnionWith(item.Ends(text, offset, out var ran));
                        exhausted |= ran;
                    }

                    current = next;
                    if (round >= min)
                    {
                        ends.UnionWith(current);
                    }
                }

                return ends;
            }
        }

        /// <summary>A recursive-descent reader of the regex subset; unknown constructs become "any character".</summary>
        private sealed class Parser
        {
            private readonly string pattern;
            private int position;

            public Parser(string pattern) => this.pattern = pattern;

            private bool AtEnd => position >= pattern.Length;

            public Node Alternation()
            {
                var alternation = new AlternationNode();
                alternation.Branches.Add(Sequence());
                while (!AtEnd && pattern[position] == '|')
                {
                    position++;
                    alternation.Branches.Add(Sequence());
                }

                return alternation.Branches.Count == 1 ? alternation.Branches[0] : alternation;
            }

            private Node Sequence()
            {
                var sequence = new SequenceNode();
                while (!AtEnd && pattern[position] != '|' && pattern[position] != ')')
                {
                    sequence.Items.Add(Quantified(Atom()));
                }

                return sequence;
            }

            private Node Quantified(Node atom)
            {
                while (!AtEnd)
                {
                    int min, max;
                    switch (pattern[position])
                    {
                        case '?': min = 0; max = 1; position++; break;
                        case '*': min = 0; max = int.MaxValue; position++; break;
                        case '+': min = 1; max = int.MaxValue; position++; break;
                        case '{' when TryCounts(out min, out max): break;
                        default: return atom;
                    }

                    if (!AtEnd && (pattern[position] == '?' || pattern[position] == '+'))
                    {
                        position++; // lazy or possessive: the same set of matches
                    }

                    atom = new RepeatNode(atom, min, max);
                }

                return atom;
            }

            private bool TryCounts(out int min, out int max)
            {
                min = max = 0;
                var close = pattern.IndexOf('}', position);
                if (close < 0)
                {
                    return false;
                }

                var parts = pattern.Substring(position + 1, close - position - 1).Split(',');
                if (parts.Length > 2 || !int.TryParse(parts[0], out min))
                {
                    return false;
                }

                max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue : int.TryParse(parts[1], out var upper) ? upper : -1;
                if (max < min)
                {
                    return false;
                }

                position = close + 1;
                return true;
            }

            private Node Atom()
            {
                var c = pattern[position++];
                switch (c)
                {
                    case '(':
                        return Group();
                    case '[':
                        return Class();
                    case '.':
                        return new CharNode(ch => ch != '\n');
                    case '^':
                    case '$':
                        return new EmptyNode();
                    case '\\':
                        return Escape();
                    default:
                        var lower = char.ToLowerInvariant(c);
                        return new CharNode(ch => ch == lower);
                }
            }

            private Node Group()
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                var lookaround = false;
                if (!AtEnd && pattern[position] == '?')
                {
                    position++;
                    if (!AtEnd && pattern[position] == '<' && position + 1 < pattern.Length && (pattern[position + 1] == '=' || pattern[position + 1] == '!'))
                    {
                        position++;
                    }

                    if (!AtEnd && (pattern[position] == '=' || pattern[position] == '!'))
                    {
                        lookaround = true;
                        position++;
                    }
                    else if (!AtEnd && (pattern[position] == '<' || pattern[position] == '\''))
                    {
                        // (?<name>...) or (?'name'...): skip the name.
                        var close = pattern.IndexOfAny(new[] { '>', '\'' }, position + 1);
                        position = close < 0 ? pattern.Length : close + 1;
                    }
                    else
                    {
                        // (?:...) and inline options (?i:...): skip to the colon.
                        while (!AtEnd && pattern[position] != ':' && pattern[position] != ')')
                        {
                            position++;
                        }

                        if (!AtEnd && pattern[position] == ':')
                        {
                            position++;
                        }
                    }
                }

                var inner = Alternation();
                if (!AtEnd && pattern[position] == ')')
                {
                    position++;
                }

                return lookaround ? new EmptyNode() : inner;
            }

            private Node Class()
            {
                var negated = !AtEnd && pattern[position] == '^';
                if (negated)
                {
                    position++;
                }

                var tests = new List<Func<char, bool>>();
                var first = true;
                while (!AtEnd && (pattern[position] != ']' || first))
                {
                    first = false;
                    var low = ClassChar(out var escape);
                    if (escape != null)
                    {
                        tests.Add(escape);
                        continue;
                    }

                    if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
                    {
                        position++;
                        var high = ClassChar(out _);
                        tests.Add(ch => ch >= low && ch <= high || char.ToUpperInvariant(ch) >= low && char.ToUpperInvariant(ch) <= high);
                    }
                    else
                    {
                        tests.Add(ch => ch == char.ToLowerInvariant(low));
                    }
                }

                position++; // ']'
                return new CharNode(ch => tests.Exists(t => t(ch)) != negated);
            }

            /// <summary>One class member: a character, or (as <paramref name="escape"/>) a class escape such as \d.</summary>
            private char ClassChar(out Func<char, bool>? escape)
            {
                escape = null;
                var c = pattern[position++];
                if (c != '\\' || AtEnd)
                {
                    return c;
                }

                var e = pattern[position++];
                escape = ClassEscape(e);
                if (escape == null && char.IsLetterOrDigit(e) && Unescaped(e) == e)
                {
                    SkipOperand(e);
                    escape = _ => true; // \p{..}, \x41, \u0041: not modelled
                }

                return escape == null ? Unescaped(e) : '\0';
            }

            private Node Escape()
            {
                if (AtEnd)
                {
                    return new CharNode(_ => true);
                }

                var e = pattern[position++];
                if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G')
                {
                    return new EmptyNode();
                }

                if (ClassEscape(e) is { } test)
                {
                    return new CharNode(test);
                }

                if (char.IsLetterOrDigit(e) && Unescaped(e) == e)
                {
                    SkipOperand(e);
                    return new CharNode(_ => true); // \p{..}, \1, \k<..>, \x41: not modelled
                }

                var literal = char.ToLowerInvariant(Unescaped(e));
                return new CharNode(ch => ch == literal);
            }

            /// <summary>Steps over what an unmodelled escape takes: {..} or &lt;..&gt;, hex digits, more digits, a control letter.</summary>
            private void SkipOperand(char e)
            {
                if (!AtEnd && (pattern[position] == '{' || pattern[position] == '<' || pattern[position] == '\''))
                {
                    var close = pattern.IndexOfAny(new[] { '}', '>', '\'' }, position + 1);
                    position = close < 0 ? pattern.Length : close + 1;
                    return;
                }

                var count = e switch
                {
                    'x' => 2,
                    'u' => 4,
                    'c' => 1,
                    _ => char.IsDigit(e) ? 2 : 0,
                };
                for (var i = 0; i < count && !AtEnd && (e == 'c' || Uri.IsHexDigit(pattern[position])) && (!char.IsDigit(e) || char.IsDigit(pattern[position])); i++)
                {
                    position++;
                }
            }

            private static Func<char, bool>? ClassEscape(char e) => e switch
            {
                'd' => char.IsDigit,
                'D' => ch => !char.IsDigit(ch),
                'w' => ch => char.IsLetterOrDigit(ch) || ch == '_',
                'W' => ch => !(char.IsLetterOrDigit(ch) || ch == '_'),
                's' => char.IsWhiteSpace,
                'S' => ch => !char.IsWhiteSpace(ch),
                _ => null,
            };

            private static char Unescaped(char e) => e switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                _ => e,
            };
        }
    }
}
