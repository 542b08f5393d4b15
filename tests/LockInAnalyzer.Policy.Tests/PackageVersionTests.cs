using LockInAnalyzer.Policy.Licensing;
using Xunit;

namespace LockInAnalyzer.Policy.Tests
{
    public class PackageVersionTests
    {
        [Theory]
        [InlineData("1.0", "1.0.0", 0)]
        [InlineData("1.0.0.0", "1.0.0", 0)]
        [InlineData("4.5.3.3", "4.5.3", 1)]
        [InlineData("4.5.3.3", "4.5.4", -1)]
        [InlineData("4.5.3.10", "4.5.3.9", 1)]
        [InlineData("15.0.0-beta", "15.0.0", -1)]
        [InlineData("15.0.0-alpha", "15.0.0-beta", -1)]
        [InlineData("1.0.0-beta.2", "1.0.0-beta.10", -1)]
        [InlineData("1.0.0-beta.2", "1.0.0-beta.a", -1)]
        [InlineData("1.0.0-BETA", "1.0.0-beta", 0)]
        [InlineData("1.0.0-beta", "1.0.0-beta.1", -1)]
        [InlineData("1.0.0+build.5", "1.0.0", 0)]
        [InlineData("2022.12.0", "2022.3.1", 1)]
        [InlineData("12.4.1", "13.0.0", -1)]
        public void Compares_like_NuGet(string left, string right, int expected)
        {
            var a = PackageVersion.Parse(left);
            var b = PackageVersion.Parse(right);
            Assert.Equal(expected, System.Math.Sign(a.CompareTo(b)));
            Assert.Equal(-expected, System.Math.Sign(b.CompareTo(a)));
        }

        [Theory]
        [InlineData("4.5.3.3", "4.5.3.3")]
        [InlineData("15", "15.0.0")]
        [InlineData("1.0.0.0", "1.0.0")]
        [InlineData("1.2.3-RC.1+abc", "1.2.3-RC.1")]
        public void Normalizes(string text, string normalized) =>
            Assert.Equal(normalized, PackageVersion.Parse(text).Normalized);

        [Theory]
        [InlineData("")]
        [InlineData("a.b")]
        [InlineData("1.2.3.4.5")]
        [InlineData("1..2")]
        [InlineData("1.0-")]
        [InlineData("1.0-beta..1")]
        [InlineData("1.0-be_ta")]
        [InlineData("99999999999")]
        [InlineData("-1.0")]
        public void Rejects_invalid_versions_with_a_message(string text)
        {
            Assert.False(PackageVersion.TryParse(text, out var version, out var error));
            Assert.Null(version);
            Assert.False(string.IsNullOrEmpty(error));
        }
    }
}
