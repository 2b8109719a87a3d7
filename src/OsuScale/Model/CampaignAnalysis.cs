using System.Collections.Immutable;
using OsuScale.Campaigns;

namespace OsuScale.Model;

/// <summary>The verdicts of a campaign with the noise they were compared with and what was left out.</summary>
/// <param name="Verdicts">One verdict per benchmark for its wall time (series <c>wall_seconds</c>), in campaign order.</param>
/// <param name="SeriesVerdicts">Verdicts for the primary metric at each message size (<c>latency@1048576</c>, <c>inverse_bandwidth@4096</c>), by benchmark then message size.</param>
/// <param name="Noise">The campaign-level noise of wall times.</param>
/// <param name="MetricNoise">The campaign-level noise of the metric series.</param>
/// <param name="Options">The options used.</param>
/// <param name="Excluded">Executions not fitted (incomplete, failed, without a node count), with why.</param>
/// <param name="Notes">Other things left out (series with non-positive values, tables without the primary metric).</param>
public sealed record CampaignAnalysis(
    ImmutableArray<ScalingVerdict> Verdicts,
    ImmutableArray<ScalingVerdict> SeriesVerdicts,
    NoiseEstimate Noise,
    NoiseEstimate MetricNoise,
    AnalysisOptions Options,
    ImmutableArray<ExcludedExecution> Excluded,
    ImmutableArray<string> Notes)
{
    /// <summary>The wall-time verdict of a benchmark, or null.</summary>
    /// <param name="benchmark">The benchmark name.</param>
    public ScalingVerdict? Verdict(string benchmark) => Verdicts.FirstOrDefault(v => v.Benchmark == benchmark);

    /// <summary>The metric verdicts of a benchmark, by message size.</summary>
    /// <param name="benchmark">The benchmark name.</param>
    public IEnumerable<ScalingVerdict> SeriesOf(string benchmark) => SeriesVerdicts.Where(v => v.Benchmark == benchmark);
}

/// <summary>An execution that was not fitted, and why.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Nodes">The node count, when known.</param>
/// <param name="Iteration">The repetition.</param>
/// <param name="Status">Its status.</param>
/// <param name="Reason">Why it was left out.</param>
/// <param name="Source">Where it was read.</param>
public sealed record ExcludedExecution(string Benchmark, int? Nodes, int Iteration, ExecutionStatus Status, string Reason, SourceLocation Source);
