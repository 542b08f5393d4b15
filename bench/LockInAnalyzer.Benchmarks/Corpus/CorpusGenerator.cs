using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace LockInAnalyzer.Benchmarks.Corpus;

/// <summary>
/// Generates a deterministic corpus of realistic C# files: for each business entity a DTO file, a repository with LINQ,
/// an async service, a controller-like class and a validator/mapper, plus a few shared framework files. About
/// <see cref="CorpusSpec.VendorFraction"/> of the files are replaced by vendor-coupled variants (OpenAI chat client
/// fields and calls, Anthropic client, model-id literals, raw HTTP to vendor hosts, an adapter). The same seed always
/// gives byte-identical files, so figures are comparable between runs and machines.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Modules = { "Orders", "Billing", "Catalog", "Shipping", "Customers", "Inventory", "Reporting", "Identity", "Notifications", "Search", "Pricing", "Returns" };

    private static readonly string[] Nouns = { "Order", "Invoice", "Product", "Shipment", "Customer", "StockItem", "Report", "Account", "Message", "Query", "PriceRule", "ReturnCase", "Coupon", "Warehouse", "Supplier", "Payment", "Cart", "Review" };

    private static readonly string[] OrdinaryUrls =
    {
        "https://api.contoso.com/v2/orders",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://graph.microsoft.com/v1.0/me",
        "https://storage.contoso.net/blobs/",
        "https://example.org/docs/getting-started",
        "https://hooks.slack.com/services/T000/B000",
        "https://api.github.com/repos/contoso/shop/issues",
        "http://localhost:5000/health",
        "https://payments.fabrikam.com/api/charge",
        "https://cdn.contoso.com/images/",
        "api.contoso.com",
        "https://maps.googleapis.com/maps/api/geocode/json",
        "https://sqs.us-east-1.amazonaws.com/123456789012/orders",
    };

    private static readonly string[] OrdinaryStrings =
    {
        "application/json", "text/plain", "yyyy-MM-dd", "N2", "Pending", "Completed", "Cancelled", "orders:{0}", "SELECT Id, Name FROM Items WHERE Id = @id",
        "The request was invalid.", "Unexpected state", "X-Correlation-Id", "Bearer", "utf-8", "en-US", "default", "gateway-timeout", "claims", "optional",
        "octet-stream", "sonarqube", "command", "text-muted", "us.contoso.local", "eu-west-1", "gpt", "o", "ada", "model", "Contoso", "Fabrikam", "nova scotia",
    };

    /// <summary>Every string literal the corpus uses, vendor ones included: the input of the per-literal micro-benchmarks.</summary>
    public static IReadOnlyList<string> SampleLiterals { get; } = OrdinaryStrings.Concat(OrdinaryUrls).Concat(new[]
    {
        "gpt-4o", "claude-sonnet-4-5", "https://api.openai.com/v1/", "https://api.anthropic.com/v1/messages", "https://contoso-ai.openai.azure.com/",
        "text-embedding-3-small", "claude-3-5-haiku-latest", "gpt-4o-mini", "o3", "text-embedding-3-large", "gemini-2.5-flash", "llama-3.3-70b",
    }).ToList();

    public static IReadOnlyList<CorpusFile> Generate(CorpusSpec spec)
    {
        var random = new Random(spec.Seed);
        var files = new List<CorpusFile>();
        files.Add(new CorpusFile("Shared/Framework.cs", FrameworkFile()));
        files.Add(new CorpusFile("Shared/Extensions.cs", ExtensionsFile()));

        const int filesPerUnit = 5;
        var units = Math.Max(1, (spec.Files - files.Count + filesPerUnit - 1) / filesPerUnit);
        var vendorFiles = spec.VendorFraction <= 0 ? 0 : Math.Max(1, (int)Math.Round(spec.Files * spec.VendorFraction));

        // Pick which units carry a vendor variant, spread evenly but seeded.
        var vendorUnits = new HashSet<int>();
        while (vendorUnits.Count < Math.Min(vendorFiles, units))
        {
            vendorUnits.Add(random.Next(units));
        }

        var vendorOrdinal = 0;
        for (var unit = 0; unit < units && files.Count < spec.Files; unit++)
        {
            var module = Modules[unit % Modules.Length];
            var noun = Nouns[(unit / Modules.Length) % Nouns.Length];
            var name = noun + unit.ToString(CultureInfo.InvariantCulture);
            var ns = "Contoso.Commerce." + module;
            var unitRandom = new Random(spec.Seed ^ (unit * 7919));

            files.Add(new CorpusFile($"{module}/Models/{name}.cs", DtoFile(ns, name, unitRandom)));
            if (files.Count < spec.Files)
            {
                files.Add(new CorpusFile($"{module}/Data/{name}Repository.cs", RepositoryFile(ns, name, unitRandom)));
            }

            if (files.Count < spec.Files)
            {
                if (vendorUnits.Contains(unit))
                {
                    var kind = (VendorVariant)(vendorOrdinal++ % Enum.GetValues<VendorVariant>().Length);
                    files.Add(new CorpusFile($"{module}/Ai/{name}{kind}.cs", VendorFile(kind, ns, name)));
                }
                else
                {
                    files.Add(new CorpusFile($"{module}/Services/{name}Service.cs", ServiceFile(ns, name, unitRandom)));
                }
            }

            if (files.Count < spec.Files)
            {
                files.Add(new CorpusFile($"{module}/Api/{name}Controller.cs", ControllerFile(ns, name, unitRandom)));
            }

            if (files.Count < spec.Files)
            {
                files.Add(new CorpusFile($"{module}/Services/{name}Mapper.cs", MapperFile(ns, name, unitRandom)));
            }
        }

        return files;
    }

    private enum VendorVariant
    {
        OpenAiDomainService,
        AnthropicDomainService,
        RawHttpEndpoints,
        ModelSettings,
        OpenAiAdapter,
    }

    private static string FrameworkFile() => """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Contoso.Commerce.Framework
        {
            public abstract class Entity
            {
                public Guid Id { get; set; } = Guid.NewGuid();
                public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
                public DateTimeOffset? UpdatedAt { get; set; }
            }

            public interface IRepository<T> where T : Entity
            {
                Task<T?> FindAsync(Guid id, CancellationToken cancellationToken = default);
                Task<IReadOnlyList<T>> ListAsync(Func<T, bool> predicate, CancellationToken cancellationToken = default);
                Task AddAsync(T entity, CancellationToken cancellationToken = default);
            }

            public interface IAppLogger
            {
                void Info(string message);
                void Warn(string message, Exception? exception = null);
            }

            public sealed class Result<T>
            {
                private Result(T? value, string? error) { Value = value; Error = error; }
                public T? Value { get; }
                public string? Error { get; }
                public bool IsSuccess => Error is null;
                public static Result<T> Ok(T value) => new Result<T>(value, null);
                public static Result<T> Fail(string error) => new Result<T>(default, error);
            }

            public interface IActionResult { int StatusCode { get; } }
            public sealed record JsonResult(int StatusCode, object? Body) : IActionResult;

            public abstract class ControllerBase
            {
                protected IActionResult Ok(object? body) => new JsonResult(200, body);
                protected IActionResult NotFound() => new JsonResult(404, null);
                protected IActionResult BadRequest(string error) => new JsonResult(400, error);
            }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class RouteAttribute : Attribute { public RouteAttribute(string template) { Template = template; } public string Template { get; } }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HttpGetAttribute : Attribute { public HttpGetAttribute(string template = "") { Template = template; } public string Template { get; } }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class HttpPostAttribute : Attribute { public HttpPostAttribute(string template = "") { Template = template; } public string Template { get; } }

            public sealed class InMemoryRepository<T> : IRepository<T> where T : Entity
            {
                private readonly List<T> items = new List<T>();
                public Task<T?> FindAsync(Guid id, CancellationToken cancellationToken = default) => Task.FromResult(items.Find(i => i.Id == id));
                public Task<IReadOnlyList<T>> ListAsync(Func<T, bool> predicate, CancellationToken cancellationToken = default) =>
                    Task.FromResult<IReadOnlyList<T>>(items.FindAll(i => predicate(i)));
                public Task AddAsync(T entity, CancellationToken cancellationToken = default) { items.Add(entity); return Task.CompletedTask; }
            }
        }
        """;

    private static string ExtensionsFile() => """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using System.Text;

        namespace Contoso.Commerce.Framework
        {
            public static class Extensions
            {
                public static string ToSlug(this string text)
                {
                    var builder = new StringBuilder(text.Length);
                    foreach (var c in text.Trim().ToLowerInvariant())
                    {
                        builder.Append(char.IsLetterOrDigit(c) ? c : '-');
                    }
                    return builder.ToString().Trim('-');
                }

                public static IEnumerable<IReadOnlyList<T>> Batch<T>(this IEnumerable<T> source, int size)
                {
                    var batch = new List<T>(size);
                    foreach (var item in source)
                    {
                        batch.Add(item);
                        if (batch.Count == size) { yield return batch; batch = new List<T>(size); }
                    }
                    if (batch.Count > 0) yield return batch;
                }

                public static string Money(this decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

                public static TValue GetOrDefault<TKey, TValue>(this IDictionary<TKey, TValue> map, TKey key, TValue fallback) where TKey : notnull =>
                    map.TryGetValue(key, out var value) ? value : fallback;
            }
        }
        """;

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string DtoFile(string ns, string name, Random random)
    {
        var status = Pick(random, new[] { "Pending", "Active", "Archived" });
        var extra = new StringBuilder();
        var properties = 4 + random.Next(6);
        for (var i = 0; i < properties; i++)
        {
            switch (random.Next(5))
            {
                case 0: extra.AppendLine($"        [Required, StringLength({32 + random.Next(200)})] public string Field{i} {{ get; set; }} = \"{Pick(random, OrdinaryStrings)}\";"); break;
                case 1: extra.AppendLine($"        [Range(0, {1000 + random.Next(10000)})] public decimal Amount{i} {{ get; set; }}"); break;
                case 2: extra.AppendLine($"        public List<string> Tags{i} {{ get; set; }} = new List<string>();"); break;
                case 3: extra.AppendLine($"        public DateTimeOffset? Due{i} {{ get; set; }}"); break;
                default: extra.AppendLine($"        public int Count{i} {{ get; init; }} = {random.Next(100)};"); break;
            }
        }

        return $$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using Contoso.Commerce.Framework;

            namespace {{ns}}.Models
            {
                public enum {{name}}Status { Pending, Active, Archived }

                /// <summary>A {{name}} as stored and exchanged.</summary>
                public sealed class {{name}} : Entity
                {
                    [Required] public string Name { get; set; } = "";
                    public {{name}}Status Status { get; set; } = {{name}}Status.{{status}};
                    public decimal Total { get; set; }
                    public string? Notes { get; set; }
                    public string DocsUrl { get; set; } = "{{Pick(random, OrdinaryUrls)}}";
            {{extra.ToString().TrimEnd()}}
                }

                public sealed record {{name}}Dto(Guid Id, string Name, string Status, decimal Total, string? Notes);

                public sealed record Create{{name}}Request(string Name, decimal Total, string? Notes)
                {
                    public IEnumerable<string> Validate()
                    {
                        if (string.IsNullOrWhiteSpace(Name)) yield return "Name is required.";
                        if (Total < 0) yield return $"Total must not be negative, was {Total}.";
                    }
                }
            }
            """;
    }

    private static string RepositoryFile(string ns, string name, Random random)
    {
        var threshold = random.Next(10, 500);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Commerce.Framework;
            using {{ns}}.Models;

            namespace {{ns}}.Data
            {
                public sealed class {{name}}Repository
                {
                    private const string TableName = "{{name.ToLowerInvariant()}}s";
                    private readonly List<{{name}}> items = new List<{{name}}>();
                    private readonly Dictionary<Guid, {{name}}> byId = new Dictionary<Guid, {{name}}>();

                    public string Sql => $"SELECT Id, Name, Status, Total FROM {TableName} WHERE Total > @min";

                    public Task AddAsync({{name}} item, CancellationToken cancellationToken = default)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        items.Add(item);
                        byId[item.Id] = item;
                        return Task.CompletedTask;
                    }

                    public {{name}}? Find(Guid id) => byId.TryGetValue(id, out var found) ? found : null;

                    public IReadOnlyList<{{name}}> Large() =>
                        items.Where(i => i.Total > {{threshold}}m && i.Status != {{name}}Status.Archived)
                             .OrderByDescending(i => i.Total)
                             .ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                             .Take(50)
                             .ToList();

                    public IDictionary<{{name}}Status, decimal> TotalsByStatus() =>
                        (from i in items
                         group i by i.Status into g
                         select new { g.Key, Sum = g.Sum(x => x.Total) }).ToDictionary(x => x.Key, x => x.Sum);

                    public async Task<int> CountRecentAsync(TimeSpan window, CancellationToken cancellationToken = default)
                    {
                        await Task.Yield();
                        var since = DateTimeOffset.UtcNow - window;
                        return items.Count(i => i.CreatedAt >= since && i.Notes?.Contains("{{Pick(random, OrdinaryStrings)}}", StringComparison.Ordinal) != true);
                    }
                }
            }
            """;
    }

    private static string ServiceFile(string ns, string name, Random random)
    {
        var url = Pick(random, OrdinaryUrls);
        var retries = 1 + random.Next(5);
        var label = Pick(random, OrdinaryStrings);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Commerce.Framework;
            using {{ns}}.Data;
            using {{ns}}.Models;

            namespace {{ns}}.Services
            {
                public interface I{{name}}Service
                {
                    Task<Result<{{name}}Dto>> CreateAsync(Create{{name}}Request request, CancellationToken cancellationToken = default);
                    Task<IReadOnlyList<{{name}}Dto>> TopAsync(int count, CancellationToken cancellationToken = default);
                }

                public sealed class {{name}}Service : I{{name}}Service
                {
                    private static readonly Uri BaseAddress = new Uri("{{url}}");
                    private readonly {{name}}Repository repository;
                    private readonly IAppLogger logger;
                    private readonly HttpClient http;

                    public {{name}}Service({{name}}Repository repository, IAppLogger logger, HttpClient http)
                    {
                        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));
                        this.logger = logger;
                        this.http = http;
                    }

                    public async Task<Result<{{name}}Dto>> CreateAsync(Create{{name}}Request request, CancellationToken cancellationToken = default)
                    {
                        var errors = request.Validate().ToList();
                        if (errors.Count > 0)
                        {
                            logger.Warn($"Rejected {{name}} '{request.Name}': {string.Join("; ", errors)}");
                            return Result<{{name}}Dto>.Fail(errors[0]);
                        }

                        var entity = new {{name}} { Name = request.Name.Trim(), Total = Math.Round(request.Total, 2), Notes = request.Notes };
                        await repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);
                        logger.Info($"Created {{name}} {entity.Id} ({entity.Total.Money()}) [{{label}}]");
                        return Result<{{name}}Dto>.Ok(Map(entity));
                    }

                    public Task<IReadOnlyList<{{name}}Dto>> TopAsync(int count, CancellationToken cancellationToken = default)
                    {
                        IReadOnlyList<{{name}}Dto> top = repository.Large().Take(count).Select(Map).ToList();
                        return Task.FromResult(top);
                    }

                    public async Task<string?> FetchRemoteAsync(string id, CancellationToken cancellationToken = default)
                    {
                        for (var attempt = 1; attempt <= {{retries}}; attempt++)
                        {
                            try
                            {
                                using var response = await http.GetAsync(new Uri(BaseAddress, id), cancellationToken).ConfigureAwait(false);
                                if (!response.IsSuccessStatusCode) continue;
                                var json = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                                using var document = JsonDocument.Parse(json);
                                return document.RootElement.TryGetProperty("name", out var value) ? value.GetString() : null;
                            }
                            catch (HttpRequestException ex) when (attempt < {{retries}})
                            {
                                logger.Warn($"Attempt {attempt} failed for {id}", ex);
                                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
                            }
                        }

                        return null;
                    }

                    private static {{name}}Dto Map({{name}} entity) => new {{name}}Dto(entity.Id, entity.Name, entity.Status switch
                    {
                        {{name}}Status.Pending => "pending",
                        {{name}}Status.Active => "active",
                        _ => "archived",
                    }, entity.Total, entity.Notes);
                }
            }
            """;
    }

    private static string ControllerFile(string ns, string name, Random random)
    {
        var route = "api/" + name.ToLowerInvariant();
        var page = 10 + random.Next(90);
        return $$"""
            using System;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Commerce.Framework;
            using {{ns}}.Data;
            using {{ns}}.Models;

            namespace {{ns}}.Api
            {
                [Route("{{route}}")]
                public sealed class {{name}}Controller : ControllerBase
                {
                    private readonly {{name}}Repository repository;

                    public {{name}}Controller({{name}}Repository repository) => this.repository = repository;

                    [HttpGet("{id}")]
                    public IActionResult Get(Guid id)
                    {
                        var item = repository.Find(id);
                        return item is null ? NotFound() : Ok(new { item.Id, item.Name, Link = $"/{{route}}/{item.Id}" });
                    }

                    [HttpGet]
                    public IActionResult List(int page = 1, string? sort = null)
                    {
                        if (page < 1) return BadRequest("page must be 1 or more");
                        var query = repository.Large().AsEnumerable();
                        query = sort switch
                        {
                            "name" => query.OrderBy(i => i.Name),
                            "total" => query.OrderBy(i => i.Total),
                            _ => query,
                        };
                        return Ok(query.Skip((page - 1) * {{page}}).Take({{page}}).Select(i => new { i.Id, i.Name, i.Total }).ToArray());
                    }

                    [HttpPost]
                    public async Task<IActionResult> Create(Create{{name}}Request request, CancellationToken cancellationToken)
                    {
                        var problems = request.Validate().ToArray();
                        if (problems.Length > 0) return BadRequest(string.Join(Environment.NewLine, problems));
                        var item = new {{name}} { Name = request.Name, Total = request.Total };
                        await repository.AddAsync(item, cancellationToken);
                        return Ok(item.Id);
                    }
                }
            }
            """;
    }

    private static string MapperFile(string ns, string name, Random random)
    {
        var format = Pick(random, new[] { "yyyy-MM-dd", "O", "u", "dd/MM/yyyy" });
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using System.Text.RegularExpressions;
            using Contoso.Commerce.Framework;
            using {{ns}}.Models;

            namespace {{ns}}.Services
            {
                internal static class {{name}}Mapper
                {
                    private static readonly Regex Code = new Regex("^[A-Z]{3}-[0-9]{4}$", RegexOptions.Compiled);

                    public static string ToCsv(IEnumerable<{{name}}> items)
                    {
                        var builder = new StringBuilder("Id,Name,Total,Created\n");
                        foreach (var item in items.Where(i => i.Status != {{name}}Status.Archived))
                        {
                            builder.Append(item.Id).Append(',')
                                   .Append(item.Name.Replace(",", ";", StringComparison.Ordinal)).Append(',')
                                   .Append(item.Total.Money()).Append(',')
                                   .Append(item.CreatedAt.ToString("{{format}}", CultureInfo.InvariantCulture)).Append('\n');
                        }
                        return builder.ToString();
                    }

                    public static bool IsValidCode(string? code) => code is not null && Code.IsMatch(code);

                    public static IReadOnlyDictionary<string, int> WordCounts(IEnumerable<{{name}}> items) =>
                        items.SelectMany(i => (i.Notes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                             .GroupBy(w => w.ToLowerInvariant())
                             .ToDictionary(g => g.Key, g => g.Count());

                    public static string Describe({{name}} item) => item switch
                    {
                        { Total: > 1000m } => $"{item.Name}: large ({item.Total.Money()})",
                        { Notes: null } => $"{item.Name}: no notes",
                        _ => $"{item.Name}: {item.Notes!.ToSlug()}",
                    };
                }
            }
            """;
    }

    private static string VendorFile(VendorVariant kind, string ns, string name) => kind switch
    {
        VendorVariant.OpenAiDomainService => $$"""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using OpenAI.Chat;
            using {{ns}}.Models;

            namespace {{ns}}.Services
            {
                /// <summary>Summarises a {{name}} with OpenAI, written straight against the SDK.</summary>
                public sealed class {{name}}Summarizer
                {
                    private readonly ChatClient chat;

                    public {{name}}Summarizer(string apiKey)
                    {
                        chat = new ChatClient("gpt-4o", apiKey);
                    }

                    public ChatClient Client => chat;

                    public async Task<string> SummarizeAsync({{name}} item, CancellationToken cancellationToken = default)
                    {
                        var messages = new List<ChatMessage>
                        {
                            new SystemChatMessage("Summarise in one sentence."),
                            new UserChatMessage($"{item.Name}: {item.Notes}"),
                        };
                        ChatCompletion completion = await chat.CompleteChatAsync(messages, cancellationToken: cancellationToken);
                        return completion.Content[0].Text.Trim();
                    }
                }
            }
            """,
        VendorVariant.AnthropicDomainService => $$"""
            using System;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Anthropic;
            using Anthropic.Models.Messages;
            using {{ns}}.Models;

            namespace {{ns}}.Services
            {
                /// <summary>Drafts replies about a {{name}} with Claude; the model id is written into the code.</summary>
                public sealed class {{name}}ReplyDrafter
                {
                    private readonly AnthropicClient client;

                    public {{name}}ReplyDrafter(AnthropicClient client) => this.client = client;

                    public async Task<string> DraftAsync({{name}} item, CancellationToken cancellationToken = default)
                    {
                        var parameters = new MessageCreateParams
                        {
                            Model = "claude-sonnet-4-5",
                            MaxTokens = 512,
                            Messages = [new UserMessageParam { Content = $"Draft a reply about {item.Name}" }],
                        };
                        var message = await client.Messages.Create(parameters, cancellationToken);
                        return string.Concat(message.Content.Select(block => block.TryPickText(out var text) ? text.Text : string.Empty));
                    }
                }
            }
            """,
        VendorVariant.RawHttpEndpoints => $$"""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading;
            using System.Threading.Tasks;

            namespace {{ns}}.Services
            {
                /// <summary>Raw HTTP to vendor endpoints: no SDK, still locked in by the host.</summary>
                public sealed class {{name}}EmbeddingClient
                {
                    private const string AnthropicMessages = "https://api.anthropic.com/v1/messages";
                    private readonly HttpClient http;

                    public {{name}}EmbeddingClient(HttpClient http)
                    {
                        this.http = http;
                        this.http.BaseAddress = new Uri("https://api.openai.com/v1/");
                    }

                    public Uri AzureEndpoint { get; } = new Uri("https://contoso-ai.openai.azure.com/");

                    public async Task<string> EmbedAsync(string text, CancellationToken cancellationToken = default)
                    {
                        var response = await http.PostAsJsonAsync("embeddings", new { model = "text-embedding-3-small", input = text }, cancellationToken);
                        response.EnsureSuccessStatusCode();
                        var fallback = await http.PostAsJsonAsync(AnthropicMessages, new { model = "claude-3-5-haiku-latest" }, cancellationToken);
                        return await response.Content.ReadAsStringAsync(cancellationToken) + fallback.StatusCode;
                    }
                }
            }
            """,
        VendorVariant.ModelSettings => $$"""
            namespace {{ns}}.Services
            {
                /// <summary>Model ids written into settings classes.</summary>
                public sealed class {{name}}AiSettings
                {
                    public const string DefaultModel = "gpt-4o-mini";
                    public string ChatModelId { get; set; } = "o3";
                    public string EmbeddingModel { get; set; } = "text-embedding-3-large";
                    public string FallbackModel { get; set; } = "gemini-2.5-flash";
                    public string LocalModel { get; set; } = "llama-3.3-70b";
                    public string Title { get; set; } = "{{name}} assistant";
                }
            }
            """,
        _ => $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using OpenAI.Embeddings;

            namespace Contoso.Commerce.Infrastructure.Ai
            {
                /// <summary>An adapter: the only place that knows OpenAI embeddings (exempt through lockin.adapter_namespaces).</summary>
                public sealed class {{name}}EmbeddingAdapter
                {
                    private readonly EmbeddingClient client;

                    public {{name}}EmbeddingAdapter(string model, string apiKey) => client = new EmbeddingClient(model, apiKey);

                    public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken = default)
                    {
                        OpenAIEmbedding embedding = await client.GenerateEmbeddingAsync(text, cancellationToken: cancellationToken);
                        return embedding.ToFloats().ToArray();
                    }
                }
            }
            """,
    };
}

/// <summary>What to generate: about <see cref="Files"/> files, a fraction of them coupled to vendors.</summary>
public sealed record CorpusSpec(int Files, double VendorFraction, int Seed = 20240611);

/// <summary>One generated source file: a relative path and its text.</summary>
public sealed record CorpusFile(string Path, string Text);
