using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LockInAnalyzer.Catalog.Vendors;
using LockInAnalyzer.Catalog.Json;

namespace LockInAnalyzer.CodeFixes.Migrations
{
    /// <summary>A provider's own adapter: an extension method that turns the vendor client into the abstraction.</summary>
    internal sealed class ProviderAdapter
    {
        public ProviderAdapter(string assembly, string type, string method)
        {
            Assembly = assembly;
            Type = type;
            Method = method;
        }

        public string Assembly { get; }

        /// <summary>Metadata name of the static class declaring the extension method.</summary>
        public string Type { get; }

        public string Method { get; }

        public string Namespace => Type.Substring(0, Math.Max(0, Type.LastIndexOf('.')));
    }

    internal sealed class MethodMigration
    {
        public MethodMigration(string path, string to, IReadOnlyDictionary<string, string> parameters, string result, bool streaming)
        {
            Path = path.Split('.');
            To = to;
            Parameters = parameters;
            Result = result;
            Streaming = streaming;
        }

        /// <summary>The member path from the client: <c>CompleteChatAsync</c>, or <c>Messages.Create</c>.</summary>
        public IReadOnlyList<string> Path { get; }

        public string To { get; }

        /// <summary>Vendor parameter name → role: messages, request, options, value, cancellationToken.</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }

        public string Result { get; }

        public bool Streaming { get; }
    }

    internal sealed class ClientMigration
    {
        public ClientMigration(string type, string abstraction, IReadOnlyList<ProviderAdapter> providerAdapters, string? generatedAdapter, IReadOnlyList<MethodMigration> methods)
        {
            Type = type;
            Abstraction = abstraction;
            ProviderAdapters = providerAdapters;
            GeneratedAdapter = generatedAdapter;
            Methods = methods;
        }

        public string Type { get; }

        /// <summary>The neutral type as C# text with full names: <c>Microsoft.Extensions.AI.IChatClient</c>.</summary>
        public string Abstraction { get; }

        public IReadOnlyList<ProviderAdapter> ProviderAdapters { get; }

        public string? GeneratedAdapter { get; }

        public IReadOnlyList<MethodMigration> Methods { get; }
    }

    internal sealed class RequestMigration
    {
        public RequestMigration(string type, IReadOnlyDictionary<string, string> properties)
        {
            Type = type;
            Properties = properties;
        }

        public string Type { get; }

        /// <summary>Vendor property → <c>option:ChatOptionsProperty</c>, <c>messages</c> or <c>system</c>.</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }
    }

    internal sealed class MessageMigration
    {
        public MessageMigration(string type, string role, string content)
        {
            Type = type;
            Role = role;
            Content = content;
        }

        public string Type { get; }

        /// <summary>A <c>Microsoft.Extensions.AI.ChatRole</c> member: System, User, Assistant.</summary>
        public string Role { get; }

        /// <summary>Where the text is: <c>constructor</c> (the single argument), <c>string</c> (implicit conversion), a property name, or <c>none</c>.</summary>
        public string Content { get; }
    }

    internal sealed class ResultRewrite
    {
        public ResultRewrite(string from, string to)
        {
            From = from;
            To = to;
        }

        public string From { get; }

        public string To { get; }
    }

    internal sealed class ResultMigration
    {
        public ResultMigration(string type, string to, IReadOnlyList<ResultRewrite> rewrites)
        {
            Type = type;
            To = to;
            Rewrites = rewrites;
        }

        public string Type { get; }

        public string To { get; }

        public IReadOnlyList<ResultRewrite> Rewrites { get; }
    }

    internal sealed class AdapterTemplate
    {
        public AdapterTemplate(string name, string client, IReadOnlyList<string> usings, string code)
        {
            Name = name;
            Client = client;
            Usings = usings;
            Code = code;
        }

        public string Name { get; }

        public string Client { get; }

        public IReadOnlyList<string> Usings { get; }

        /// <summary>The class, with <c>$name</c> where its (possibly uniquified) name goes.</summary>
        public string Code { get; }
    }

    /// <summary>
    /// The migration map of "Depend on Microsoft.Extensions.AI", read from <c>policies/catalog/migrations.json</c>
    /// (embedded in LockInAnalyzer.Catalog.dll) with the policy core's JSON reader. Format: docs/code-fixes.md.
    /// </summary>
    internal sealed class MigrationCatalog
    {
        private static readonly Lazy<MigrationCatalog> BuiltinCatalog = new Lazy<MigrationCatalog>(LoadBuiltin);

        private MigrationCatalog(
            IReadOnlyList<ClientMigration> clients,
            string optionsType,
            string embeddingOptionsType,
            IReadOnlyList<RequestMigration> requests,
            IReadOnlyList<MessageMigration> messages,
            IReadOnlyList<ResultMigration> results,
            IReadOnlyList<string> resultWrappers,
            IReadOnlyDictionary<string, AdapterTemplate> adapters)
        {
            Clients = clients;
            OptionsType = optionsType;
            EmbeddingOptionsType = embeddingOptionsType;
            Requests = requests;
            Messages = messages;
            Results = results;
            ResultWrappers = resultWrappers;
            Adapters = adapters;
        }

        public static MigrationCatalog Builtin => BuiltinCatalog.Value;

        public IReadOnlyList<ClientMigration> Clients { get; }

        public string OptionsType { get; }

        public string EmbeddingOptionsType { get; }

        public IReadOnlyList<RequestMigration> Requests { get; }

        public IReadOnlyList<MessageMigration> Messages { get; }

        public IReadOnlyList<ResultMigration> Results { get; }

        public IReadOnlyList<string> ResultWrappers { get; }

        public IReadOnlyDictionary<string, AdapterTemplate> Adapters { get; }

        public ClientMigration? Client(string metadataName) => Clients.FirstOrDefault(c => c.Type == metadataName);

        public RequestMigration? Request(string metadataName) => Requests.FirstOrDefault(r => r.Type == metadataName);

        public MessageMigration? Message(string metadataName) => Messages.FirstOrDefault(m => m.Type == metadataName);

        public ResultMigration? Result(string metadataName) => Results.FirstOrDefault(r => r.Type == metadataName);

        /// <summary>Reads a map; throws <see cref="InvalidDataException"/> listing every problem with its position.</summary>
        public static MigrationCatalog Read(string text, string file)
        {
            var context = new JsonReadContext(file);
            if (!JsonParser.TryParse(text, out var root, out var error))
            {
                throw new InvalidDataException(file + "(" + error!.Position + "): " + error.Message);
            }

            context.RejectUnknownMembers(root!, "the migration map", "$comment", "formatVersion", "clients", "options", "requests", "messages", "results", "resultWrappers", "adapters");
            var clients = new List<ClientMigration>();
            foreach (var item in context.ObjectArray(root!, "clients", "the migration map"))
            {
                var type = context.RequiredString(item, "type", "a client") ?? string.Empty;
                var where = "client '" + type + "'";
                context.RejectUnknownMembers(item, where, "type", "abstraction", "providerAdapters", "generatedAdapter", "methods");
                var providers = context.ObjectArray(item, "providerAdapters", where)
                    .Select(p => new ProviderAdapter(
                        context.RequiredString(p, "assembly", where) ?? string.Empty,
                        context.RequiredString(p, "type", where) ?? string.Empty,
                        context.RequiredString(p, "method", where) ?? string.Empty))
                    .ToList();
                var methods = context.ObjectArray(item, "methods", where)
                    .Select(m =>
                    {
                        context.RejectUnknownMembers(m, "a method of " + where, "path", "to", "parameters", "result", "streaming");
                        return new MethodMigration(
                            context.RequiredString(m, "path", where) ?? string.Empty,
                            context.RequiredString(m, "to", where) ?? string.Empty,
                            context.StringMap(m, "parameters", where),
                            context.RequiredString(m, "result", where) ?? string.Empty,
                            context.OptionalBoolean(m, "streaming", where) ?? false);
                    })
                    .ToList();
                clients.Add(new ClientMigration(type, context.RequiredString(item, "abstraction", where) ?? string.Empty, providers, context.OptionalString(item, "generatedAdapter", where), methods));
            }

            var options = root!["options"];
            var optionsType = options == null ? null : context.RequiredString(options, "type", "'options'");
            var embeddingOptionsType = options == null ? null : context.RequiredString(options, "embeddingType", "'options'");

            var requests = context.ObjectArray(root!, "requests", "the migration map")
                .Select(r => new RequestMigration(context.RequiredString(r, "type", "a request") ?? string.Empty, context.StringMap(r, "properties", "a request")))
                .ToList();
            var messages = context.ObjectArray(root!, "messages", "the migration map")
                .Select(m => new MessageMigration(
                    context.RequiredString(m, "type", "a message") ?? string.Empty,
                    context.RequiredString(m, "role", "a message") ?? string.Empty,
                    context.RequiredString(m, "content", "a message") ?? string.Empty))
                .ToList();
            var results = context.ObjectArray(root!, "results", "the migration map")
                .Select(r => new ResultMigration(
                    context.RequiredString(r, "type", "a result") ?? string.Empty,
                    context.RequiredString(r, "to", "a result") ?? string.Empty,
                    context.ObjectArray(r, "rewrites", "a result")
                        .Select(w => new ResultRewrite(context.RequiredString(w, "from", "a rewrite") ?? string.Empty, context.RequiredString(w, "to", "a rewrite") ?? string.Empty))
                        .ToList()))
                .ToList();
            var wrappers = context.StringArray(root!, "resultWrappers", "the migration map");

            var adapters = new Dictionary<string, AdapterTemplate>(StringComparer.Ordinal);
            var adapterValue = root!["adapters"];
            if (adapterValue != null && context.Expect(adapterValue, JsonKind.Object, "'adapters'"))
            {
                foreach (var member in adapterValue.AsObject)
                {
                    var where = "adapter '" + member.Name + "'";
                    context.RejectUnknownMembers(member.Value, where, "client", "usings", "code");
                    var code = string.Join("\n", context.StringArrayAllowingEmpty(member.Value, "code", where)) + "\n";
                    adapters[member.Name] = new AdapterTemplate(member.Name, context.RequiredString(member.Value, "client", where) ?? string.Empty, context.StringArray(member.Value, "usings", where), code);
                }
            }

            foreach (var client in clients)
            {
                if (client.GeneratedAdapter != null && !adapters.ContainsKey(client.GeneratedAdapter))
                {
                    context.Report(root!.Position, "client '" + client.Type + "' names adapter '" + client.GeneratedAdapter + "', which 'adapters' does not define");
                }
            }

            if (context.Problems.Count > 0 || optionsType == null || embeddingOptionsType == null)
            {
                throw new InvalidDataException("The migration map is invalid: " + string.Join("; ", context.Problems));
            }

            return new MigrationCatalog(clients, optionsType, embeddingOptionsType, requests, messages, results, wrappers, adapters);
        }

        private static MigrationCatalog LoadBuiltin()
        {
            using var stream = typeof(VendorCatalog).Assembly.GetManifestResourceStream("LockInAnalyzer.Catalog.migrations.json")
                ?? throw new InvalidOperationException("The migration map is missing from LockInAnalyzer.Catalog.dll.");
            using var reader = new StreamReader(stream);
            return Read(reader.ReadToEnd(), "migrations.json");
        }
    }

    internal static class JsonReadContextExtensions
    {
        /// <summary>An array of strings where empty strings are allowed (blank lines of a code template).</summary>
        public static IReadOnlyList<string> StringArrayAllowingEmpty(this JsonReadContext context, JsonValue obj, string name, string where)
        {
            var value = obj[name];
            if (value == null || !context.Expect(value, JsonKind.Array, "'" + name + "' in " + where))
            {
                return Array.Empty<string>();
            }

            var result = new List<string>();
            foreach (var item in value.AsArray)
            {
                if (context.Expect(item, JsonKind.String, "each item of '" + name + "' in " + where))
                {
                    result.Add(item.AsString);
                }
            }

            return result;
        }
    }
}
