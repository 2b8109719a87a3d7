using System.Collections.Immutable;

namespace OsuScale.Model;

/// <summary>
/// The conclusion about how one series (a benchmark's wall time, or its primary metric at one message size) scales with
/// the node count, with the evidence a person needs to check it.
/// </summary>
/// <param name="Benchmark">The benchmark name.</param>
/// <param name="Series">What was modelled: <c>wall_seconds</c>, or <c>latency@1048576</c> for a metric at a message size.</param>
/// <param name="Category">The group it belongs to.</param>
/// <param name="Growth">The shape of the growth.</param>
/// <param name="Fit">The selected model and its fit quality.</param>
/// <param name="Exponent">The robust log-log slope (Theil–Sen) with its confidence interval.</param>
/// <param name="Points">The number of distinct node counts used.</param>
/// <param name="Repetitions">The number of observations used (all repetitions at all sizes).</param>
/// <param name="Noise">The relative run-to-run noise the effect was compared with (0.05 = 5 %).</param>
/// <param name="Confidence">How far the verdict can be trusted.</param>
/// <param name="Reason">One sentence a person can check against the plot.</param>
/// <param name="Predictions">Predicted values at the node counts asked for.</param>
/// <param name="Jump">The jump or inflection found, when the two-segment model won.</param>
/// <param name="Outliers">Observations reported as outliers (kept in the fit data, flagged here).</param>
/// <param name="Summary">The per-size summary (median and interval) the verdict was computed from.</param>
public sealed record ScalingVerdict(
    string Benchmark,
    string Series,
    ScalingCategory Category,
    Growth Growth,
    FitResult Fit,
    ExponentEstimate Exponent,
    int Points,
    int Repetitions,
    double Noise,
    Confidence Confidence,
    string Reason,
    ImmutableArray<Prediction> Predictions,
    JumpEvidence? Jump,
    ImmutableArray<Observation> Outliers,
    ImmutableArray<SizeSummary> Summary)
{
    /// <summary>The numbers the reason was worded from (null for verdicts built by hand).</summary>
    public VerdictFacts? Facts { get; init; }

    /// <summary>The unit of the modelled values (<c>s</c>, <c>us</c>, <c>s/MB</c> for inverted bandwidths).</summary>
    public string Unit { get; init; } = "";

    /// <summary>
    /// True when the values are the inverse of what the benchmark printed (bandwidths and message rates, where higher
    /// is better): the analysis models a cost that grows when performance degrades, so growth always means "worse".
    /// </summary>
    public bool Inverted { get; init; }

    /// <summary>Where <see cref="Noise"/> comes from.</summary>
    public NoiseSource NoiseSource { get; init; }
}

/// <summary>A growth exponent (log-log slope) with its confidence interval.</summary>
/// <param name="Value">The point estimate.</param>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
/// <param name="Level">The interval's coverage (0.95).</param>
/// <param name="Method">How the interval was obtained (<c>bootstrap over repetitions</c>, <c>residual spread</c>).</param>
public sealed record ExponentEstimate(double Value, double Low, double High, double Level, string Method);

/// <summary>A step or an inflection located by the two-segment model.</summary>
/// <param name="AfterNodes">The last node count before the jump.</param>
/// <param name="AtNodes">The first node count after the jump.</param>
/// <param name="Ratio">How many times larger the values are after the jump than the lower segment predicts.</param>
/// <param name="Kind"><c>step</c> (a level change) or <c>inflection</c> (flat then growing).</param>
public sealed record JumpEvidence(double AfterNodes, double AtNodes, double Ratio, string Kind);

/// <summary>One observed value at a node count.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Iteration">The repetition.</param>
/// <param name="Value">The value.</param>
public sealed record Observation(double Nodes, int Iteration, double Value);

/// <summary>The repetitions at one node count, summarised.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Count">How many repetitions.</param>
/// <param name="Median">Their median.</param>
/// <param name="Low">The lower bound of the interval (the minimum when there are fewer than 3 repetitions).</param>
/// <param name="High">The upper bound.</param>
public sealed record SizeSummary(double Nodes, int Count, double Median, double Low, double High);
