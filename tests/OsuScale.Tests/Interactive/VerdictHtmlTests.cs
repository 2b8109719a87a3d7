using System.Text.RegularExpressions;
using OsuScale.Interactive;
using OsuScale.Model;
using OsuScale.Show;

namespace OsuScale.Tests.Interactive;

public sealed class VerdictHtmlTests
{
    [Fact]
    public void Each_verdict_is_a_row_marked_with_its_category_colour_and_sorted_by_its_numbers()
    {
        var verdicts = KubeconAnalysis.Analysis.Verdicts;

        var html = VerdictHtml.Table(verdicts);

        var rows = Regex.Matches(html, "<tr><td style=\"border-left:5px solid (#[0-9A-F]{6})\">([^<]*)</td>");
        Assert.Equal(verdicts.Length, rows.Count);
        foreach (var (row, verdict) in rows.Zip(verdicts))
        {
            Assert.Equal(verdict.Benchmark, row.Groups[2].Value);
            Assert.Equal(VerdictHtml.Hex(ShowTheme.CategoryColor(verdict.Category)), row.Groups[1].Value);
        }
        var allgather = verdicts.Single(v => v.Benchmark == "osu_allgather");
        Assert.Equal(ScalingCategory.ScalingIssue, allgather.Category);
        Assert.Contains("#D55E00", html);
        Assert.Contains($"data-sort=\"{allgather.Exponent.Value:R}\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(allgather.Reason), html);
    }

    [Fact]
    public void The_predictions_asked_for_are_columns_and_wall_time_tables_have_no_series_column()
    {
        var html = VerdictHtml.Table(KubeconAnalysis.Analysis.Verdicts);

        Assert.Contains("<th onclick=\"osuScaleSort(this)\" title=\"sort\">Predicted at 128 nodes</th>", html);
        Assert.Contains("Predicted at 256 nodes", html);
        Assert.DoesNotContain(">Series</th>", html);
        Assert.Contains(">Series</th>", VerdictHtml.Table(KubeconAnalysis.Analysis.SeriesVerdicts.Take(3)));
    }

    [Fact]
    public void Categories_sort_from_harmless_to_worst()
    {
        Assert.True(VerdictHtml.Severity(ScalingCategory.SizeIndependent) < VerdictHtml.Severity(ScalingCategory.PossibleIssue));
        Assert.True(VerdictHtml.Severity(ScalingCategory.PossibleIssue) < VerdictHtml.Severity(ScalingCategory.ScalingIssue));
        Assert.Equal("#009E73", VerdictHtml.Hex(ShowTheme.CategoryColor(ScalingCategory.SizeIndependent)));
    }
}
