namespace OsuScale.Benchmarks;

/// <summary>Whether a smaller or a larger value of a metric is the better one.</summary>
public enum MetricDirection
{
    /// <summary>Latencies and times: smaller is better.</summary>
    LowerIsBetter,

    /// <summary>Bandwidths and message rates: larger is better.</summary>
    HigherIsBetter,
}
