using System.Collections.Immutable;

namespace OsuScale.Campaigns;

/// <summary>What a metrics-operator log says about the run that produced it.</summary>
/// <param name="Pods">The <c>pods</c> count of the MetricSet (the node count with one pod per node), or null.</param>
/// <param name="TasksPerNode">Tasks per node from the preamble (<c>Number of tasks (nproc on one node) is 1</c>), or null.</param>
/// <param name="TotalTasks">Tasks across all nodes from the preamble, or null.</param>
/// <param name="NodesFromPreamble">The node count from the preamble (<c>across 8 nodes</c>), or null.</param>
/// <param name="MetricName">The metric name (<c>network-osu-benchmark</c>), or null.</param>
/// <param name="Commands">The benchmark list the MetricSet asked for, in order.</param>
/// <param name="Options">The metric options (<c>timed</c>, <c>flags</c>, …) as text.</param>
/// <param name="Hosts">The host list from the preamble.</param>
/// <param name="RawJson">The raw <c>METADATA START</c> JSON, or null.</param>
public sealed record LogMetadata(
    int? Pods,
    int? TasksPerNode,
    int? TotalTasks,
    int? NodesFromPreamble,
    string? MetricName,
    ImmutableArray<string> Commands,
    ImmutableDictionary<string, string> Options,
    ImmutableArray<string> Hosts,
    string? RawJson)
{
    /// <summary>Metadata of a log that had none (plain OSU output).</summary>
    public static LogMetadata Empty { get; } = new(null, null, null, null, null, [], ImmutableDictionary<string, string>.Empty, [], null);
}
