using System.Linq;
using LockInAnalyzer.Cli.Model;
using Spectre.Console;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>The terminal report: a projects table, findings grouped by project, the AI vendors, a summary line.</summary>
    internal static class ConsoleReport
    {
        public static void Write(AuditReport report, IAnsiConsole console, bool plain)
        {
            var summary = new ReportSummary(report);
            var border = plain ? TableBorder.Ascii : TableBorder.Rounded;
            console.MarkupLine("[bold]LockIn audit:[/] " + Markup.Escape(report.RootName) + " [grey]("
                + report.Projects.Count + (report.Projects.Count == 1 ? " project" : " projects") + ")[/]");
            console.WriteLine();

            var projects = new Table().Border(border).Title("Projects");
            projects.AddColumn("Project");
            projects.AddColumn("Status");
            projects.AddColumn("Frameworks");
            projects.AddColumn(new TableColumn("Errors").RightAligned());
            projects.AddColumn(new TableColumn("Warnings").RightAligned());
            projects.AddColumn(new TableColumn("Info").RightAligned());
            projects.AddColumn(new TableColumn("Packages").RightAligned());
            foreach (var project in report.Projects)
            {
                var status = ReportSummary.Status(project.Status);
                var colour = project.Status switch
                {
                    ProjectStatus.Clean => "green",
                    ProjectStatus.Findings => "yellow",
                    ProjectStatus.Partial => "grey",
                    _ => "red",
                };
                projects.AddRow(
                    Markup.Escape(project.Name) + (project.IsAdapterProject ? " [grey](adapter)[/]" : string.Empty),
                    "[" + colour + "]" + status + "[/]",
                    Markup.Escape(string.Join(", ", project.Frameworks)),
                    Count(project.Findings.Count(f => f.Severity == Severity.Error), "red"),
                    Count(project.Findings.Count(f => f.Severity == Severity.Warning), "yellow"),
                    Count(project.Findings.Count(f => f.Severity == Severity.Info), "blue"),
                    project.Packages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(projects);

            foreach (var project in report.Projects.Where(p => p.Findings.Count > 0))
            {
                console.WriteLine();
                var table = new Table().Border(border).Title(Markup.Escape(project.Name) + " [grey](" + Markup.Escape(project.Path) + ")[/]");
                table.AddColumn("Rule");
                table.AddColumn("Severity");
                table.AddColumn("Location");
                table.AddColumn("Message");
                foreach (var finding in project.Findings)
                {
                    var level = ReportSummary.Level(finding.Severity);
                    var colour = finding.Severity switch
                    {
                        Severity.Error => "red",
                        Severity.Warning => "yellow",
                        _ => "blue",
                    };
                    table.AddRow(
                        finding.RuleId,
                        "[" + colour + "]" + level + "[/]",
                        Markup.Escape(finding.File + (finding.Line > 0 ? "(" + finding.Line + "," + finding.Column + ")" : string.Empty)),
                        Markup.Escape(finding.Message));
                }

                console.Write(table);
            }

            if (summary.Vendors.Count > 0)
            {
                console.WriteLine();
                var vendors = new Table().Border(border).Title("AI vendors");
                vendors.AddColumn("Vendor");
                vendors.AddColumn(new TableColumn("Findings").RightAligned());
                vendors.AddColumn(new TableColumn("Uses").RightAligned());
                vendors.AddColumn(new TableColumn("Files").RightAligned());
                vendors.AddColumn("SDK packages");
                vendors.AddColumn("Models");
                vendors.AddColumn("Endpoints");
                foreach (var vendor in summary.Vendors)
                {
                    vendors.AddRow(
                        Markup.Escape(vendor.Name),
                        vendor.CodeFindings.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        vendor.CodeUses.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        vendor.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Markup.Escape(string.Join(", ", vendor.Packages)),
                        Markup.Escape(string.Join(", ", vendor.Models)),
                        Markup.Escape(string.Join(", ", vendor.Endpoints)));
                }

                console.Write(vendors);
            }

            console.WriteLine();
            var errors = report.Count(Severity.Error);
            var warnings = report.Count(Severity.Warning);
            var infos = report.Count(Severity.Info);
            console.MarkupLine(
                Count(errors, "red") + (errors == 1 ? " error, " : " errors, ")
                + Count(warnings, "yellow") + (warnings == 1 ? " warning, " : " warnings, ")
                + Count(infos, "blue") + " info in " + report.Projects.Count + (report.Projects.Count == 1 ? " project" : " projects")
                + ", " + summary.Packages.Count + " packages, " + summary.Vendors.Count + " AI vendors");
            var problems = report.AllProblems.Count;
            if (problems > 0)
            {
                console.MarkupLine("[red]The audit is incomplete:[/] " + problems + (problems == 1 ? " problem" : " problems") + " (listed on stderr)");
            }
        }

        private static string Count(int value, string colour) =>
            value == 0 ? "0" : "[" + colour + "]" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "[/]";
    }
}
