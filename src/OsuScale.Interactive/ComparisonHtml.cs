using System.Text;
using OsuScale.Compare;
using OsuScale.Show.Comparison;

namespace OsuScale.Interactive;

/// <summary>
/// A <see cref="CampaignComparison"/> as a notebook shows it: the answer in one sentence, the counts of cells by
/// verdict, one sortable row per benchmark (how its scaling changed, the candidate's category colour on the left), and —
/// folded — the wall-time cells and what was left out. The per-message-size cells are in comparison.csv.
/// </summary>
internal static class ComparisonHtml
{
    /// <summary>The HTML of <paramref name="comparison"/>.</summary>
    public static string Html(CampaignComparison comparison)
    {
        var html = new StringBuilder("<div class=\"osu-scale-comparison\"><p><b>")
            .Append(SortableTable.Encode(comparison.Answer)).Append("</b></p><p>")
            .Append(SortableTable.Encode(ComparisonCells.Counts(comparison))).Append("</p>");

        var changes = new SortableTable([.. ComparisonCells.ChangeHeader, "Why"]);
        foreach (var c in comparison.Changes)
        {
            var text = ComparisonCells.ChangeRow(c, comparison);
            changes.Add([text[0], new(text[1], (double)c.Kind), new(text[2], c.Level.Value), text[3], new(text[4], c.Difference.Value), text[5],
                new(c.Sentence, Prose: true)], VerdictHtml.Hex(OsuScale.Show.ShowTheme.CategoryColor(c.Candidate.Category)));
        }
        html.Append(changes.ToHtml());

        var wall = comparison.Cells.Where(c => c.IsWallTime).ToList();
        if (wall.Count > 0)
        {
            var cells = new SortableTable(ComparisonCells.CellHeader);
            foreach (var c in wall)
            {
                var text = ComparisonCells.CellRow(c);
                cells.Add([text[0], text[1], new(text[2], c.Nodes), new(text[3], c.Baseline.Median), new(text[4], c.Candidate.Median),
                    new(text[5], c.Ratio.Value), new(text[6], c.QValue), new(text[7], (double)c.Verdict), text[8]]);
            }
            AnalysisHtml.Folded(html, AnalysisHtml.Count(wall.Count, "wall-time cell") + " (benchmark × node count)", cells.ToHtml());
        }
        if (comparison.Notes.Length > 0)
            AnalysisHtml.Folded(html, AnalysisHtml.Count(comparison.Notes.Length, "note"),
                "<ul>" + string.Concat(comparison.Notes.Select(n => "<li>" + SortableTable.Encode(n) + "</li>")) + "</ul>");
        return html.Append("</div>").ToString();
    }
}
