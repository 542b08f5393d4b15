using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class PackageVersionRangeTests
    {
        [Theory]
        [InlineData("[15,)", "15.0.0", true)]
        [InlineData("[15,)", "15.1.4", true)]
        [InlineData("[15,)", "14.9.9", false)]
        [InlineData("[15,)", "15.0.0-beta", false)]
        [InlineData("(,12.4.1]", "12.4.1", true)]
        [InlineData("(,12.4.1]", "12.4.2", false)]
        [InlineData("(,12.4.1]", "1.0", true)]
        [InlineData("[1.0,2.0)", "1.0", true)]
        [InlineData("[1.0,2.0)", "1.9.9.9", true)]
        [InlineData("[1.0,2.0)", "2.0", false)]
        [InlineData("(1.0,2.0]", "1.0", false)]
        [InlineData("(1.0,2.0]", "2.0.0.0", true)]
        [InlineData("[4.5.3.3]", "4.5.3.3", true)]
        [InlineData("[4.5.3.3]", "4.5.3", false)]
        [InlineData("5.0", "5.0.0", true)]
        [InlineData("5.0", "4.5.3.3", false)]
        [InlineData("5.0", "8.7.2", true)]
        [InlineData("(,)", "0.0.1", true)]
        [InlineData("[,2.0]", "2.0", true)]
        [InlineData("[,2.0]", "2.0.1", false)]
        public void Satisfies(string range, string version, bool expected)
        {
            if (!PackageVersionRange.TryParse(range, out var parsed, out var error))
            {
                Assert.False(expected, error);
                return;
            }

            Assert.Equal(expected, parsed!.Satisfies(PackageVersion.Parse(version)));
        }

        [Theory]
        [InlineData("[15,)", "[15.0.0, )")]
        [InlineData("(,12.4.1]", "(, 12.4.1]")]
        [InlineData("[1.0,2.0)", "[1.0.0, 2.0.0)")]
        [InlineData("[4.5.3.3]", "[4.5.3.3]")]
        [InlineData("5.0", "[5.0.0, )")]
        public void Prints_normalized_interval_notation(string range, string printed)
        {
            Assert.True(PackageVersionRange.TryParse(range, out var parsed, out _));
            Assert.Equal(printed, parsed!.ToString());
        }

        [Theory]
        [InlineData("", "a version range must not be empty")]
        [InlineData("(1.0)", "'(1.0)' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("[2.0,1.0]", "'[2.0,1.0]' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("[1.0,1.0)", "'[1.0,1.0)' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("[1.0,2.0,3.0]", "'[1.0,2.0,3.0]' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("[1.0,2.0", "'[1.0,2.0' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("[x,2.0]", "'[x,2.0]' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        [InlineData("(1.0,1.0.0)", "'(1.0,1.0.0)' is an empty version range")]
        [InlineData("1.*", "'1.*' is not a version range (NuGet notation: 1.0, [1.0], [1.0,2.0) or (,1.0]; floating versions are not accepted)")]
        public void Rejects_invalid_ranges_with_an_exact_message(string range, string message)
        {
            Assert.False(PackageVersionRange.TryParse(range, out var parsed, out var error));
            Assert.Null(parsed);
            Assert.Equal(message, error);
        }
    }
}
