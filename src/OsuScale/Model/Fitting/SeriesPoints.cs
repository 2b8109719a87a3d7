using System.Globalization;

namespace OsuScale.Model.Fitting;

/// <summary>Observations grouped by node count, ascending, with the median at each size (what the models are fitted to).</summary>
internal sealed class SeriesPoints
{
    private SeriesPoints(double[] nodes, double[][] values)
    {
        Nodes = nodes;
        Values = values;
        Medians = [.. values.Select(Stats.Median)];
        Counts = [.. values.Select(v => v.Length)];
        Observations = Counts.Sum();
    }

    /// <summary>The distinct node counts, ascending.</summary>
    public double[] Nodes { get; }

    /// <summary>The values at each node count, sorted ascending.</summary>
    public double[][] Values { get; }

    /// <summary>The median at each node count.</summary>
    public double[] Medians { get; }

    /// <summary>The repetitions at each node count.</summary>
    public int[] Counts { get; }

    /// <summary>All observations.</summary>
    public int Observations { get; }

    /// <summary>The number of node counts.</summary>
    public int Length => Nodes.Length;

    /// <summary>The median repetition count (1 for a single run per size).</summary>
    public int TypicalRepetitions => (int)Math.Round(Stats.Median([.. Counts.Select(c => (double)c)]));

    public static SeriesPoints From(IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0) throw new ArgumentException("no observations to fit", nameof(observations));
        foreach (var o in observations)
        {
            if (!(o.Nodes > 0) || !double.IsFinite(o.Nodes))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"node count {o.Nodes} (iteration {o.Iteration}) should be a finite value > 0"), nameof(observations));
            if (!(o.Value > 0) || !double.IsFinite(o.Value))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"value {o.Value} at {o.Nodes} nodes (iteration {o.Iteration}) should be a finite value > 0: scaling is fitted to relative errors"),
                    nameof(observations));
        }
        var groups = observations.GroupBy(o => o.Nodes).OrderBy(g => g.Key).ToArray();
        return new SeriesPoints(
            [.. groups.Select(g => g.Key)],
            [.. groups.Select(g => g.Select(o => o.Value).Order().ToArray())]);
    }

    /// <summary>
    /// How much noisier one observation is than the median of <paramref name="count"/> repetitions: 1 for one run, 1/√2
    /// for two (their mean), √(π/2)/√n beyond (the asymptotic efficiency of the median of normal samples).
    /// </summary>
    public static double MedianNoiseFactor(int count) => count switch
    {
        <= 1 => 1.0,
        2 => 1.0 / Math.Sqrt(2),
        _ => Math.Sqrt(Math.PI / 2) / Math.Sqrt(count),
    };
}
