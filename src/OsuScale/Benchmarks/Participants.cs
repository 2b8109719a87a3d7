namespace OsuScale.Benchmarks;

/// <summary>Which ranks take part in a benchmark, which decides whether its cost can depend on cluster size.</summary>
public enum Participants
{
    /// <summary>Exactly two processes whatever the cluster size (osu_latency, osu_bw, one-sided tests).</summary>
    Pair,

    /// <summary>Every rank of the job (collectives, start-up, osu_mbw_mr, osu_multi_lat).</summary>
    AllRanks,
}
