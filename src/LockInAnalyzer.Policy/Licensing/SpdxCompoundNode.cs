using System.Collections.Generic;
using System.Linq;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// AND or OR over two or more operands. The parser flattens chains of the same operator (<c>A OR (B OR C)</c> is
    /// <c>A OR B OR C</c>) because both operators are associative, which keeps evaluation and printing simple.
    /// </summary>
    public sealed class SpdxCompoundNode : SpdxExpression
    {
        public SpdxCompoundNode(SpdxNodeKind kind, IReadOnlyList<SpdxExpression> operands)
        {
            Kind = kind;
            Operands = operands;
        }

        /// <summary><see cref="SpdxNodeKind.And"/> or <see cref="SpdxNodeKind.Or"/>.</summary>
        public override SpdxNodeKind Kind { get; }

        public IReadOnlyList<SpdxExpression> Operands { get; }

        public override string ToString()
        {
            var separator = Kind == SpdxNodeKind.And ? " AND " : " OR ";
            return string.Join(separator, Operands.Select(Format));
        }

        // Only an OR inside an AND needs parentheses: WITH binds tighter than both, and same-operator chains are flattened.
        private string Format(SpdxExpression operand) =>
            Kind == SpdxNodeKind.And && operand.Kind == SpdxNodeKind.Or ? "(" + operand + ")" : operand.ToString();
    }
}
