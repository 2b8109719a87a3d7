using System.Collections.Immutable;
using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>
/// How one benchmark's wall-time scaling changed: the exponents of both campaigns with their difference, the level
/// (the geometric mean of the wall-time ratios over the sizes both measured), and which kind of change that is.
/// </summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Baseline">The baseline's wall-time verdict over the common sizes (exponent, fit, per-size summary).</param>
/// <param name="Candidate">The candidate's.</param>
/// <param name="Difference">Candidate exponent minus baseline exponent, with an interval combined from both (MOVER, Zou and Donner 2008).</param>
/// <param name="Level">The typical ratio candidate/baseline over the common sizes (geometric mean of the per-size ratios) with its interval.</param>
/// <param name="GrowthQValue">The q-value (over benchmarks) of "the exponent changed by more than the threshold spread over the measured range".</param>
/// <param name="LevelQValue">The q-value (over benchmarks) of "the level changed by more than the threshold".</param>
/// <param name="Kind">None, constant factor or growth.</param>
/// <param name="Nodes">The node counts both campaigns measured.</param>
/// <param name="Sentence">One sentence a person can check against the figure.</param>
public sealed record ScalingChange(
    string Benchmark,
    ScalingVerdict Baseline,
    ScalingVerdict Candidate,
    Estimate Difference,
    Estimate Level,
    double GrowthQValue,
    double LevelQValue,
    ChangeKind Kind,
    ImmutableArray<double> Nodes,
    string Sentence)
{
    /// <summary>
    /// The size of the change, what summaries sort by: for growth, |ln| of how much more (or less) the time grows over
    /// the measured range; otherwise |ln level|.
    /// </summary>
    public double Effect => Kind == ChangeKind.Growth && Nodes.Length >= 2
        ? Math.Abs(Difference.Value * Math.Log(Nodes[^1] / Nodes[0]))
        : Math.Abs(Math.Log(Level.Value));
}
