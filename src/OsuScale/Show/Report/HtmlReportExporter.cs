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
/// </summary>
public static class HtmlReportExporter
{
    /// <summary>Renders each figure as PNG to embed it (what <see cref="Export(ReportDocument, Func{ReportFigure, EmbeddedImage}?)"/> uses by default).</summary>
    public static EmbeddedImage RenderPng(ReportFigure figure) => new("image/png", figure.Grid is { } grid
        ? PngFigureExporter.ToBytes(grid, figure.Width, figure.Height)
        : PngFigureExporter.ToBytes(figure.Plot!, figure.Width, figure.Height));

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

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(report.Title)}</title>");
        Line("<style>");
        Line("body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}");
        Line("h1{font-size:1.7em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}h3{margin-bottom:.3em}");
        Line("table{border-collapse:collapse;font-size:.85em;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#f3f3f3}");
        Line("figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:.85em;color:#555}");
        Line(".verdict{font-weight:bold}.size-independent{color:#007a59}.possible-issue{color:#a36f00}.scaling-issue{color:#b34700}");
        Line("</style></head><body>");
        Line($"<h1>{E(report.Title)}</h1>");

        Line("<h2 id=\"run\">What was run</h2>");
        Line("<ul>");
        foreach (var (label, value) in ReportCells.RunLines(report.Run)) Line($"<li><strong>{E(label)}:</strong> {E(value)}</li>");
        if (report.Noise is { } noise) Line($"<li><strong>Run-to-run noise:</strong> {E(noise)}</li>");
        Line("</ul>");
        if (report.Run.Metadata.Length > 0) Table(["Metadata", "Value"], report.Run.Metadata.Select(m => (IReadOnlyList<string>)[m.Key, m.Value]));

        if (report.Figures.Length > 0)
        {
            Line("<h2 id=\"overview\">Overview</h2>");
            foreach (var f in report.Figures) Figure(f);
        }

        foreach (var section in report.Sections)
        {
            var id = section.Category is { } c ? ShowText.Category(c) : "not-analysed";
            Line(string.Create(CultureInfo.InvariantCulture, $"<h2 id=\"{id}\">{E(section.Heading)} ({section.Entries.Length})</h2>"));
            Line($"<p>{E(section.Description)}</p>");
            if (section.Entries.Length == 0) Line("<p>None.</p>");
            foreach (var entry in section.Entries)
            {
                Line($"<h3>{E(entry.Benchmark)}</h3>");
                if (entry.Verdict is { } v)
                {
                    Line($"<p class=\"verdict {ShowText.Category(v.Category)}\">{E(ReportCells.VerdictLine(v))}</p>");
                    Line($"<p>{E(v.Reason)}</p>");
                }
                Figure(entry.Scaling);
                if (entry.MessageSize is { } m) Figure(m);
            }
        }

        Line("<h2 id=\"verdicts\">All verdicts</h2>");
        if (report.Verdicts.Length == 0) Line("<p>No verdicts.</p>");
        else Table(ReportCells.VerdictHeader, report.Verdicts.Select(ReportCells.VerdictRow));

        Line("<h2 id=\"predictions\">Predicted wall times</h2>");
        if (report.Predictions.Length == 0)
            Line(report.PredictAt.Length == 0 ? "<p>No predictions were asked for (<code>--predict 128,256</code>).</p>" : "<p>No benchmark has a prediction at the sizes asked for.</p>");
        else Table(ReportCells.PredictionHeader, report.Predictions.Select(ReportCells.PredictionRow));

        Line("<h2 id=\"problems\">Incomplete or failed executions</h2>");
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

        if (report.TimesLog is { } times)
        {
            Line("<h2 id=\"times-log\">times.log</h2>");
            Line(string.Create(CultureInfo.InvariantCulture,
                $"<p>{E(times.File)}: {times.RowsCompared} rows compared, {times.Discrepancies.Length} disagree with the logs.</p>"));
            if (times.Discrepancies.Length > 0) Table(ReportCells.DiscrepancyHeader, times.Discrepancies.Select(ReportCells.DiscrepancyRow));
        }
        Line("</body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
