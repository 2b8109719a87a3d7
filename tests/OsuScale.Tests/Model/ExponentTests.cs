using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Fit.Exponent: the Theil–Sen log-log slope and its interval.</summary>
public class ExponentTests
{
    private static readonly double[] Sizes = [4, 8, 16, 32, 64];

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.5)]
    [InlineData(3.0)]
    public void A_pure_power_law_has_its_power_as_exponent(double power)
    {
        // T = 3·N^power: every pairwise log-log slope equals the power.
        var exponent = Fit.Exponent([.. Sizes.Select(n => new Observation(n, 1, 3 * Math.Pow(n, power)))]);

        Assert.Equal(power, exponent.Value, 9);
    }

    [Fact]
    public void One_wild_size_does_not_move_the_slope()
    {
        // T = N with the largest size 10 times too high: 6 of the 10 pairwise slopes are still exactly 1.
        var exponent = Fit.Exponent([.. Sizes.Select(n => new Observation(n, 1, n == 64 ? 640 : n))]);

        Assert.Equal(1, exponent.Value, 9);
    }

    [Fact]
    public void Single_runs_get_a_t_interval_from_the_residual_spread()
    {
        // kubecon-run1 osu_hello wall times (times.log).
        double[] hello = [0.774, 1.301, 2.344, 4.636, 10.483];
        var exponent = Fit.Exponent([.. Sizes.Select((n, k) => new Observation(n, 1, hello[k]))]);

        Assert.Equal("residual spread (t, 3 df)", exponent.Method);
        Assert.InRange(exponent.Value, exponent.Low, exponent.High);
        Assert.InRange(exponent.Value, 0.85, 1.0);
    }

    [Fact]
    public void A_noise_estimate_widens_an_interval_narrower_than_it()
    {
        var observations = Sizes.Select(n => new Observation(n, 1, n)).ToArray();

        var exact = Fit.Exponent(observations);
        var noisy = Fit.Exponent(observations, new FitOptions(Noise: 0.1));

        Assert.Equal(exact.Low, exact.High, 9);
        Assert.StartsWith("noise estimate", noisy.Method);
        // 0.1 / sqrt(Σ(ln N − mean)²) = 0.1 / (ln 2 · √10) = 0.0456, times 1.96.
        Assert.Equal(1.96 * 0.1 / (Math.Log(2) * Math.Sqrt(10)), noisy.High - 1, 3);
    }

    [Fact]
    public void Repetitions_are_bootstrapped_reproducibly()
    {
        var random = new Random(7);
        var observations = Sizes.SelectMany(n => Enumerable.Range(1, 5).Select(i => new Observation(n, i, n * Math.Exp(0.1 * (random.NextDouble() - 0.5))))).ToArray();

        var first = Fit.Exponent(observations);
        var again = Fit.Exponent(observations);
        var otherSeed = Fit.Exponent(observations, FitOptions.Default with { Seed = 99 });

        Assert.StartsWith("bootstrap over repetitions", first.Method);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Low, otherSeed.Low);
        Assert.InRange(1.0, first.Low, first.High);
    }

    [Fact]
    public void Two_sizes_without_noise_have_an_unbounded_interval()
    {
        var exponent = Fit.Exponent([new(4, 1, 1), new(8, 1, 2)]);

        Assert.Equal(1, exponent.Value, 9);
        Assert.True(double.IsNegativeInfinity(exponent.Low) && double.IsPositiveInfinity(exponent.High));
    }
}
