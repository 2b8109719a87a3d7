using OsuScale.Simulation;

namespace OsuScale.Tests.Simulation;

/// <summary>The laws of the simulator and their true exponents.</summary>
public class ScalingLawTests
{
    private static readonly double[] Sizes = [4, 8, 16, 32, 64];

    [Fact]
    public void Power_laws_have_their_power_as_true_exponent()
    {
        Assert.Equal(0, ScalingLaw.Flat.TrueExponent(Sizes), 12);
        Assert.Equal(1, ScalingLaw.Linear.TrueExponent(Sizes), 12);
        Assert.Equal(2, ScalingLaw.Quadratic.TrueExponent(Sizes), 12);
    }

    [Fact]
    public void Log_laws_have_the_median_pairwise_slope_as_true_exponent()
    {
        // log2 N at 4..64 is 2..6; the pairwise log-log slopes are ln(b/a)/ln(2^(b−a)) for a < b in 2..6.
        // By hand, sorted: 0.263, 0.293, 0.322, 0.333, 0.368 (3→5), 0.396 (2→6), 0.415, 0.441, 0.5, 0.585; the median is
        // the mean of the 5th and 6th: (ln(5/3)/(2 ln 2) + ln(3)/(4 ln 2)) / 2 = 0.3824.
        var expected = (Math.Log(5.0 / 3) / (2 * Math.Log(2)) + Math.Log(3) / (4 * Math.Log(2))) / 2;
        Assert.Equal(expected, ScalingLaw.Logarithmic.TrueExponent(Sizes), 9);
        Assert.Equal(1 + expected, ScalingLaw.NLogN.TrueExponent(Sizes), 9);
    }

    [Fact]
    public void A_step_is_flat_then_higher()
    {
        var step = ScalingLaw.Step(32, 3);

        Assert.Equal([1.0, 1, 1, 3, 3], Sizes.Select(n => step.Factor(n, 4)));
    }
}
