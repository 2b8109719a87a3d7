namespace OsuScale.Model.Fitting;

/// <summary>Small order statistics used on short arrays (a handful of sizes or repetitions).</summary>
internal static class Stats
{
    /// <summary>The median of a non-empty array (not modified).</summary>
    public static double Median(double[] values)
    {
        if (values.Length == 0) throw new ArgumentException("median of nothing", nameof(values));
        var copy = (double[])values.Clone();
        Array.Sort(copy);
        return MedianOfSorted(copy, copy.Length);
    }

    /// <summary>The median of the first <paramref name="count"/> entries of a sorted span.</summary>
    public static double MedianOfSorted(ReadOnlySpan<double> sorted, int count)
    {
        var mid = count / 2;
        return count % 2 == 1 ? sorted[mid] : 0.5 * (sorted[mid - 1] + sorted[mid]);
    }

    /// <summary>The median of a span, sorting it in place.</summary>
    public static double MedianInPlace(Span<double> values)
    {
        values.Sort();
        return MedianOfSorted(values, values.Length);
    }

    /// <summary>The median absolute deviation from the median.</summary>
    public static double Mad(double[] values)
    {
        var median = Median(values);
        return Median([.. values.Select(v => Math.Abs(v - median))]);
    }
}
