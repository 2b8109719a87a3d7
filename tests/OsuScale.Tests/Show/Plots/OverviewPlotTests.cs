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
    public void Every_panel_has_a_logarithmic_time_axis_that_names_its_unit()
    {
        // Issue 10: panels switched between log and linear axes with nothing to tell them apart, labelled only "s".
        var grid = OverviewPlot.Build(Campaign(), Verdicts());

        Assert.All(grid.Panels, p =>
        {
            var y = p.Axes.Single(a => a.Position == OxyPlot.Axes.AxisPosition.Left);
            Assert.IsAssignableFrom<OxyPlot.Axes.LogarithmicAxis>(y);
            Assert.Equal("Wall time (s), log scale", y.Title);
        });
        Assert.Equal("Wall time against nodes, both axes logarithmic: 4 benchmarks, 5 sizes (4–64 nodes)", grid.Title);
    }

    [Fact]
    public void A_benchmark_measured_at_fewer_than_two_sizes_gets_no_panel()
    {
        // A single-size campaign drew one empty frame per benchmark.
        var single = new OsuScale.Campaigns.Campaign([.. Campaign().Executions.Where(e => e.Nodes == 16)], []);
        Assert.Empty(OverviewPlot.Build(single, Verdicts()).Panels);

        var mixed = new OsuScale.Campaigns.Campaign([.. Campaign().Executions.Where(e => e.Nodes == 16 || e.Benchmark == "osu_latency")], []);
        Assert.Equal(["osu_latency"], OverviewPlot.Build(mixed, Verdicts()).Panels.Select(p => p.Title));
    }

    [Fact]
    public void Repetitions_are_spread_around_their_node_count()
    {
        var twenty = new OsuScale.Campaigns.Campaign(
            [.. from n in new[] { 4, 8 } from i in Enumerable.Range(1, 20) select Execution("osu_barrier", n, i, 10 + i % 3)], []);
        var panel = Assert.Single(OverviewPlot.Build(twenty, []).Panels);

        var points = ((ScatterSeries)panel.Series.Single(s => s.Title == ScalingPlot.RepetitionsTitle)).Points;
        Assert.Equal(40, points.Select(p => p.X).Distinct().Count());
        Assert.All(points, p => Assert.InRange(Math.Abs(Math.Log2(p.X) - Math.Round(Math.Log2(p.X))), 0, 0.15 + 1e-9));
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
