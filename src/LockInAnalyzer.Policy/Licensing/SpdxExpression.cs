namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>The kinds of node in an SPDX license expression.</summary>
    public enum SpdxNodeKind
    {
        /// <summary>A license id, <c>id+</c> or <c>LicenseRef-…</c>.</summary>
        License,

        /// <summary><c>license WITH exception</c>.</summary>
        With,

        /// <summary>All operands apply.</summary>
        And,

        /// <summary>Any one operand may be chosen.</summary>
        Or,
    }

    /// <summary>
    /// A node of a parsed SPDX license expression. Parentheses leave no node of their own: they only shape the tree,
    /// and <see cref="ToString"/> writes them back wherever precedence (WITH over AND over OR) needs them.
    /// </summary>
    public abstract class SpdxExpression
    {
        public abstract SpdxNodeKind Kind { get; }

        /// <summary>The canonical text: canonical id casing, modern ids, upper-case operators, minimal parentheses.</summary>
        public abstract override string ToString();
    }
}
