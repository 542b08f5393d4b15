using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace LockInAnalyzer.Cli.Reports
{
    /// <summary>One bar segment of a horizontal bar chart.</summary>
    internal readonly record struct BarSegment(int Value, string Series, string Color);

    /// <summary>Inline SVG charts (no script, no external asset): stacked horizontal bars and a donut.</summary>
    internal static class SvgCharts
    {
        private const int Width = 640;
        private const int LabelWidth = 230;
        private const int RowHeight = 26;
        private const int BarHeight = 16;

        public static string Bars(string id, string title, IReadOnlyList<(string Label, IReadOnlyList<BarSegment> Segments)> rows, string emptyText)
        {
            var legend = rows.SelectMany(r => r.Segments).Select(s => (s.Series, s.Color)).Distinct().ToList();
            var legendLines = legend.Count > 1 ? LegendLayout(legend).Max(p => p.Line) + 1 : 0;
            var legendHeight = legendLines * 20 + (legendLines > 0 ? 6 : 0);
            var height = Math.Max(1, rows.Count) * RowHeight + 12 + legendHeight;
            var b = Open(id, title, height);
            if (rows.Count == 0)
            {
                b.Append("<text x=\"").Append(Width / 2).Append("\" y=\"24\" text-anchor=\"middle\" class=\"empty\">").Append(E(emptyText)).Append("</text>");
                return b.Append("</svg>").ToString();
            }

            var max = Math.Max(1, rows.Max(r => r.Segments.Sum(s => s.Value)));
            var barSpace = Width - LabelWidth - 50;
            for (var i = 0; i < rows.Count; i++)
            {
                var (label, segments) = rows[i];
                var y = 6 + i * RowHeight;
                var shown = label.Length > 34 ? "…" + label.Substring(label.Length - 33) : label;
                b.Append("<g class=\"row\"><title>").Append(E(label)).Append(": ").Append(E(string.Join(", ", segments.Where(s => s.Value > 0).Select(s => s.Value + " " + s.Series)))).Append("</title>");
                b.Append("<text class=\"label\" x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + BarHeight - 3).Append("\" text-anchor=\"end\">").Append(E(shown)).Append("</text>");
                double x = LabelWidth;
                foreach (var segment in segments.Where(s => s.Value > 0))
                {
                    var w = segment.Value * (double)barSpace / max;
                    b.Append("<rect class=\"bar\" data-series=\"").Append(E(segment.Series)).Append("\" x=\"").Append(F(x)).Append("\" y=\"").Append(y).Append("\" width=\"").Append(F(Math.Max(w, 1)))
                        .Append("\" height=\"").Append(BarHeight).Append("\" fill=\"").Append(segment.Color).Append("\"/>");
                    x += w;
                }

                b.Append("<text class=\"value\" x=\"").Append(F(x + 6)).Append("\" y=\"").Append(y + BarHeight - 3).Append("\">").Append(segments.Sum(s => s.Value)).Append("</text></g>");
            }

            if (legend.Count > 1)
            {
                var top = Math.Max(1, rows.Count) * RowHeight + 12 + 14;
                foreach (var (series, color, x, line) in LegendLayout(legend))
                {
                    var y = top + line * 20;
                    b.Append("<g class=\"legend\"><rect x=\"").Append(x).Append("\" y=\"").Append(y - 10).Append("\" width=\"12\" height=\"12\" fill=\"").Append(color).Append("\"/>");
                    b.Append("<text x=\"").Append(x + 16).Append("\" y=\"").Append(y).Append("\">").Append(E(series)).Append("</text></g>");
                }
            }

            return b.Append("</svg>").ToString();
        }

        public static string Donut(string id, string title, IReadOnlyList<(string Label, int Value, string Color)> slices, string emptyText)
        {
            const int height = 220;
            var b = Open(id, title, height);
            var total = slices.Sum(s => s.Value);
            const double cx = 120, cy = 110, outer = 95, inner = 55;
            if (total == 0)
            {
                b.Append("<circle cx=\"").Append(F(cx)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"").Append(F((outer + inner) / 2)).Append("\" fill=\"none\" stroke=\"#e3e6ea\" stroke-width=\"40\"/>");
                b.Append("<text x=\"").Append(F(cx)).Append("\" y=\"").Append(F(cy + 5)).Append("\" text-anchor=\"middle\" class=\"empty\">").Append(E(emptyText)).Append("</text>");
                return b.Append("</svg>").ToString();
            }

            double angle = -Math.PI / 2;
            foreach (var (label, value, color) in slices.Where(s => s.Value > 0))
            {
                var sweep = 2 * Math.PI * value / total;
                b.Append("<path class=\"slice\" data-series=\"").Append(E(label)).Append("\" fill=\"").Append(color).Append("\" d=\"");
                if (value == total)
                {
                    // A full ring: two half arcs (one arc cannot start and end at the same point).
                    b.Append("M ").Append(F(cx)).Append(' ').Append(F(cy - outer)).Append(" A ").Append(F(outer)).Append(' ').Append(F(outer)).Append(" 0 1 1 ").Append(F(cx)).Append(' ').Append(F(cy + outer))
                        .Append(" A ").Append(F(outer)).Append(' ').Append(F(outer)).Append(" 0 1 1 ").Append(F(cx)).Append(' ').Append(F(cy - outer))
                        .Append(" M ").Append(F(cx)).Append(' ').Append(F(cy - inner)).Append(" A ").Append(F(inner)).Append(' ').Append(F(inner)).Append(" 0 1 0 ").Append(F(cx)).Append(' ').Append(F(cy + inner))
                        .Append(" A ").Append(F(inner)).Append(' ').Append(F(inner)).Append(" 0 1 0 ").Append(F(cx)).Append(' ').Append(F(cy - inner)).Append(" Z");
                }
                else
                {
                    var large = sweep > Math.PI ? 1 : 0;
                    var end = angle + sweep;
                    b.Append("M ").Append(F(cx + outer * Math.Cos(angle))).Append(' ').Append(F(cy + outer * Math.Sin(angle)))
                        .Append(" A ").Append(F(outer)).Append(' ').Append(F(outer)).Append(" 0 ").Append(large).Append(" 1 ").Append(F(cx + outer * Math.Cos(end))).Append(' ').Append(F(cy + outer * Math.Sin(end)))
                        .Append(" L ").Append(F(cx + inner * Math.Cos(end))).Append(' ').Append(F(cy + inner * Math.Sin(end)))
                        .Append(" A ").Append(F(inner)).Append(' ').Append(F(inner)).Append(" 0 ").Append(large).Append(" 0 ").Append(F(cx + inner * Math.Cos(angle))).Append(' ').Append(F(cy + inner * Math.Sin(angle)))
                        .Append(" Z");
                    angle = end;
                }

                b.Append("\" fill-rule=\"evenodd\"><title>").Append(E(label)).Append(": ").Append(value).Append("</title></path>");
            }

            b.Append("<text x=\"").Append(F(cx)).Append("\" y=\"").Append(F(cy - 2)).Append("\" text-anchor=\"middle\" class=\"total\">").Append(total).Append("</text>");
            b.Append("<text x=\"").Append(F(cx)).Append("\" y=\"").Append(F(cy + 16)).Append("\" text-anchor=\"middle\" class=\"label\">packages</text>");
            var y = 24;
            foreach (var (label, value, color) in slices.Where(s => s.Value > 0))
            {
                b.Append("<g class=\"legend\"><rect x=\"250\" y=\"").Append(y - 11).Append("\" width=\"14\" height=\"14\" fill=\"").Append(color).Append("\"/>");
                b.Append("<text x=\"272\" y=\"").Append(y).Append("\">").Append(E(label)).Append(" — ").Append(value).Append(" (").Append(F(100.0 * value / total, "0")).Append("%)</text></g>");
                y += 22;
            }

            return b.Append("</svg>").ToString();
        }

        private static StringBuilder Open(string id, string title, int height) =>
            new StringBuilder().Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").Append(id).Append("\" role=\"img\" aria-label=\"").Append(E(title))
                .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\"><title>").Append(E(title)).Append("</title>");

        /// <summary>Legend entries laid out left to right from the bars' left edge, wrapping inside the chart width.</summary>
        private static IEnumerable<(string Series, string Color, int X, int Line)> LegendLayout(IReadOnlyList<(string Series, string Color)> legend)
        {
            var x = 40;
            var line = 0;
            foreach (var (series, color) in legend)
            {
                var width = 28 + (int)(series.Length * 6.8);
                if (x + width > Width - 10 && x > 40)
                {
                    x = 40;
                    line++;
                }

                yield return (series, color, x, line);
                x += width;
            }
        }

        public static string E(string text) => WebUtility.HtmlEncode(text);

        private static string F(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);
    }
}
