using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace LockInAnalyzer.Cli.Tests
{
    /// <summary>
    /// A NuGet v3 feed on the loopback address, served from the nupkgs of a <see cref="TestFeed"/>: the service index,
    /// registration pages (with the license expression in each catalog entry, as nuget.org writes it) and the flat
    /// container. It answers only requests with the Basic credentials it was given, so a test proves that the
    /// credentials of nuget.config reach the feed. Stops when disposed.
    /// </summary>
    internal sealed class TestV3Feed : IDisposable
    {
        private readonly HttpListener listener = new HttpListener();
        private readonly string folder;
        private readonly string authorization;
        private readonly Task loop;
        private int requests;
        private int refused;

        public TestV3Feed(string folder, string user, string password)
        {
            this.folder = folder;
            authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = "http://127.0.0.1:" + port + "/";
            listener.Prefixes.Add(BaseUrl);
            listener.Start();
            loop = Task.Run(ServeAsync);
        }

        public string BaseUrl { get; }

        public string IndexUrl => BaseUrl + "v3/index.json";

        public int Requests => requests;

        public int Refused => refused;

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    return;
                }

                try
                {
                    Respond(context);
                }
                catch (Exception e) when (e is HttpListenerException || e is IOException)
                {
                }
            }
        }

        private void Respond(HttpListenerContext context)
        {
            Interlocked.Increment(ref requests);
            var response = context.Response;
            if (context.Request.Headers["Authorization"] != authorization)
            {
                Interlocked.Increment(ref refused);
                response.StatusCode = 401;
                response.AddHeader("WWW-Authenticate", "Basic realm=\"test feed\"");
                response.Close();
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            byte[]? body = null;
            var type = "application/json";
            if (path == "/v3/index.json")
            {
                body = Json(w =>
                {
                    w.WriteString("version", "3.0.0");
                    w.WriteStartArray("resources");
                    Resource(w, BaseUrl + "v3/registration/", "RegistrationsBaseUrl/3.6.0");
                    Resource(w, BaseUrl + "v3/flat/", "PackageBaseAddress/3.0.0");
                    w.WriteEndArray();
                });
            }
            else if (path.StartsWith("/v3/registration/", StringComparison.Ordinal) && path.EndsWith("/index.json", StringComparison.Ordinal))
            {
                var id = path.Split('/')[3];
                var packages = Packages(id);
                if (packages.Count > 0)
                {
                    body = Registration(id, packages);
                }
            }
            else if (path.StartsWith("/v3/flat/", StringComparison.Ordinal) && path.EndsWith("/index.json", StringComparison.Ordinal))
            {
                var packages = Packages(path.Split('/')[3]);
                if (packages.Count > 0)
                {
                    body = Json(w =>
                    {
                        w.WriteStartArray("versions");
                        packages.ForEach(p => w.WriteStringValue(p.Version.ToLowerInvariant()));
                        w.WriteEndArray();
                    });
                }
            }
            else if (path.StartsWith("/v3/flat/", StringComparison.Ordinal) && path.EndsWith(".nupkg", StringComparison.Ordinal))
            {
                var file = Path.Combine(folder, Path.GetFileName(path));
                if (File.Exists(file))
                {
                    body = File.ReadAllBytes(file);
                    type = "application/octet-stream";
                }
            }

            if (body == null)
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }

            response.ContentType = type;
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body, 0, body.Length);
            response.Close();
        }

        /// <summary>The packages of one id in the folder: (id, version, license expression or null) read from each nupkg's nuspec.</summary>
        private List<(string Id, string Version, string? Expression)> Packages(string lowerId)
        {
            var result = new List<(string, string, string?)>();
            foreach (var file in Directory.GetFiles(folder, lowerId + ".*.nupkg").OrderBy(f => f, StringComparer.Ordinal))
            {
                using var zip = ZipFile.OpenRead(file);
                var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
                using var reader = new StreamReader(nuspec.Open());
                var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
                var metadata = xml.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
                string? Get(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
                var license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
                var id = Get("id")!;
                if (!string.Equals(id, lowerId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                result.Add((id, Get("version")!, license?.Attribute("type")?.Value == "expression" ? license.Value : null));
            }

            return result;
        }

        private byte[] Registration(string lowerId, List<(string Id, string Version, string? Expression)> packages) => Json(w =>
        {
            w.WriteNumber("count", 1);
            w.WriteStartArray("items");
            w.WriteStartObject();
            w.WriteString("@id", BaseUrl + "v3/registration/" + lowerId + "/index.json#page");
            w.WriteNumber("count", packages.Count);
            w.WriteString("lower", packages.First().Version);
            w.WriteString("upper", packages.Last().Version);
            w.WriteStartArray("items");
            foreach (var package in packages)
            {
                var version = package.Version.ToLowerInvariant();
                w.WriteStartObject();
                w.WriteString("@id", BaseUrl + "v3/registration/" + lowerId + "/" + version + ".json");
                w.WriteStartObject("catalogEntry");
                w.WriteString("@id", BaseUrl + "v3/catalog/" + lowerId + "." + version + ".json");
                w.WriteString("id", package.Id);
                w.WriteString("version", package.Version);
                w.WriteBoolean("listed", true);
                w.WriteString("published", "2026-01-01T00:00:00+00:00");
                if (package.Expression != null)
                {
                    w.WriteString("licenseExpression", package.Expression);
                }

                w.WriteEndObject();
                w.WriteString("packageContent", BaseUrl + "v3/flat/" + lowerId + "/" + version + "/" + lowerId + "." + version + ".nupkg");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        });

        private static void Resource(Utf8JsonWriter w, string id, string type)
        {
            w.WriteStartObject();
            w.WriteString("@id", id);
            w.WriteString("@type", type);
            w.WriteEndObject();
        }

        private static byte[] Json(Action<Utf8JsonWriter> write)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                write(w);
                w.WriteEndObject();
            }

            return stream.ToArray();
        }

        public void Dispose()
        {
            listener.Stop();
            listener.Close();
            loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}
