using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Build.Reporting;
using LockInAnalyzer.Catalog;
using LockInAnalyzer.Catalog.Json;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Assets;
using LockInAnalyzer.Policy.Audit;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;
using Xunit;

namespace LockInAnalyzer.FuzzTests
{
    /// <summary>
    /// Every reader over mutated inputs. Each asserts that no exception escapes and no input hangs (FuzzHarness), plus
    /// what that reader promises: a text that is not JSON is never accepted, a policy that passes has no key its lookup
    /// would see twice, a findings file that is read replays every finding it holds, a package file read never comes
    /// from outside the package folder.
    /// </summary>
    public sealed class ReaderFuzzTests
    {
        private static int Quick => FuzzMode.Iterations(quick: 400, @long: 20_000);

        [Fact]
        public void Json()
        {
            FuzzHarness.Run("json", Corpus.Policies.Concat(Corpus.Assets.Take(1)).Concat(Corpus.Baselines).ToList(), Quick, text =>
            {
                if (JsonParser.TryParse(text, out var value, out var error))
                {
                    Assert.NotNull(value);
                    Assert.True(RawControlCharacterInString(text) < 0, "a raw control character inside a string was accepted");
                }
                else
                {
                    Assert.True(error!.Position.Line >= 1 && error.Position.Column >= 1, "an error without a position");
                }
            });
        }

        /// <summary>The offset of the first raw U+0000-U+001F inside a string (comments are not strings), or -1.</summary>
        private static int RawControlCharacterInString(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    var end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : end + 1;
                }
                else if (text[i] == '"')
                {
                    for (i++; i < text.Length && text[i] != '"'; i++)
                    {
                        if (text[i] < 0x20)
                        {
                            return i;
                        }

                        i += text[i] == '\\' ? 1 : 0;
                    }
                }
            }

            return -1;
        }

        [Fact]
        public void Policy_and_resolver()
        {
            var root = Path.Combine(Path.GetTempPath(), "lockin-fuzz", "policy");
            var policy = Path.Combine(root, "lockin.json");
            var parent = Path.Combine(root, "org", "base.json");
            FuzzHarness.Run("policy", Corpus.Policies, Quick, text =>
            {
                var result = PolicyResolver.Resolve(policy, file =>
                    file == policy ? text : file == parent ? "{ \"extends\": \"default\", \"licenses\": { \"deny\": [\"SSPL-1.0\"] } }" : null);
                Assert.NotNull(result.Policy);
                MalformedPolicyOracle.AssertNotAccepted(text, result.Problems);
            });
        }

        [Fact]
        public void Catalog()
        {
            FuzzHarness.Run("catalog", Corpus.Catalogs, FuzzMode.Iterations(quick: 150, @long: 5_000), text =>
            {
                var result = CatalogReader.Read(text, "vendors.json");
                if (!JsonParser.TryParse(text, out _, out _))
                {
                    Assert.NotEmpty(result.Problems);
                }

                if (result.Problems.Count == 0)
                {
                    var ids = result.Catalog!.Vendors.Select(v => v.Id).ToList();
                    Assert.Equal(ids.Count, ids.Distinct(Vendor.IdComparer).Count());
                }
            });
        }

        [Fact]
        public void Spdx_expressions()
        {
            FuzzHarness.Run("spdx", Corpus.LicenseExpressions, FuzzMode.Iterations(quick: 2_000, @long: 100_000), text =>
            {
                var parsed = SpdxExpressionParser.Parse(text);
                if (parsed.Success)
                {
                    // What the parser writes it reads back the same: policies and the audit compare ids by this text.
                    var again = SpdxExpressionParser.Parse(parsed.Expression!.ToString());
                    Assert.True(again.Success, "'" + parsed.Expression + "' does not parse again: " + again.DescribeError());
                    Assert.Equal(parsed.Expression.ToString(), again.Expression!.ToString());
                }
                else
                {
                    Assert.False(string.IsNullOrEmpty(parsed.DescribeError()));
                }
            });
        }

        [Fact]
        public void License_data_files()
        {
            foreach (var (name, text) in Corpus.LicenseData)
            {
                FuzzHarness.Run("license data " + name, new[] { text }, FuzzMode.Iterations(quick: 100, @long: 5_000), mutated =>
                {
                    var problems = new List<SourceProblem>();
                    switch (name)
                    {
                        case "spdx-licenses.tsv": LicenseDataReader.ReadLicenses(mutated, problems); break;
                        case "spdx-exceptions.tsv": LicenseDataReader.ReadExceptions(mutated, problems); break;
                        case "categories.tsv": LicenseDataReader.ReadCategories(mutated, problems); break;
                        default: LicenseDataReader.ReadFingerprints(mutated, problems); break;
                    }
                });
            }
        }

        [Fact]
        public void Nuspec()
        {
            FuzzHarness.Run("nuspec", Corpus.Nuspecs, Quick, text =>
            {
                var result = NuspecReader.Read(text);
                Assert.True(result.Metadata != null || result.Problems.Count > 0, "no metadata and no problem");
                // Entities are never resolved: nothing of the machine's files can appear in what was read.
                Assert.DoesNotContain("root:", (result.Metadata?.Authors ?? string.Empty) + result.Metadata?.Copyright + result.Metadata?.LicenseUrl + result.Metadata?.ProjectUrl + result.Metadata?.Id, StringComparison.Ordinal);
            });
        }

        [Fact]
        public void Assets()
        {
            FuzzHarness.Run("assets", Corpus.Assets, FuzzMode.Iterations(quick: 200, @long: 10_000), text =>
            {
                var problems = new List<SourceProblem>();
                var assets = ProjectAssetsReader.Read(text, "project.assets.json", problems);
                if (!JsonParser.TryParse(text, out _, out _))
                {
                    Assert.NotEmpty(problems);
                }

                Assert.True(assets != null || problems.Count > 0, "no assets and no problem");
            });
        }

        [Fact]
        public void Baseline()
        {
            FuzzHarness.Run("baseline", Corpus.Baselines, Quick, text =>
            {
                var problems = new List<SourceProblem>();
                var baseline = LicenseBaseline.Read(text, "lockin.baseline.json", problems);
                if (!JsonParser.TryParse(text, out _, out _))
                {
                    Assert.NotEmpty(problems);
                }

                Assert.True(baseline != null || problems.Count > 0, "no baseline and no problem");
            });
        }

        [Fact]
        public void Findings_file()
        {
            var written = FindingsFile.Write(new[]
            {
                new BuildDiagnostic(AuditCodes.LicenseDenied, AuditSeverity.Error, "Gpl 1.0.0: denied", null, 0, 0, "Gpl", "1.0.0", new[] { "LOCK102" }),
                new BuildDiagnostic(AuditCodes.PolicyInvalid, AuditSeverity.Warning, "Invalid LockIn policy: x", "/repo/lockin.json", 3, 7),
                new BuildDiagnostic(AuditCodes.ExceptionUnused, AuditSeverity.Info, "unused \"quoted\" \t message"),
            });
            var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lockin-fuzz", Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                FuzzHarness.Run("findings", new[] { written }, Quick, text =>
                {
                    var path = Path.Combine(directory, "lockin.findings." + Environment.CurrentManagedThreadId + ".json");
                    File.WriteAllText(path, text);
                    var findings = FindingsFile.Read(path, out var problem);
                    if (findings == null)
                    {
                        Assert.False(string.IsNullOrEmpty(problem));
                        return;
                    }

                    // Never fewer findings: a file that is read at all is read completely.
                    var items = JsonParser.Parse(text)["findings"]!.AsArray;
                    Assert.Equal(items.Count, findings.Count);
                });
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Package_folder_access()
        {
            using var packages = new PackagesFixture();
            var paths = new[] { "LICENSE.txt", "docs/LICENSE.md", "docs/./LICENSE.md", "linkdir/secret.txt", "linkfile.txt", "../outside/secret.txt", "dangling.txt", "License.TXT" };
            FuzzHarness.Run("package files", paths, FuzzMode.Iterations(quick: 1_000, @long: 50_000), path =>
            {
                var read = new PackageFolderAccess(packages.PackageFolder).ReadText(path, PackageFolderAccess.MaxLicenseFileBytes);
                Assert.False(read.Success && read.Text!.Contains(PackagesFixture.Secret, StringComparison.Ordinal), "read a file outside the package folder through '" + path + "'");
                if (SafePackagePath.TryResolve(packages.PackageFolder, path, out var full, out _))
                {
                    Assert.StartsWith(packages.PackageFolder + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
                }
            });

            var folders = new[] { "contoso.lib/1.0.0", "linked/1.0.0", "linkedid/1.0.0", "contoso.lib/../linked/1.0.0" };
            FuzzHarness.Run("package folders", folders, FuzzMode.Iterations(quick: 500, @long: 20_000), relative =>
            {
                if (SafePackagePath.TryResolveFolder(packages.PackagesRoot, relative, out var full, out _))
                {
                    Assert.False(File.Exists(Path.Combine(full!, "secret.txt")), "resolved '" + relative + "' to a folder outside the packages folder");
                }
            });
        }

        [Fact]
        public void Cli_project_loading()
        {
            var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lockin-fuzz", Guid.NewGuid().ToString("N"))).FullName;
            try
            {
                FuzzHarness.Run("cli project", Corpus.Projects, FuzzMode.Iterations(quick: 300, @long: 10_000), text =>
                {
                    var project = Path.Combine(directory, "P" + Environment.CurrentManagedThreadId, "App.csproj");
                    Directory.CreateDirectory(Path.GetDirectoryName(project)!);
                    File.WriteAllText(project, text);
                    try
                    {
                        ProjectEvaluator.Evaluate(project);
                    }
                    catch (ProjectLoadException e)
                    {
                        // The one exception the CLI turns into "cannot load the project": it must say why, on one line.
                        Assert.False(string.IsNullOrWhiteSpace(e.Message));
                        Assert.DoesNotContain('\n', e.Message);
                    }
                });
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
