using System.Globalization;
using OsuScale.Compare;
using OsuScale.Model;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// One benchmark in two campaigns: the wall time against node count of the baseline and of the candidate (per-size
/// median, min–max when there are repetitions) with each campaign's fitted law, and the change in the subtitle.
/// </summary>
/// <remarks>A pure function of the change: it builds a <see cref="PlotModel"/> and does no IO.</remarks>
public static class ComparisonPlot
{
    /// <summary>The baseline's colour (blue).</summary>
    public static OxyColor BaselineColor { get; } = ShowTheme.SeriesColor(0);

    /// <summary>The candidate's colour (vermillion).</summary>
    public static OxyColor CandidateColor { get; } = ShowTheme.SeriesColor(5);

    /// <summary>Builds the figure of one benchmark's change.</summary>
    /// <param name="change">The change (its verdicts carry the per-size summaries and the fits).</param>
    /// <param name="baselineName">The baseline's label in the legend.</param>
    /// <param name="candidateName">The candidate's label.</param>
    public static PlotModel Build(ScalingChange change, string baselineName = "baseline", string candidateName = "candidate")
    {
        ArgumentNullException.ThrowIfNull(change);
        var model = ShowTheme.NewModel(change.Benchmark, Subtitle(change));
        var nodes = change.Baseline.Summary.Select(s => s.Nodes).Concat(change.Candidate.Summary.Select(s => s.Nodes)).Distinct().Order().ToArray();
        if (nodes.Length == 0) nodes = [1];
        var values = new[] { change.Baseline, change.Candidate }
            .SelectMany(v => v.Summary.SelectMany(s => new[] { s.Low, s.High, s.Median }))
            .Where(v => double.IsFinite(v) && v > 0).ToArray();
        var logY = values.Length > 0 && values.Max() / values.Min() > ScalingPlotOptions.Default.LogThreshold;
        model.Axes.Add(new TickedLogAxis(nodes) { Position = AxisPosition.Bottom, Title = "Nodes", LabelFormatter = ShowText.Nodes });
        var medians = new[] { change.Baseline, change.Candidate }.SelectMany(v => v.Summary.Select(s => s.Median));
        var bounds = new[] { change.Baseline, change.Candidate }.SelectMany(v => v.Summary.SelectMany(s => new[] { s.Low, s.High }));
        model.Axes.Add(ValueAxis.Create(logY, ScalingPlot.WallTimeTitle, ValueAxis.Range(medians, bounds, logY)));

        Side(model, change.Baseline, baselineName, BaselineColor, nodes, logY);
        Side(model, change.Candidate, candidateName, CandidateColor, nodes, logY);
        ShowTheme.AddLegend(model);
        return model;
    }

    /// <summary>The subtitle: the kind of change, the exponents and the level.</summary>
    public static string Subtitle(ScalingChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Kind(change.Kind)}: exponent {VerdictWording.Exponent(change.Baseline.Exponent)} → {VerdictWording.Exponent(change.Candidate.Exponent)}\n" +
            $"typical ratio candidate/baseline {ComparisonWording.Ratio(change.Level.Value)} [{ComparisonWording.Ratio(change.Level.Low)}, {ComparisonWording.Ratio(change.Level.High)}]");
    }

    private static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Growth => "change of growth",
        ChangeKind.ConstantFactor => "constant factor",
        _ => "no change",
    };

    private static void Side(PlotModel model, ScalingVerdict verdict, string name, OxyColor color, double[] nodes, bool logY)
    {
        var summary = verdict.Summary;
        var measured = summary.Select(s => s.Nodes).ToArray();
        if (measured.Length > 0 && ScalingPlot.Curve(verdict.Fit.Model, measured, nodes, ScalingPlotOptions.Default.CurvePoints) is { } curve)
            model.Series.Add(ScalingPlot.Line($"{name}: {verdict.Fit.Model.Formula}", curve.Measured, color, LineStyle.Dash, logY, 1.5));
        if (summary.Any(s => s.Count > 1))
        {
            var interval = new HighLowSeries { Title = $"{name}: min–max", Color = color, StrokeThickness = 1.2, TickLength = 4 };
            foreach (var s in summary.Where(s => s.Count > 1)) interval.Items.Add(new HighLowItem(s.Nodes, s.High, s.Low));
            model.Series.Add(interval);
        }
        model.Series.Add(ScalingPlot.Line($"{name}: median", [.. summary.Select(s => new DataPoint(s.Nodes, s.Median))], color, LineStyle.Solid, logY, 2, MarkerType.Circle));
    }
}
