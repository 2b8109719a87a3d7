using System.Collections.Immutable;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>
/// The answer a report opens with: one or two sentences, one row per benchmark (most severe and most expensive first)
/// and the campaign's cost per size, measured and predicted. Built by <see cref="ReportSummaries.Build"/> from the
/// verdicts, which carry the numbers shown.
/// </summary>
/// <param name="Sentences">The answer in words ("8 of 22 benchmarks grow with cluster size; …").</param>
/// <param name="LargestMeasured">The campaign's largest measured node count (0 when none).</param>
/// <param name="PredictedSizes">The node counts beyond the measured ones that predictions are shown for, ascending.</param>
/// <param name="Rows">One row per benchmark with a verdict: scaling issues, then possible issues, then size-independent; within a group the most expensive at the first predicted size first.</param>
/// <param name="Cost">The cost of one pass of the campaign (every benchmark once) per size, measured sizes then predicted ones.</param>
/// <param name="CostNote">What the cost table counts and what it leaves out, in one sentence.</param>
public sealed record ReportSummary(
    ImmutableArray<string> Sentences,
    int LargestMeasured,
    ImmutableArray<double> PredictedSizes,
    ImmutableArray<SummaryRow> Rows,
    ImmutableArray<CostRow> Cost,
    string CostNote);

/// <summary>One benchmark in the summary table.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Anchor">The id of its detail in the report (<c>b-osu_allgather</c>).</param>
/// <param name="Verdict">Its wall-time verdict: category, growth, exponent with interval, confidence, predictions.</param>
/// <param name="Measured">The median wall time at its largest measured size, with that size; null when it has none.</param>
/// <param name="Predicted">Its predictions at <see cref="ReportSummary.PredictedSizes"/>, in that order (null where it has none).</param>
public sealed record SummaryRow(string Benchmark, string Anchor, ScalingVerdict Verdict, SizeSummary? Measured, ImmutableArray<Prediction?> Predicted);

/// <summary>The cost of one pass of the campaign (every benchmark run once) at one node count.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Measured">True for a measured size (medians of what ran), false for a prediction.</param>
/// <param name="WallSeconds">The wall time of one pass: the sum of the benchmarks' medians (measured) or predictions.</param>
/// <param name="Low">For a prediction, the sum of the benchmarks' lower 95 % bounds (NaN for a measured size).</param>
/// <param name="High">For a prediction, the sum of the benchmarks' upper 95 % bounds (NaN for a measured size).</param>
/// <param name="Benchmarks">How many benchmarks are counted.</param>
/// <param name="Dominant">The benchmarks that take the largest shares of it (at least a tenth each, at most three), with their share.</param>
public sealed record CostRow(double Nodes, bool Measured, double WallSeconds, double Low, double High, int Benchmarks, ImmutableArray<(string Benchmark, double Share)> Dominant)
{
    /// <summary>Node-hours of one pass: nodes × wall time.</summary>
    public double NodeHours => Nodes * WallSeconds / 3600;
}
