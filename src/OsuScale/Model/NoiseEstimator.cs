using System.Globalization;
using OsuScale.Model.Fitting;

namespace OsuScale.Model;

/// <summary>Estimates run-to-run noise, from repetitions or from series that cannot depend on cluster size.</summary>
public static class NoiseEstimator
{
    /// <summary>
    /// The pooled standard deviation of log values within each size, over every series given (each size with at
    /// least two repetitions contributes its repetitions minus one degrees of freedom); null when fewer than
    /// <paramref name="minimumDegreesOfFreedom"/> degrees of freedom are available.
    /// </summary>
    /// <param name="series">The series (each a list of observations).</param>
    /// <param name="minimumDegreesOfFreedom">The fewest degrees of freedom worth an estimate.</param>
    public static NoiseEstimate? FromRepetitions(IEnumerable<IReadOnlyList<Observation>> series, int minimumDegreesOfFreedom = 2)
    {
        ArgumentNullException.ThrowIfNull(series);
        double sum = 0;
        var dof = 0;
        foreach (var observations in series)
        {
            foreach (var group in observations.Where(o => o.Value > 0).GroupBy(o => o.Nodes))
            {
                var logs = group.Select(o => Math.Log(o.Value)).ToArray();
                if (logs.Length < 2) continue;
                var mean = logs.Average();
                sum += logs.Sum(v => (v - mean) * (v - mean));
                dof += logs.Length - 1;
            }
        }
        if (dof < minimumDegreesOfFreedom || dof == 0) return null;
        var relative = Math.Sqrt(sum / dof);
        return new NoiseEstimate(relative, NoiseSource.Repetitions, dof, string.Create(CultureInfo.InvariantCulture,
            $"pooled spread of repetitions at the same size ({dof} degrees of freedom)"));
    }

    /// <summary>
    /// The median, over series that by construction do not depend on cluster size, of the standard deviation of
    /// their log per-size medians across sizes (series with fewer than 3 sizes are ignored); null when none qualifies.
    /// The median keeps one misbehaving pair benchmark from setting the noise of the whole campaign.
    /// </summary>
    /// <param name="series">The size-independent series.</param>
    /// <param name="what">What the series are, for the description (<c>wall time of pair benchmarks</c>).</param>
    public static NoiseEstimate? FromSizeIndependent(IEnumerable<IReadOnlyList<Observation>> series, string what)
    {
        ArgumentNullException.ThrowIfNull(series);
        List<double> spreads = [];
        foreach (var observations in series)
        {
            var positive = observations.Where(o => o.Value > 0 && double.IsFinite(o.Value)).ToList();
            if (positive.Count == 0) continue;
            var points = SeriesPoints.From(positive);
            if (points.Length < 3) continue;
            var logs = points.Medians.Select(v => Math.Log(v)).ToArray();
            var mean = logs.Average();
            var sd = Math.Sqrt(logs.Sum(v => (v - mean) * (v - mean)) / (logs.Length - 1));
            // A median of r repetitions is less noisy than one run: scale back to one run.
            spreads.Add(sd / SeriesPoints.MedianNoiseFactor(points.TypicalRepetitions));
        }
        if (spreads.Count == 0) return null;
        var relative = Stats.Median([.. spreads]);
        return new NoiseEstimate(relative, NoiseSource.PairBenchmarks, spreads.Count, string.Create(CultureInfo.InvariantCulture,
            $"median spread across sizes of the {what} ({spreads.Count} series), which run 2 processes whatever the cluster size"));
    }

    /// <summary>The documented default used when nothing else is available.</summary>
    /// <param name="relative">The assumed relative noise.</param>
    public static NoiseEstimate Assumed(double relative) =>
        new(relative, NoiseSource.Assumed, 0, string.Create(CultureInfo.InvariantCulture,
            $"assumed {relative:0.###} (no repetitions and no pair benchmarks to estimate it from)"));
}
