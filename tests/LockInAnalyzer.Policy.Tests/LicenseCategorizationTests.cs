using System.Collections.Generic;
using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class LicenseCategorizationTests
    {
        private static LicenseCategory Categorize(string expression)
        {
            var parsed = SpdxExpressionParser.Parse(expression);
            Assert.True(parsed.Success, parsed.Error);
            return LicenseKnowledge.Default.Categorize(parsed.Expression!);
        }

        [Theory]
        [InlineData("MIT", LicenseCategory.Permissive)]
        [InlineData("MIT-0", LicenseCategory.Permissive)]
        [InlineData("Apache-2.0", LicenseCategory.Permissive)]
        [InlineData("BSD-3-Clause", LicenseCategory.Permissive)]
        [InlineData("CC0-1.0", LicenseCategory.Permissive)]
        [InlineData("Unlicense", LicenseCategory.Permissive)]
        [InlineData("Unicode-3.0", LicenseCategory.Permissive)]
        [InlineData("CC-BY-4.0", LicenseCategory.Permissive)]
        [InlineData("LGPL-2.1-only", LicenseCategory.WeakCopyleft)]
        [InlineData("LGPL-2.1", LicenseCategory.WeakCopyleft)]
        [InlineData("MPL-2.0", LicenseCategory.WeakCopyleft)]
        [InlineData("MS-RL", LicenseCategory.WeakCopyleft)]
        [InlineData("EPL-2.0", LicenseCategory.WeakCopyleft)]
        [InlineData("GPL-2.0+", LicenseCategory.StrongCopyleft)]
        [InlineData("GPL-3.0-only", LicenseCategory.StrongCopyleft)]
        [InlineData("CC-BY-SA-4.0", LicenseCategory.StrongCopyleft)]
        [InlineData("AGPL-3.0-or-later", LicenseCategory.NetworkCopyleft)]
        [InlineData("RPL-1.5", LicenseCategory.NetworkCopyleft)]
        [InlineData("OSL-3.0", LicenseCategory.NetworkCopyleft)]
        [InlineData("BUSL-1.1", LicenseCategory.SourceAvailable)]
        [InlineData("SSPL-1.0", LicenseCategory.SourceAvailable)]
        [InlineData("Elastic-2.0", LicenseCategory.SourceAvailable)]
        [InlineData("FSL-1.1-MIT", LicenseCategory.SourceAvailable)]
        [InlineData("FSL-1.1-ALv2", LicenseCategory.SourceAvailable)]
        [InlineData("PolyForm-Shield-1.0.0", LicenseCategory.SourceAvailable)]
        [InlineData("PolyForm-Noncommercial-1.0.0", LicenseCategory.NonCommercial)]
        [InlineData("CC-BY-NC-4.0", LicenseCategory.NonCommercial)]
        [InlineData("CC-BY-NC-SA-4.0", LicenseCategory.NonCommercial)]
        [InlineData("CC-BY-NC-ND-4.0", LicenseCategory.NonCommercial)]
        [InlineData("CC-BY-ND-4.0", LicenseCategory.ProprietaryFree)]
        [InlineData("LicenseRef-Commercial", LicenseCategory.Commercial)]
        [InlineData("LicenseRef-Microsoft-NET-Library-EULA", LicenseCategory.ProprietaryFree)]
        [InlineData("LicenseRef-Somebody-Else", LicenseCategory.Unknown)]
        [InlineData("Foo-1.0", LicenseCategory.Unknown)]
        [InlineData("DocumentRef-x:LicenseRef-Commercial", LicenseCategory.Unknown)]
        [InlineData("AAL", LicenseCategory.Unknown)]
        public void Single_licenses(string expression, LicenseCategory category) =>
            Assert.Equal(category, Categorize(expression));

        [Theory]
        [InlineData("MIT OR GPL-3.0-only", LicenseCategory.Permissive)]
        [InlineData("MIT AND GPL-3.0-only", LicenseCategory.StrongCopyleft)]
        [InlineData("LGPL-2.1-only OR MPL-2.0", LicenseCategory.WeakCopyleft)]
        [InlineData("MIT OR Foo-1.0", LicenseCategory.Permissive)]
        [InlineData("MIT AND Foo-1.0", LicenseCategory.Unknown)]
        [InlineData("(MIT OR Apache-2.0) AND AGPL-3.0-only", LicenseCategory.NetworkCopyleft)]
        [InlineData("PolyForm-Noncommercial-1.0.0 OR LicenseRef-Commercial", LicenseCategory.NonCommercial)]
        public void Or_takes_the_least_and_And_the_most_restrictive(string expression, LicenseCategory category) =>
            Assert.Equal(category, Categorize(expression));

        [Theory]
        [InlineData("RPL-1.5 OR LicenseRef-Commercial", LicenseCategory.Commercial)]
        [InlineData("GPL-3.0-only OR LicenseRef-Commercial", LicenseCategory.Commercial)]
        [InlineData("AGPL-3.0-only OR LicenseRef-Commercial", LicenseCategory.Commercial)]
        [InlineData("LGPL-3.0-only OR LicenseRef-Commercial", LicenseCategory.WeakCopyleft)]
        [InlineData("MIT OR LicenseRef-Commercial", LicenseCategory.Permissive)]
        public void Copyleft_or_paid_duals_are_commercial(string expression, LicenseCategory category) =>
            Assert.Equal(category, Categorize(expression));

        [Theory]
        [InlineData("GPL-2.0-only WITH Classpath-exception-2.0", LicenseCategory.WeakCopyleft)]
        [InlineData("GPL-2.0-with-classpath-exception", LicenseCategory.WeakCopyleft)]
        [InlineData("GPL-3.0-only WITH GCC-exception-3.1", LicenseCategory.WeakCopyleft)]
        [InlineData("GPL-2.0-only WITH Linux-syscall-note", LicenseCategory.StrongCopyleft)]
        [InlineData("Apache-2.0 WITH LLVM-exception", LicenseCategory.Permissive)]
        [InlineData("MIT WITH Classpath-exception-2.0", LicenseCategory.Permissive)]
        public void Exceptions_only_ever_relax_copyleft(string expression, LicenseCategory category) =>
            Assert.Equal(category, Categorize(expression));

        [Fact]
        public void Every_category_has_a_distinct_restrictiveness_with_unknown_last()
        {
            var seen = new HashSet<int>();
            foreach (LicenseCategory category in System.Enum.GetValues(typeof(LicenseCategory)))
            {
                Assert.True(seen.Add(LicenseCategories.Restrictiveness(category)));
            }

            Assert.Equal(8, LicenseCategories.Restrictiveness(LicenseCategory.Unknown));
            Assert.Equal(0, LicenseCategories.Restrictiveness(LicenseCategory.Permissive));
        }

        [Theory]
        [InlineData("permissive", true, LicenseCategory.Permissive)]
        [InlineData(" NonCommercial ", true, LicenseCategory.NonCommercial)]
        [InlineData("weak-copyleft", false, LicenseCategory.Unknown)]
        [InlineData(null, false, LicenseCategory.Unknown)]
        public void Category_names_parse_case_insensitively(string? text, bool ok, LicenseCategory expected)
        {
            Assert.Equal(ok, LicenseCategories.TryParse(text, out var category));
            Assert.Equal(expected, category);
        }
    }
}
