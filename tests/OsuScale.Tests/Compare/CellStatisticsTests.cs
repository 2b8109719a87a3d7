using OsuScale.Compare;

namespace OsuScale.Tests.Compare;

public class CellStatisticsTests
{
    private static readonly ComparisonOptions Options = ComparisonOptions.Default;

    [Theory]
    // Mann and Whitney (1947), Table I, n = m = 4: P(U ≤ 0) = 1/70, P(U ≤ 1) = 2/70, P(U ≤ 2) = 4/70; doubled for two directions.
    [InlineData(new double[] { 1, 2, 3, 4 }, new double[] { 5, 6, 7, 8 }, 2.0 / 70)]
    [InlineData(new double[] { 1, 2, 3, 5 }, new double[] { 4, 6, 7, 8 }, 4.0 / 70)]
    [InlineData(new double[] { 1, 2, 4, 5 }, new double[] { 3, 6, 7, 8 }, 8.0 / 70)]
    [InlineData(new double[] { 5, 6, 7, 8 }, new double[] { 1, 2, 3, 4 }, 2.0 / 70)]
    public void The_rank_test_matches_the_exact_table(double[] baseline, double[] candidate, double expected)
    {
        var p = CellStatistics.RankPValue(baseline, candidate, threshold: 0);

        Assert.Equal(expected, p, 10);
    }

    [Fact]
    public void The_rank_test_is_shifted_by_the_threshold()
    {
        double[] baseline = [100, 101, 102, 103];
        double[] candidate = [106, 107, 108, 109];

        // 5 % slower: significant without a threshold, but nowhere near 10 % slower.
        Assert.Equal(2.0 / 70, CellStatistics.RankPValue(baseline, candidate, threshold: 0), 10);
        Assert.Equal(1.0, CellStatistics.RankPValue(baseline, candidate, threshold: 0.10), 10);
        // 20 % slower clears the 10 % threshold.
        Assert.Equal(2.0 / 70, CellStatistics.RankPValue(baseline, [120, 121, 122, 123], threshold: 0.10), 10);
    }

    [Fact]
    public void Single_runs_are_decided_by_the_noise()
    {
        // Hand computation: d = ln 1.5, se = √(0.1² + 0.1² + rounding²) with integers printed (step 1/√12 relative to
        // 100 and 150) = 0.141464; z = (d − ln 1.1)/se = 2.19247; p = 2·(1 − Φ(z)) = 0.028346;
        // interval exp(d ± 1.96·se) = [1.1368, 1.9793].
        var s = CellStatistics.Compare([100], [150], 0.1, 0.1, cells: 1, Options, seed: 1);

        Assert.Equal(CellTest.Noise, s.Test);
        Assert.Equal(1.5, s.Ratio.Value, 12);
        Assert.Equal(0.028346, s.PValue, 5);
        Assert.Equal(1.13678, s.Ratio.Low, 4);
        Assert.Equal(1.97927, s.Ratio.High, 4);
        Assert.Contains("single run", s.Method, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 10, 2000, true)]    // 2/C(20,10) = 1.1e-5 ≤ 0.05/2000
    [InlineData(9, 9, 2000, false)]     // 2/C(18,9) = 4.1e-5
    [InlineData(4, 4, 1, true)]         // 2/70 ≤ 0.05
    [InlineData(3, 3, 1, false)]        // 2/20
    [InlineData(1, 20, 1, false)]
    public void The_rank_test_is_used_only_when_it_can_reach_the_corrected_level(int n1, int n2, int cells, bool expected)
    {
        Assert.Equal(expected, CellStatistics.RankTestCanDecide(n1, n2, cells, 0.05));
    }

    [Fact]
    public void Many_repetitions_use_the_rank_test_and_a_bootstrap_interval_at_least_as_wide_as_the_noise()
    {
        var random = new Random(3);
        double[] baseline = [.. Enumerable.Range(0, 20).Select(_ => 100 * Math.Exp(0.05 * (random.NextDouble() - 0.5)))];
        double[] candidate = [.. baseline.Select(v => v * 1.5)];

        var s = CellStatistics.Compare(baseline, candidate, 0.05, 0.05, cells: 100, Options, seed: 7);

        Assert.Equal(CellTest.MannWhitney, s.Test);
        Assert.Equal(1.5, s.Ratio.Value, 9);
        Assert.True(s.PValue < 1e-6, $"p = {s.PValue}");
        var noiseHalfWidth = 1.959964 * Math.Sqrt(2) * 0.05 * Math.Sqrt(Math.PI / 2) / Math.Sqrt(20);
        Assert.True(Math.Log(s.Ratio.High / 1.5) >= noiseHalfWidth - 1e-9 && Math.Log(1.5 / s.Ratio.Low) >= noiseHalfWidth - 1e-9, s.Ratio.ToString());
    }

    [Fact]
    public void Printed_rounding_is_no_evidence()
    {
        // 0.02 against 0.03 MB/s, printed with two decimals: anything from 0.025 to 0.035 can print as 0.03.
        double[] baseline = [.. Enumerable.Repeat(1 / 0.02, 20)];
        double[] candidate = [.. Enumerable.Repeat(1 / 0.03, 20)];

        var s = CellStatistics.Compare(baseline, candidate, 0.05, 0.05, cells: 1, Options, seed: 1, inverted: true);

        Assert.True(s.PValue > 0.05, $"p = {s.PValue}");
    }
}
