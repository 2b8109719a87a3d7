using System.Text;
using OsuScale.Show;
using OsuScale.Show.Report;

namespace OsuScale.Interactive;

/// <summary>
/// A <see cref="ReportDocument"/> summarised for a notebook: what was run, the benchmarks by verdict category (in the
/// category colours), the report's summary sentences and table (sortable), and — folded — the full verdict table, the executions that did
/// not complete and the times.log discrepancies. The figures are not drawn here (there may be dozens): display
/// <c>report.Figures</c> or an entry's <c>Scaling</c> figure to see one.
/// </summary>
internal static class ReportHtml
{
    /// <summary>The HTML summary of <paramref name="report"/>.</summary>
    public static string Html(ReportDocument report)
    {
        var html = new StringBuilder("<div class=\"osu-scale-report\"><h3>").Append(SortableTable.Encode(report.Title)).Append("</h3><table>");
        foreach (var (label, value) in ReportCells.RunLines(report.Run))
            html.Append("<tr><th style=\"text-align:left\">").Append(SortableTable.Encode(label)).Append("</th><td style=\"text-align:left\">")
                .Append(SortableTable.Encode(value)).Append("</td></tr>");
        if (report.Noise is { } noise)
            html.Append("<tr><th style=\"text-align:left\">Noise</th><td style=\"text-align:left\">").Append(SortableTable.Encode(noise)).Append("</td></tr>");
        html.Append("</table><p>").Append(CategoryCounts.Html(report.Verdicts)).Append("</p><ul>");
        foreach (var section in report.Sections)
            html.Append("<li><b>").Append(SortableTable.Encode(section.Heading)).Append("</b>: ")
                .Append(SortableTable.Encode(string.Join(", ", section.Entries.Select(e => e.Benchmark)))).Append("</li>");
        html.Append("</ul>");

        // The report's own answer: its sentences and summary table (by severity, then predicted cost), sortable here.
        var summary = report.Summary;
        html.Append("<p>").Append(SortableTable.Encode(string.Join(" ", summary.Sentences))).Append("</p>");
        if (summary.Rows.Length > 0)
        {
            var table = new SortableTable(SummaryCells.Header(summary));
            foreach (var row in summary.Rows)
            {
                var text = SummaryCells.Row(row, summary);
                var colour = VerdictHtml.Hex(ShowTheme.CategoryColor(row.Verdict.Category));
                table.Add(
                [
                    text[0], new(text[1], VerdictHtml.Severity(row.Verdict.Category), colour), text[2],
                    new(text[3], row.Verdict.Exponent.Value), new(text[4], row.Measured?.Median ?? double.NaN),
                    .. row.Predicted.Select((p, i) => new HtmlCell(text[5 + i], p?.Value ?? double.NaN)), text[^1],
                ], colour);
            }
            html.Append("<h4>Summary</h4>").Append(table.ToHtml());
        }

        AnalysisHtml.Folded(html, "Verdicts (" + AnalysisHtml.Count(report.Verdicts.Length, "benchmark") + ")", VerdictHtml.Table(report.Verdicts));
        if (report.Problems.Length > 0)
        {
            var problems = new SortableTable(ReportCells.ProblemHeader);
            foreach (var p in report.Problems)
                problems.Add([.. ReportCells.ProblemRow(p).Select(t => new HtmlCell(t))]);
            AnalysisHtml.Folded(html, AnalysisHtml.Count(report.Problems.Length, "execution") + " that did not complete", problems.ToHtml());
        }
        if (report.TimesLog is { } times)
        {
            var discrepancies = new SortableTable(ReportCells.DiscrepancyHeader);
            foreach (var d in times.Discrepancies)
                discrepancies.Add([.. ReportCells.DiscrepancyRow(d).Select(t => new HtmlCell(t))]);
            AnalysisHtml.Folded(html, $"times.log {times.File}: " + AnalysisHtml.Count(times.Discrepancies.Length, "discrepancy", "discrepancies"),
                discrepancies.ToHtml());
        }
        return html.Append("</div>").ToString();
    }
}
