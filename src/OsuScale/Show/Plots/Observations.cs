using System.Collections.Immutable;
using OsuScale.Campaigns;
using OsuScale.Model;

namespace OsuScale.Show.Plots;

/// <summary>Extracts the values a figure shows from a campaign, and summarises repetitions per size.</summary>
public static class Observations
{
    /// <summary>The wall times of the complete executions of <paramref name="benchmark"/> that have a node count.</summary>
    public static ImmutableArray<Observation> WallTimes(Campaign campaign, string benchmark) =>
    [
        .. campaign.Of(benchmark)
            .Where(e => e.IsComplete && e.Nodes is not null && e.WallSeconds is { } w && double.IsFinite(w))
            .Select(e => new Observation(e.Nodes!.Value, e.Iteration, e.WallSeconds!.Value))
            .OrderBy(o => o.Nodes).ThenBy(o => o.Iteration),
    ];

    /// <summary>
    /// The median, minimum and maximum of the observations at each size, ascending by size (the interval drawn is the
    /// full min–max range of the repetitions, so no repetition is hidden by it).
    /// </summary>
    public static ImmutableArray<SizeSummary> Summarise(IEnumerable<Observation> observations) =>
    [
        .. observations.Where(o => double.IsFinite(o.Value)).GroupBy(o => o.Nodes).OrderBy(g => g.Key).Select(g =>
        {
            var values = g.Select(o => o.Value).Order().ToArray();
            return new SizeSummary(g.Key, values.Length, Median(values), values[0], values[^1]);
        }),
    ];

    /// <summary>The median of sorted values (mean of the two middle ones for an even count).</summary>
    public static double Median(IReadOnlyList<double> sorted)
    {
        if (sorted.Count == 0) return double.NaN;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary><paramref name="count"/> points evenly spaced in log2 between <paramref name="from"/> and <paramref name="to"/> (both included).</summary>
    public static double[] LogGrid(double from, double to, int count)
    {
        if (count < 2 || from <= 0 || to <= 0) return from > 0 ? [from] : [];
        var a = Math.Log2(from);
        var b = Math.Log2(to);
        return [.. Enumerable.Range(0, count).Select(i => Math.Pow(2, a + (b - a) * i / (count - 1)))];
    }
}
