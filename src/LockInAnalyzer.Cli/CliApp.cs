using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LockInAnalyzer.Cli.Commands;

namespace LockInAnalyzer.Cli
{
    /// <summary>The process exit codes.</summary>
    internal static class ExitCodes
    {
        /// <summary>Audited; nothing at or above the --fail-on severity.</summary>
        public const int Clean = 0;

        /// <summary>Policy violations at or above the --fail-on severity.</summary>
        public const int Violations = 1;

        /// <summary>Usage or configuration error (bad arguments, missing path, broken policy, projects that could not be audited), or an internal error.</summary>
        public const int Error = 2;
    }

    /// <summary>Where the CLI writes and whether those are terminals (tests hand in writers).</summary>
    internal sealed class CliEnvironment
    {
        public CliEnvironment(TextWriter output, TextWriter error, bool outputIsTerminal = false, bool errorIsTerminal = false)
        {
            Out = output;
            Error = error;
            OutputIsTerminal = outputIsTerminal;
            ErrorIsTerminal = errorIsTerminal;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        public bool OutputIsTerminal { get; }

        public bool ErrorIsTerminal { get; }

        /// <summary>One line on stderr, prefixed so it is recognisable in CI logs.</summary>
        public void ErrorLine(string message) => Error.WriteLine("lockin: " + message);
    }

    /// <summary>The command line: audit, init, explain, baseline, notices, catalog.</summary>
    internal static class CliApp
    {
        /// <summary>Tests only: runs before the command, to prove an unexpected exception never shows a stack trace.</summary>
        internal static Action<string[]>? FaultInjection { get; set; }

        public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
        {
            try
            {
                FaultInjection?.Invoke(args);
                var root = Build(environment);
                var parse = root.Parse(args);
                if (parse.Errors.Count > 0)
                {
                    foreach (var error in parse.Errors)
                    {
                        environment.ErrorLine(string.Join(" ", error.Message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                    }

                    environment.ErrorLine("run 'lockin --help' for usage");
                    return ExitCodes.Error;
                }

                var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
                return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
            catch (UsageException e)
            {
                environment.ErrorLine(e.Message);
                return ExitCodes.Error;
            }
            catch (OperationCanceledException)
            {
                environment.ErrorLine("cancelled");
                return ExitCodes.Error;
            }
            catch (Exception e)
            {
                // Never a stack trace: one line that says what failed, and the exit code for "could not do the job".
                environment.ErrorLine("internal error (" + e.GetType().Name + "): " + string.Join(" ", e.Message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)) + "; please report it");
                return ExitCodes.Error;
            }
        }

        private static RootCommand Build(CliEnvironment environment)
        {
            var root = new RootCommand("lockin: audit a .NET repository for AI-vendor lock-in and closed-licensed packages, without changing it.");
            root.Subcommands.Add(AuditCommand.Create(environment));
            root.Subcommands.Add(InitCommand.Create(environment));
            root.Subcommands.Add(ExplainCommand.Create(environment));
            root.Subcommands.Add(BaselineCommand.Create(environment));
            root.Subcommands.Add(NoticesCommand.Create(environment));
            root.Subcommands.Add(CatalogCommand.Create(environment));
            root.Subcommands.Add(OutdatedCommand.Create(environment));
            return root;
        }

        /// <summary>Writes a report to <paramref name="path"/> (UTF-8, no BOM); a path that cannot be written is a usage error.</summary>
        public static void WriteFile(string path, string text)
        {
            try
            {
                var full = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new UsageException("cannot write '" + path + "': " + e.Message);
            }
        }

        public static string[] Choices(params string[] values) => values.OrderBy(v => v, StringComparer.Ordinal).ToArray();
    }
}
