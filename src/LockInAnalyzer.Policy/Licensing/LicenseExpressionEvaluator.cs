using System;
using System.Linq;

namespace LockInAnalyzer.Policy.Licensing
{
    /// <summary>
    /// Evaluates an expression against a policy's allow rule: OR passes when any branch passes (the consumer may pick
    /// that branch), AND only when every operand passes (all terms apply at once).
    /// </summary>
    public static class LicenseExpressionEvaluator
    {
        /// <summary>
        /// Evaluates with an id-level rule. A plain license asks <paramref name="allowed"/> for its id (without
        /// <c>+</c>: allowing Apache-2.0 allows "Apache-2.0 or later", since the consumer can stay on 2.0). A
        /// <c>L WITH E</c> passes when the whole <c>"L WITH E"</c> text is allowed, or when <c>L</c> alone is: an
        /// exception only ever adds permissions, so a policy can allow GPL-2.0-only WITH Classpath-exception-2.0
        /// without allowing GPL-2.0-only.
        /// </summary>
        public static bool IsAllowed(SpdxExpression expression, Func<string, bool> allowed)
        {
            if (allowed == null)
            {
                throw new ArgumentNullException(nameof(allowed));
            }

            return Evaluate(expression, leaf => leaf switch
            {
                SpdxWithNode with => allowed(with.ToString()) || allowed(with.License.Id),
                SpdxLicenseNode license => allowed(license.DocumentRef != null ? license.ToString() : license.Id),
                _ => false,
            });
        }

        /// <summary>
        /// Evaluates with a leaf-level rule; leaves are <see cref="SpdxLicenseNode"/> and <see cref="SpdxWithNode"/>
        /// (so a rule can look at categories, OSI flags or exceptions).
        /// </summary>
        public static bool Evaluate(SpdxExpression expression, Func<SpdxExpression, bool> leafAllowed)
        {
            if (leafAllowed == null)
            {
                throw new ArgumentNullException(nameof(leafAllowed));
            }

            return expression switch
            {
                SpdxCompoundNode compound when compound.Kind == SpdxNodeKind.Or => compound.Operands.Any(o => Evaluate(o, leafAllowed)),
                SpdxCompoundNode compound => compound.Operands.All(o => Evaluate(o, leafAllowed)),
                _ => leafAllowed(expression),
            };
        }
    }
}
