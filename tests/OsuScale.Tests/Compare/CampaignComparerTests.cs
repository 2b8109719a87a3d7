using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Compare;
using OsuScale.Ingest;
using OsuScale.Simulation;
using OsuScale.Tests.Model;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Compare;

public class CampaignComparerTests
{
    private static readonly Lazy<OsuScale.Campaigns.Campaign> Kubecon = new(() => CampaignReader.Read([RepoData.KubeconRun1]));

    [Fact]
    public void Kubecon_run1_against_itself_is_the_same_everywhere()
    {
        var comparison = CampaignComparer.Compare(Kubecon.Value, Kubecon.Value);

        Assert.NotEmpty(comparison.Cells);
        Assert.All(comparison.Cells, c => Assert.Equal(CellVerdict.Same, c.Verdict));
        Assert.All(comparison.Cells, c => Assert.Equal(1, c.Ratio.Value));
        Assert.Equal(22, comparison.Changes.Length);
        Assert.All(comparison.Changes, c => Assert.Equal(ChangeKind.None, c.Kind));
        Assert.StartsWith("Noise:", comparison.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulated_campaign_with_repetitions_against_itself_is_the_same_everywhere()
    {
        var campaign = CampaignSimulator.Simulate(SimulationSpec.Example([4, 8, 16, 32], repetitions: 3, noise: 0.1, seed: 5));

        var comparison = CampaignComparer.Compare(campaign, campaign);

        Assert.All(comparison.Cells, c => Assert.Equal(CellVerdict.Same, c.Verdict));
        Assert.All(comparison.Changes, c => Assert.Equal(ChangeKind.None, c.Kind));
    }

    [Fact]
    public void Only_what_both_measured_is_compared_and_the_rest_is_noted()
    {
        var baseline = CampaignBuilder.Of([.. Runs("osu_allreduce", [4, 8, 16]), .. Runs("osu_bcast", [4, 8])]);
        var candidate = CampaignBuilder.Of([.. Runs("osu_allreduce", [4, 8, 32]), .. Runs("osu_barrier", [4, 8])]);

        var comparison = CampaignComparer.Compare(baseline, candidate);

        Assert.Equal([4.0, 8.0], comparison.Cells.Select(c => c.Nodes));
        Assert.Contains("osu_allreduce: 16 nodes measured (complete) by the baseline only, left out", comparison.Notes);
        Assert.Contains("osu_allreduce: 32 nodes measured (complete) by the candidate only, left out", comparison.Notes);
        Assert.Contains("osu_bcast: measured by the baseline only, left out", comparison.Notes);
        Assert.Contains("osu_barrier: measured by the candidate only, left out", comparison.Notes);
    }

    private static IEnumerable<OsuScale.Campaigns.Execution> Runs(string benchmark, int[] sizes) =>
        sizes.Select(n => CampaignBuilder.Run(benchmark, n, 10 * n));

    /// <summary>Campaign A (wall times at 3–5 sizes, 1–12 repetitions) and A·k: the ratio is k and inside its interval.</summary>
    [Property(MaxTest = 60)]
    public Property Comparing_A_with_A_times_k_gives_ratio_k_inside_its_interval() =>
        Prop.ForAll(
            (from sizes in Gen.Choose(3, 5)
             from repetitions in Gen.Choose(1, 12)
             from values in Gen.ArrayOf(Gen.Choose(1, 1_000_000).Select(v => v / 100.0), sizes * repetitions)
             from k in Gen.Choose(25, 400).Select(v => v / 100.0)
             select (sizes, repetitions, values, k)).ToArbitrary(),
            input =>
            {
                var (sizes, repetitions, values, k) = input;
                var a = CampaignBuilder.Of(Enumerable.Range(0, sizes).SelectMany(s => Enumerable.Range(0, repetitions)
                    .Select(r => CampaignBuilder.Run("osu_allreduce", 4 << s, values[s * repetitions + r], r + 1))));
                var ak = a with { Executions = [.. a.Executions.Select(e => e with { WallSeconds = e.WallSeconds * k })] };

                var comparison = CampaignComparer.Compare(a, ak);

                return comparison.Cells.Length == sizes
                    && comparison.Cells.All(c => Math.Abs(c.Ratio.Value / k - 1) < 1e-9 && c.Ratio.Contains(k * (1 - 1e-12)) && c.Ratio.Contains(k * (1 + 1e-12)))
                    && comparison.Cells.All(c => k > 1 ? c.Verdict != CellVerdict.Faster : k < 1 ? c.Verdict != CellVerdict.Slower : c.Verdict == CellVerdict.Same);
            });

    [Fact]
    public void A_cluster_twice_as_slow_for_every_benchmark_is_called_the_cluster()
    {
        var spec = SimulationSpec.Example([4, 8, 16, 32, 64], repetitions: 1, noise: 0.05, seed: 2);
        var slower = spec with
        {
            Seed = 3,
            Benchmarks = [.. spec.Benchmarks.Select(b => b with { BaseSeconds = 2 * b.BaseSeconds, BaseLatencyMicroseconds = 2 * b.BaseLatencyMicroseconds })],
        };

        var comparison = CampaignComparer.Compare(CampaignSimulator.Simulate(spec), CampaignSimulator.Simulate(slower));

        Assert.All(comparison.Changes, c => Assert.Equal(ChangeKind.ConstantFactor, c.Kind));
        Assert.StartsWith("The cluster: 22 of 22 benchmarks moved together by a constant factor (typically ×2", comparison.Answer, StringComparison.Ordinal);
    }
}
