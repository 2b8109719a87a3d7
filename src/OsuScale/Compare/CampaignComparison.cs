using System.Collections.Immutable;
using OsuScale.Model;

namespace OsuScale.Compare;

/// <summary>
/// Two campaigns side by side: every cell (benchmark, series, node count both measured) with its ratio and verdict,
/// every benchmark's scaling change, and the analyses they were computed from (over the common sizes only).
/// </summary>
/// <param name="Cells">Every cell, by benchmark, series (wall time first, then message sizes) and node count.</param>
/// <param name="Changes">One per benchmark with wall times in both campaigns, in baseline order.</param>
/// <param name="Baseline">The baseline's analysis over the common sizes.</param>
/// <param name="Candidate">The candidate's analysis over the common sizes.</param>
/// <param name="Options">The options used.</param>
/// <param name="Notes">What was left out: benchmarks, sizes or series measured by one campaign only.</param>
public sealed record CampaignComparison(
    ImmutableArray<CellComparison> Cells,
    ImmutableArray<ScalingChange> Changes,
    CampaignAnalysis Baseline,
    CampaignAnalysis Candidate,
    ComparisonOptions Options,
    ImmutableArray<string> Notes)
{
    /// <summary>The answer in one sentence: the cluster, the benchmarks, or noise (<see cref="ComparisonWording.Answer"/>).</summary>
    public string Answer => ComparisonWording.Answer(this);

    /// <summary>How many cells have each verdict.</summary>
    public int Count(CellVerdict verdict) => Cells.Count(c => c.Verdict == verdict);

    /// <summary>The scaling change of a benchmark, or null.</summary>
    public ScalingChange? Change(string benchmark) => Changes.FirstOrDefault(c => c.Benchmark == benchmark);

    /// <summary>The cells of a benchmark.</summary>
    public IEnumerable<CellComparison> CellsOf(string benchmark) => Cells.Where(c => c.Benchmark == benchmark);
}
