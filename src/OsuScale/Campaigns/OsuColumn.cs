using OsuScale.Benchmarks;

namespace OsuScale.Campaigns;

/// <summary>One column of an OSU table header.</summary>
/// <param name="Header">The header text as printed, e.g. <c>Avg Latency(us)</c>.</param>
/// <param name="Metric">The normalised metric name (see <see cref="Metrics"/>).</param>
/// <param name="Unit">The normalised unit.</param>
public sealed record OsuColumn(string Header, string Metric, MetricUnit Unit);
