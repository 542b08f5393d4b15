using System;
using System.CommandLine;
using System.Linq;
using LockInAnalyzer.Cli.Reports;
using LockInAnalyzer.Catalog.Vendors;
using Spectre.Console;

namespace LockInAnalyzer.Cli.Commands
{
    /// <summary><c>lockin catalog</c>: the built-in vendor catalog: vendors, their SDK packages and hosts, and the neutral abstractions.</summary>
    internal static class CatalogCommand
    {
        public static Command Create(CliEnvironment environment)
        {
            var format = new Option<string>("--format", "-f") { Description = "console or json", DefaultValueFactory = _ => "console" };
            format.AcceptOnlyFromAmong("console", "json");
            var vendor = new Option<string?>("--vendor") { Description = "Only this vendor id (for example openai)" };
            var command = new Command("catalog", "List the AI vendors, SDK packages, endpoint hosts and vendor-neutral abstractions LockInAnalyzer knows") { format, vendor };
            command.SetAction(parse => Run(environment, parse.GetValue(format) ?? "console", parse.GetValue(vendor)));
            return command;
        }

        public static int Run(CliEnvironment environment, string format, string? vendorId)
        {
            var catalog = VendorCatalog.Builtin;
            var vendors = catalog.Vendors.Where(v => vendorId == null || string.Equals(v.Id, vendorId, StringComparison.OrdinalIgnoreCase)).OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
            if (vendors.Count == 0)
            {
                throw new UsageException("unknown vendor '" + vendorId + "'; vendors are: " + string.Join(", ", catalog.Vendors.Select(v => v.Id).OrderBy(v => v, StringComparer.Ordinal)));
            }

            var roles = catalog.Roles.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            if (format == "json")
            {
                environment.Out.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("vendors");
                    foreach (var v in vendors)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", v.Id);
                        w.WriteString("name", v.Name);
                        w.WriteString("kind", v.Kind.ToString());
                        Array(w, "packages", v.Packages);
                        Array(w, "assemblies", v.Assemblies.Select(a => a.Name));
                        Array(w, "hosts", v.Hosts);
                        Array(w, "modelExamples", v.Models.Where(m => m.Example != null).Select(m => m.Example!));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("abstractions");
                    foreach (var role in roles)
                    {
                        w.WriteStartObject();
                        w.WriteString("role", role.Id);
                        w.WriteString("abstraction", role.Abstraction);
                        w.WriteString("package", role.AbstractionPackage);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    Array(w, "neutralPackages", catalog.NeutralPackages);
                    w.WriteEndObject();
                }));
                return ExitCodes.Clean;
            }

            var plain = !environment.OutputIsTerminal;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(environment.Out),
                Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
                ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
                Interactive = InteractionSupport.No,
            });
            if (plain)
            {
                console.Profile.Width = 200;
            }

            var border = plain ? TableBorder.Ascii : TableBorder.Rounded;
            var table = new Table().Border(border).Title("AI vendors (" + vendors.Count + ")");
            table.AddColumn("Id");
            table.AddColumn("Vendor");
            table.AddColumn("Kind");
            table.AddColumn("SDK packages");
            table.AddColumn("Endpoint hosts");
            table.AddColumn("Model examples");
            foreach (var v in vendors)
            {
                table.AddRow(
                    Markup.Escape(v.Id),
                    Markup.Escape(v.Name),
                    v.Kind.ToString(),
                    Markup.Escape(string.Join(", ", v.Packages)),
                    Markup.Escape(string.Join(", ", v.Hosts)),
                    Markup.Escape(string.Join(", ", v.Models.Where(m => m.Example != null).Select(m => m.Example))));
            }

            console.Write(table);
            console.WriteLine();
            var abstractions = new Table().Border(border).Title("Vendor-neutral abstractions");
            abstractions.AddColumn("Role");
            abstractions.AddColumn("Depend on");
            abstractions.AddColumn("Package");
            foreach (var role in roles)
            {
                abstractions.AddRow(Markup.Escape(role.Id), Markup.Escape(role.Advice), Markup.Escape(role.AbstractionPackage ?? "-"));
            }

            console.Write(abstractions);
            console.WriteLine();
            console.WriteLine("Never reported (the way out): " + string.Join(", ", catalog.NeutralPackages));
            return ExitCodes.Clean;
        }

        private static void Array(System.Text.Json.Utf8JsonWriter w, string name, System.Collections.Generic.IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }
    }
}
