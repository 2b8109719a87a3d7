using System.Globalization;
using MathNet.Numerics.Distributions;
using OsuScale.Model;
using OsuScale.Model.Fitting;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Pragmastat;
using Perfolizer.Metrology;

namespace OsuScale.Compare;

/// <summary>The statistics of one cell before the false-discovery correction: ratio, interval, p-value and the test used.</summary>
/// <param name="LogRatio">ln(median candidate / median baseline).</param>
/// <param name="Ratio">The ratio of medians with its interval (noise and printed resolution).</param>
/// <param name="Statistical">The same interval without the printed resolution: what more repetitions would narrow.</param>
/// <param name="PValue">The minimum-effect p-value, before the correction over cells.</param>
/// <param name="LogStandardError">The standard error of <paramref name="LogRatio"/> (half the interval's log width over the normal quantile).</param>
/// <param name="Test">The test used.</param>
/// <param name="Method">The test and interval, in words.</param>
internal readonly record struct CellStatistic(double LogRatio, Estimate Ratio, Estimate Statistical, double PValue, double LogStandardError, CellTest Test, string Method);

/// <summary>
/// Compares the repetitions of two campaigns at one size. The question is "is the candidate more than the threshold
/// slower (or faster)?", a minimum-effect test: the null hypothesis is |ln ratio| ≤ ln(1 + t), tested in each
/// direction and the smaller p-value doubled.
/// <list type="bullet">
/// <item>With enough repetitions on both sides for the rank test to reach the level after correcting for every cell
/// (its smallest attainable p-value, 2/C(n₁+n₂, n₁), at most α/m): Mann–Whitney U (Perfolizer) of the candidate
/// against the baseline scaled by 1 + t, and of the baseline against the candidate scaled by 1 + t; the interval is a
/// percentile bootstrap of the ratio of medians, never narrower than the noise-based one.</item>
/// <item>Otherwise (a single run on one side, or so few repetitions that no rank test could be significant after the
/// correction): a normal test of ln(median ratio) with the standard error from the run-to-run noise each campaign's
/// analysis estimated for the series, σ·f(n) per side (f: the noise of a median of n runs relative to one run).</item>
/// </list>
/// </summary>
internal static class CellStatistics
{
    public static CellStatistic Compare(double[] baseline, double[] candidate, double baselineNoise, double candidateNoise,
        int cells, ComparisonOptions options, ulong seed, bool inverted = false)
    {
        var nb = baseline.Length;
        var nc = candidate.Length;
        var mb = Stats.Median(baseline);
        var mc = Stats.Median(candidate);
        var d = Math.Log(mc / mb);
        var delta = Math.Log(1 + options.Threshold);
        var z = Normal.InvCDF(0, 1, (1 + options.Level) / 2);
        var rounding = Rounding(baseline, candidate, mb, mc, inverted);
        var noise = Math.Sqrt(Square(baselineNoise * SeriesPoints.MedianNoiseFactor(nb)) + Square(candidateNoise * SeriesPoints.MedianNoiseFactor(nc)));
        var roundingNote = rounding > noise
            ? string.Create(CultureInfo.InvariantCulture, $"; the printed resolution widens the interval more than the noise does")
            : "";

        if (RankTestCanDecide(nb, nc, cells, options.FalseDiscoveryRate))
        {
            // A difference the printed resolution can explain is no difference, however many repetitions agree on it.
            var p = Math.Max(RankPValue(baseline, candidate, options.Threshold), ChangeStatistics.TwoDirections(d, delta, rounding, rounding));
            var (low, high) = Bootstrap(baseline, candidate, options, seed);
            var below = Math.Max(d - low, z * noise);
            var above = Math.Max(high - d, z * noise);
            var statistical = Interval(d, below, above, options.Level);
            below = Math.Sqrt(Square(below) + Square(z * rounding));
            above = Math.Sqrt(Square(above) + Square(z * rounding));
            var method = string.Create(CultureInfo.InvariantCulture,
                $"Mann–Whitney U, {nb} vs {nc} repetitions; interval: bootstrap of the ratio of medians, at least as wide as the noise allows{roundingNote}");
            return new CellStatistic(d, Interval(d, below, above, options.Level), statistical, p, (below + above) / (2 * z), CellTest.MannWhitney, method);
        }

        var se = Math.Sqrt(Square(noise) + Square(rounding));
        var pNoise = ChangeStatistics.TwoDirections(d, delta, se, se);
        var why = nb == 1 || nc == 1
            ? string.Create(CultureInfo.InvariantCulture, $"noise-based: {Runs(nb)} vs {Runs(nc)}, so the run-to-run noise ({Percent(baselineNoise)} and {Percent(candidateNoise)}) decides{roundingNote}")
            : string.Create(CultureInfo.InvariantCulture, $"noise-based: {nb} vs {nc} repetitions are too few for a rank test to survive the correction over {cells} cells, so the noise ({Percent(baselineNoise)} and {Percent(candidateNoise)}) decides{roundingNote}");
        return new CellStatistic(d, Interval(d, z * se, z * se, options.Level), Interval(d, z * noise, z * noise, options.Level), pNoise, se, CellTest.Noise, why);
    }

    private static Estimate Interval(double d, double below, double above, double level) => new(Math.Exp(d), Math.Exp(d - below), Math.Exp(d + above), level);

    /// <summary>
    /// Mann–Whitney U (Perfolizer) of "the candidate is more than <paramref name="threshold"/> slower" (candidate against
    /// the baseline scaled by 1 + t) and "more than t faster" (baseline against the candidate scaled by 1 + t), one-sided
    /// each; the smaller p-value doubled.
    /// </summary>
    internal static double RankPValue(double[] baseline, double[] candidate, double threshold)
    {
        var scale = 1 + threshold;
        var x = new Sample(baseline);
        var y = new Sample(candidate);
        var slower = MannWhitneyTest.Instance.Perform(y, x * scale, AlternativeHypothesis.Greater, Threshold.Zero).PValue.Value;
        var faster = MannWhitneyTest.Instance.Perform(x, y * scale, AlternativeHypothesis.Greater, Threshold.Zero).PValue.Value;
        return Math.Min(1, 2 * Math.Min(slower, faster));
    }

    /// <summary>
    /// The relative standard error that rounding to the printed resolution adds to the log ratio: OSU prints two
    /// decimals, so a bandwidth of 0.03 MB/s is anything from 0.025 to 0.035 and 0.02 against 0.03 is no evidence of a
    /// change. Rounding to a step q is a uniform error of standard deviation q/√12, relative to each side's median of
    /// the printed values. The step is the finest decimal both sides print (up to 6 decimals).
    /// </summary>
    internal static double Rounding(double[] baseline, double[] candidate, double baselineMedian, double candidateMedian, bool inverted)
    {
        double Printed(double v) => inverted ? 1 / v : v;
        var decimals = 0;
        foreach (var v in baseline.Concat(candidate)) decimals = Math.Max(decimals, Decimals(Printed(v)));
        var step = Math.Pow(10, -decimals) / Math.Sqrt(12);
        return Math.Sqrt(Square(step / Printed(baselineMedian)) + Square(step / Printed(candidateMedian)));
    }

    private static int Decimals(double value)
    {
        for (var k = 0; k < 6; k++)
        {
            var scaled = value * Math.Pow(10, k);
            if (Math.Abs(scaled - Math.Round(scaled)) <= 1e-9 * Math.Max(1, Math.Abs(scaled))) return k;
        }
        return 6;
    }

    /// <summary>
    /// Whether Mann–Whitney on n₁ and n₂ repetitions can reach α/m at all: its smallest two-directional p-value is
    /// 2/C(n₁+n₂, n₁) (all of one sample above all of the other).
    /// </summary>
    public static bool RankTestCanDecide(int n1, int n2, int cells, double alpha)
    {
        if (n1 < 2 || n2 < 2) return false;
        var logCombinations = SpecialLogBinomial(n1 + n2, n1);
        return Math.Log(2) - logCombinations <= Math.Log(alpha / Math.Max(1, cells));
    }

    private static double SpecialLogBinomial(int n, int k) => MathNet.Numerics.SpecialFunctions.BinomialLn(n, k);

    /// <summary>
    /// Percentile bootstrap of ln(median(candidate)/median(baseline)), each side resampled on its own. The values are
    /// sorted once; a resample's median is read from how often each sorted index was drawn.
    /// </summary>
    private static (double Low, double High) Bootstrap(double[] baseline, double[] candidate, ComparisonOptions options, ulong seed)
    {
        var random = new ExponentEstimator.SplitMix64(seed);
        double[] b = [.. baseline.Order()];
        double[] c = [.. candidate.Order()];
        var counts = new int[Math.Max(b.Length, c.Length)];
        var logs = new double[options.BootstrapResamples];
        for (var r = 0; r < logs.Length; r++)
            logs[r] = Math.Log(ResampledMedian(c, counts, ref random) / ResampledMedian(b, counts, ref random));
        Array.Sort(logs);
        var alpha = (1 - options.Level) / 2;
        return (ExponentEstimator.Quantile(logs, alpha), ExponentEstimator.Quantile(logs, 1 - alpha));
    }

    private static double ResampledMedian(double[] sorted, int[] counts, ref ExponentEstimator.SplitMix64 random)
    {
        var n = sorted.Length;
        Array.Clear(counts, 0, n);
        for (var i = 0; i < n; i++) counts[random.Next(n)]++;
        var span = counts.AsSpan(0, n);
        return 0.5 * (ExponentEstimator.RankValue(sorted, span, (n - 1) / 2) + ExponentEstimator.RankValue(sorted, span, n / 2));
    }

    private static double Square(double x) => x * x;

    private static string Runs(int n) => n == 1 ? "a single run" : n.ToString(CultureInfo.InvariantCulture) + " runs";

    private static string Percent(double fraction) => VerdictWording.Percent(fraction);
}
