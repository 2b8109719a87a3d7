namespace OsuScale.Benchmarks;

/// <summary>
/// The normalised metric names OsuScale gives to OSU columns, so that <c>Latency (us)</c> and
/// <c>Avg Latency(us)</c> are both <see cref="Latency"/> and tables of different OMB versions line up.
/// </summary>
public static class Metrics
{
    /// <summary><c>Latency (us)</c> or <c>Avg Latency(us)</c>.</summary>
    public const string Latency = "latency";
    /// <summary><c>Min Latency(us)</c> (from <c>-f</c>).</summary>
    public const string MinLatency = "min_latency";
    /// <summary><c>Max Latency(us)</c> (from <c>-f</c>).</summary>
    public const string MaxLatency = "max_latency";
    /// <summary><c>Iterations</c> (from <c>-f</c>).</summary>
    public const string Iterations = "iterations";
    /// <summary><c>Bandwidth (MB/s)</c> or <c>MB/s</c>.</summary>
    public const string Bandwidth = "bandwidth";
    /// <summary><c>Messages/s</c>.</summary>
    public const string MessageRate = "message_rate";
    /// <summary>Non-blocking <c>Overall(us)</c>.</summary>
    public const string Overall = "overall";
    /// <summary>Non-blocking <c>Compute(us)</c>.</summary>
    public const string Compute = "compute";
    /// <summary>Non-blocking <c>Pure Comm.(us)</c>.</summary>
    public const string PureComm = "pure_comm";
    /// <summary>Non-blocking <c>Overlap(%)</c>.</summary>
    public const string Overlap = "overlap";
    /// <summary>Non-blocking <c>Coll. Init(us)</c>.</summary>
    public const string CollInit = "coll_init";
    /// <summary>Non-blocking <c>MPI_Test(us)</c>.</summary>
    public const string MpiTest = "mpi_test";
    /// <summary>Non-blocking <c>MPI_Wait(us)</c>.</summary>
    public const string MpiWait = "mpi_wait";
    /// <summary>Non-blocking <c>Min Comm.(us)</c>.</summary>
    public const string MinComm = "min_comm";
    /// <summary>Non-blocking <c>Max Comm.(us)</c>.</summary>
    public const string MaxComm = "max_comm";
    /// <summary><c>Validation</c>: 1 for Pass, 0 for Fail.</summary>
    public const string Validation = "validation";
    /// <summary><c>Transmit Size</c> (derived datatypes).</summary>
    public const string TransmitSize = "transmit_size";
    /// <summary>osu_init's average start-up time (<c>avg: 306 ms</c>).</summary>
    public const string InitTime = "init_time";
    /// <summary>osu_init's minimum start-up time.</summary>
    public const string MinInitTime = "min_init_time";
    /// <summary>osu_init's maximum start-up time.</summary>
    public const string MaxInitTime = "max_init_time";
    /// <summary>Tail percentile columns are named <c>p{n}_tail_latency</c> or <c>p{n}_tail_bandwidth</c>.</summary>
    public static string TailLatency(int percentile) => $"p{percentile}_tail_latency";
    /// <summary>A tail bandwidth percentile column.</summary>
    public static string TailBandwidth(int percentile) => $"p{percentile}_tail_bandwidth";
}
