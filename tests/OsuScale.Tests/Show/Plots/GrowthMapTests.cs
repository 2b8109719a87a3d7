using OsuScale.Show.Plots;
using OxyPlot.Axes;
using OxyPlot.Series;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Plots;

public class GrowthMapTests
{
    [Fact]
    public void Rows_are_benchmarks_columns_message_sizes_cells_exponents()
    {
        var model = GrowthMap.Build(SeriesVerdicts());

        var heat = Assert.IsAssignableFrom<HeatMapSeries>(Assert.Single(model.Series));
        Assert.Equal(23, heat.Data.GetLength(0));
        Assert.Equal(2, heat.Data.GetLength(1)); // osu_bw's series is bandwidth, not a time: left out
        Assert.Equal(0.3, heat.Data[0, 0], 9);            // osu_allgather at 1 B
        Assert.Equal(0.3 + 0.9, heat.Data[22, 0], 9);     // osu_allgather at 4 MiB
        Assert.Equal(0, heat.Data[5, 1]);                 // osu_latency: flat
        Assert.Equal(HeatMapRenderMethod.Rectangles, heat.RenderMethod);
    }

    [Fact]
    public void Category_axes_carry_the_names_and_a_diverging_colour_axis_is_centred_on_zero()
    {
        var model = GrowthMap.Build(SeriesVerdicts());

        var x = (CategoryAxis)model.Axes.Single(a => a.Position == AxisPosition.Bottom);
        var y = (CategoryAxis)model.Axes.Single(a => a.Position == AxisPosition.Left);
        Assert.Equal("1 B", x.Labels[0]);
        Assert.Equal("4 MiB", x.Labels[^1]);
        Assert.Equal(-45, x.Angle); // 23 labels are angled and thinned so they do not overlap
        Assert.Equal(2, x.MajorStep);
        Assert.Equal(["osu_allgather", "osu_latency"], y.Labels);
        var color = Assert.IsType<LinearColorAxis>(model.Axes.Single(a => a is LinearColorAxis));
        Assert.Equal(-color.Minimum, color.Maximum);
        Assert.Equal(1.5, color.Maximum); // max |exponent| 1.2, rounded up to a half
    }

    [Fact]
    public void Missing_cells_are_NaN()
    {
        var verdicts = SeriesVerdicts().Where(v => !(v.Benchmark == "osu_latency" && v.Series == "latency@1024"));
        var (benchmarks, sizes, data) = GrowthMap.Cells(verdicts);

        Assert.True(double.IsNaN(data[sizes.ToList().IndexOf(1024), benchmarks.ToList().IndexOf("osu_latency")]));
    }

    [Fact]
    public void Rows_with_the_steepest_growth_come_first()
    {
        var verdicts = SeriesVerdicts().Where(v => v.Benchmark == "osu_latency").Concat(SeriesVerdicts().Where(v => v.Benchmark != "osu_latency"));

        Assert.Equal(["osu_allgather", "osu_latency"], GrowthMap.Cells(verdicts).Benchmarks);
    }

    [Fact]
    public void Every_benchmark_with_a_wall_time_verdict_has_a_row_with_a_wall_time_column_first()
    {
        // Issue 10: osu_barrier (no message sizes) was left out of the map without a note.
        var model = GrowthMap.Build(SeriesVerdicts(), Verdicts(), Campaign());

        var x = (CategoryAxis)model.Axes.Single(a => a.Position == AxisPosition.Bottom);
        var y = (CategoryAxis)model.Axes.Single(a => a.Position == AxisPosition.Left);
        Assert.Equal(GrowthMap.WallTimeColumn, x.Labels[0]);
        Assert.Equal("1 B", x.Labels[1]);
        Assert.Equal(["osu_allgather", "osu_allreduce", "osu_barrier", "osu_latency"], y.Labels); // by wall-time exponent 0.9, 0.5, 0.3, 0
        var heat = Assert.IsAssignableFrom<HeatMapSeries>(Assert.Single(model.Series));
        Assert.Equal(0.3, heat.Data[0, 2], 9);          // osu_barrier's wall time
        Assert.True(double.IsNaN(heat.Data[1, 2]));     // and no message sizes
        Assert.Equal(0.3, heat.Data[1, 0], 9);          // osu_allgather at 1 B
    }

    [Fact]
    public void An_aggregate_rate_over_all_ranks_is_shown_per_pair()
    {
        // osu_mbw_mr sums its bandwidth over processes/2 pairs: with N processes the aggregate's time per byte falls
        // like 1/N (exponent −1) although every pair is as fast as before; per pair the exponent is 0.
        OsuScale.Campaigns.Execution Run(string benchmark, int nodes, int processes) =>
            Execution(benchmark, nodes, 1, 10) with { Processes = processes };
        var campaign = new OsuScale.Campaigns.Campaign(
        [
            .. new[] { 4, 8, 16, 32 }.SelectMany(n => new[] { Run("osu_mbw_mr", n, n), Run("osu_bw", n, 2) }),
        ], []);
        var verdicts = new[] { 4L, 8 }.SelectMany(b => new[]
        {
            Verdict("osu_mbw_mr", OsuScale.Model.ScalingCategory.SizeIndependent, OsuScale.Model.Growth.Flat, new OsuScale.Model.ConstantModel(1), -1.0, series: $"inverse_bandwidth@{b}"),
            Verdict("osu_bw", OsuScale.Model.ScalingCategory.SizeIndependent, OsuScale.Model.Growth.Flat, new OsuScale.Model.ConstantModel(1), 0.0, series: $"inverse_bandwidth@{b}"),
        }).ToList();

        Assert.Equal(new Dictionary<string, double> { ["osu_mbw_mr"] = 1.0 }, GrowthMap.PerPairShifts(campaign));
        var model = GrowthMap.Build(verdicts, null, campaign);
        var y = (CategoryAxis)model.Axes.Single(a => a.Position == AxisPosition.Left);
        var row = y.Labels.IndexOf("osu_mbw_mr" + GrowthMap.PerPairSuffix);
        Assert.True(row >= 0, string.Join(", ", y.Labels));
        var heat = Assert.IsAssignableFrom<HeatMapSeries>(Assert.Single(model.Series));
        Assert.Equal(0.0, heat.Data[0, row], 9);
        Assert.Contains("osu_bw", y.Labels); // a pair benchmark is left as it is
    }

    [Theory]
    [InlineData(1.23, "1.2")]
    [InlineData(-0.03, "0.0")]
    [InlineData(0.05, "0.1")]
    [InlineData(double.NaN, "")]
    public void Cells_are_labelled_with_one_decimal_and_missing_ones_are_blank(double value, string label) =>
        Assert.Equal(label, ExponentHeatMapSeries.Label(value));

    [Theory]
    [InlineData("latency", true)]
    [InlineData("overall", true)]
    [InlineData("inverse_bandwidth", true)]
    [InlineData("bandwidth", false)]
    [InlineData("message_rate", false)]
    public void Only_time_like_metrics_are_mapped(string metric, bool shown) => Assert.Equal(shown, GrowthMap.IsTimeLike(metric));

    [Theory]
    [InlineData("latency@1048576", "latency", 1048576L)]
    [InlineData("overall@8", "overall", 8L)]
    public void Series_names_are_split_into_metric_and_size(string series, string metric, long bytes) =>
        Assert.Equal((metric, bytes), GrowthMap.ParseSeries(series));

    [Theory]
    [InlineData("wall_seconds")]
    [InlineData("latency@")]
    [InlineData("latency@-3")]
    [InlineData("@12")]
    public void Other_series_names_are_not_cells(string series) => Assert.Null(GrowthMap.ParseSeries(series));
}

public class GrowthMapEdgeTests
{
    [Fact]
    public void Without_series_verdicts_the_map_is_empty_but_still_renders()
    {
        var model = GrowthMap.Build([]);

        Assert.Empty(model.Series);
        Assert.Contains("no message-size verdicts", model.Subtitle);
        using var bitmap = SkiaSharp.SKBitmap.Decode(OsuScale.Show.Exporters.PngFigureExporter.ToBytes(model, 300, 200));
        Assert.Equal(300, bitmap.Width);
    }
}
