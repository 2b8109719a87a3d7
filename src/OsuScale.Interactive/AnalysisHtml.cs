using System.Globalization;
using System.Text;
using OsuScale.Model;
using OsuScale.Show.Report;

namespace OsuScale.Interactive;

/// <summary>
/// A <see cref="CampaignAnalysis"/> as a notebook shows it: the verdict counts by category and the noise they were
/// compared with, the wall-time verdicts as a sortable table, and — folded — the verdicts per message size, the
/// executions left out and the analysis notes.
/// </summary>
internal static class AnalysisHtml
{
    /// <summary>The HTML of <paramref name="analysis"/>.</summary>
    public static string Html(CampaignAnalysis analysis)
    {
        var html = new StringBuilder("<div class=\"osu-scale-analysis\">");
        html.Append("<p><b>").Append(Count(analysis.Verdicts.Length, "benchmark")).Append("</b>: ")
            .Append(CategoryCounts.Html(analysis.Verdicts)).Append("</p>");
        html.Append("<p>Noise of wall times ").Append(Percent(analysis.Noise.Relative)).Append(": ")
            .Append(SortableTable.Encode(analysis.Noise.Description)).Append("</p>");
        html.Append(VerdictHtml.Table(analysis.Verdicts));

        if (analysis.SeriesVerdicts.Length > 0)
            Folded(html, Count(analysis.SeriesVerdicts.Length, "verdict") + " per message size (noise " + Percent(analysis.MetricNoise.Relative) + ")",
                VerdictHtml.Table(analysis.SeriesVerdicts));

        if (analysis.Excluded.Length > 0)
        {
            var excluded = new SortableTable(["Benchmark", "Nodes", "Iteration", "Status", "Reason", "Where"]);
            foreach (var e in analysis.Excluded)
                excluded.Add([e.Benchmark, new(e.Nodes?.ToString(CultureInfo.InvariantCulture) ?? "?", e.Nodes ?? double.NaN),
                    new(e.Iteration.ToString(CultureInfo.InvariantCulture), e.Iteration), ReportCells.Status(e.Status), new(e.Reason, Prose: true), e.Source.ToString()]);
            Folded(html, Count(analysis.Excluded.Length, "execution") + " left out", excluded.ToHtml());
        }

        if (analysis.Notes.Length > 0)
            Folded(html, Count(analysis.Notes.Length, "note"),
                "<ul>" + string.Concat(analysis.Notes.Select(n => "<li>" + SortableTable.Encode(n) + "</li>")) + "</ul>");
        return html.Append("</div>").ToString();
    }

    /// <summary>A collapsed section with a one-line summary.</summary>
    public static void Folded(StringBuilder html, string summary, string content) =>
        html.Append("<details><summary>").Append(SortableTable.Encode(summary)).Append("</summary>").Append(content).Append("</details>");

    /// <summary>"1 benchmark", "22 benchmarks" (<paramref name="plural"/> when it is not the noun and an s).</summary>
    public static string Count(int n, string noun, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : plural ?? noun + "s");

    private static string Percent(double fraction) =>
        double.IsNaN(fraction) ? "–" : (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
