using System.Collections.Immutable;
using OsuScale.Compare;
using OsuScale.Simulation;

namespace OsuScale.Tests.Compare;

/// <summary>
/// Simulated pairs with known truth (fixed seeds). The baseline is the example campaign's 22 benchmarks at 4–64 nodes
/// with 5 % noise; the candidate is the same campaign simulated with another seed, except that osu_bw is twice as slow
/// at every size (a constant factor: wall time and latency doubled) and osu_ibarrier grows as N² instead of N·log N (a
/// change of growth: the same time at 4 nodes, ×5.3 at 64). The other 20 benchmarks differ by noise only.
/// 1, 3 and 20 repetitions per size; 20 seeds each (10 with 20 repetitions, which cost ten times more).
/// </summary>
public class ComparisonSimulationTests(ITestOutputHelper output)
{
    public const string ConstantFactor = "osu_bw";
    public const string GrowthChange = "osu_ibarrier";
    public const double Noise = 0.05;
    private static readonly ImmutableArray<int> Sizes = [4, 8, 16, 32, 64];

    public static (SimulationSpec Baseline, SimulationSpec Candidate) Pair(int repetitions, double noise, int seed)
    {
        var baseline = SimulationSpec.Example(Sizes, repetitions, noise, seed);
        var candidate = baseline with
        {
            Seed = seed + 10_000,
            Benchmarks = [.. baseline.Benchmarks.Select(b => b.Name switch
            {
                ConstantFactor => b with { BaseSeconds = 2 * b.BaseSeconds, BaseLatencyMicroseconds = 2 * b.BaseLatencyMicroseconds },
                GrowthChange => b with { Law = ScalingLaw.Quadratic },
                _ => b,
            })],
        };
        return (baseline, candidate);
    }

    private static readonly Dictionary<int, Lazy<List<CampaignComparison>>> Sweeps = new()
    {
        [1] = new(() => Run(1, 20)),
        [3] = new(() => Run(3, 20)),
        [20] = new(() => Run(20, 10)),
    };

    private static List<CampaignComparison> Run(int repetitions, int seeds) =>
        [.. Enumerable.Range(1, seeds).Select(seed =>
        {
            var (b, c) = Pair(repetitions, Noise, seed);
            return CampaignComparer.Compare(CampaignSimulator.Simulate(b), CampaignSimulator.Simulate(c));
        })];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void The_constant_factor_and_the_change_of_growth_are_found_with_their_kind(int repetitions)
    {
        var sweep = Sweeps[repetitions].Value;

        var wrong = sweep.Select((c, i) => (Seed: i + 1, Factor: c.Change(ConstantFactor)!, Growth: c.Change(GrowthChange)!))
            .Where(x => x.Factor.Kind != ChangeKind.ConstantFactor || x.Growth.Kind != ChangeKind.Growth)
            .ToList();

        output.WriteLine($"{repetitions} repetition(s): both kinds right in {sweep.Count - wrong.Count} of {sweep.Count} seeds; " +
            $"constant factor found ×{sweep.Min(c => c.Change(ConstantFactor)!.Level.Value):0.00}–×{sweep.Max(c => c.Change(ConstantFactor)!.Level.Value):0.00}, " +
            $"exponent difference {sweep.Min(c => c.Change(GrowthChange)!.Difference.Value):0.00}–{sweep.Max(c => c.Change(GrowthChange)!.Difference.Value):0.00}");
        Assert.True(wrong.Count <= 0.05 * sweep.Count, $"{wrong.Count} of {sweep.Count} seeds wrong: " +
            string.Join("; ", wrong.Select(w => $"seed {w.Seed}: {w.Factor.Sentence} / {w.Growth.Sentence}")));
        foreach (var c in sweep)
        {
            var level = c.Change(ConstantFactor)!.Level;
            Assert.True(level.Contains(2) || Math.Abs(Math.Log(level.Value / 2)) < 0.1, $"constant factor {level}, truth ×2");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void Noise_only_benchmarks_get_no_faster_or_slower_cell_and_no_change_in_at_least_95_percent_of_seeds(int repetitions)
    {
        var sweep = Sweeps[repetitions].Value;

        var noisy = sweep.Select((c, i) => (Seed: i + 1,
                Cells: c.Cells.Where(x => x.Benchmark is not (ConstantFactor or GrowthChange) && x.Verdict is CellVerdict.Faster or CellVerdict.Slower).ToList(),
                Changes: c.Changes.Where(x => x.Benchmark is not (ConstantFactor or GrowthChange) && x.Kind != ChangeKind.None).ToList()))
            .Where(x => x.Cells.Count > 0 || x.Changes.Count > 0)
            .ToList();

        var cells = sweep.Sum(c => c.Cells.Count(x => x.Benchmark is not (ConstantFactor or GrowthChange)));
        output.WriteLine($"{repetitions} repetition(s): {sweep.Count - noisy.Count} of {sweep.Count} seeds without a false finding; " +
            $"{noisy.Sum(n => n.Cells.Count)} false faster/slower cells of {cells} noise-only cells, {noisy.Sum(n => n.Changes.Count)} false changes; " +
            $"insufficient-data {sweep.Sum(c => c.Count(CellVerdict.InsufficientData))} cells");
        Assert.True(noisy.Count <= 0.05 * sweep.Count, $"{noisy.Count} of {sweep.Count} seeds with a false finding: " +
            string.Join("; ", noisy.Select(n => $"seed {n.Seed}: " + string.Join(", ",
                n.Cells.Select(x => $"{x.Benchmark} {x.Series} at {x.Nodes}: {x.Ratio} q={x.QValue:0.####}").Concat(n.Changes.Select(x => x.Sentence))))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void The_wall_time_of_the_changed_benchmarks_is_called_slower_where_it_changed(int repetitions)
    {
        var sweep = Sweeps[repetitions].Value;

        foreach (var c in sweep)
        {
            Assert.All(c.CellsOf(ConstantFactor).Where(x => x.IsWallTime), x => Assert.Equal(CellVerdict.Slower, x.Verdict));
            // N² against N·log N: ×2.7 at 16 nodes and beyond; at 4 nodes the two laws agree.
            Assert.All(c.CellsOf(GrowthChange).Where(x => x.IsWallTime && x.Nodes >= 16), x => Assert.Equal(CellVerdict.Slower, x.Verdict));
            Assert.NotEqual(CellVerdict.Slower, c.CellsOf(GrowthChange).Single(x => x.IsWallTime && x.Nodes == 4).Verdict);
        }
    }
}
