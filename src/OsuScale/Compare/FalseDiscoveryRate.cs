namespace OsuScale.Compare;

/// <summary>
/// Benjamini–Hochberg control of the false-discovery rate (Benjamini and Hochberg, 1995): the q-value of the k-th
/// smallest of m p-values is min over j ≥ k of m·p₍ⱼ₎/j, capped at 1. Rejecting every hypothesis with q ≤ α keeps the
/// expected share of false discoveries among the discoveries at most α (for independent or positively dependent tests).
/// </summary>
public static class FalseDiscoveryRate
{
    /// <summary>The BH-adjusted p-values (q-values), in the order of <paramref name="pValues"/>. NaN p-values count as 1.</summary>
    /// <param name="pValues">The p-values.</param>
    public static double[] QValues(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var q = new double[m];
        if (m == 0) return q;
        var order = Enumerable.Range(0, m).OrderBy(i => Clean(pValues[i])).ToArray();
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, Clean(pValues[i]) * m / rank);
            q[i] = running;
        }
        return q;
    }

    private static double Clean(double p) => double.IsNaN(p) ? 1 : Math.Clamp(p, 0, 1);
}
