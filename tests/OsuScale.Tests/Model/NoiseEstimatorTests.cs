using OsuScale.Model;

namespace OsuScale.Tests.Model;

/// <summary>Noise comes from repetitions, else from series that cannot depend on size.</summary>
public class NoiseEstimatorTests
{
    [Fact]
    public void Repetitions_give_the_pooled_spread_of_log_values()
    {
        // log values ±0.1 around their mean at two sizes: each size has Σd² = 0.02 over 1 degree of freedom; pooled
        // variance (0.02 + 0.02) / 2 = 0.02 → σ = √0.02 = 0.1414 (by hand).
        var noise = NoiseEstimator.FromRepetitions(
            [[new(4, 1, Math.Exp(0.1)), new(4, 2, Math.Exp(-0.1)), new(8, 1, 2 * Math.Exp(0.1)), new(8, 2, 2 * Math.Exp(-0.1))]]);

        Assert.NotNull(noise);
        Assert.Equal(Math.Sqrt(0.02), noise.Relative, 9);
        Assert.Equal(NoiseSource.Repetitions, noise.Source);
        Assert.Equal(2, noise.Samples);
    }

    [Fact]
    public void Single_runs_give_no_repetition_noise()
    {
        Assert.Null(NoiseEstimator.FromRepetitions([[new(4, 1, 1), new(8, 1, 2)]]));
    }

    [Fact]
    public void Size_independent_series_give_the_median_of_their_spreads()
    {
        // Spreads: 0.1 (logs +0.1, −0.1, 0), 0.2 (±0.2, 0) and 0.4: the median is 0.2.
        static IReadOnlyList<Observation> Series(double s) => [new(4, 1, Math.Exp(s)), new(8, 1, Math.Exp(-s)), new(16, 1, 1)];
        var noise = NoiseEstimator.FromSizeIndependent([Series(0.1), Series(0.2), Series(0.4)], "test series");

        Assert.NotNull(noise);
        Assert.Equal(0.2, noise.Relative, 9);
        Assert.Equal(NoiseSource.PairBenchmarks, noise.Source);
        Assert.Contains("3 series", noise.Description);
    }
}
