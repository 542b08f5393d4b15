using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using LockInAnalyzer.Cli.Model;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary>
    /// <c>lockin init</c>: the organisation recipe in two files: a <c>Directory.Build.props</c> that adds the
    /// LockInAnalyzer package to every project (<c>PrivateAssets="all"</c>) and points <c>LockInPolicy</c> at a
    /// <c>lockin.json</c> that extends the chosen preset. Never overwrites without <c>--force</c>.
    /// </summary>
    internal static class InitCommand
    {
        public const string PropsFileName = "Directory.Build.props";
        public const string PolicyFileName = "lockin.json";
        public const string SchemaUrl = "https://raw.githubusercontent.com/LockInAnalyzer/LockInAnalyzer/main/policies/lockin-policy.schema.json";

        public static Command Create(CliEnvironment environment)
        {
            var directory = new Argument<string>("directory") { Description = "The repository root to write the files into", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
            var preset = new Option<string>("--preset") { Description = "The preset the policy extends: default, strict or permissive", DefaultValueFactory = _ => "default" };
            preset.AcceptOnlyFromAmong(PolicyResolver.PresetNames.ToArray());
            var force = new Option<bool>("--force") { Description = "Overwrite existing files" };
            var command = new Command("init", "Write a Directory.Build.props that switches LockInAnalyzer on for every project, and a lockin.json policy from a preset") { directory, preset, force };
            command.SetAction(parse => Run(environment, parse.GetValue(directory) ?? ".", parse.GetValue(preset) ?? "default", parse.GetValue(force)));
            return command;
        }

        public static int Run(CliEnvironment environment, string directory, string preset, bool force)
        {
            var root = Path.GetFullPath(directory);
            if (!Directory.Exists(root))
            {
                throw new UsageException("the directory '" + directory + "' does not exist");
            }

            var props = Path.Combine(root, PropsFileName);
            var policy = Path.Combine(root, PolicyFileName);
            var existing = new[] { props, policy }.Where(File.Exists).ToList();
            if (existing.Count > 0 && !force)
            {
                foreach (var file in existing)
                {
                    environment.ErrorLine(Path.GetFileName(file) + " already exists in " + root + "; nothing was written (use --force to overwrite)");
                }

                return ExitCodes.Error;
            }

            var central = ProjectEvaluator.FileAbove("Directory.Packages.props", root) is { } packagesProps && File.ReadAllText(packagesProps).Contains("ManagePackageVersionsCentrally", StringComparison.OrdinalIgnoreCase);
            CliApp.WriteFile(props, Props(central));
            CliApp.WriteFile(policy, Policy(preset));
            environment.Out.WriteLine("Wrote " + PropsFileName + " (LockInAnalyzer " + AuditReport.ToolVersion + " for every project, LockInPolicy = " + PolicyFileName + ")");
            environment.Out.WriteLine("Wrote " + PolicyFileName + " (extends the '" + preset + "' preset)");
            if (central)
            {
                environment.Out.WriteLine("This repository manages package versions centrally: add <PackageVersion Include=\"LockInAnalyzer\" Version=\"" + AuditReport.ToolVersion + "\" /> to Directory.Packages.props");
            }

            environment.Out.WriteLine("Next: 'dotnet build' shows the LOCK diagnostics; 'lockin audit' reports without building.");
            return ExitCodes.Clean;
        }

        public static string Props(bool centralPackageManagement) =>
            "<Project>\n"
            + "  <!--\n"
            + "    LockInAnalyzer for every project under this folder: code coupled to proprietary AI vendors (LOCK0xx) and\n"
            + "    package licenses (LOCK1xx), judged by one policy. Written by 'lockin init'; see docs/cli.md.\n"
            + "  -->\n"
            + "  <PropertyGroup>\n"
            + "    <LockInPolicy>$(MSBuildThisFileDirectory)" + PolicyFileName + "</LockInPolicy>\n"
            + "  </PropertyGroup>\n"
            + "  <ItemGroup>\n"
            + (centralPackageManagement
                ? "    <PackageReference Include=\"LockInAnalyzer\" PrivateAssets=\"all\" />\n"
                : "    <PackageReference Include=\"LockInAnalyzer\" Version=\"" + AuditReport.ToolVersion + "\" PrivateAssets=\"all\" />\n")
            + "  </ItemGroup>\n"
            + "</Project>\n";

        public static string Policy(string preset) =>
            "{\n"
            + "  \"$schema\": \"" + SchemaUrl + "\",\n"
            + "  // Builds on the '" + preset + "' preset; later settings win. Reference: docs/policy.md.\n"
            + "  \"extends\": \"" + preset + "\",\n"
            + "  // Where vendor SDKs belong: code in these namespaces (and these projects) is an adapter.\n"
            + "  \"adapters\": {\n"
            + "    \"namespaces\": [\"*.Infrastructure.Ai*\"],\n"
            + "    \"projects\": []\n"
            + "  },\n"
            + "  // Accepted findings, each with a reason and, ideally, an end date:\n"
            + "  // { \"id\": \"Some.Package\", \"versions\": \"[1.0,2.0)\", \"rules\": [\"LOCK102\"], \"justification\": \"licensed by legal, ticket 123\", \"expires\": \"2027-01-31\" }\n"
            + "  \"exceptions\": []\n"
            + "}\n";
    }
}
