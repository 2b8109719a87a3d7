using OsuScale.Collect.Planning;

namespace OsuScale.Collect.Tests.Planning;

/// <summary>Estimates read leniently from a previous campaign's verdicts.json.</summary>
public sealed class DurationEstimatesTests
{
    private const string Verdicts = """
        [
          { "Benchmark": "osu_allgather", "Series": "wall_seconds",
            "Summary": [ { "Nodes": 4, "Median": 100 }, { "Nodes": 16, "Median": 400 } ],
            "Predictions": [ { "Nodes": 16, "Value": 999 }, { "Nodes": 128, "Value": 3200 } ] },
          { "benchmark": "osu_allgather", "series": "latency@1048576", "predictions": [ { "nodes": 4, "value": 1 } ] },
          { "benchmark": "osu_latency", "predictions": [ { "nodes": 4, "value": "30" }, { "nodes": 64, "value": 30 } ] },
          { "benchmark": "osu_broken" },
          "not an object"
        ]
        """;

    private readonly DurationEstimates _estimates = DurationEstimates.Parse(Verdicts);

    [Fact]
    public void A_measured_median_wins_over_a_prediction_at_the_same_size() =>
        Assert.Equal(TimeSpan.FromSeconds(400), _estimates.Of("osu_allgather", 16));

    [Fact]
    public void Between_known_sizes_the_time_is_interpolated_on_log_log_axes() =>
        // 100 s at 4 and 400 s at 16 nodes lie on T = 6.25 N: 200 s at 8.
        Assert.Equal(200, _estimates.Of("osu_allgather", 8)!.Value.TotalSeconds, 6);

    [Fact]
    public void Outside_the_known_sizes_nothing_is_claimed()
    {
        Assert.Null(_estimates.Of("osu_allgather", 2));
        Assert.Null(_estimates.Of("osu_allgather", 256));
        Assert.Null(_estimates.Of("osu_unknown", 8));
    }

    [Fact]
    public void Series_other_than_wall_time_and_unusable_entries_are_skipped_and_counted()
    {
        Assert.Equal(["osu_allgather", "osu_latency"], _estimates.Benchmarks);
        Assert.Equal(3, _estimates.Skipped);
    }

    [Fact]
    public void A_step_sums_its_benchmarks_and_says_how_many_were_known()
    {
        var step = _estimates.ForStep(16, ["osu_allgather", "osu_latency", "osu_bw"]);

        Assert.Equal(TimeSpan.FromSeconds(430), step.Duration);
        Assert.Equal((2, 3, false), (step.Known, step.Total, step.Complete));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("42")]
    public void Anything_but_an_array_is_refused(string json) =>
        Assert.Throws<FormatException>(() => DurationEstimates.Parse(json));

    [Fact]
    public void A_missing_file_names_the_path()
    {
        var error = Assert.Throws<FormatException>(() => DurationEstimates.Load("/nonexistent/analysis"));

        Assert.StartsWith("/nonexistent/analysis", error.Message);
    }
}
