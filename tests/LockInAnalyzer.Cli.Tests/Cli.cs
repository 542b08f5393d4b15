using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace LockInAnalyzer.Cli.Tests
{
    internal sealed record CliRun(int ExitCode, string Out, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Out + "\n--- stderr\n" + Error;
    }

    /// <summary>Runs the CLI in-process (fast, most tests) or as a real process (exit codes, streams, redirection).</summary>
    internal static class Cli
    {
        public static async Task<CliRun> RunAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CliApp.RunAsync(args, new CliEnvironment(output, error));
            return new CliRun(code, output.ToString(), error.ToString());
        }

        public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "lockin.dll");

        public static CliRun RunProcess(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(ToolPath);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("lockin " + string.Join(" ", args) + " did not finish in 180 s");
            }

            return new CliRun(process.ExitCode, output.Result, error.Result);
        }

        /// <summary>The repository this test runs in (for the bundled sample and docs).</summary>
        public static string RepositoryRoot
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "LockInAnalyzer.sln")))
                    {
                        return directory.FullName;
                    }
                }

                throw new InvalidOperationException("LockInAnalyzer.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>A test repository with two projects: App (OpenAI SDK, model id, endpoint, a source-available package) and Clean (nothing to report).</summary>
        public static TestRepository Contoso(bool cleanOnly = false, string rootFolderName = "repo")
        {
            var repository = new TestRepository(rootFolderName);
            var mit = repository.AddPackage("Good.Lib", "1.2.0", expression: "MIT");
            if (!cleanOnly)
            {
                var busl = repository.AddPackage("Acme.Engine", "3.0.0", expression: "BUSL-1.1");
                var app = new ProjectSpec();
                app.Packages.Add(TestRepository.OpenAI);
                app.Packages.Add(busl);
                app.Packages.Add(mit);
                app.Transitive.Add(TestRepository.ClientModel);
                app.Sources["Services/TriageService.cs"] =
                    "using OpenAI.Chat;\n\nnamespace Contoso.App.Services\n{\n    public sealed class TriageService\n    {\n        private readonly ChatClient client = new ChatClient(\"gpt-4o\", \"key\");\n\n"
                    + "        public string Endpoint => \"https://api.openai.com/v1/\";\n\n        public async Task<string> TriageAsync(string text)\n        {\n            ChatCompletion completion = await client.CompleteChatAsync(text);\n            return completion.Content[0].Text;\n        }\n    }\n}\n";
                app.Sources["Program.cs"] = "System.Console.WriteLine(\"app\");\n";
                repository.AddProject("src/App", "App", app);
            }

            var clean = new ProjectSpec();
            clean.Packages.Add(mit);
            clean.Sources["Calculator.cs"] = "namespace Contoso.Clean\n{\n    public static class Calculator\n    {\n        public static int Add(int a, int b) => a + b;\n    }\n}\n";
            repository.AddProject("src/Clean", "Clean", clean);
            return repository;
        }
    }
}
