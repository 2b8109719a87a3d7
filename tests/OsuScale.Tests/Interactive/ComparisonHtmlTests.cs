using OsuScale.Compare;
using OsuScale.Interactive;
using OsuScale.Tests.Compare;

namespace OsuScale.Tests.Interactive;

public sealed class ComparisonHtmlTests
{
    [Fact]
    public void A_comparison_shows_its_answer_and_a_sortable_row_per_benchmark_with_the_wall_time_cells_folded()
    {
        var baseline = KubeconAnalysis.Campaign;
        var candidate = Rerun.Of(baseline, noise: 0.09, seed: 11, (benchmark, _) => benchmark == "osu_latency" ? 1.8 : 1);
        var comparison = CampaignComparer.Compare(baseline, candidate);

        var html = ComparisonHtml.Html(comparison);

        Assert.StartsWith("<div class=\"osu-scale-comparison\"><p><b>" + System.Net.WebUtility.HtmlEncode(comparison.Answer) + "</b>", html);
        Assert.Equal(comparison.Changes.Length + comparison.Cells.Count(c => c.IsWallTime),
            html.Split("<tr><td").Length - 1);
        var latency = comparison.Change("osu_latency")!;
        Assert.Equal(ChangeKind.ConstantFactor, latency.Kind);
        Assert.Contains($"data-sort=\"{latency.Level.Value:R}\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(latency.Sentence), html);
        Assert.Contains($"<details><summary>{comparison.Cells.Count(c => c.IsWallTime)} wall-time cells", html);
    }
}
