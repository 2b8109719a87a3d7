using System.Net;
using System.Text;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>
/// Writes a <see cref="ComparisonDocument"/> as one self-contained HTML page (<c>comparison.html</c>): styles inline,
/// figures embedded, every text HTML-encoded. The answer, the counts and the summary table come first.
/// </summary>
public static class HtmlComparisonExporter
{
    /// <summary>The page; <paramref name="images"/> supplies each figure's bytes (rendered as PNG when null).</summary>
    public static string Export(ComparisonDocument report, Func<ReportFigure, EmbeddedImage>? images = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        images ??= HtmlReportExporter.RenderPng;
        var c = report.Comparison;
        var html = new StringBuilder();
        void Line(string text) => html.Append(text).Append('\n');
        void Figure(ReportFigure f)
        {
            var image = images(f);
            Line($"<figure><img src=\"data:{E(image.MediaType)};base64,{Convert.ToBase64String(image.Data)}\" alt=\"{E(f.Caption)}\" width=\"{f.Width}\" height=\"{f.Height}\"><figcaption>{E(f.Caption)}</figcaption></figure>");
        }
        void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string id)
        {
            Line($"<table id=\"{id}\">");
            Line("<thead><tr>" + string.Concat(header.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead>");
            Line("<tbody>");
            foreach (var row in rows) Line("<tr>" + string.Concat(row.Select(x => $"<td>{E(x)}</td>")) + "</tr>");
            Line("</tbody></table>");
        }

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(report.Title)}</title>");
        Line("<style>");
        Line("body{font-family:'DejaVu Sans',Verdana,sans-serif;max-width:1100px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45}");
        Line("h1{font-size:1.5em;margin-bottom:.3em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}");
        Line(".answer{font-size:1.2em;font-weight:bold;background:#f6f6f0;border-left:5px solid #0072b2;padding:.5em .8em;margin:.5em 0}");
        Line("table{border-collapse:collapse;font-size:.82em;margin:.8em 0}th,td{border:1px solid #ccc;padding:.2em .45em;text-align:left;vertical-align:top}th{background:#f3f3f3}");
        Line("figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}figcaption{font-size:.85em;color:#555}");
        Line("</style></head><body>");
        Line($"<h1>{E(report.Title)}</h1>");
        Line($"<p class=\"answer\" id=\"answer\">{E(c.Answer)}</p>");
        Line($"<p id=\"counts\">{E(ComparisonCells.Counts(c))}</p>");
        Table(ComparisonCells.ChangeHeader, report.Changes.Select(x => ComparisonCells.ChangeRow(x, c)), "summary");

        Line("<h2 id=\"ratio-map\">Ratio map</h2>");
        Figure(report.RatioMap);

        Line("<h2 id=\"changed\">Changed benchmarks</h2>");
        if (report.ChangeFigures.IsEmpty) Line("<p>None: every benchmark is unchanged within the threshold.</p>");
        foreach (var (change, figure) in report.ChangeFigures)
        {
            Line($"<h3>{E(change.Benchmark)}</h3>");
            Line($"<p>{E(change.Sentence)}</p>");
            Figure(figure);
        }

        Line("<h2 id=\"cells\">Largest cell changes</h2>");
        if (report.LargestCells.IsEmpty) Line("<p>No cell is faster or slower.</p>");
        else Table(ComparisonCells.CellHeader, report.LargestCells.Select(ComparisonCells.CellRow), "largest-cells");

        Line("<h2 id=\"benchmarks\">Every benchmark</h2><ul>");
        foreach (var change in report.Changes) Line($"<li><strong>{E(change.Benchmark)}:</strong> {E(change.Sentence)}</li>");
        Line("</ul>");

        Line("<h2 id=\"campaigns\">What was compared</h2>");
        foreach (var (name, run) in new[] { ($"Baseline ({report.BaselineName})", report.Baseline), ($"Candidate ({report.CandidateName})", report.Candidate) })
        {
            Line($"<h3>{E(name)}</h3><ul>");
            foreach (var (label, value) in ComparisonCells.RunLines(run)) Line($"<li><strong>{E(label)}:</strong> {E(value)}</li>");
            Line("</ul>");
        }

        Line("<h2 id=\"method\">Method</h2><ul>");
        foreach (var sentence in ComparisonCells.Method(c)) Line($"<li>{E(sentence)}</li>");
        Line("</ul>");
        Line($"<p>Every cell is in <code>{ComparisonCsvExporter.CellsFileName}</code>, every benchmark in <code>{ComparisonCsvExporter.ChangesFileName}</code>.</p>");
        if (!c.Notes.IsEmpty)
        {
            Line("<h2 id=\"left-out\">Left out</h2><ul>");
            foreach (var note in c.Notes) Line($"<li>{E(note)}</li>");
            Line("</ul>");
        }
        Line("</body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
