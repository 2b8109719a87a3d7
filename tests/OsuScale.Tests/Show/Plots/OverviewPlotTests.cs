using OsuScale.Model;
using OsuScale.Show;
using OsuScale.Show.Plots;
using OxyPlot;
using OxyPlot.Series;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Plots;

public class OverviewPlotTests
{
    [Fact]
    public void One_panel_per_benchmark_scaling_issues_first()
    {
        var grid = OverviewPlot.Build(Campaign(), Verdicts());

        Assert.Equal(["osu_allgather", "osu_allreduce", "osu_barrier", "osu_latency"], grid.Panels.Select(p => p.Title));
        Assert.Equal(4, grid.Columns);
        Assert.Equal(1, grid.Rows);
    }

    [Fact]
    public void Panels_are_coloured_by_category()
    {
        var grid = OverviewPlot.Build(Campaign(), Verdicts());

        var latency = grid.Panels.Single(p => p.Title == "osu_latency");
        var green = ShowTheme.CategoryColor(ScalingCategory.SizeIndependent);
        Assert.Equal(green, latency.PlotAreaBorderColor);
        Assert.Equal(green, ((LineSeries)latency.Series.Single(s => s.Title == ScalingPlot.ModelTitle)).Color);
        Assert.Equal(OxyColor.FromAColor(28, green), latency.PlotAreaBackground);
        Assert.Equal("size-independent · flat", latency.Subtitle);
        Assert.Equal(["scaling-issue", "possible-issue", "size-independent"], grid.Key.Select(k => k.Label));
    }

    [Fact]
    public void A_benchmark_without_a_verdict_is_grey()
    {
        var grid = OverviewPlot.Build(Campaign(), Verdicts().Where(v => v.Benchmark != "osu_barrier"));

        var barrier = grid.Panels[^1];
        Assert.Equal("osu_barrier", barrier.Title);
        Assert.Equal(ShowTheme.Neutral, barrier.PlotAreaBorderColor);
        Assert.Equal("no verdict", barrier.Subtitle);
    }

    [Fact]
    public void Panels_tile_the_figure_below_the_header()
    {
        var grid = OverviewPlot.Build(Campaign(), Verdicts(), columns: 3);

        Assert.Equal(2, grid.Rows);
        var last = grid.PanelRect(3, 900, 656);
        Assert.Equal(new OxyRect(0, FigureGrid.HeaderHeight + 300, 300, 300), last);
    }
}
