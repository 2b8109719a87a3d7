using MathNet.Numerics.Distributions;
using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>The statistics of one benchmark's scaling change before the false-discovery correction over benchmarks.</summary>
internal readonly record struct ChangeStatistic(Estimate Difference, Estimate Level, double GrowthPValue, double LevelPValue);

/// <summary>
/// Tells a change of level from a change of growth for one benchmark's wall time.
/// <list type="bullet">
/// <item><b>Growth</b>: the exponents' difference, its interval combined from the two independent intervals by MOVER
/// (Zou and Donner, 2008: each side's half-width recovered from its own interval), tested against the smallest
/// difference that matters — an exponent change δₑ = ln(1 + t)/ln(N_max/N_min) changes the ratio across the measured
/// range by the threshold t.</item>
/// <item><b>Level</b>: the mean of the per-size log ratios of medians (the geometric mean ratio), its standard error
/// from the per-size ones (sizes are independent runs), tested against ln(1 + t).</item>
/// </list>
/// Both are minimum-effect tests in two directions (the smaller one-sided p-value doubled).
/// </summary>
internal static class ChangeStatistics
{
    public static ChangeStatistic Compare(ExponentEstimate baseline, ExponentEstimate candidate, IReadOnlyList<CellStatistic> wallCells,
        IReadOnlyList<double> nodes, ComparisonOptions options)
    {
        var z = Normal.InvCDF(0, 1, (1 + options.Level) / 2);
        var delta = Math.Log(1 + options.Threshold);

        var difference = candidate.Value - baseline.Value;
        var below = Math.Sqrt(Square(candidate.Value - candidate.Low) + Square(baseline.High - baseline.Value));
        var above = Math.Sqrt(Square(candidate.High - candidate.Value) + Square(baseline.Value - baseline.Low));
        var differenceEstimate = new Estimate(difference, difference - below, difference + above, options.Level);
        var growthP = 1.0;
        if (nodes.Count >= 2 && double.IsFinite(below) && double.IsFinite(above))
        {
            var deltaExponent = delta / Math.Log(nodes[^1] / nodes[0]);
            growthP = TwoDirections(difference, deltaExponent, below / z, above / z);
        }

        var k = wallCells.Count;
        var mean = wallCells.Average(c => c.LogRatio);
        var se = Math.Sqrt(wallCells.Sum(c => Square(c.LogStandardError))) / k;
        var level = new Estimate(Math.Exp(mean), Math.Exp(mean - z * se), Math.Exp(mean + z * se), options.Level);
        var levelP = TwoDirections(mean, delta, se, se);
        return new ChangeStatistic(differenceEstimate, level, growthP, levelP);
    }

    /// <summary>
    /// The p-value of |effect| > margin: one-sided normal tests of effect > margin (standard error on the low side) and
    /// effect &lt; −margin (high side), the smaller doubled.
    /// </summary>
    internal static double TwoDirections(double effect, double margin, double seLow, double seHigh)
    {
        double Upper(double statistic, double se) => se > 0 ? 1 - Normal.CDF(0, 1, statistic / se) : statistic > 0 ? 0 : 1;
        var up = Upper(effect - margin, seLow);
        var down = Upper(-effect - margin, seHigh);
        return Math.Min(1, 2 * Math.Min(up, down));
    }

    private static double Square(double x) => x * x;
}
