using System.Globalization;
using System.Text;
using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Report;

namespace OsuScale.Interactive;

/// <summary>The one-line count of verdicts per category, each in its colour: "13 size-independent · 1 possible scalability issue · 8 scalability issues".</summary>
internal static class CategoryCounts
{
    /// <summary>The counts of the categories present, in the report's order, as HTML.</summary>
    public static string Html(IEnumerable<ScalingVerdict> verdicts)
    {
        var counts = verdicts.GroupBy(v => v.Category).ToDictionary(g => g.Key, g => g.Count());
        var html = new StringBuilder();
        foreach (var (category, _, _) in ReportBuilder.SectionOrder)
        {
            if (!counts.TryGetValue(category, out var n)) continue;
            if (html.Length > 0) html.Append(" · ");
            html.Append("<span style=\"color:").Append(VerdictHtml.Hex(ShowTheme.CategoryColor(category))).Append(";font-weight:bold\">")
                .Append(SortableTable.Encode(Label(category, n))).Append("</span>");
        }
        return html.Length == 0 ? "no verdicts" : html.ToString();
    }

    /// <summary>"14 size-independent", "1 possible scalability issue", "7 scalability issues".</summary>
    public static string Label(ScalingCategory category, int n) => category switch
    {
        ScalingCategory.SizeIndependent => n.ToString(CultureInfo.InvariantCulture) + " size-independent",
        ScalingCategory.PossibleIssue => AnalysisHtml.Count(n, "possible scalability issue"),
        _ => AnalysisHtml.Count(n, "scalability issue"),
    };
}
