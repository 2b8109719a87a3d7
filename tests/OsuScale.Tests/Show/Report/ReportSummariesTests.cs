using OsuScale.Model;
using OsuScale.Show.Report;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Report;

public class ReportSummariesTests
{
    private static ReportSummary Summary(IReadOnlyList<double>? predictAt = null) =>
        ReportSummaries.Build(Campaign(), Verdicts(), predictAt ?? [128, 256], b => "b-" + b);

    [Fact]
    public void Rows_go_by_severity_then_by_predicted_cost()
    {
        var summary = Summary();

        // osu_allgather (scaling issue, 261 s predicted at 128) before osu_allreduce (scaling issue, no prediction), then
        // the possible issue, then the size-independent benchmark.
        Assert.Equal(["osu_allgather", "osu_allreduce", "osu_barrier", "osu_latency"], summary.Rows.Select(r => r.Benchmark));
        Assert.Equal("b-osu_allgather", summary.Rows[0].Anchor);
    }

    [Fact]
    public void The_sentences_say_how_many_grow_which_is_steepest_and_what_the_next_size_costs()
    {
        var summary = Summary();

        Assert.Equal("2 of 4 benchmarks grow with cluster size, 1 more possibly; osu_allgather is the steepest (N^0.9).", summary.Sentences[0]);
        // At 64 nodes one pass is the sum of the four medians; at 128 and 256 only osu_allgather has a prediction.
        Assert.StartsWith("One pass of this campaign (every benchmark once) took ", summary.Sentences[1]);
        Assert.Contains("at 64 nodes; at 128 nodes it would take about 4.4 min, at 256 about 8.6 min.", summary.Sentences[1]);
    }

    [Fact]
    public void The_cost_adds_up_medians_at_measured_sizes_and_predictions_beyond()
    {
        var campaign = Campaign();
        var summary = Summary();

        var at64 = summary.Cost.Single(c => c.Nodes == 64);
        Assert.True(at64.Measured);
        var medians = new[] { "osu_allgather", "osu_latency", "osu_barrier" } // osu_allreduce did not complete at 64 nodes
            .Select(b => campaign.Of(b).Where(e => e.Nodes == 64 && e.IsComplete).Select(e => e.WallSeconds!.Value).Order().ElementAt(1)).Sum();
        Assert.Equal(medians, at64.WallSeconds, 9);
        Assert.Equal(3, at64.Benchmarks);
        Assert.Equal(64 * medians / 3600, at64.NodeHours, 9);
        Assert.Equal("osu_allgather", at64.Dominant[0].Benchmark);

        var at128 = summary.Cost.Single(c => c.Nodes == 128);
        Assert.False(at128.Measured);
        Assert.Equal((261.0, 240.0, 282.0, 1), (at128.WallSeconds, at128.Low, at128.High, at128.Benchmarks));
        Assert.Contains("3 benchmark(s) without a prediction", summary.CostNote);
    }

    [Fact]
    public void A_measured_size_asked_for_is_never_called_predicted()
    {
        var summary = Summary([32, 64, 128]);

        Assert.Equal([128.0], summary.PredictedSizes.ToArray());
        Assert.All(summary.Cost.Where(c => c.Nodes <= 64), c => Assert.True(c.Measured));
        Assert.DoesNotContain("Predicted at 64", string.Join("|", SummaryCells.Header(summary)));
    }

    [Fact]
    public void Without_issues_the_first_sentence_says_so()
    {
        var flat = Verdicts().Where(v => v.Category == ScalingCategory.SizeIndependent).ToList();

        var summary = ReportSummaries.Build(Campaign(), flat, [], b => b);

        Assert.Equal("None of the 1 benchmarks clearly grows with cluster size.", summary.Sentences[0]);
        Assert.Empty(summary.PredictedSizes);
    }
}

public class SummaryCellsTests
{
    [Theory]
    [InlineData(132, 115.5, 150, "2.2 min [1.9, 2.5]")] // issue 10: was "2.2 min [115.5 s, 2.5 min]"
    [InlineData(47_160, 39_240, 56_520, "13.1 h [10.9, 15.7]")]
    [InlineData(33, 28, 40, "33 s [28, 40]")]
    [InlineData(30, -5, 40, "30 s [0, 40]")] // a wall time is never negative
    public void An_interval_has_one_unit_the_unit_of_its_value(double value, double low, double high, string text) =>
        Assert.Equal(text, SummaryCells.DurationInterval(value, low, high));

    [Theory]
    [InlineData(1.78, "1.78")]
    [InlineData(0.0159, "0.02")]
    [InlineData(-0.164, "\u22120.16")]
    [InlineData(-0.0004, "0.00")] // no "−0.00"
    public void Exponents_have_two_decimals_and_a_true_minus(double value, string text) => Assert.Equal(text, SummaryCells.Exponent(value));

    [Theory]
    [InlineData(0.8123, "0.812")]
    [InlineData(915.4, "915")]
    [InlineData(1829.6, "1,830")]
    public void Node_hours_have_three_digits_and_thousands_separators(double hours, string text) =>
        Assert.Equal(text, SummaryCells.NodeHours(hours));

    [Fact]
    public void The_summary_row_has_every_column_of_the_header()
    {
        var summary = ReportSummaries.Build(Campaign(), Verdicts(), [128, 256], b => b);

        var header = SummaryCells.Header(summary);
        Assert.Equal(["Benchmark", "Category", "Growth", "Exponent [95 % CI]", "Measured at 64 nodes", "Predicted at 128 nodes [95 %]", "Predicted at 256 nodes [95 %]", "Confidence"], header);
        var allgather = SummaryCells.Row(summary.Rows[0], summary);
        Assert.Equal(header.Count, allgather.Count);
        Assert.Equal(["osu_allgather", "scaling-issue", "linear", "0.90 [0.80, 1.00]"], allgather.Take(4));
        Assert.Equal(["4.4 min [4, 4.7]", "8.6 min [7.8, 9.3]", "high"], allgather.Skip(5));
        var allreduce = SummaryCells.Row(summary.Rows[1], summary);
        Assert.Equal("–", allreduce[5]);
        Assert.Contains("(at 32)", allreduce[4]); // its largest complete size is 32 nodes
    }
}
