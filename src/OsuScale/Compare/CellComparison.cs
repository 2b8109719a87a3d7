using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>
/// One cell of a comparison: a benchmark's series (wall time, or the primary metric at one message size) at one node
/// count both campaigns measured, with the ratio of medians candidate/baseline, its interval, the test that decided it
/// and the verdict against the practical threshold.
/// </summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Series">The series: <c>wall_seconds</c>, or <c>latency@1048576</c>.</param>
/// <param name="Nodes">The node count.</param>
/// <param name="Baseline">The baseline's repetitions at this size (count, median, interval).</param>
/// <param name="Candidate">The candidate's repetitions at this size.</param>
/// <param name="Ratio">The ratio of medians candidate/baseline (above 1: the candidate is slower) with its interval.</param>
/// <param name="PValue">The p-value of "the ratio lies beyond the threshold" (two directions).</param>
/// <param name="QValue">The p-value adjusted for the false-discovery rate over all cells.</param>
/// <param name="Test">The test that decided the cell.</param>
/// <param name="Method">How the test and interval were obtained, in words (says when a single run left only the noise to decide).</param>
/// <param name="Verdict">The verdict.</param>
public sealed record CellComparison(
    string Benchmark,
    string Series,
    double Nodes,
    SizeSummary Baseline,
    SizeSummary Candidate,
    Estimate Ratio,
    double PValue,
    double QValue,
    CellTest Test,
    string Method,
    CellVerdict Verdict)
{
    /// <summary>The unit of the compared values (<c>s</c>, <c>us</c>, <c>s/MB</c> for inverted bandwidths).</summary>
    public string Unit { get; init; } = "";

    /// <summary>True when the values are the inverse of what the benchmark printed (bandwidths, message rates): a ratio above 1 still means slower.</summary>
    public bool Inverted { get; init; }

    /// <summary>True for the wall-time series.</summary>
    public bool IsWallTime => Series == ScalingAnalyser.WallSeries;

    /// <summary>The size of the effect: |ln ratio|, what summaries sort by.</summary>
    public double Effect => Math.Abs(Math.Log(Ratio.Value));
}
