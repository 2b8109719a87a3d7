using System.Text;
using System.Text.Json;
using OsuScale.Model;
using OsuScale.Show.Exporters;

namespace OsuScale.Tests.Show.Exporters;

/// <summary>The verdict exporters write every column and stay valid JSON with infinite interval bounds.</summary>
public class VerdictsExportersTests
{
    private static ScalingVerdict Verdict(ExponentEstimate exponent) =>
        new("osu_allreduce", "wall_seconds", ScalingCategory.ScalingIssue, Growth.Superlinear,
            new FitResult(new NormalFormModel(0, 6.83, 1, 2), 1, 0, 0, ResidualSpace.Log, 2, double.NaN),
            exponent, 2, 2, 0.091, Confidence.Low, "Only 2 sizes (4 and 8 nodes), but \"quoted\", reason.",
            [new Prediction(128, 42300, 35400, 50600, 0.95, true)], null, [], [new SizeSummary(4, 1, 109.151, 109.151, 109.151)])
        {
            Unit = "s",
            NoiseSource = NoiseSource.PairBenchmarks,
        };

    private static CampaignAnalysis Analysis(ExponentEstimate exponent) => new(
        [Verdict(exponent)], [], new NoiseEstimate(0.091, NoiseSource.PairBenchmarks, 14, "pairs"), new NoiseEstimate(0.1, NoiseSource.PairBenchmarks, 281, "pairs"),
        AnalysisOptions.Default with { PredictAt = [128] }, [], []);

    [Fact]
    public void Csv_has_one_row_per_verdict_with_quoted_reason_and_prediction_columns()
    {
        var writer = new StringWriter();
        new VerdictsCsvExporter().Export(Analysis(new ExponentEstimate(2.17, 1.81, 2.54, 0.95, "noise estimate (two sizes)")), writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(
            "osu_allreduce,wall_seconds,scaling-issue,superlinear,6.83·N·log2(N)^2,2.17,1.81,2.54,2,2,0.091,pair-benchmarks,low," +
            "\"Only 2 sizes (4 and 8 nodes), but \"\"quoted\"\", reason.\",s,1,0,,,,,0,42300,35400,50600", lines[1]);
    }

    [Fact]
    public void Json_uses_kebab_case_names_and_survives_infinite_bounds()
    {
        using var stream = new MemoryStream();
        new VerdictsJsonExporter().Export(Analysis(new ExponentEstimate(0.2, double.NegativeInfinity, double.PositiveInfinity, 0.95, "undetermined")), stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var verdict = json.RootElement.GetProperty("verdicts")[0];
        Assert.Equal("scaling-issue", verdict.GetProperty("category").GetString());
        Assert.Equal("pair-benchmarks", verdict.GetProperty("noiseSource").GetString());
        Assert.Equal("-Infinity", verdict.GetProperty("exponent").GetProperty("low").GetString());
        Assert.Equal("normal-form", verdict.GetProperty("model").GetProperty("kind").GetString());
        Assert.Equal(2, verdict.GetProperty("model").GetProperty("j").GetInt32());
        Assert.Contains("·", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Enum_names_are_kebab_case()
    {
        Assert.Equal(["size-independent", "possible-issue", "scaling-issue"],
            Enum.GetValues<ScalingCategory>().Select(c => c.ToName()).ToArray());
        Assert.Equal("few-points-clear-trend", VerdictBasis.FewPointsClearTrend.ToName());
    }
}
