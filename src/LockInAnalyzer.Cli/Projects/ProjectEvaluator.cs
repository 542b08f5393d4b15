using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LockInAnalyzer.Cli.Projects
{
    /// <summary>
    /// A small, read-only MSBuild evaluator: the project file, <c>Directory.Build.props</c>/<c>.targets</c> and plain
    /// imports; properties with <c>$(...)</c> expansion, the common property functions and simple conditions; the items
    /// the audit needs (Compile, Using, LockInSuppress, editor configs). It runs no targets and writes nothing, which is
    /// the point: a design-time build (MSBuildWorkspace) would write obj/. What it does not understand it skips — a
    /// condition it cannot evaluate counts as false — so an exotic project is audited approximately, never fatally.
    /// </summary>
    internal static class ProjectEvaluator
    {
        public const long MaxProjectFileBytes = 4L * 1024 * 1024;

        /// <summary>
        /// All expansions of one evaluation together may produce at most this many characters. Real projects produce a
        /// few hundred thousand; forty properties each <c>$(Pn)$(Pn)</c> of the one before would produce 2^40 and ran
        /// the CLI out of memory. The bound makes such a project a "cannot load" error within a second.
        /// </summary>
        public const int MaxExpandedCharacters = 32 * 1024 * 1024;

        /// <summary>Property functions nest a few levels in practice; the expansion recurses per level, so it is bounded well below the stack.</summary>
        public const int MaxExpansionDepth = 32;

        /// <summary>Parentheses and '!' nest in conditions; deeper than this the condition cannot be evaluated (false), as MSBuild's own limit would refuse it.</summary>
        private const int MaxConditionDepth = 64;

        private const int MaxImportDepth = 12;

        public static EvaluatedProject Evaluate(string projectPath)
        {
            var fullPath = Path.GetFullPath(projectPath);
            var state = new State(fullPath);
            var root = Load(fullPath);
            var sdk = (string?)root.Attribute("Sdk") ?? string.Empty;
            if (sdk.Length == 0 && root.Elements().Any(e => e.Name.LocalName == "Sdk"))
            {
                sdk = (string?)root.Elements().First(e => e.Name.LocalName == "Sdk").Attribute("Name") ?? string.Empty;
            }

            var isSdkStyle = sdk.Length > 0;
            state.Properties["UsingMicrosoftNETSdk"] = isSdkStyle ? "true" : string.Empty;
            state.Properties["UsingMicrosoftNETSdkWeb"] = sdk.StartsWith("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase) ? "true" : string.Empty;
            if (isSdkStyle && !string.Equals(state.Get("ImportDirectoryBuildProps"), "false", StringComparison.OrdinalIgnoreCase))
            {
                var props = FileAbove("Directory.Build.props", state.ProjectDirectory);
                if (props != null)
                {
                    ProcessFile(props, state, 1);
                }
            }

            // Microsoft.Common.props: where restore output goes (the assets file is found there).
            if (state.Get("UseArtifactsOutput").Equals("true", StringComparison.OrdinalIgnoreCase) && state.Get("BaseIntermediateOutputPath").Length == 0)
            {
                var artifacts = state.Get("ArtifactsPath");
                if (artifacts.Length == 0)
                {
                    var props = FileAbove("Directory.Build.props", state.ProjectDirectory);
                    artifacts = Path.Combine(props != null ? Path.GetDirectoryName(props)! : state.ProjectDirectory, "artifacts");
                }

                state.Properties["BaseIntermediateOutputPath"] = Path.Combine(artifacts, "obj", state.Get("MSBuildProjectName")) + Path.DirectorySeparatorChar;
            }

            SetDefault(state, "BaseIntermediateOutputPath", "obj" + Path.DirectorySeparatorChar);
            SetDefault(state, "MSBuildProjectExtensionsPath", state.Get("BaseIntermediateOutputPath"));
            SetDefault(state, "BaseOutputPath", "bin" + Path.DirectorySeparatorChar);

            ProcessElement(root, fullPath, state, 0);

            if (isSdkStyle && !string.Equals(state.Get("ImportDirectoryBuildTargets"), "false", StringComparison.OrdinalIgnoreCase))
            {
                var targets = FileAbove("Directory.Build.targets", state.ProjectDirectory);
                if (targets != null)
                {
                    ProcessFile(targets, state, 1);
                }
            }

            SetDefault(state, "AssemblyName", state.Get("MSBuildProjectName"));
            SetDefault(state, "RootNamespace", state.Get("AssemblyName").Replace(' ', '_').Replace('-', '_'));
            SetDefault(state, "OutputType", "Library");
            SetDefault(state, "EnableDefaultCompileItems", isSdkStyle ? "true" : "false");
            SetDefault(state, "ProjectAssetsFile", Path.Combine(Resolve(state.Get("MSBuildProjectExtensionsPath"), state.ProjectDirectory), "project.assets.json"));
            return new EvaluatedProject(fullPath, sdk, new Dictionary<string, string>(state.Properties, StringComparer.OrdinalIgnoreCase), state.Items, state.RemovedCompile, state.Imported);
        }

        /// <summary>MSBuild's GetPathOfFileAbove: the file in <paramref name="directory"/> or the nearest ancestor, or null.</summary>
        public static string? FileAbove(string fileName, string directory)
        {
            for (var current = new DirectoryInfo(directory); current != null; current = current.Parent)
            {
                var candidate = Path.Combine(current.FullName, fileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        public static string Resolve(string path, string baseDirectory) =>
            Path.GetFullPath(Path.Combine(baseDirectory, path.Replace('\\', Path.DirectorySeparatorChar)));

        private static void SetDefault(State state, string name, string value)
        {
            if (state.Get(name).Length == 0)
            {
                state.Properties[name] = value;
            }
        }

        private static XElement Load(string path)
        {
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    throw new ProjectLoadException("the project file does not exist");
                }

                if (info.Length > MaxProjectFileBytes)
                {
                    throw new ProjectLoadException("'" + info.Name + "' is larger than " + MaxProjectFileBytes + " bytes");
                }

                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxProjectFileBytes };
                using var reader = XmlReader.Create(path, settings);
                var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
                if (document.Root == null || document.Root.Name.LocalName != "Project")
                {
                    throw new ProjectLoadException("'" + Path.GetFileName(path) + "' is not an MSBuild project (no <Project> root)");
                }

                return document.Root;
            }
            catch (XmlException e)
            {
                throw new ProjectLoadException("'" + Path.GetFileName(path) + "' is not valid XML: " + OneLine(e.Message));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new ProjectLoadException("'" + Path.GetFileName(path) + "' cannot be read: " + OneLine(e.Message));
            }
        }

        internal static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();

        private static void ProcessFile(string path, State state, int depth)
        {
            if (depth > MaxImportDepth || state.Imported.Contains(path, StringComparer.Ordinal))
            {
                return;
            }

            state.Imported.Add(path);
            ProcessElement(Load(path), path, state, depth);
        }

        private static void ProcessElement(XElement root, string file, State state, int depth)
        {
            var saved = (state.Get("MSBuildThisFileDirectory"), state.Get("MSBuildThisFile"), state.Get("MSBuildThisFileFullPath"));
            state.Properties["MSBuildThisFileDirectory"] = Path.GetDirectoryName(file) + Path.DirectorySeparatorChar;
            state.Properties["MSBuildThisFile"] = Path.GetFileName(file);
            state.Properties["MSBuildThisFileFullPath"] = file;
            try
            {
                foreach (var element in root.Elements())
                {
                    state.Element = element.Name.LocalName;
                    if (!Condition(element, state))
                    {
                        continue;
                    }

                    switch (element.Name.LocalName)
                    {
                        case "PropertyGroup":
                            foreach (var property in element.Elements())
                            {
                                state.Element = property.Name.LocalName;
                                if (Condition(property, state))
                                {
                                    state.Properties[property.Name.LocalName] = Expand(property.Value, state).Trim();
                                }
                            }

                            break;
                        case "ItemGroup":
                            foreach (var item in element.Elements())
                            {
                                state.Element = item.Name.LocalName;
                                if (Condition(item, state))
                                {
                                    AddItem(item, file, state);
                                }
                            }

                            break;
                        case "Import":
                            if (element.Attribute("Sdk") != null)
                            {
                                break;
                            }

                            var project = Expand((string?)element.Attribute("Project") ?? string.Empty, state).Trim();
                            if (project.Length > 0 && project.IndexOfAny(new[] { '*', '?' }) < 0)
                            {
                                var path = Resolve(project, Path.GetDirectoryName(file)!);
                                if (File.Exists(path))
                                {
                                    ProcessFile(path, state, depth + 1);
                                }
                            }

                            break;
                        case "ImportGroup":
                            // Counted as a level: nested ImportGroups would otherwise recurse without bound.
                            if (depth < MaxImportDepth)
                            {
                                ProcessElement(element, file, state, depth + 1);
                            }

                            break;
                    }
                }
            }
            finally
            {
                state.Properties["MSBuildThisFileDirectory"] = saved.Item1;
                state.Properties["MSBuildThisFile"] = saved.Item2;
                state.Properties["MSBuildThisFileFullPath"] = saved.Item3;
            }
        }

        private static void AddItem(XElement element, string file, State state)
        {
            var type = element.Name.LocalName;
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribute in element.Attributes())
            {
                var name = attribute.Name.LocalName;
                if (name is not ("Include" or "Remove" or "Update" or "Exclude" or "Condition"))
                {
                    metadata[name] = Expand(attribute.Value, state).Trim();
                }
            }

            foreach (var child in element.Elements())
            {
                if (Condition(child, state))
                {
                    metadata[child.Name.LocalName] = Expand(child.Value, state).Trim();
                }
            }

            if (element.Attribute("Exclude") is { } exclude)
            {
                metadata["Exclude"] = Expand(exclude.Value, state).Trim();
            }

            if (element.Attribute("Remove") is { } remove && string.Equals(type, "Compile", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var part in Split(Expand(remove.Value, state)))
                {
                    state.RemovedCompile.Add(new ProjectItem(type, part, metadata, file));
                }
            }

            if (element.Attribute("Include") is { } include)
            {
                foreach (var part in Split(Expand(include.Value, state)))
                {
                    state.Items.Add(new ProjectItem(type, part, metadata, file));
                }
            }
        }

        private static IEnumerable<string> Split(string value) =>
            value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static bool Condition(XElement element, State state)
        {
            var condition = (string?)element.Attribute("Condition");
            if (string.IsNullOrWhiteSpace(condition))
            {
                return true;
            }

            try
            {
                return new ConditionParser(condition, state).Evaluate();
            }
            catch (FormatException)
            {
                return false;
            }
        }

        /// <summary>Expands <c>$(Name)</c> and the property functions the audit meets in practice; anything else expands to nothing.</summary>
        internal static string Expand(string text, State state)
        {
            if (text.IndexOf("$(", StringComparison.Ordinal) < 0)
            {
                return text;
            }

            if (++state.ExpansionDepth > MaxExpansionDepth)
            {
                throw new ProjectLoadException("'" + state.Get("MSBuildThisFile") + "' nests property functions deeper than " + MaxExpansionDepth + " levels (at <" + state.Element + ">)");
            }

            try
            {
                var builder = new StringBuilder();
                var i = 0;
                while (i < text.Length)
                {
                    if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '(')
                    {
                        var end = MatchingParen(text, i + 1);
                        if (end < 0)
                        {
                            builder.Append(text, i, text.Length - i);
                            break;
                        }

                        var value = ExpandOne(text.Substring(i + 2, end - i - 2).Trim(), state);
                        state.Charge(value.Length);
                        builder.Append(value);
                        i = end + 1;
                    }
                    else
                    {
                        builder.Append(text[i]);
                        i++;
                    }
                }

                return builder.ToString();
            }
            finally
            {
                state.ExpansionDepth--;
            }
        }

        private static int MatchingParen(string text, int open)
        {
            var depth = 0;
            var quote = '\0';
            for (var i = open; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c == '\'' || c == '"' || c == '`')
                {
                    quote = c;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && --depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string ExpandOne(string inner, State state)
        {
            if (inner.Length > 0 && inner[0] == '[')
            {
                return PropertyFunction(inner, state);
            }

            var name = new string(inner.TakeWhile(c => char.IsLetterOrDigit(c) || c == '_' || c == '-').ToArray());
            var value = state.Get(name);
            var rest = inner.Substring(name.Length).Trim();
            if (rest.Length == 0)
            {
                return value;
            }

            // Common string methods on a property: $(X.Trim()), $(X.ToLowerInvariant()), $(X.Replace('a','b')).
            if (rest.StartsWith(".Trim()", StringComparison.Ordinal))
            {
                return value.Trim();
            }

            if (rest.StartsWith(".ToLower", StringComparison.Ordinal))
            {
                return value.ToLowerInvariant();
            }

            if (rest.StartsWith(".ToUpper", StringComparison.Ordinal))
            {
                return value.ToUpperInvariant();
            }

            return string.Empty;
        }

        private static string PropertyFunction(string inner, State state)
        {
            var close = inner.IndexOf("]::", StringComparison.Ordinal);
            var open = inner.IndexOf('(');
            if (close < 0 || open < close || !inner.EndsWith(')'))
            {
                return string.Empty;
            }

            var type = inner.Substring(1, close - 1).Trim();
            var method = inner.Substring(close + 3, open - close - 3).Trim();
            var args = SplitArguments(inner.Substring(open + 1, inner.Length - open - 2)).Select(a => Unquote(Expand(a.Trim(), state))).ToList();
            try
            {
                switch (type.ToLowerInvariant() + "::" + method.ToLowerInvariant())
                {
                    case "msbuild::getpathoffileabove" when args.Count >= 1:
                        return FileAbove(args[0], args.Count > 1 && args[1].Length > 0 ? Resolve(args[1], state.ProjectDirectory) : state.Get("MSBuildThisFileDirectory")) ?? string.Empty;
                    case "msbuild::getdirectorynameoffileabove" when args.Count == 2:
                        var found = FileAbove(args[1], Resolve(args[0], state.ProjectDirectory));
                        return found == null ? string.Empty : Path.GetDirectoryName(found)!;
                    case "msbuild::normalizedirectory":
                        return Path.GetFullPath(Path.Combine(state.ProjectDirectory, Path.Combine(args.Select(a => a.Replace('\\', Path.DirectorySeparatorChar)).ToArray()))).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
                    case "msbuild::normalizepath":
                    case "system.io.path::getfullpath":
                        return Path.GetFullPath(Path.Combine(state.ProjectDirectory, Path.Combine(args.Select(a => a.Replace('\\', Path.DirectorySeparatorChar)).ToArray())));
                    case "system.io.path::combine":
                        return Path.Combine(args.Select(a => a.Replace('\\', Path.DirectorySeparatorChar)).ToArray());
                    case "system.io.path::getdirectoryname" when args.Count == 1:
                        return Path.GetDirectoryName(args[0]) ?? string.Empty;
                    case "msbuild::ensuretrailingslash" when args.Count == 1:
                        return args[0].Length == 0 || args[0].EndsWith('/') || args[0].EndsWith('\\') ? args[0] : args[0] + Path.DirectorySeparatorChar;
                    case "msbuild::valueordefault" when args.Count == 2:
                        return args[0].Length > 0 ? args[0] : args[1];
                    default:
                        return string.Empty;
                }
            }
            catch (Exception e) when (e is ArgumentException || e is IOException || e is NotSupportedException)
            {
                return string.Empty;
            }
        }

        private static List<string> SplitArguments(string text)
        {
            var result = new List<string>();
            var depth = 0;
            var quote = '\0';
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c == '\'' || c == '"' || c == '`')
                {
                    quote = c;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    result.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }

            if (text.Trim().Length > 0)
            {
                result.Add(text.Substring(start));
            }

            return result;
        }

        private static string Unquote(string value) =>
            value.Length >= 2 && (value[0] == '\'' || value[0] == '"' || value[0] == '`') && value[value.Length - 1] == value[0]
                ? value.Substring(1, value.Length - 2)
                : value;

        /// <summary>Evaluation state: properties (environment first, as MSBuild does), items, imports.</summary>
        internal sealed class State
        {
            public State(string projectPath)
            {
                foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
                {
                    var key = (string)entry.Key;
                    if (key.Length > 0 && key.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(key[0]))
                    {
                        Properties[key] = (string?)entry.Value ?? string.Empty;
                    }
                }

                ProjectDirectory = Path.GetDirectoryName(projectPath)!;
                Properties["MSBuildProjectFullPath"] = projectPath;
                Properties["MSBuildProjectDirectory"] = ProjectDirectory;
                Properties["MSBuildProjectName"] = Path.GetFileNameWithoutExtension(projectPath);
                Properties["MSBuildProjectFile"] = Path.GetFileName(projectPath);
                Properties["MSBuildProjectExtension"] = Path.GetExtension(projectPath);
                Properties["Configuration"] = "Debug";
                Properties["Platform"] = "AnyCPU";
                Properties["MSBuildRuntimeType"] = "Core";
            }

            public string ProjectDirectory { get; }

            public Dictionary<string, string> Properties { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public List<ProjectItem> Items { get; } = new List<ProjectItem>();

            public List<ProjectItem> RemovedCompile { get; } = new List<ProjectItem>();

            public List<string> Imported { get; } = new List<string>();

            public string Get(string name) => Properties.TryGetValue(name, out var value) ? value : string.Empty;

            /// <summary>The element being evaluated, for messages.</summary>
            public string Element { get; set; } = string.Empty;

            public int ExpansionDepth { get; set; }

            /// <summary>Characters produced by expansions so far (see <see cref="MaxExpandedCharacters"/>).</summary>
            public long ExpandedCharacters { get; private set; }

            public void Charge(int characters)
            {
                ExpandedCharacters += characters;
                if (ExpandedCharacters > MaxExpandedCharacters)
                {
                    throw new ProjectLoadException("'" + Get("MSBuildThisFile") + "' expands properties to more than " + MaxExpandedCharacters + " characters (at <" + Element + ">); a property that doubles itself?");
                }
            }
        }

        /// <summary>MSBuild conditions: <c>'a' == 'b'</c>, <c>!=</c>, numeric comparisons, <c>Exists()</c>, <c>!</c>, <c>and</c>, <c>or</c>, parentheses.</summary>
        private sealed class ConditionParser
        {
            private readonly List<(char Kind, string Text)> tokens = new List<(char, string)>();
            private readonly State state;
            private int position;
            private int depth;

            public ConditionParser(string text, State state)
            {
                this.state = state;
                Tokenize(text);
            }

            public bool Evaluate()
            {
                var result = Or();
                if (position != tokens.Count)
                {
                    throw new FormatException();
                }

                return result;
            }

            private void Tokenize(string text)
            {
                var i = 0;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (char.IsWhiteSpace(c))
                    {
                        i++;
                    }
                    else if (c == '\'' || c == '"')
                    {
                        var end = text.IndexOf(c, i + 1);
                        if (end < 0)
                        {
                            throw new FormatException();
                        }

                        tokens.Add(('s', Expand(text.Substring(i + 1, end - i - 1), state)));
                        i = end + 1;
                    }
                    else if (c == '$' && i + 1 < text.Length && text[i + 1] == '(')
                    {
                        var end = MatchingParen(text, i + 1);
                        if (end < 0)
                        {
                            throw new FormatException();
                        }

                        tokens.Add(('s', Expand(text.Substring(i, end - i + 1), state)));
                        i = end + 1;
                    }
                    else if (c == '(' || c == ')' || c == ',')
                    {
                        tokens.Add((c, c.ToString()));
                        i++;
                    }
                    else if ((c == '=' || c == '!' || c == '<' || c == '>') && i + 1 < text.Length && text[i + 1] == '=')
                    {
                        tokens.Add(('o', text.Substring(i, 2)));
                        i += 2;
                    }
                    else if (c == '<' || c == '>')
                    {
                        tokens.Add(('o', c.ToString()));
                        i++;
                    }
                    else if (c == '!')
                    {
                        tokens.Add(('!', "!"));
                        i++;
                    }
                    else if (char.IsLetterOrDigit(c) || c == '.' || c == '_' || c == '-')
                    {
                        var start = i;
                        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || text[i] == '_' || text[i] == '-'))
                        {
                            i++;
                        }

                        tokens.Add(('w', text.Substring(start, i - start)));
                    }
                    else
                    {
                        throw new FormatException();
                    }
                }
            }

            private (char Kind, string Text)? Peek => position < tokens.Count ? tokens[position] : null;

            private bool Or()
            {
                var value = And();
                while (Peek is { Kind: 'w' } t && t.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
                {
                    position++;
                    var right = And();
                    value = value || right;
                }

                return value;
            }

            private bool And()
            {
                var value = Unary();
                while (Peek is { Kind: 'w' } t && t.Text.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    position++;
                    var right = Unary();
                    value = value && right;
                }

                return value;
            }

            private bool Unary()
            {
                if (Peek is { Kind: '!' } || Peek is { Kind: '(' })
                {
                    if (++depth > MaxConditionDepth)
                    {
                        throw new FormatException();
                    }

                    try
                    {
                        position++;
                        if (tokens[position - 1].Kind == '!')
                        {
                            return !Unary();
                        }

                        var inner = Or();
                        Expect(')');
                        return inner;
                    }
                    finally
                    {
                        depth--;
                    }
                }

                if (Peek is { Kind: 'w' } word && position + 1 < tokens.Count && tokens[position + 1].Kind == '(')
                {
                    position += 2;
                    var arguments = new List<string>();
                    while (Peek is not { Kind: ')' })
                    {
                        arguments.Add(Value());
                        if (Peek is { Kind: ',' })
                        {
                            position++;
                        }
                    }

                    Expect(')');
                    return Function(word.Text, arguments);
                }

                var left = Value();
                if (Peek is { Kind: 'o' } op)
                {
                    position++;
                    var right = Value();
                    return Compare(left, op.Text, right);
                }

                return Boolean(left);
            }

            private string Value()
            {
                if (Peek is { Kind: 's' or 'w' } token)
                {
                    position++;
                    return token.Text;
                }

                throw new FormatException();
            }

            private void Expect(char kind)
            {
                if (Peek is not { } token || token.Kind != kind)
                {
                    throw new FormatException();
                }

                position++;
            }

            private bool Function(string name, List<string> arguments)
            {
                if (name.Equals("Exists", StringComparison.OrdinalIgnoreCase) && arguments.Count == 1)
                {
                    var path = arguments[0].Trim();
                    if (path.Length == 0)
                    {
                        return false;
                    }

                    try
                    {
                        var full = Resolve(path, state.ProjectDirectory);
                        return File.Exists(full) || Directory.Exists(full);
                    }
                    catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is IOException)
                    {
                        return false;
                    }
                }

                if (name.Equals("HasTrailingSlash", StringComparison.OrdinalIgnoreCase) && arguments.Count == 1)
                {
                    return arguments[0].EndsWith('/') || arguments[0].EndsWith('\\');
                }

                throw new FormatException();
            }

            private static bool Compare(string left, string op, string right)
            {
                switch (op)
                {
                    case "==":
                        return string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
                    case "!=":
                        return !string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
                }

                if (!double.TryParse(left, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var l)
                    || !double.TryParse(right, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var r))
                {
                    throw new FormatException();
                }

                return op switch
                {
                    "<" => l < r,
                    ">" => l > r,
                    "<=" => l <= r,
                    ">=" => l >= r,
                    _ => throw new FormatException(),
                };
            }

            private static bool Boolean(string value)
            {
                if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value.Equals("yes", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                throw new FormatException();
            }
        }
    }
}
