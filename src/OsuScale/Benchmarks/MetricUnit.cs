namespace OsuScale.Benchmarks;

/// <summary>The normalised unit of an OSU column or of a derived quantity.</summary>
public enum MetricUnit
{
    /// <summary>No unit (a count, a flag).</summary>
    None,

    /// <summary>Microseconds, as OSU prints latencies (<c>us</c>).</summary>
    Microseconds,

    /// <summary>Milliseconds, as osu_init prints its start-up times (<c>ms</c>).</summary>
    Milliseconds,

    /// <summary>Seconds (wall, user and sys times of <c>time</c>).</summary>
    Seconds,

    /// <summary>Megabytes per second (<c>MB/s</c>).</summary>
    MegabytesPerSecond,

    /// <summary>Messages per second.</summary>
    MessagesPerSecond,

    /// <summary>Percent (non-blocking overlap).</summary>
    Percent,

    /// <summary>Bytes (a message or transmit size).</summary>
    Bytes,
}
