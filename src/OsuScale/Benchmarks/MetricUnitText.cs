namespace OsuScale.Benchmarks;

/// <summary>The symbols of <see cref="MetricUnit"/> as written in tables (<c>us</c>, <c>ms</c>, <c>MB/s</c>, …).</summary>
public static class MetricUnitText
{
    /// <summary>The symbol: <c>us</c>, <c>ms</c>, <c>s</c>, <c>MB/s</c>, <c>messages/s</c>, <c>%</c>, <c>bytes</c>, or empty for <see cref="MetricUnit.None"/>.</summary>
    public static string Symbol(this MetricUnit unit) => unit switch
    {
        MetricUnit.Microseconds => "us",
        MetricUnit.Milliseconds => "ms",
        MetricUnit.Seconds => "s",
        MetricUnit.MegabytesPerSecond => "MB/s",
        MetricUnit.MessagesPerSecond => "messages/s",
        MetricUnit.Percent => "%",
        MetricUnit.Bytes => "bytes",
        _ => "",
    };
}
