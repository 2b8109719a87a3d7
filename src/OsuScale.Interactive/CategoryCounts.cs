using System.Globalization;
using System.Text;
using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Report;

namespace OsuScale.Interactive;

/// <summary>The one-line count of verdicts per category, each in its colour: "13 size-independent · 1 possible issue · 8 scaling issues".</summary>
internal static class CategoryCounts
{
    /// <summary>The counts of the categories present, in the report's order, as HTML.</summary>
    public static string Html(IEnumerable<ScalingVerdict> verdicts)
    {
        var counts = verdicts.GroupBy(v => v.Category).ToDictionary(g => g.Key, g => g.Count());
        var html = new StringBuilder();
        foreach (var (category, heading, _) in ReportBuilder.SectionOrder)
        {
            if (!counts.TryGetValue(category, out var n)) continue;
            if (html.Length > 0) html.Append(" · ");
            html.Append("<span style=\"color:").Append(VerdictHtml.Hex(ShowTheme.CategoryColor(category))).Append(";font-weight:bold\">")
                .Append(n.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(SortableTable.Encode(heading.ToLowerInvariant()))
                .Append("</span>");
        }
        return html.Length == 0 ? "no verdicts" : html.ToString();
    }
}
