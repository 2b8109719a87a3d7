namespace OsuScale.Benchmarks;

/// <summary>The OSU Micro-Benchmarks suite a benchmark belongs to (its folder in the OMB build tree).</summary>
public enum BenchmarkFamily
{
    /// <summary>Two-sided point-to-point (<c>mpi/pt2pt</c>): osu_latency, osu_bw, osu_mbw_mr, …</summary>
    PointToPoint,

    /// <summary>One-sided RMA (<c>mpi/one-sided</c>): osu_put_latency, osu_get_bw, osu_acc_latency, …</summary>
    OneSided,

    /// <summary>Blocking collectives (<c>mpi/collective</c>): osu_allreduce, osu_barrier, …</summary>
    Collective,

    /// <summary>Non-blocking collectives (<c>mpi/collective</c>, names starting with <c>osu_i</c>).</summary>
    NonBlockingCollective,

    /// <summary>Start-up benchmarks (<c>mpi/startup</c>): osu_init, osu_hello.</summary>
    Startup,
}
