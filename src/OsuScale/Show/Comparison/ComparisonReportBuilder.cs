using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Compare;
using OsuScale.IO;
using OsuScale.Model;
using OsuScale.Show.Plots;
using OsuScale.Show.Report;

namespace OsuScale.Show.Comparison;

/// <summary>Builds a <see cref="ComparisonDocument"/>: a pure function (figures are plot models; nothing is rendered or written).</summary>
public static class ComparisonReportBuilder
{
    /// <summary>How many faster/slower cells the report lists.</summary>
    public const int LargestCellCount = 30;

    /// <summary>Builds the report of a comparison of <paramref name="candidate"/> against <paramref name="baseline"/>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="baseline">The baseline campaign as read (for what it ran).</param>
    /// <param name="candidate">The candidate campaign as read.</param>
    /// <param name="baselineName">The baseline's label.</param>
    /// <param name="candidateName">The candidate's label.</param>
    public static ComparisonDocument Build(CampaignComparison comparison, Campaign baseline, Campaign candidate,
        string baselineName = "baseline", string candidateName = "candidate")
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Take(string name)
        {
            var safe = SafePath.FileName(name);
            var unique = safe;
            for (var i = 2; !taken.Add(unique); i++) unique = string.Create(CultureInfo.InvariantCulture, $"{safe}-{i}");
            return unique;
        }

        var changes = comparison.Changes.OrderByDescending(c => c.Kind != ChangeKind.None).ThenByDescending(c => c.Effect).ToImmutableArray();
        var ratioMap = ReportFigure.Of(RatioMap.Build(comparison), Take("ratio-map"),
            "Wall-time ratio candidate/baseline per benchmark and node count (red slower, blue faster).",
            ShowTheme.Width, Math.Max(ShowTheme.Height, 120 + 24 * changes.Length));
        var figures = changes.Where(c => c.Kind != ChangeKind.None)
            .Select(c => (c, ReportFigure.Of(ComparisonPlot.Build(c, baselineName, candidateName), Take("compare-" + c.Benchmark),
                $"{c.Benchmark}: wall time against nodes in both campaigns, with their fits.")))
            .ToImmutableArray();
        var largest = comparison.Cells.Where(c => c.Verdict is CellVerdict.Faster or CellVerdict.Slower)
            .OrderByDescending(c => c.Effect).Take(LargestCellCount).ToImmutableArray();
        return new ComparisonDocument($"Comparison: {candidateName} against {baselineName}", baselineName, candidateName, comparison,
            changes, ratioMap, figures, largest, ReportBuilder.Summarise(baseline), ReportBuilder.Summarise(candidate));
    }
}
