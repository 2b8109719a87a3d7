using OsuScale.Campaigns;
using OsuScale.Model;
using static OsuScale.Tests.Model.CampaignBuilder;

namespace OsuScale.Tests.Model;

/// <summary>ScalingAnalyser turns campaigns into verdicts from data and noise alone.</summary>
public class ScalingAnalyserTests
{
    private static readonly int[] Sizes = [4, 8, 16, 32, 64];

    /// <summary>Four flat pair benchmarks with ±5 % scatter (made up) to estimate noise from.</summary>
    private static IEnumerable<Execution> PairNoise() =>
        new[] { "osu_latency", "osu_bw", "osu_get_latency", "osu_put_bw" }.SelectMany((name, b) =>
            Sizes.Select((n, k) => Run(name, n, 10 * ((k + b) % 2 == 0 ? 1.05 : 0.95))));

    [Fact]
    public void Noise_without_repetitions_comes_from_pair_benchmarks()
    {
        var analysis = new ScalingAnalyser().Analyse(Of(PairNoise()));

        Assert.Equal(NoiseSource.PairBenchmarks, analysis.Noise.Source);
        Assert.InRange(analysis.Noise.Relative, 0.04, 0.06);
        Assert.All(analysis.Verdicts, v => Assert.Equal(ScalingCategory.SizeIndependent, v.Category));
        Assert.All(analysis.Verdicts, v => Assert.Equal(Growth.Flat, v.Growth));
    }

    [Fact]
    public void Verdicts_depend_on_data_not_on_names()
    {
        // The same growing data under two all-rank names, and flat data under a third.
        var campaign = Of(PairNoise()
            .Concat(Sizes.Select(n => Run("osu_alltoall", n, 2.0 * n)))
            .Concat(Sizes.Select(n => Run("osu_scatter", n, 2.0 * n)))
            .Concat(Sizes.Select(n => Run("osu_allgather", n, 30))));

        var analysis = new ScalingAnalyser().Analyse(campaign);

        Assert.Equal(ScalingCategory.ScalingIssue, analysis.Verdict("osu_alltoall")!.Category);
        Assert.Equal(analysis.Verdict("osu_alltoall")! with { Benchmark = "" }, analysis.Verdict("osu_scatter")! with { Benchmark = "" }, new VerdictComparer());
        Assert.Equal(ScalingCategory.SizeIndependent, analysis.Verdict("osu_allgather")!.Category);
        Assert.Equal(Growth.Linear, analysis.Verdict("osu_alltoall")!.Growth);
    }

    [Fact]
    public void Incomplete_executions_are_excluded_and_listed()
    {
        var campaign = Of(PairNoise().Append(Run("osu_allreduce", 4, 100)).Append(Run("osu_allreduce", 8, 400)).Append(Run("osu_allreduce", 16, 0, status: ExecutionStatus.Incomplete)));

        var analysis = new ScalingAnalyser().Analyse(campaign);

        var excluded = Assert.Single(analysis.Excluded);
        Assert.Equal(("osu_allreduce", 16, ExecutionStatus.Incomplete), (excluded.Benchmark, excluded.Nodes!.Value, excluded.Status));
        var verdict = analysis.Verdict("osu_allreduce")!;
        Assert.Equal(2, verdict.Points);
        Assert.Equal(Confidence.Low, verdict.Confidence);
        Assert.Equal(ScalingCategory.ScalingIssue, verdict.Category);
    }

    [Fact]
    public void Predictions_come_at_the_requested_sizes()
    {
        var campaign = Of(PairNoise().Concat(Sizes.Select(n => Run("osu_alltoall", n, 2.0 * n))));

        var verdict = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] }).Verdict("osu_alltoall")!;

        Assert.Equal([128.0, 256.0], verdict.Predictions.Select(p => p.Nodes));
        Assert.All(verdict.Predictions, p => Assert.True(p.Extrapolated));
        Assert.Equal(512, verdict.Predictions[1].Value, 0);
        Assert.All(verdict.Predictions, p => Assert.InRange(p.Value, p.Low, p.High));
    }

    [Fact]
    public void Thresholds_are_overridable()
    {
        // ×1.5 over the range: a scaling issue at the default 3σ band, within a 20σ band.
        var campaign = Of(PairNoise().Concat(Sizes.Select(n => Run("osu_alltoall", n, 10 * Math.Pow(n / 4.0, Math.Log(1.5) / Math.Log(16))))));
        var analyser = new ScalingAnalyser();

        var strict = analyser.Analyse(campaign).Verdict("osu_alltoall")!;
        var lenient = analyser.Analyse(campaign, AnalysisOptions.Default with { Thresholds = Thresholds.Default with { ClearChangeOverNoise = 20 } }).Verdict("osu_alltoall")!;

        Assert.Equal(ScalingCategory.ScalingIssue, strict.Category);
        Assert.Equal(ScalingCategory.PossibleIssue, lenient.Category);
        Assert.Equal(VerdictBasis.WeakTrend, lenient.Facts!.Basis);
    }

    [Fact]
    public void A_series_own_repetition_noise_is_moderated_towards_the_campaign()
    {
        // Two runs per size, ×e^±0.1 for four pair benchmarks and ×e^±0.01 for osu_alltoall (made up). Per size, two
        // runs ±d give a variance of 2d² over 1 degree of freedom. Campaign (pooled, 25 df): (20·0.02 + 5·0.0002)/25;
        // osu_alltoall's own: 0.0002 over 5 df; moderated with 10 prior df: (10·campaign + 5·0.0002)/15.
        static IEnumerable<Execution> Twice(string name, double d) =>
            Sizes.SelectMany(n => new[] { Run(name, n, 10 * Math.Exp(d), 1), Run(name, n, 10 * Math.Exp(-d), 2) });
        var campaign = Of(new[] { "osu_latency", "osu_bw", "osu_get_latency", "osu_put_bw" }.SelectMany(b => Twice(b, 0.1)).Concat(Twice("osu_alltoall", 0.01)));

        var analysis = new ScalingAnalyser().Analyse(campaign);

        var pooled = (20 * 0.02 + 5 * 0.0002) / 25;
        Assert.Equal(Math.Sqrt(pooled), analysis.Noise.Relative, 9);
        Assert.Equal(Math.Sqrt((10 * pooled + 5 * 0.0002) / 15), analysis.Verdict("osu_alltoall")!.Noise, 9);
        var unmoderated = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { Thresholds = Thresholds.Default with { NoisePriorDegreesOfFreedom = 0 } });
        Assert.Equal(Math.Sqrt(0.0002), unmoderated.Verdict("osu_alltoall")!.Noise, 9);
    }

    [Fact]
    public void The_same_campaign_always_gets_the_same_verdicts()
    {
        var campaign = OsuScale.Simulation.CampaignSimulator.Simulate(OsuScale.Simulation.SimulationSpec.Example([4, 8, 16, 32], repetitions: 3, noise: 0.1, seed: 9));

        var first = new ScalingAnalyser().Analyse(campaign);
        var second = new ScalingAnalyser().Analyse(campaign);

        Assert.Equal(first.Verdicts.Concat(first.SeriesVerdicts).Select(v => (v.Series, v.Reason, v.Exponent)),
            second.Verdicts.Concat(second.SeriesVerdicts).Select(v => (v.Series, v.Reason, v.Exponent)));
    }

    [Fact]
    public void Invalid_options_name_the_setting()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ScalingAnalyser().Analyse(Campaign.Empty, AnalysisOptions.Default with { Level = 2 }));
        Assert.Contains("Level=2", e.Message);
    }

    private sealed class VerdictComparer : IEqualityComparer<ScalingVerdict>
    {
        public bool Equals(ScalingVerdict? x, ScalingVerdict? y) =>
            x is not null && y is not null && (x.Category, x.Growth, x.Reason, x.Confidence, x.Fit.Model) == (y.Category, y.Growth, y.Reason, y.Confidence, y.Fit.Model);

        public int GetHashCode(ScalingVerdict obj) => obj.Reason.GetHashCode(StringComparison.Ordinal);
    }
}
