using System.Globalization;
using System.Net;
using System.Text;
using OsuScale.Show.Exporters;

namespace OsuScale.Show.Report;

/// <summary>An image to embed in the HTML report.</summary>
/// <param name="MediaType">Its media type (<c>image/png</c>, <c>image/svg+xml</c>).</param>
/// <param name="Data">Its bytes.</param>
public sealed record EmbeddedImage(string MediaType, byte[] Data);

/// <summary>
/// Writes a <see cref="ReportDocument"/> as one self-contained HTML page (<c>report.html</c>): styles inline, figures
/// embedded as <c>data:</c> URIs, every text HTML-encoded (benchmark names and details come from untrusted logs).
/// The answer comes first: the title, a one-line table of contents, the summary sentences and table, the cost per
/// size; then the figures, the three groups (each benchmark's detail folded in a <c>&lt;details&gt;</c> with a stable
/// id), the fit details, the executions that did not complete, times.log and what was run.
/// </summary>
public static class HtmlReportExporter
{
    /// <summary>Renders each figure as PNG to embed it (what <see cref="Export(ReportDocument, Func{ReportFigure, EmbeddedImage}?)"/> uses by default).</summary>
    public static EmbeddedImage RenderPng(ReportFigure figure) => new("image/png", figure.Grid is { } grid
        ? PngFigureExporter.ToBytes(grid, figure.Width, figure.Height)
        : PngFigureExporter.ToBytes(figure.Plot!, figure.Width, figure.Height));

    /// <summary>The styles of the page: compact, so that the summary table of a 22-benchmark campaign fits the first screen.</summary>
    private static readonly string[] Styles =
    [
        "body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:1240px;margin:.8em auto;padding:0 1em;color:#222;line-height:1.4}",
        "h1{font-size:1.45em;margin:.2em 0 .3em}h2{font-size:1.25em;border-bottom:2px solid #ddd;padding-bottom:.15em;margin:1.6em 0 .5em}",
        "nav{font-size:.85em;margin:0 0 .6em;color:#555}nav a{margin-right:.9em;white-space:nowrap}",
        "#summary h2{margin-top:.4em}.answer{font-size:1.02em;margin:.3em 0 .5em}",
        "table{border-collapse:collapse;font-size:.82em;margin:.6em 0}th,td{border:1px solid #ccc;padding:.18em .45em;text-align:left;vertical-align:top}th{background:#f3f3f3}",
        "table.summary td,table.summary th{white-space:nowrap}table.summary td.num{text-align:right}",
        ".note{font-size:.85em;color:#555}",
        "figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:.85em;color:#555}",
        "details{border:1px solid #e3e3e3;border-radius:4px;margin:.35em 0;padding:.3em .6em}details>summary{cursor:pointer}details[open]>summary{margin-bottom:.4em}",
        ".verdict{font-weight:bold}.size-independent{color:#007a59}.possible-issue{color:#a36f00}.scaling-issue{color:#b34700}",
    ];

    /// <summary>The HTML page; <paramref name="images"/> supplies each figure's bytes (rendered as PNG when null).</summary>
    public static string Export(ReportDocument report, Func<ReportFigure, EmbeddedImage>? images = null)
    {
        images ??= RenderPng;
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        void Figure(ReportFigure f)
        {
            var image = images(f);
            Line($"<figure><img src=\"data:{E(image.MediaType)};base64,{Convert.ToBase64String(image.Data)}\" alt=\"{E(f.Caption)}\" width=\"{f.Width}\" height=\"{f.Height}\"><figcaption>{E(f.Caption)}</figcaption></figure>");
        }
        void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? cssClass = null)
        {
            Line(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">");
            Line("<thead><tr>" + string.Concat(header.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead>");
            Line("<tbody>");
            foreach (var row in rows) Line("<tr>" + string.Concat(row.Select(c => $"<td>{E(c)}</td>")) + "</tr>");
            Line("</tbody></table>");
        }
        void Heading(string id, string text) => Line($"<section id=\"{E(id)}\"><h2>{E(text)}</h2>");

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(report.Title)}</title>");
        Line("<style>");
        foreach (var style in Styles) Line(style);
        Line("</style></head><body>");
        Line($"<h1>{E(report.Title)}</h1>");
        Line($"<nav id=\"{ReportAnchors.Contents}\" aria-label=\"Contents\">"
             + string.Concat(ReportCells.Contents(report).Select(c => $"<a href=\"#{E(c.Id)}\">{E(c.Label)}</a>")) + "</nav>");

        // The answer: sentences, then one table by severity and predicted cost.
        var summary = report.Summary;
        Heading(ReportAnchors.Summary, "Summary");
        Line($"<p class=\"answer\">{E(string.Join(" ", summary.Sentences))}</p>");
        if (summary.Rows.Length == 0) Line("<p>No verdicts.</p>");
        else
        {
            Line("<table class=\"summary\">");
            Line("<thead><tr>" + string.Concat(SummaryCells.Header(summary).Select(h => $"<th>{E(h)}</th>")) + "</tr></thead>");
            Line("<tbody>");
            foreach (var row in summary.Rows)
            {
                var cells = SummaryCells.Row(row, summary);
                var category = ShowText.Category(row.Verdict.Category);
                Line($"<tr><td><a href=\"#{E(row.Anchor)}\">{E(cells[0])}</a></td><td class=\"{category}\">{E(cells[1])}</td>"
                     + string.Concat(cells.Select((c, i) => (c, i)).Skip(2).Select(x => IsNumber(x.i, cells.Count) ? $"<td class=\"num\">{E(x.c)}</td>" : $"<td>{E(x.c)}</td>")) + "</tr>");
            }
            Line("</tbody></table>");
        }
        Line("</section>");

        Heading(ReportAnchors.Cost, "Cost per size");
        if (summary.Cost.Length == 0) Line("<p>No wall times to add up.</p>");
        else
        {
            Table(SummaryCells.CostHeader, summary.Cost.Select(SummaryCells.CostRow), "summary");
            Line($"<p class=\"note\">{E(summary.CostNote)}</p>");
        }
        Line("</section>");

        if (report.Figures.Length > 0)
        {
            Heading(ReportAnchors.Overview, "Figures");
            foreach (var f in report.Figures) Figure(f);
            Line("</section>");
        }

        foreach (var section in report.Sections)
        {
            Heading(ReportAnchors.Section(section.Category), string.Create(CultureInfo.InvariantCulture, $"{section.Heading} ({section.Entries.Length})"));
            Line($"<p>{E(section.Description)}</p>");
            if (section.Entries.Length == 0) Line("<p>None.</p>");
            foreach (var entry in section.Entries)
            {
                var line = entry.Verdict is { } v ? " — " + ReportCells.VerdictLine(v) : "";
                var css = entry.Verdict is { } cv ? $" class=\"{ShowText.Category(cv.Category)}\"" : "";
                Line($"<details id=\"{E(entry.Anchor)}\"><summary><strong>{E(entry.Benchmark)}</strong><span{css}>{E(line)}</span></summary>");
                if (entry.Verdict is { } verdict) Line($"<p>{E(verdict.Reason)}</p>");
                Figure(entry.Scaling);
                if (entry.MessageSize is { } m) Figure(m);
                Line("</details>");
            }
            Line("</section>");
        }

        Heading(ReportAnchors.Verdicts, "Fit details");
        if (report.Verdicts.Length == 0) Line("<p>No verdicts.</p>");
        else Table(ReportCells.VerdictHeader, report.Verdicts.Select(ReportCells.VerdictRow));
        Line("</section>");

        Heading(ReportAnchors.Problems, "Incomplete or failed executions");
        if (report.Problems.Length == 0) Line("<p>Every execution completed.</p>");
        else Table(ReportCells.ProblemHeader, report.Problems.Select(ReportCells.ProblemRow));
        if (report.Diagnostics.Length > 0)
        {
            Line("<p>Parser notes:</p><ul>");
            foreach (var d in report.Diagnostics) Line($"<li>{E(d.ToString())}</li>");
            Line("</ul>");
        }
        if (!report.AnalysisNotes.IsDefaultOrEmpty)
        {
            Line("<p>Analysis notes:</p><ul>");
            foreach (var note in report.AnalysisNotes) Line($"<li>{E(note)}</li>");
            Line("</ul>");
        }
        Line("</section>");

        if (report.TimesLog is { } times)
        {
            Heading(ReportAnchors.TimesLog, "times.log");
            Line(string.Create(CultureInfo.InvariantCulture,
                $"<p>{E(times.File)}: {times.RowsCompared} rows compared, {times.Discrepancies.Length} disagree with the logs.</p>"));
            if (times.Discrepancies.Length > 0) Table(ReportCells.DiscrepancyHeader, times.Discrepancies.Select(ReportCells.DiscrepancyRow));
            Line("</section>");
        }

        Heading(ReportAnchors.Run, "What was run");
        Line("<ul>");
        foreach (var (label, value) in ReportCells.RunLines(report.Run)) Line($"<li><strong>{E(label)}:</strong> {E(value)}</li>");
        if (report.Noise is { } noise) Line($"<li><strong>Run-to-run noise:</strong> {E(noise)}</li>");
        Line("</ul>");
        if (report.Run.Metadata.Length > 0) Table(["Metadata", "Value"], report.Run.Metadata.Select(m => (IReadOnlyList<string>)[m.Key, m.Value]));
        Line("</section>");
        Line("</body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    // The exponent, measured and predicted columns (all but the first three and the confidence) are right-aligned.
    private static bool IsNumber(int column, int columns) => column >= 3 && column < columns - 1;
}
