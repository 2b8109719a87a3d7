using OsuScale.Show.Plots;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Plots;

public class MessageSizePlotTests
{
    [Fact]
    public void One_line_per_node_count_with_the_median_at_each_message_size()
    {
        var campaign = Campaign();
        var model = MessageSizePlot.Build(campaign, "osu_allgather")!;

        var lines = model.Series.OfType<LineSeries>().Where(s => s is not AreaSeries).ToList();
        Assert.Equal(["4 nodes", "8 nodes", "16 nodes", "32 nodes", "64 nodes"], lines.Select(l => l.Title));
        var at8 = campaign.Of("osu_allgather").Where(e => e.Nodes == 8)
            .Select(e => e.Output!.Tables[0].Rows.Single(r => r.MessageSizeBytes == 1024).Values[0]).Order().ToArray();
        Assert.Equal(at8[1], lines[1].Points.Single(p => p.X == 1024).Y);
    }

    [Fact]
    public void The_size_axis_is_log2_from_1_B_to_4_MiB_without_size_0()
    {
        var model = MessageSizePlot.Build(Campaign(), "osu_latency")!;

        var x = Assert.IsType<TickedLogAxis>(model.Axes.Single(a => a.Position == AxisPosition.Bottom));
        Assert.Equal(2, x.Base);
        Assert.Equal(23, x.Ticks.Length);
        Assert.Equal("1 B", x.LabelFormatter(x.Ticks[0]));
        Assert.Equal("4 MiB", x.LabelFormatter(x.Ticks[^1]));
        // 23 ticks are too many labels: every other one is labelled, including both ends.
        Assert.Equal(12, x.LabelledTicks.Length);
        Assert.Equal(x.Ticks[^1], x.LabelledTicks[^1]);
    }

    [Fact]
    public void The_y_axis_names_the_metric_its_unit_and_direction()
    {
        var latency = MessageSizePlot.Build(Campaign(), "osu_latency")!;
        var bw = MessageSizePlot.Build(new OsuScale.Campaigns.Campaign(
            [Execution("osu_bw", 2, 1, 1, SizedOutput("osu_bw", b => 10 + b * 0.01))], []), "osu_bw")!;

        // Both span more than ×20 over message sizes: the axes are logarithmic and say so.
        Assert.Equal("Latency (µs), lower is better, log scale", latency.Axes.Single(a => a.Position == AxisPosition.Left).Title);
        Assert.Equal("Bandwidth (MB/s), higher is better, log scale", bw.Axes.Single(a => a.Position == AxisPosition.Left).Title);
    }

    [Fact]
    public void Repetitions_give_a_min_max_band_per_node_count()
    {
        var campaign = Campaign();
        var model = MessageSizePlot.Build(campaign, "osu_allgather")!;

        var bands = model.Series.OfType<AreaSeries>().ToList();
        Assert.Equal(5, bands.Count);
        var at4 = campaign.Of("osu_allgather").Where(e => e.Nodes == 4)
            .Select(e => e.Output!.Tables[0].Rows.Single(r => r.MessageSizeBytes == 1).Values[0]).ToArray();
        Assert.Equal(at4.Max(), bands[0].Points[0].Y);
        Assert.Equal(at4.Min(), bands[0].Points2[0].Y);
        Assert.Empty(MessageSizePlot.Build(Campaign(repetitions: 1), "osu_allgather")!.Series.OfType<AreaSeries>());
    }

    [Fact]
    public void An_incomplete_execution_keeps_its_rows_and_says_so()
    {
        var model = MessageSizePlot.Build(Campaign(), "osu_allreduce")!;

        var cut = Assert.Single(model.Series.OfType<LineSeries>().Where(s => s is not AreaSeries), l => l.Title == "64 nodes (incomplete)");
        Assert.Equal(9, cut.Points.Count); // 10 rows printed, size 0 not on a log axis
        Assert.Equal(LineStyle.Dash, cut.LineStyle);
    }

    [Fact]
    public void A_benchmark_without_message_sizes_has_no_plot()
    {
        Assert.False(MessageSizePlot.CanBuild(Campaign(), "osu_barrier"));
        Assert.Null(MessageSizePlot.Build(Campaign(), "osu_barrier"));
    }
}
