using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OsuScale.Model.Fitting;

/// <summary>
/// The growth exponent as the Theil–Sen slope of log(median) against log(N): the median of the slopes between every
/// pair of sizes, which one wild size cannot drag (breakdown point 29 %).
/// </summary>
internal static class ExponentEstimator
{
    public static ExponentEstimate Estimate(SeriesPoints points, FitOptions options)
    {
        var n = points.Length;
        var level = options.Level;
        if (n < 2)
            return new ExponentEstimate(0, double.NegativeInfinity, double.PositiveInfinity, level, "undetermined (one size)");
        var x = points.Nodes.Select(v => Math.Log(v)).ToArray();
        var y = points.Medians.Select(v => Math.Log(v)).ToArray();
        var slope = Slope(x, y);
        var sxx = SumOfSquares(x);
        var p = (1 + level) / 2;
        var repetitions = points.TypicalRepetitions;
        var noiseSe = options.Noise is { } noise ? noise * SeriesPoints.MedianNoiseFactor(repetitions) / Math.Sqrt(sxx) : 0;

        if (repetitions >= 2)
        {
            var (low, high) = Bootstrap(points, x, options);
            low = Math.Min(low, slope);
            high = Math.Max(high, slope);
            var method = string.Create(CultureInfo.InvariantCulture, $"bootstrap over repetitions ({options.BootstrapResamples} resamples)");
            // Resampling three or four repetitions understates the spread of their median; the noise estimate's
            // standard error is a floor on the interval's half-width.
            var floor = Normal.InvCDF(0, 1, p) * noiseSe;
            if (slope - low < floor || high - slope < floor)
            {
                low = Math.Min(low, slope - floor);
                high = Math.Max(high, slope + floor);
                method += ", widened to the noise floor";
            }
            return new ExponentEstimate(slope, low, high, level, method);
        }

        if (n == 2)
        {
            if (noiseSe == 0)
                return new ExponentEstimate(slope, double.NegativeInfinity, double.PositiveInfinity, level, "undetermined (two sizes, no noise estimate)");
            var z = Normal.InvCDF(0, 1, p);
            return new ExponentEstimate(slope, slope - z * noiseSe, slope + z * noiseSe, level, "noise estimate (two sizes)");
        }

        var intercept = Intercept(x, y, slope);
        double rss = 0;
        for (var k = 0; k < n; k++) rss += Math.Pow(y[k] - intercept - slope * x[k], 2);
        var residualSe = Math.Sqrt(rss / (n - 2)) / Math.Sqrt(sxx);
        if (noiseSe > residualSe)
        {
            var z = Normal.InvCDF(0, 1, p);
            return new ExponentEstimate(slope, slope - z * noiseSe, slope + z * noiseSe, level, "noise estimate (residual spread is smaller)");
        }
        var t = StudentT.InvCDF(0, 1, n - 2, p);
        return new ExponentEstimate(slope, slope - t * residualSe, slope + t * residualSe, level,
            string.Create(CultureInfo.InvariantCulture, $"residual spread (t, {n - 2} df)"));
    }

    /// <summary>The Theil–Sen slope: the median of pairwise slopes.</summary>
    public static double Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        Span<double> slopes = n <= 32 ? stackalloc double[n * (n - 1) / 2] : new double[n * (n - 1) / 2];
        var m = 0;
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
                if (x[b] != x[a]) slopes[m++] = (y[b] - y[a]) / (x[b] - x[a]);
        return m == 0 ? 0 : Stats.MedianInPlace(slopes[..m]);
    }

    /// <summary>The intercept matching a Theil–Sen slope: the median of y − slope·x.</summary>
    public static double Intercept(double[] x, double[] y, double slope) =>
        Stats.Median([.. x.Select((xi, k) => y[k] - slope * xi)]);

    private static double SumOfSquares(double[] x)
    {
        var mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean));
    }

    /// <summary>Percentile interval of the slope over resamples of the repetitions within each size.</summary>
    private static (double Low, double High) Bootstrap(SeriesPoints points, double[] x, FitOptions options)
    {
        var random = new SplitMix64((ulong)(uint)options.Seed);
        var n = points.Length;
        var slopes = new double[options.BootstrapResamples];
        var y = new double[n];
        // The values of each size are sorted, so the median of a resample is the value at the median of the drawn
        // indices: counting the draws per index finds it without sorting doubles.
        Span<int> counts = stackalloc int[Math.Min(points.Counts.Max(), 1024)];
        var large = points.Counts.Max() > 1024 ? new double[points.Counts.Max()] : null;
        for (var b = 0; b < slopes.Length; b++)
        {
            for (var k = 0; k < n; k++)
            {
                var values = points.Values[k];
                var r = values.Length;
                if (large is not null)
                {
                    for (var i = 0; i < r; i++) large[i] = values[random.Next(r)];
                    y[k] = Math.Log(Stats.MedianInPlace(large.AsSpan(0, r)));
                    continue;
                }
                counts[..r].Clear();
                for (var i = 0; i < r; i++) counts[random.Next(r)]++;
                y[k] = Math.Log(0.5 * (RankValue(values, counts, (r - 1) / 2) + RankValue(values, counts, r / 2)));
            }
            slopes[b] = Slope(x, y);
        }
        Array.Sort(slopes);
        var alpha = (1 - options.Level) / 2;
        return (Quantile(slopes, alpha), Quantile(slopes, 1 - alpha));
    }

    /// <summary>
    /// A small, fast, seedable generator (SplitMix64) for the bootstrap's index draws: the same seed gives the same
    /// resamples on every platform and .NET version, which <see cref="Random"/>'s seeded algorithm does not promise.
    /// </summary>
    internal struct SplitMix64(ulong seed)
    {
        private ulong state = seed;

        /// <summary>A uniform index in [0, count) by multiply-shift (bias below 2⁻³² for the counts used here).</summary>
        public int Next(int count)
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(((z >> 32) * (ulong)count) >> 32);
        }
    }

    /// <summary>The value of the resample element with the given 0-based rank, from the draw counts per sorted index.</summary>
    internal static double RankValue(double[] sorted, ReadOnlySpan<int> counts, int rank)
    {
        var seen = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            seen += counts[i];
            if (seen > rank) return sorted[i];
        }
        return sorted[^1];
    }

    internal static double Quantile(double[] sorted, double tau)
    {
        var h = (sorted.Length - 1) * tau;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
