using System.Text.RegularExpressions;
using OsuScale.Interactive;
using OsuScale.Show.Plots;

namespace OsuScale.Tests.Interactive;

public sealed class InlineFigureTests
{
    [Fact]
    public void A_figure_is_an_svg_element_whose_clip_ids_are_its_own()
    {
        var campaign = KubeconAnalysis.Campaign;
        var verdict = KubeconAnalysis.Analysis.Verdict("osu_allgather");
        var plot = ScalingPlot.Build(campaign, "osu_allgather", verdict);

        var first = InlineFigure.Svg(plot);
        var second = InlineFigure.Svg(plot);

        Assert.StartsWith("<svg", first);
        Assert.DoesNotContain("<?xml", first);
        var ids = Ids(first);
        Assert.NotEmpty(ids);
        Assert.Empty(ids.Intersect(Ids(second)));
        // Every clip reference points at a clip path of the same figure.
        var references = Regex.Matches(first, "url\\(#([^)]+)\\)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(references);
        Assert.Subset(ids, references);
    }

    [Fact]
    public void The_overview_grid_is_inlined_at_its_preferred_size()
    {
        var grid = OverviewPlot.Build(KubeconAnalysis.Campaign, KubeconAnalysis.Analysis.Verdicts);

        var svg = InlineFigure.Svg(grid);

        Assert.StartsWith($"<svg width=\"{grid.PreferredWidth}\" height=\"{grid.PreferredHeight}\"", svg);
        Assert.Contains("osu_allgather", svg);
    }

    [Fact]
    public void Text_that_is_not_svg_is_refused() =>
        Assert.Throws<ArgumentException>(() => InlineFigure.Inline("<html></html>"));

    private static HashSet<string> Ids(string svg) =>
        Regex.Matches(svg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
}
