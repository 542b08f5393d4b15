using System.Threading.Tasks;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class NoWriteTests
    {
        [Fact]
        public async Task Audit_changes_nothing_in_the_repository_obj_included()
        {
            using var repository = Cli.Contoso();
            repository.Write(".editorconfig", "root = true\n[*.cs]\nlockin.adapter_namespaces = Contoso.Adapters\n");
            var before = TestRepository.Snapshot(repository.Root);
            var packagesBefore = TestRepository.Snapshot(repository.PackagesFolder);

            foreach (var format in new[] { "console", "json", "sarif", "markdown", "html", "cyclonedx" })
            {
                var run = await Cli.RunAsync("audit", repository.Root, "--format", format);
                Assert.Equal(0, run.ExitCode);
            }

            Assert.Equal(before, TestRepository.Snapshot(repository.Root));
            Assert.Equal(packagesBefore, TestRepository.Snapshot(repository.PackagesFolder));
        }

        [Fact]
        public async Task Audit_of_the_restored_sample_changes_nothing()
        {
            var sample = SampleFixture.EnsureRestored();
            var before = TestRepository.Snapshot(sample);

            var run = await Cli.RunAsync("audit", sample, "--format", "json");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(before, TestRepository.Snapshot(sample));
        }
    }
}
