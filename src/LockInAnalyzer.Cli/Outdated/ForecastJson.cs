using System.IO;
using System.Text;
using System.Text.Json;

namespace LockInAnalyzer.Cli.Outdated
{
    /// <summary>The forecast as JSON (schema "lockin-outdated/1"): deterministic, every version judged.</summary>
    internal static class ForecastJson
    {
        public static string Write(UpgradeForecast forecast)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteString("schema", "lockin-outdated/1");
                w.WriteString("name", forecast.Name);
                w.WriteBoolean("readsPackageSources", true);
                w.WriteStartArray("sources");
                foreach (var source in forecast.Sources)
                {
                    w.WriteStringValue(source);
                }

                w.WriteEndArray();
                w.WriteStartArray("projects");
                foreach (var project in forecast.Projects)
                {
                    w.WriteStartObject();
                    w.WriteString("name", project.Name);
                    w.WriteString("path", project.Path);
                    w.WriteStartArray("packages");
                    foreach (var package in project.Packages)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", package.Id);
                        w.WriteBoolean("direct", package.IsDirect);
                        w.WriteBoolean("listed", package.Listed);
                        Version(w, "current", package.Current);
                        Version(w, "newest", package.Newest);
                        if (package.NewestAllowed != null)
                        {
                            w.WriteString("newestAllowed", package.NewestAllowed);
                        }
                        else
                        {
                            w.WriteNull("newestAllowed");
                        }

                        Version(w, "firstLicenseChange", package.FirstLicenseChange);
                        w.WriteBoolean("upgradeLeavesPolicy", package.UpgradeLeavesPolicy);
                        w.WriteStartArray("newerVersions");
                        foreach (var newer in package.Newer)
                        {
                            Version(w, null, newer);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("problems");
                foreach (var problem in forecast.Problems)
                {
                    w.WriteStringValue(problem);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        private static void Version(Utf8JsonWriter w, string? name, VersionVerdict? version)
        {
            if (name != null)
            {
                w.WritePropertyName(name);
            }

            if (version == null)
            {
                w.WriteNullValue();
                return;
            }

            w.WriteStartObject();
            w.WriteString("version", version.Version);
            if (version.License != null)
            {
                w.WriteString("license", version.License);
            }
            else
            {
                w.WriteNull("license");
            }

            w.WriteString("category", version.Category);
            w.WriteString("action", version.Action.ToString().ToLowerInvariant());
            w.WriteString("evidence", version.Evidence);
            w.WriteString("readFrom", version.ReadFrom);
            w.WriteEndObject();
        }
    }
}
