using OsuScale.Model;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// Spreads the repetitions at one node count side by side on a log2 node axis, so that 20 runs at a size read as 20
/// points instead of one blot. Deterministic (by repetition order, no random numbers), so figures stay byte-identical.
/// </summary>
internal static class Jitter
{
    /// <summary>The default width of the spread, in octaves (node ticks are one octave apart in a doubling campaign).</summary>
    public const double DefaultWidth = 0.3;

    /// <summary>
    /// The points of <paramref name="observations"/> with the repetitions at each node count spread evenly over
    /// <paramref name="width"/> octaves centred on it (a single repetition stays on its node count).
    /// </summary>
    public static IEnumerable<ScatterPoint> Points(IEnumerable<Observation> observations, double width = DefaultWidth) =>
        observations.GroupBy(o => o.Nodes).OrderBy(g => g.Key).SelectMany(g =>
        {
            var runs = g.OrderBy(o => o.Iteration).ThenBy(o => o.Value).ToList();
            return runs.Select((o, i) => new ScatterPoint(
                runs.Count == 1 ? o.Nodes : o.Nodes * Math.Pow(2, width * ((double)i / (runs.Count - 1) - 0.5)), o.Value));
        });
}
