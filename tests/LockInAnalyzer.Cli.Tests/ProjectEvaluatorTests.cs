using System.Linq;
using LockInAnalyzer.Cli.Projects;
using Xunit;

namespace LockInAnalyzer.Cli.Tests
{
    public class ProjectEvaluatorTests
    {
        [Fact]
        public void Reads_properties_from_Directory_Build_props_conditions_and_imports()
        {
            using var repository = new TestRepository();
            repository.Write("Directory.Build.props", "<Project>\n  <Import Project=\"build/common.props\" />\n  <PropertyGroup>\n    <LockInPolicy>$(MSBuildThisFileDirectory)lockin.json</LockInPolicy>\n"
                + "    <Flag Condition=\"'$(Configuration)' == 'Debug' and !Exists('nothing.txt')\">yes</Flag>\n    <Other Condition=\"'$(Configuration)' != 'Debug'\">no</Other>\n  </PropertyGroup>\n</Project>\n");
            repository.Write("build/common.props", "<Project><PropertyGroup><Common>$(MSBuildThisFile)</Common></PropertyGroup></Project>");
            repository.Write("src/A/A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFrameworks>net8.0;net10.0</TargetFrameworks>\n    <Combined>$(Flag)-$(Common)</Combined>\n  </PropertyGroup>\n"
                + "  <ItemGroup>\n    <Compile Remove=\"Legacy/**\" />\n    <Using Include=\"System.Text\" />\n    <LockInSuppress Include=\"Acme.*\" Version=\"[1,2)\" Justification=\"ok\" />\n  </ItemGroup>\n</Project>\n");

            var project = ProjectEvaluator.Evaluate(repository.Path("src/A/A.csproj"));

            Assert.Equal(repository.Root + "/lockin.json", project["LockInPolicy"]);
            Assert.Equal("yes-common.props", project["Combined"]);
            Assert.Null(project["Other"]);
            Assert.Equal(new[] { "net8.0", "net10.0" }, project.TargetFrameworks);
            Assert.Equal("A", project["AssemblyName"]);
            Assert.Equal(repository.Path("src/A/obj/project.assets.json"), project["ProjectAssetsFile"]);
            Assert.Equal("Acme.*", project.ItemsOf("LockInSuppress").Single().Include);
            Assert.Equal("[1,2)", project.ItemsOf("LockInSuppress").Single().Get("Version"));
            Assert.Single(project.RemovedCompile);
            Assert.Equal("System.Text", project.ItemsOf("Using").Single().Include);
        }

        [Fact]
        public void Follows_GetPathOfFileAbove_chains()
        {
            using var repository = new TestRepository();
            repository.Write("Directory.Build.props", "<Project><PropertyGroup><Outer>outer</Outer></PropertyGroup></Project>");
            repository.Write("src/Directory.Build.props", "<Project>\n  <Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />\n  <PropertyGroup><Inner>$(Outer)-inner</Inner></PropertyGroup>\n</Project>");
            repository.Write("src/B/B.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");

            var project = ProjectEvaluator.Evaluate(repository.Path("src/B/B.csproj"));

            Assert.Equal("outer-inner", project["Inner"]);
        }

        [Fact]
        public void A_project_that_is_not_xml_is_a_load_error_with_a_one_line_message()
        {
            using var repository = new TestRepository();
            repository.Write("C.csproj", "<Project>\n<oops>\n</Project>");

            var error = Assert.Throws<ProjectLoadException>(() => ProjectEvaluator.Evaluate(repository.Path("C.csproj")));
            Assert.DoesNotContain("\n", error.Message);
            Assert.StartsWith("'C.csproj' is not valid XML: ", error.Message);
        }
    }
}
