using System.Collections.Immutable;
using MathNet.Numerics.Statistics;

namespace OsuScale.Model.Fitting;

/// <summary>Summaries of the repetitions at each size: median, interval, outliers.</summary>
internal static class Repetitions
{
    /// <summary>
    /// A floor on the MAD, as a fraction of the median (0.5 %): repetitions that agree to the timer's resolution would
    /// otherwise make any different value an "outlier".
    /// </summary>
    private const double MadFloor = 0.005;

    public static ImmutableArray<SizeSummary> Summarise(SeriesPoints points, double level)
    {
        var builder = ImmutableArray.CreateBuilder<SizeSummary>(points.Length);
        var alpha = (1 - level) / 2;
        for (var k = 0; k < points.Length; k++)
        {
            var values = points.Values[k];
            var (low, high) = values.Length < 3
                ? (values[0], values[^1])
                : (values.Quantile(alpha), values.Quantile(1 - alpha));
            builder.Add(new SizeSummary(points.Nodes[k], values.Length, points.Medians[k], low, high));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Observations whose modified z-score 0.6745·|x − median|/MAD exceeds <paramref name="threshold"/> among the
    /// repetitions of their size (Iglewicz and Hoaglin; sizes with fewer than 3 repetitions have no outliers).
    /// </summary>
    public static ImmutableArray<Observation> Outliers(IReadOnlyList<Observation> observations, double threshold)
    {
        var builder = ImmutableArray.CreateBuilder<Observation>();
        foreach (var group in observations.GroupBy(o => o.Nodes).OrderBy(g => g.Key))
        {
            var values = group.Select(o => o.Value).ToArray();
            if (values.Length < 3) continue;
            var median = Stats.Median(values);
            var mad = Math.Max(Stats.Mad(values), MadFloor * Math.Abs(median));
            if (mad == 0) continue;
            builder.AddRange(group.Where(o => 0.6745 * Math.Abs(o.Value - median) / mad > threshold).OrderBy(o => o.Iteration));
        }
        return builder.ToImmutable();
    }
}
