namespace OsuScale.Benchmarks;

/// <summary>What OsuScale knows about one OSU Micro-Benchmark.</summary>
/// <param name="Name">The executable name, e.g. <c>osu_allreduce</c>.</param>
/// <param name="Family">The suite it belongs to.</param>
/// <param name="Participants">Whether it runs on a pair of processes or on every rank.</param>
/// <param name="PrimaryMetric">The normalised name of the column that answers "how fast" (e.g. <c>latency</c>, <c>bandwidth</c>), or null when the benchmark prints no measurement (osu_hello).</param>
/// <param name="PrimaryUnit">The unit of that metric.</param>
/// <param name="Direction">Whether lower or higher values of the primary metric are better.</param>
/// <param name="TitleName">The name as printed in the OSU title between <c>OSU MPI</c> and <c>Test</c>, e.g. <c>Allreduce Latency</c>.</param>
public sealed record BenchmarkInfo(
    string Name,
    BenchmarkFamily Family,
    Participants Participants,
    string? PrimaryMetric,
    MetricUnit PrimaryUnit,
    MetricDirection Direction,
    string TitleName)
{
    /// <summary>True when the benchmark runs on two processes whatever the cluster size.</summary>
    public bool IsPair => Participants == Participants.Pair;
}
