namespace OsuScale.Campaigns;

/// <summary>One row of a times.log: a benchmark's wall time at one cluster size (and repetition).</summary>
/// <param name="Metric">The benchmark name (<c>METRIC</c>).</param>
/// <param name="TimeSeconds">The wall time in seconds (<c>TIME_SECONDS</c>).</param>
/// <param name="SizeNodes">The cluster size in nodes (<c>SIZE_NODES</c>), at least 1.</param>
/// <param name="Iteration">The repetition (<c>ITERATION</c>, 1-based; 1 when the file has no such column).</param>
/// <param name="Source">Where the row comes from: its times.log line, or the log section it was derived from; null for rows made in memory. Not part of equality.</param>
public sealed record TimesLogRow(string Metric, double TimeSeconds, int SizeNodes, int Iteration = 1, SourceLocation? Source = null)
{
    /// <summary>Rows are equal when metric, time (bit for bit, NaN equal to NaN), size and iteration are; the source is ignored.</summary>
    public bool Equals(TimesLogRow? other) =>
        other is not null && Metric == other.Metric && TimeSeconds.Equals(other.TimeSeconds)
        && SizeNodes == other.SizeNodes && Iteration == other.Iteration;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, TimeSeconds, SizeNodes, Iteration);
}
