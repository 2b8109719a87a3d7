using OsuScale.Model;
using Fit = OsuScale.Model.Fit;
using OsuScale.Show.Plots;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Plots;

public class ScalingPlotTests
{
    private static T Series<T>(PlotModel model, string title) where T : Series =>
        Assert.Single(model.Series.OfType<T>(), s => s.Title == title);

    [Fact]
    public void Every_repetition_is_a_point_beside_its_node_count()
    {
        var campaign = Campaign();
        var model = ScalingPlot.Build(campaign, "osu_allgather", Verdicts()[0]);

        // Jittered: the three repetitions at a size are spread over 0.3 octave around it (x = nodes · 2^−0.15 … 2^0.15).
        var points = Series<ScatterSeries>(model, ScalingPlot.RepetitionsTitle).Points;
        var expected = campaign.Of("osu_allgather").Select(e => (e.Nodes!.Value * 1.0, e.WallSeconds!.Value)).Order().ToList();
        var drawn = points.Select(p => (Nodes: Math.Pow(2, Math.Round(Math.Log2(p.X))), p.Y)).Order().ToList();
        Assert.Equal(expected, drawn);
        foreach (var size in points.GroupBy(p => Math.Round(Math.Log2(p.X))))
            Assert.Equal([-0.15, 0, 0.15], size.Select(p => Math.Round(Math.Log2(p.X) - size.Key, 9)).Order().ToArray());
    }

    [Fact]
    public void A_prediction_interval_that_runs_away_is_clipped_to_the_axis()
    {
        // As in issue 10: an interval of [0 s, 4170 h] must not stretch the axis to hours for values of minutes.
        var campaign = Campaign();
        var verdict = Verdicts()[0] with
        {
            Fit = Fit.Scaling(Observations.WallTimes(campaign, "osu_allgather")),
            Predictions = [new Prediction(128, 261, 0, 4170 * 3600.0, 0.95, true), new Prediction(1 << 20, 2e6, 1e6, 4e6, 0.95, true)],
        };
        var model = ScalingPlot.Build(campaign, "osu_allgather", verdict);

        var y = model.Axes.Single(a => a.Position == AxisPosition.Left);
        Assert.InRange(y.Maximum, 2e6, 2 * 4e6 * 1.3); // up to the far prediction, widened by its interval at most ×2
        var interval = Series<HighLowSeries>(model, "prediction interval").Items[0];
        Assert.Equal(y.Maximum, interval.High);
        Assert.Equal(y.Minimum, interval.Low);
        var band = Series<AreaSeries>(model, "95 % " + ScalingPlot.BandTitle);
        Assert.All(band.Points.Concat(band.Points2), p => Assert.InRange(p.Y, y.Minimum, y.Maximum));
    }

    [Fact]
    public void The_node_axis_is_log2_and_labelled_with_measured_and_predicted_node_counts()
    {
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]);

        var x = Assert.IsType<TickedLogAxis>(model.Axes.Single(a => a.Position == AxisPosition.Bottom));
        Assert.Equal(2, x.Base);
        Assert.Equal(new double[] { 4, 8, 16, 32, 64, 128, 256 }, x.Ticks.ToArray());
        Assert.Equal("Nodes", x.Title);
        Assert.Equal("128", x.LabelFormatter(128));
    }

    [Fact]
    public void Several_repetitions_get_a_min_max_interval_and_a_median_line()
    {
        var campaign = Campaign();
        var model = ScalingPlot.Build(campaign, "osu_allgather", Verdicts()[0]);

        var interval = Series<HighLowSeries>(model, ScalingPlot.IntervalTitle);
        var at8 = campaign.Of("osu_allgather").Where(e => e.Nodes == 8).Select(e => e.WallSeconds!.Value).Order().ToArray();
        var item = Assert.Single(interval.Items, i => i.X == 8);
        Assert.Equal(at8[0], item.Low);
        Assert.Equal(at8[^1], item.High);

        var median = Series<LineSeries>(model, ScalingPlot.MedianTitle);
        Assert.Equal(5, median.Points.Count);
        Assert.Equal(at8[1], median.Points.Single(p => p.X == 8).Y);
    }

    [Fact]
    public void A_single_run_per_size_has_points_but_no_interval()
    {
        var model = ScalingPlot.Build(Campaign(repetitions: 1), "osu_allgather", Verdicts()[0]);

        Assert.DoesNotContain(model.Series, s => s.Title == ScalingPlot.IntervalTitle);
        Assert.Equal(5, Series<ScatterSeries>(model, ScalingPlot.RepetitionsTitle).Points.Count);
    }

    [Fact]
    public void The_model_curve_follows_the_formula_and_is_dashed_where_it_extrapolates()
    {
        var verdict = Verdicts()[0]; // 5 + 2·N, predictions at 128 and 256
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", verdict);

        var fitted = Series<LineSeries>(model, ScalingPlot.ModelTitle);
        Assert.Equal(LineStyle.Solid, fitted.LineStyle);
        Assert.Equal(4, fitted.Points[0].X, 6);
        Assert.Equal(64, fitted.Points[^1].X, 6);
        Assert.All(fitted.Points, p => Assert.Equal(5 + 2 * p.X, p.Y, 6));

        var extrapolated = Series<LineSeries>(model, ScalingPlot.ExtrapolatedTitle);
        Assert.Equal(LineStyle.Dash, extrapolated.LineStyle);
        Assert.Equal(64, extrapolated.Points[0].X, 6);
        Assert.Equal(256, extrapolated.Points[^1].X, 6);
    }

    [Fact]
    public void The_prediction_band_surrounds_the_model_and_widens_where_it_extrapolates()
    {
        var campaign = Campaign();
        var fit = Fit.Scaling(Observations.WallTimes(campaign, "osu_allgather"));
        var verdict = Verdicts()[0] with { Fit = fit };
        var model = ScalingPlot.Build(campaign, "osu_allgather", verdict);

        var band = Assert.Single(model.Series.OfType<AreaSeries>());
        Assert.Equal("95 % prediction band", band.Title);
        Assert.Equal(4, band.Points[0].X, 6);
        Assert.Equal(256, band.Points[^1].X, 6);
        for (var i = 0; i < band.Points.Count; i++)
        {
            var n = band.Points[i].X;
            var predicted = fit.Predict(n);
            Assert.Equal(predicted.High, band.Points[i].Y, 9);
            Assert.Equal(predicted.Low, band.Points2[i].Y, 9);
            Assert.InRange(fit.Model.Evaluate(n), band.Points2[i].Y, band.Points[i].Y);
        }
        double Width(int i) => Math.Log(band.Points[i].Y / band.Points2[i].Y);
        var at64 = band.Points.Select((p, i) => (p.X, i)).MinBy(p => Math.Abs(p.X - 64)).i;
        Assert.True(Width(band.Points.Count - 1) > Width(at64));
    }

    [Fact]
    public void An_unbounded_interval_draws_no_band()
    {
        // A hand-made fit with no residual degrees of freedom and no noise: its prediction interval is [0, ∞).
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]);

        Assert.Empty(model.Series.OfType<AreaSeries>());
    }

    [Fact]
    public void Predictions_are_drawn_with_their_interval()
    {
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]);

        var predicted = Series<ScatterSeries>(model, ScalingPlot.PredictedTitle);
        Assert.Equal([(128.0, 261.0), (256.0, 517.0)], predicted.Points.Select(p => (p.X, p.Y)));
        var interval = Assert.Single(model.Series.OfType<HighLowSeries>(), s => s.LineStyle == LineStyle.Dash);
        Assert.Equal((240.0, 282.0), (interval.Items[0].Low, interval.Items[0].High));
    }

    [Fact]
    public void The_verdict_is_in_the_subtitle_in_the_category_colour()
    {
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]);

        Assert.Equal("osu_allgather", model.Title);
        Assert.StartsWith("scaling-issue · linear · T(N) = 5 + 2·N", model.Subtitle);
        Assert.Contains("confidence high", model.Subtitle);
        Assert.Equal(ShowThemeColor(ScalingCategory.ScalingIssue), model.SubtitleColor);
    }

    [Fact]
    public void A_jump_is_marked_between_the_two_sizes()
    {
        var verdict = Verdicts().Single(v => v.Benchmark == "osu_allreduce");
        var model = ScalingPlot.Build(Campaign(), "osu_allreduce", verdict);

        var line = Assert.IsType<LineAnnotation>(Assert.Single(model.Annotations));
        Assert.Equal(Math.Sqrt(16 * 32), line.X, 9);
        Assert.Contains("step ×1.8", line.Text);
    }

    [Fact]
    public void Outliers_are_flagged_not_hidden()
    {
        var outlier = new Observation(16, 2, 999);
        var verdict = Verdicts()[0] with { Outliers = [outlier] };
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", verdict);

        var flagged = Series<ScatterSeries>(model, ScalingPlot.OutliersTitle);
        Assert.Equal((16.0, 999.0), (flagged.Points[0].X, flagged.Points[0].Y));
    }

    [Fact]
    public void Without_a_verdict_it_shows_the_data_only()
    {
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", verdict: null);

        Assert.Equal("no verdict", model.Subtitle);
        Assert.DoesNotContain(model.Series, s => s.Title is ScalingPlot.ModelTitle or ScalingPlot.PredictedTitle);
        Assert.Contains(model.Series, s => s.Title == ScalingPlot.RepetitionsTitle);
    }

    [Fact]
    public void The_time_axis_turns_logarithmic_only_when_values_span_a_wide_range()
    {
        var wide = ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]); // 13 s … 517 s
        var narrow = ScalingPlot.Build(Campaign(), "osu_latency", Verdicts()[1]); // about 30 s

        Assert.IsAssignableFrom<LogarithmicAxis>(wide.Axes.Single(a => a.Position == AxisPosition.Left));
        Assert.IsType<LinearAxis>(narrow.Axes.Single(a => a.Position == AxisPosition.Left));
        Assert.Equal("Wall time (s), log scale", wide.Axes.Single(a => a.Position == AxisPosition.Left).Title);
        Assert.Equal("Wall time (s)", narrow.Axes.Single(a => a.Position == AxisPosition.Left).Title);
    }

    private static OxyColor ShowThemeColor(ScalingCategory c) => OsuScale.Show.ShowTheme.CategoryColor(c);
}
