using System;
using System.Collections.Generic;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseExpressionEvaluatorTests
    {
        private static readonly HashSet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0-only WITH Classpath-exception-2.0",
        };

        private static bool IsAllowed(string expression) =>
            LicenseExpressionEvaluator.IsAllowed(SpdxExpressionParser.Parse(expression).Expression!, Allowed.Contains);

        [Theory]
        [InlineData("MIT", true)]
        [InlineData("GPL-3.0-only", false)]
        [InlineData("MIT OR GPL-3.0-only", true)]
        [InlineData("GPL-3.0-only OR MIT", true)]
        [InlineData("MIT AND GPL-3.0-only", false)]
        [InlineData("MIT AND Apache-2.0", true)]
        [InlineData("(MIT OR GPL-3.0-only) AND (Apache-2.0 OR AGPL-3.0-only)", true)]
        [InlineData("(MIT OR GPL-3.0-only) AND AGPL-3.0-only", false)]
        [InlineData("Apache-2.0+", true)]
        [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", true)]
        [InlineData("GPL-2.0-with-classpath-exception", true)]
        [InlineData("GPL-2.0-only", false)]
        [InlineData("GPL-2.0-only WITH GCC-exception-2.0", false)]
        [InlineData("MIT WITH Classpath-exception-2.0", true)]
        [InlineData("RPL-1.5 OR LicenseRef-Commercial", false)]
        public void Or_passes_if_any_branch_does_and_And_only_if_all_do(string expression, bool expected) =>
            Assert.Equal(expected, IsAllowed(expression));

        [Fact]
        public void Leaf_rules_can_use_categories()
        {
            var knowledge = LicenseKnowledge.Default;
            bool NotCopyleft(SpdxExpression leaf) => knowledge.Categorize(leaf) == LicenseCategory.Permissive;
            Assert.True(LicenseExpressionEvaluator.Evaluate(SpdxExpressionParser.Parse("ISC OR AGPL-3.0-only").Expression!, NotCopyleft));
            Assert.False(LicenseExpressionEvaluator.Evaluate(SpdxExpressionParser.Parse("ISC AND AGPL-3.0-only").Expression!, NotCopyleft));
        }

        [Fact]
        public void Leaves_are_asked_exactly_once_per_occurrence_in_order()
        {
            var asked = new List<string>();
            LicenseExpressionEvaluator.IsAllowed(SpdxExpressionParser.Parse("Foo AND (Bar OR MIT)").Expression!, id =>
            {
                asked.Add(id);
                return true;
            });
            Assert.Equal(new[] { "Foo", "Bar" }, asked);
        }
    }
}
