using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Cli.Projects;
using LockInAnalyzer.Policy;
using LockInAnalyzer.Policy.Licensing;
using LockInAnalyzer.Policy.Policies;

namespace LockInAnalyzer.Cli.Auditing
{
    /// <summary>A resolved policy and how to name it in reports.</summary>
    internal sealed class LoadedPolicy
    {
        public LoadedPolicy(PolicyResolveResult result, string? file)
        {
            Result = result;
            File = file;
        }

        public PolicyResolveResult Result { get; }

        public LockInPolicy Policy => Result.Policy;

        /// <summary>The policy file named by the user or the project (null for a preset or the default).</summary>
        public string? File { get; }
    }

    /// <summary>
    /// Resolves policies with <see cref="PolicyResolver"/> (the same resolution as the MSBuild task), once per distinct
    /// policy reference: most repositories have one policy for every project. A reference is a file path or a preset
    /// name (<c>default</c>, <c>strict</c>, <c>permissive</c>) unless a file of that name exists.
    /// </summary>
    internal sealed class PolicyCache
    {
        public const long MaxPolicyFileBytes = 1024 * 1024;

        private readonly Dictionary<string, LoadedPolicy> cache = new Dictionary<string, LoadedPolicy>(StringComparer.Ordinal);

        /// <summary>
        /// The policy of a project: <paramref name="commandLinePolicy"/> (relative to the current directory) for every
        /// project when given, else the project's <c>LockInPolicy</c> (relative to the project), as the task reads it.
        /// </summary>
        public LoadedPolicy ForProject(string? commandLinePolicy, EvaluatedProject project) =>
            Get(commandLinePolicy ?? project["LockInPolicy"], commandLinePolicy != null ? Directory.GetCurrentDirectory() : project.Directory);

        public LoadedPolicy Get(string? reference, string baseDirectory)
        {
            var value = reference?.Trim();
            string? path = null;
            string? presetText = null;
            if (!string.IsNullOrEmpty(value))
            {
                if (PolicyResolver.PresetNames.Contains(value, StringComparer.Ordinal) && !System.IO.File.Exists(Path.Combine(baseDirectory, value)))
                {
                    path = Path.Combine(baseDirectory, "LockInPolicy=" + value);
                    presetText = "{ \"extends\": \"" + value + "\" }";
                }
                else
                {
                    // A value that is no path is handed on as written: the resolver reports it (ConfiguredPath) as a policy problem.
                    path = ConfiguredPath.TryResolve(value, baseDirectory, out var full, out _) ? full : value;
                }
            }

            var key = presetText != null ? "preset:" + value : path ?? "preset:default";
            if (cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var result = PolicyResolver.Resolve(path, file =>
                presetText != null && string.Equals(file, path, StringComparison.Ordinal) ? presetText : ReadBounded(file, MaxPolicyFileBytes));
            var loaded = new LoadedPolicy(result, presetText == null ? path : null);
            cache[key] = loaded;
            return loaded;
        }

        /// <summary>A file's text (at most <paramref name="maxBytes"/>), or null when it does not exist; IOException otherwise.</summary>
        public static string? ReadBounded(string path, long maxBytes)
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path) ? throw new IOException("'" + path + "' is a directory, not a file") : null;
            }

            var read = PackageFolderAccess.ReadBoundedText(path, Path.GetFileName(path), maxBytes);
            if (!read.Success)
            {
                throw new IOException(read.Problem!.Message);
            }

            return read.Text;
        }
    }
}
