using System.Collections.Frozen;
using static OsuScale.Benchmarks.BenchmarkFamily;
using static OsuScale.Benchmarks.MetricDirection;
using static OsuScale.Benchmarks.MetricUnit;
using static OsuScale.Benchmarks.Participants;

namespace OsuScale.Benchmarks;

/// <summary>
/// Every MPI benchmark of the OSU Micro-Benchmarks 5.x–7.x, with the facts the analysis needs:
/// how many ranks it uses, its primary metric and which direction is better.
/// </summary>
public static class BenchmarkCatalog
{
    private static readonly BenchmarkInfo[] Entries =
    [
        // Two-sided point-to-point: a pair of processes, except the multi-pair tests.
        new("osu_latency", PointToPoint, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Latency"),
        new("osu_bw", PointToPoint, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Bandwidth"),
        new("osu_bibw", PointToPoint, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Bi-Directional Bandwidth"),
        new("osu_latency_mt", PointToPoint, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Multi-threaded Latency"),
        new("osu_latency_mp", PointToPoint, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Multi-process Latency"),
        new("osu_latency_persistent", PointToPoint, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Persistent Latency"),
        new("osu_bw_persistent", PointToPoint, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Persistent Bandwidth"),
        new("osu_bibw_persistent", PointToPoint, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Persistent Bi-Directional Bandwidth"),
        new("osu_mbw_mr", PointToPoint, AllRanks, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Multiple Bandwidth / Message Rate"),
        new("osu_multi_lat", PointToPoint, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Multi Latency"),

        // One-sided (RMA): always a pair of processes.
        new("osu_put_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Put Latency"),
        new("osu_put_bw", OneSided, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Put Bandwidth"),
        new("osu_put_bibw", OneSided, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Put Bi-directional Bandwidth"),
        new("osu_get_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Get Latency"),
        new("osu_get_bw", OneSided, Pair, Metrics.Bandwidth, MegabytesPerSecond, HigherIsBetter, "Get Bandwidth"),
        new("osu_acc_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Accumulate Latency"),
        new("osu_fop_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Fetch_and_op Latency"),
        new("osu_cas_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Compare_and_swap Latency"),
        new("osu_get_acc_latency", OneSided, Pair, Metrics.Latency, Microseconds, LowerIsBetter, "Get_accumulate Latency"),

        // Blocking collectives: every rank.
        new("osu_allgather", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Allgather Latency"),
        new("osu_allgatherv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Allgatherv Latency"),
        new("osu_allreduce", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Allreduce Latency"),
        new("osu_alltoall", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "All-to-All Personalized Exchange Latency"),
        new("osu_alltoallv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "All-to-Allv Personalized Exchange Latency"),
        new("osu_alltoallw", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "All-to-Allw Personalized Exchange Latency"),
        new("osu_barrier", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Barrier Latency"),
        new("osu_bcast", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Broadcast Latency"),
        new("osu_gather", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Gather Latency"),
        new("osu_gatherv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Gatherv Latency"),
        new("osu_reduce", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Reduce Latency"),
        new("osu_reduce_scatter", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Reduce_scatter Latency"),
        new("osu_reduce_scatter_block", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Reduce_scatter_block Latency"),
        new("osu_scatter", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Scatter Latency"),
        new("osu_scatterv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Scatterv Latency"),
        new("osu_neighbor_allgather", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Neighborhood Allgather Latency"),
        new("osu_neighbor_allgatherv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Neighborhood Allgatherv Latency"),
        new("osu_neighbor_alltoall", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Neighborhood All-to-All Latency"),
        new("osu_neighbor_alltoallv", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Neighborhood All-to-Allv Latency"),
        new("osu_neighbor_alltoallw", Collective, AllRanks, Metrics.Latency, Microseconds, LowerIsBetter, "Neighborhood All-to-Allw Latency"),

        // Non-blocking collectives: every rank; the primary metric is the overall time.
        new("osu_iallgather", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Allgather Latency"),
        new("osu_iallgatherv", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Allgatherv Latency"),
        new("osu_iallreduce", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Allreduce Latency"),
        new("osu_ialltoall", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking All-to-All Latency"),
        new("osu_ialltoallv", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking All-to-Allv Latency"),
        new("osu_ialltoallw", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking All-to-Allw Latency"),
        new("osu_ibarrier", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Barrier Latency"),
        new("osu_ibcast", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Broadcast Latency"),
        new("osu_igather", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Gather Latency"),
        new("osu_igatherv", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Gatherv Latency"),
        new("osu_ireduce", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Reduce Latency"),
        new("osu_ireduce_scatter", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Reduce_scatter Latency"),
        new("osu_ireduce_scatter_block", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Reduce_scatter_block Latency"),
        new("osu_iscatter", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Scatter Latency"),
        new("osu_iscatterv", NonBlockingCollective, AllRanks, Metrics.Overall, Microseconds, LowerIsBetter, "Non-blocking Scatterv Latency"),

        // Start-up.
        new("osu_init", Startup, AllRanks, Metrics.InitTime, Milliseconds, LowerIsBetter, "Init"),
        new("osu_hello", Startup, AllRanks, null, None, LowerIsBetter, "Hello World"),
    ];

    private static readonly FrozenDictionary<string, BenchmarkInfo> ByName =
        Entries.ToFrozenDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, BenchmarkInfo> ByTitle =
        Entries.ToFrozenDictionary(e => NormaliseTitle(e.TitleName), StringComparer.Ordinal);

    /// <summary>Every benchmark the catalog knows, in suite order.</summary>
    public static IReadOnlyList<BenchmarkInfo> All => Entries;

    /// <summary>Looks a benchmark up by executable name (<c>osu_allreduce</c>, case-insensitive); null when unknown.</summary>
    public static BenchmarkInfo? Find(string name) =>
        ByName.TryGetValue(name.Trim(), out var info) ? info : null;

    /// <summary>
    /// Looks a benchmark up by the name part of an OSU title, e.g. <c>Allreduce Latency</c> or <c>MPI_Get_accumulate latency</c>.
    /// Case, the API prefix and the separators between words are ignored; null when unknown.
    /// </summary>
    public static BenchmarkInfo? FindByTitle(string titleName) =>
        ByTitle.TryGetValue(NormaliseTitle(titleName), out var info) ? info : null;

    /// <summary>
    /// Describes a benchmark the catalog does not know (a newer OMB, a custom build), so that it is analysed
    /// as an all-ranks benchmark measured by its wall time rather than dropped.
    /// </summary>
    public static BenchmarkInfo Unknown(string name) =>
        new(name, Collective, AllRanks, null, None, LowerIsBetter, name);

    private static string NormaliseTitle(string title)
    {
        var t = title.Trim().ToLowerInvariant();
        if (t.StartsWith("mpi", StringComparison.Ordinal)) t = t[3..];
        Span<char> buffer = stackalloc char[t.Length];
        var n = 0;
        foreach (var c in t)
        {
            if (char.IsLetterOrDigit(c) || c == '/') buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
