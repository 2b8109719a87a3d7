using System.Collections.Immutable;
using OsuScale.Compare;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>
/// A comparison report, built by <see cref="ComparisonReportBuilder"/> and written by the Markdown and HTML exporters:
/// the answer and the counts on the first screen, the benchmarks sorted by the size of their change, the ratio map,
/// one figure per changed benchmark, the largest cell changes, what each campaign ran, the method and the notes.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="BaselineName">The baseline's label (its input, or <c>baseline</c>).</param>
/// <param name="CandidateName">The candidate's label.</param>
/// <param name="Comparison">The comparison.</param>
/// <param name="Changes">Every benchmark's change, largest effect first.</param>
/// <param name="RatioMap">The ratio heat map (benchmark × node count).</param>
/// <param name="ChangeFigures">One figure per changed benchmark, in the order of <paramref name="Changes"/>.</param>
/// <param name="LargestCells">The cells called faster or slower, largest effect first (at most 30).</param>
/// <param name="Baseline">What the baseline ran.</param>
/// <param name="Candidate">What the candidate ran.</param>
public sealed record ComparisonDocument(
    string Title,
    string BaselineName,
    string CandidateName,
    CampaignComparison Comparison,
    ImmutableArray<ScalingChange> Changes,
    ReportFigure RatioMap,
    ImmutableArray<(ScalingChange Change, ReportFigure Figure)> ChangeFigures,
    ImmutableArray<CellComparison> LargestCells,
    RunSummary Baseline,
    RunSummary Candidate)
{
    /// <summary>Every figure: the ratio map, then the changed benchmarks'.</summary>
    public IEnumerable<ReportFigure> AllFigures => [RatioMap, .. ChangeFigures.Select(f => f.Figure)];
}
