using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Model;

/// <summary>Acceptance on the real campaign data/kubecon-run1 (single run per size, 4 to 64 nodes).</summary>
public class KubeconRun1VerdictTests
{
    private static readonly Lazy<CampaignAnalysis> Analysis = new(() =>
        new ScalingAnalyser().Analyse(CampaignReader.Read([RepoData.KubeconRun1]), AnalysisOptions.Default with { PredictAt = [128, 256] }));

    public static TheoryData<string> PairBenchmarks => new()
    {
        "osu_acc_latency", "osu_bibw", "osu_bw", "osu_cas_latency", "osu_fop_latency", "osu_get_bw", "osu_get_latency",
        "osu_latency", "osu_latency_mp", "osu_latency_mt", "osu_put_bibw", "osu_put_bw", "osu_put_latency",
    };

    public static TheoryData<string> Growing => new()
    {
        "osu_allgather", "osu_allreduce", "osu_barrier", "osu_hello", "osu_ibarrier", "osu_init", "osu_mbw_mr", "osu_multi_lat",
    };

    [Theory]
    [MemberData(nameof(PairBenchmarks))]
    public void Pair_benchmarks_are_size_independent(string benchmark)
    {
        var verdict = Analysis.Value.Verdict(benchmark)!;

        Assert.Equal(ScalingCategory.SizeIndependent, verdict.Category);
        Assert.Equal(Growth.Flat, verdict.Growth);
        Assert.Equal(5, verdict.Points);
    }

    [Theory]
    [MemberData(nameof(Growing))]
    public void All_rank_benchmarks_that_grow_are_scaling_issues(string benchmark)
    {
        var verdict = Analysis.Value.Verdict(benchmark)!;

        Assert.Equal(ScalingCategory.ScalingIssue, verdict.Category);
        Assert.True(verdict.Exponent.Low > 0, verdict.Reason);
    }

    [Fact]
    public void Allreduce_has_two_sizes_and_says_its_confidence_is_low()
    {
        var analysis = Analysis.Value;
        var verdict = analysis.Verdict("osu_allreduce")!;

        Assert.Equal(2, verdict.Points);
        Assert.Equal(Confidence.Low, verdict.Confidence);
        Assert.Contains("Only 2 sizes (4 and 8 nodes)", verdict.Reason);
        Assert.Contains(analysis.Excluded, e => e.Benchmark == "osu_allreduce" && e.Nodes == 64);
    }

    [Fact]
    public void Get_acc_latency_states_its_evidence()
    {
        var verdict = Analysis.Value.Verdict("osu_get_acc_latency")!;

        // The sentence carries the change, the range, the exponent interval and the noise it was compared with.
        Assert.Matches(@"×\d.* from 4 to 64 nodes \(exponent -?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\].*\d% noise", verdict.Reason);
    }

    [Fact]
    public void Noise_comes_from_the_fourteen_pair_benchmarks()
    {
        var noise = Analysis.Value.Noise;

        Assert.Equal(NoiseSource.PairBenchmarks, noise.Source);
        Assert.Equal(14, noise.Samples);
        Assert.InRange(noise.Relative, 0.05, 0.15);
    }

    [Fact]
    public void Every_verdict_predicts_128_and_256_nodes_with_an_interval()
    {
        foreach (var verdict in Analysis.Value.Verdicts)
        {
            Assert.Equal(2, verdict.Predictions.Length);
            Assert.All(verdict.Predictions, p => Assert.True(p.Low <= p.Value && p.Value <= p.High && p.High < double.PositiveInfinity, verdict.Benchmark));
        }
    }

    [Fact]
    public void Message_size_series_are_verdicts_of_their_own()
    {
        var allgather = Analysis.Value.SeriesOf("osu_allgather").ToList();

        Assert.Equal(21, allgather.Count);
        Assert.Equal("latency@1", allgather[0].Series);
        Assert.Contains(Analysis.Value.SeriesOf("osu_bw"), v => v.Series == "inverse_bandwidth@4194304" && v.Inverted && v.Unit == "s/MB");
    }
}
