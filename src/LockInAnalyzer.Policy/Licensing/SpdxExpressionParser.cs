using System;
using System.Collections.Generic;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Parses SPDX license expressions (SPDX 2.3 annex D): ids, <c>id+</c>, <c>LicenseRef-…</c>,
    /// <c>DocumentRef-…:LicenseRef-…</c>, <c>WITH</c>, <c>AND</c>, <c>OR</c> and parentheses, with precedence
    /// WITH &gt; AND &gt; OR. Operators are accepted in any case because hand-written nuspecs and policies use
    /// "and"/"or"; ids are matched case-insensitively and returned in canonical casing.
    /// </summary>
    public sealed class SpdxExpressionParser
    {
        /// <summary>Longer texts are refused: no real expression comes close, and hostile input must stay cheap.</summary>
        public const int MaxLength = 4096;

        /// <summary>Parenthesis nesting limit, so recursion depth stays bounded on hostile input.</summary>
        public const int MaxDepth = 32;

        private readonly LicenseKnowledge knowledge;
        private readonly string text;
        private readonly List<Token> tokens = new List<Token>();
        private readonly List<SpdxLicenseNode> licenses = new List<SpdxLicenseNode>();
        private int position;

        private SpdxExpressionParser(string text, LicenseKnowledge knowledge)
        {
            this.text = text;
            this.knowledge = knowledge;
        }

        private enum TokenKind
        {
            Open,
            Close,
            And,
            Or,
            With,
            Id,
            End,
        }

        /// <summary>Parses with the built-in license data.</summary>
        public static SpdxParseResult Parse(string? text) => Parse(text, LicenseKnowledge.Default);

        /// <summary>Parses using <paramref name="knowledge"/> to canonicalise ids and tell known from unknown ones.</summary>
        public static SpdxParseResult Parse(string? text, LicenseKnowledge knowledge)
        {
            if (text == null || text.Trim().Length == 0)
            {
                return SpdxParseResult.Fail(text ?? string.Empty, "the license expression is empty", 0);
            }

            if (text.Length > MaxLength)
            {
                return SpdxParseResult.Fail(text, "the license expression is longer than " + MaxLength + " characters", MaxLength);
            }

            var parser = new SpdxExpressionParser(text, knowledge);
            try
            {
                parser.Tokenize();
                var expression = parser.ParseOr(0);
                var next = parser.Peek();
                if (next.Kind != TokenKind.End)
                {
                    throw next.Kind == TokenKind.Close
                        ? new SyntaxError("unexpected ')' without a matching '('", next.Offset)
                        : MissingOperator(next);
                }

                return SpdxParseResult.Ok(text, expression, parser.licenses);
            }
            catch (SyntaxError error)
            {
                // The exception only unwinds the recursive descent; callers always get a value.
                return SpdxParseResult.Fail(text, error.Message, error.Offset);
            }
        }

        /// <summary>Two operands in a row: say what is missing, and catch the common "MIT +" spacing mistake.</summary>
        private static SyntaxError MissingOperator(Token token) =>
            token.Kind == TokenKind.Id && token.Text[0] == '+'
                ? new SyntaxError("'+' must follow a license id without a space", token.Offset)
                : new SyntaxError("expected AND, OR or WITH before '" + token.Text + "'", token.Offset);

        private Token Peek() => tokens[position];

        private Token Next() => tokens[position++];

        private SpdxExpression ParseOr(int depth)
        {
            var operands = new List<SpdxExpression>();
            Add(operands, ParseAnd(depth), SpdxNodeKind.Or);
            while (Peek().Kind == TokenKind.Or)
            {
                Next();
                Add(operands, ParseAnd(depth), SpdxNodeKind.Or);
            }

            return operands.Count == 1 ? operands[0] : new SpdxCompoundNode(SpdxNodeKind.Or, operands);
        }

        private SpdxExpression ParseAnd(int depth)
        {
            var operands = new List<SpdxExpression>();
            Add(operands, ParseWith(depth), SpdxNodeKind.And);
            while (Peek().Kind == TokenKind.And)
            {
                Next();
                Add(operands, ParseWith(depth), SpdxNodeKind.And);
            }

            return operands.Count == 1 ? operands[0] : new SpdxCompoundNode(SpdxNodeKind.And, operands);
        }

        private static void Add(List<SpdxExpression> operands, SpdxExpression operand, SpdxNodeKind kind)
        {
            if (operand is SpdxCompoundNode compound && compound.Kind == kind)
            {
                operands.AddRange(compound.Operands);
            }
            else
            {
                operands.Add(operand);
            }
        }

        private SpdxExpression ParseWith(int depth)
        {
            var startsWithParenthesis = Peek().Kind == TokenKind.Open;
            var atom = ParseAtom(depth);
            if (Peek().Kind != TokenKind.With)
            {
                return atom;
            }

            var with = Next();
            if (startsWithParenthesis || atom is not SpdxLicenseNode license)
            {
                throw new SyntaxError(
                    atom is SpdxWithNode ? "this license already carries an exception" : "WITH must follow a single license, not a parenthesised group",
                    with.Offset);
            }

            var exception = Next();
            if (exception.Kind != TokenKind.Id)
            {
                throw new SyntaxError("expected an exception id after WITH", exception.Offset);
            }

            if (exception.Text.IndexOf('+') >= 0 || exception.Text.IndexOf(':') >= 0)
            {
                throw new SyntaxError("'" + exception.Text + "' is not a valid exception id", exception.Offset);
            }

            if (Peek().Kind == TokenKind.With)
            {
                throw new SyntaxError("a license can carry only one exception", Peek().Offset);
            }

            var known = knowledge.TryGetException(exception.Text, out var info);
            return new SpdxWithNode(license, known ? info!.Id : exception.Text, known);
        }

        private SpdxExpression ParseAtom(int depth)
        {
            var token = Next();
            switch (token.Kind)
            {
                case TokenKind.Open:
                    if (depth >= MaxDepth)
                    {
                        throw new SyntaxError("parentheses are nested deeper than " + MaxDepth + " levels", token.Offset);
                    }

                    var inner = ParseOr(depth + 1);
                    var close = Next();
                    if (close.Kind != TokenKind.Close)
                    {
                        throw close.Kind == TokenKind.End
                            ? new SyntaxError("missing ')' to close the '(' at offset " + token.Offset, close.Offset)
                            : MissingOperator(close);
                    }

                    return inner;
                case TokenKind.Id:
                    return License(token);
                case TokenKind.End:
                    throw new SyntaxError(position >= 2 ? "expected a license id after " + tokens[position - 2].Text : "expected a license id", token.Offset);
                default:
                    throw new SyntaxError("expected a license id, found '" + token.Text + "'", token.Offset);
            }
        }

        private SpdxExpression License(Token token)
        {
            var raw = token.Text;
            string? documentRef = null;
            var colon = raw.IndexOf(':');
            if (colon >= 0)
            {
                if (!raw.StartsWith("DocumentRef-", StringComparison.OrdinalIgnoreCase) || colon == "DocumentRef-".Length ||
                    string.Compare(raw, colon + 1, "LicenseRef-", 0, "LicenseRef-".Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    throw new SyntaxError("'" + raw + "' is not a valid id: ':' is only allowed in DocumentRef-…:LicenseRef-…", token.Offset);
                }

                documentRef = raw.Substring(0, colon);
                raw = raw.Substring(colon + 1);
            }

            var plus = raw.IndexOf('+');
            if (plus >= 0 && plus != raw.Length - 1)
            {
                throw new SyntaxError("'+' may only end a license id", token.Offset + plus);
            }

            var orLater = plus >= 0;
            var bare = orLater ? raw.Substring(0, raw.Length - 1) : raw;
            if (bare.Length == 0)
            {
                throw new SyntaxError("'+' must follow a license id without a space", token.Offset);
            }

            if (bare.StartsWith("LicenseRef-", StringComparison.OrdinalIgnoreCase))
            {
                if (bare.Length == "LicenseRef-".Length || orLater)
                {
                    throw new SyntaxError("'" + token.Text + "' is not a valid LicenseRef", token.Offset);
                }

                var canonicalRef = knowledge.CanonicalLicenseId(bare);
                var refNode = new SpdxLicenseNode(canonicalRef, false, true, documentRef, documentRef == null && knowledge.IsKnownLicenseId(canonicalRef), null, token.Text, token.Offset);
                licenses.Add(refNode);
                return refNode;
            }

            if (documentRef != null)
            {
                throw new SyntaxError("DocumentRef must be followed by ':LicenseRef-…'", token.Offset);
            }

            // Deprecated ids are rewritten; "GPL-2.0+" is itself a (deprecated) id, so try the whole token first.
            if (SpdxDeprecatedIds.TryGetReplacement(raw, out var modern, out var exception) ||
                SpdxDeprecatedIds.TryGetReplacement(bare, out modern, out exception))
            {
                var keepPlus = orLater && !SpdxDeprecatedIds.TryGetReplacement(raw, out _, out _);
                var node = new SpdxLicenseNode(knowledge.CanonicalLicenseId(modern), keepPlus, false, null, knowledge.IsKnownLicenseId(modern), raw, token.Text, token.Offset);
                licenses.Add(node);
                if (exception == null)
                {
                    return node;
                }

                if (Peek().Kind == TokenKind.With)
                {
                    throw new SyntaxError("'" + raw + "' already includes an exception", Peek().Offset);
                }

                var knownException = knowledge.TryGetException(exception, out var info);
                return new SpdxWithNode(node, knownException ? info!.Id : exception, knownException);
            }

            var canonical = knowledge.CanonicalLicenseId(bare);
            var deprecated = knowledge.TryGetLicense(canonical, out var listed) && listed!.IsDeprecated ? raw : null;
            var license = new SpdxLicenseNode(canonical, orLater, false, null, knowledge.IsKnownLicenseId(canonical), deprecated, token.Text, token.Offset);
            licenses.Add(license);
            return license;
        }

        private void Tokenize()
        {
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                {
                    i++;
                }
                else if (c == '(')
                {
                    tokens.Add(new Token(TokenKind.Open, "(", i++));
                }
                else if (c == ')')
                {
                    tokens.Add(new Token(TokenKind.Close, ")", i++));
                }
                else if (IsIdChar(c))
                {
                    var start = i;
                    while (i < text.Length && IsIdChar(text[i]))
                    {
                        i++;
                    }

                    var word = text.Substring(start, i - start);
                    var kind = string.Equals(word, "AND", StringComparison.OrdinalIgnoreCase) ? TokenKind.And
                        : string.Equals(word, "OR", StringComparison.OrdinalIgnoreCase) ? TokenKind.Or
                        : string.Equals(word, "WITH", StringComparison.OrdinalIgnoreCase) ? TokenKind.With
                        : TokenKind.Id;
                    tokens.Add(new Token(kind, kind == TokenKind.Id ? word : word.ToUpperInvariant(), start));
                }
                else
                {
                    throw new SyntaxError("unexpected character '" + c + "'", i);
                }
            }

            tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        }

        private static bool IsIdChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == ':';

        private readonly struct Token
        {
            public Token(TokenKind kind, string text, int offset)
            {
                Kind = kind;
                Text = text;
                Offset = offset;
            }

            public TokenKind Kind { get; }

            public string Text { get; }

            public int Offset { get; }
        }

        private sealed class SyntaxError : Exception
        {
            public SyntaxError(string message, int offset)
                : base(message)
            {
                Offset = offset;
            }

            public int Offset { get; }
        }
    }
}
