using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>Builds the <see cref="ReportSummary"/> a report opens with: a pure function of the campaign and its verdicts.</summary>
public static class ReportSummaries
{
    /// <summary>The least share of a pass's wall time for a benchmark to be named as dominating it.</summary>
    public const double DominantShare = 0.1;

    /// <summary>
    /// The summary of <paramref name="verdicts"/> (wall-time verdicts, one per benchmark): rows by severity then
    /// predicted cost, and the cost of one pass per measured size and per size of <paramref name="predictAt"/> that was
    /// not measured (a measured size is never shown as predicted).
    /// </summary>
    /// <param name="campaign">The campaign (its sizes, and medians for verdicts that carry no per-size summary).</param>
    /// <param name="verdicts">The wall-time verdicts.</param>
    /// <param name="predictAt">The node counts predictions were asked for.</param>
    /// <param name="anchor">The id of a benchmark's detail in the report.</param>
    public static ReportSummary Build(Campaign campaign, IReadOnlyList<ScalingVerdict> verdicts, IReadOnlyList<double> predictAt, Func<string, string> anchor)
    {
        var measuredSizes = campaign.Sizes.Select(s => (double)s).ToHashSet();
        var largest = campaign.Sizes.IsDefaultOrEmpty ? 0 : campaign.Sizes[^1];
        var predicted = predictAt.Where(n => n > 0 && !measuredSizes.Contains(n)).Distinct().Order().ToImmutableArray();

        var medians = verdicts.ToDictionary(v => v.Benchmark, v => PerSize(campaign, v), StringComparer.Ordinal);
        var rows = verdicts
            .Select(v => new SummaryRow(v.Benchmark, anchor(v.Benchmark), v,
                medians[v.Benchmark].Count == 0 ? null : medians[v.Benchmark].MaxBy(s => s.Nodes),
                [.. predicted.Select(n => v.Predictions.IsDefault ? null : v.Predictions.FirstOrDefault(p => p.Nodes == n && double.IsFinite(p.Value)))]))
            .OrderBy(r => Severity(r.Verdict.Category))
            .ThenByDescending(r => Cost(r))
            .ThenBy(r => r.Benchmark, StringComparer.Ordinal)
            .ToImmutableArray();

        var cost = ImmutableArray.CreateBuilder<CostRow>();
        foreach (var n in campaign.Sizes)
        {
            var parts = verdicts.Select(v => (v.Benchmark, Seconds: medians[v.Benchmark].FirstOrDefault(s => s.Nodes == n)?.Median ?? double.NaN))
                .Where(p => double.IsFinite(p.Seconds)).ToList();
            if (parts.Count > 0) cost.Add(Row(n, measured: true, parts, double.NaN, double.NaN));
        }
        var withoutPrediction = 0;
        foreach (var n in predicted)
        {
            var predictions = rows.Select(r => (r.Benchmark, Prediction: r.Predicted[predicted.IndexOf(n)])).ToList();
            withoutPrediction = Math.Max(withoutPrediction, predictions.Count(p => p.Prediction is null));
            var parts = predictions.Where(p => p.Prediction is not null).Select(p => (p.Benchmark, Seconds: p.Prediction!.Value)).ToList();
            if (parts.Count == 0) continue;
            var valid = predictions.Where(p => p.Prediction is not null).Select(p => p.Prediction!).ToList();
            cost.Add(Row(n, measured: false, parts, valid.Sum(p => Math.Max(0, p.Low)), valid.Sum(p => p.High)));
        }

        var note = "One pass runs every benchmark once: a measured size adds up the medians of the repetitions, a predicted one the " +
                   "predictions, its range the benchmarks' 95 % bounds added up (wider than a 95 % interval of the sum). " +
                   "Node-hours are nodes × wall time.";
        if (withoutPrediction > 0)
            note += string.Create(CultureInfo.InvariantCulture, $" {withoutPrediction} benchmark(s) without a prediction are not counted at the predicted sizes.");
        var cost1 = cost.ToImmutable();
        return new ReportSummary(Sentences(rows, verdicts.Count, cost1, largest), largest, predicted, rows, cost1, note);
    }

    /// <summary>The order of the categories in the summary and the report: scaling issues, possible issues, size-independent.</summary>
    public static int Severity(ScalingCategory? category) => category switch
    {
        ScalingCategory.ScalingIssue => 0,
        ScalingCategory.PossibleIssue => 1,
        ScalingCategory.SizeIndependent => 2,
        _ => 3,
    };

    private static ImmutableArray<string> Sentences(ImmutableArray<SummaryRow> rows, int total, ImmutableArray<CostRow> cost, int largest)
    {
        var issues = rows.Where(r => r.Verdict.Category == ScalingCategory.ScalingIssue).ToList();
        var possible = rows.Count(r => r.Verdict.Category == ScalingCategory.PossibleIssue);
        var first = issues.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"None of the {total} benchmarks clearly grows with cluster size")
            : string.Create(CultureInfo.InvariantCulture, $"{issues.Count} of {total} benchmarks grow with cluster size");
        if (possible > 0) first += string.Create(CultureInfo.InvariantCulture, $", {possible} more possibly");
        if (issues.MaxBy(r => r.Verdict.Exponent.Value) is { } steepest && double.IsFinite(steepest.Verdict.Exponent.Value))
            first += $"; {steepest.Benchmark} is the steepest (N^{ShowText.Number(steepest.Verdict.Exponent.Value)})";
        first += ".";

        var sentences = new List<string> { first };
        var measured = cost.LastOrDefault(c => c.Measured);
        var predicted = cost.Where(c => !c.Measured && c.Nodes > largest).ToList();
        if (measured is not null)
        {
            var second = string.Create(CultureInfo.InvariantCulture,
                $"One pass of this campaign (every benchmark once) took {ShowText.Duration(measured.WallSeconds)} at {ShowText.Nodes(measured.Nodes)} nodes");
            if (predicted.Count > 0)
                second += string.Create(CultureInfo.InvariantCulture, $"; at {ShowText.Nodes(predicted[0].Nodes)} nodes it would take about {ShowText.Duration(predicted[0].WallSeconds)}") +
                          string.Concat(predicted.Skip(1).Select(p => string.Create(CultureInfo.InvariantCulture, $", at {ShowText.Nodes(p.Nodes)} about {ShowText.Duration(p.WallSeconds)}")));
            sentences.Add(second + ".");
        }
        return [.. sentences];
    }

    private static CostRow Row(double nodes, bool measured, List<(string Benchmark, double Seconds)> parts, double low, double high)
    {
        var total = parts.Sum(p => p.Seconds);
        var dominant = total <= 0 ? [] : parts
            .Select(p => (p.Benchmark, Share: p.Seconds / total))
            .Where(p => p.Share >= DominantShare)
            .OrderByDescending(p => p.Share).ThenBy(p => p.Benchmark, StringComparer.Ordinal)
            .Take(3).ToImmutableArray();
        return new CostRow(nodes, measured, total, low, high, parts.Count, dominant);
    }

    private static double Cost(SummaryRow row) =>
        row.Predicted.FirstOrDefault(p => p is not null)?.Value ?? row.Measured?.Median ?? 0;

    /// <summary>The verdict's per-size summary, or medians of the campaign's complete wall times when the verdict carries none.</summary>
    private static IReadOnlyList<SizeSummary> PerSize(Campaign campaign, ScalingVerdict verdict)
    {
        if (!verdict.Summary.IsDefaultOrEmpty) return verdict.Summary;
        return
        [
            .. campaign.Of(verdict.Benchmark)
                .Where(e => e.IsComplete && e.Nodes is not null && e.WallSeconds is { } w && double.IsFinite(w))
                .GroupBy(e => e.Nodes!.Value).OrderBy(g => g.Key)
                .Select(g =>
                {
                    var values = g.Select(e => e.WallSeconds!.Value).Order().ToArray();
                    var median = values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
                    return new SizeSummary(g.Key, values.Length, median, values[0], values[^1]);
                }),
        ];
    }
}
