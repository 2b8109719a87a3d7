using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Model;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The overview: one small scaling panel per benchmark, coloured by verdict category (tinted plot area, coloured
/// curve and label), scaling issues first, so the whole campaign is seen at a glance. The result is a
/// <see cref="FigureGrid"/>; see there why it is not a single <see cref="PlotModel"/>.
/// </summary>
public static class OverviewPlot
{
    /// <summary>The default number of panels per row.</summary>
    public const int DefaultColumns = 4;

    /// <summary>
    /// Builds the overview of every benchmark of <paramref name="campaign"/> that has wall times or a verdict.
    /// <paramref name="verdicts"/> are the wall-time verdicts (one per benchmark); benchmarks without one are grey.
    /// </summary>
    public static FigureGrid Build(Campaign campaign, IEnumerable<ScalingVerdict> verdicts, int columns = DefaultColumns)
    {
        var byBenchmark = verdicts.GroupBy(v => v.Benchmark, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var panels = campaign.Benchmarks
            .Select(b => (Name: b, Verdict: byBenchmark.GetValueOrDefault(b), Data: Observations.WallTimes(campaign, b)))
            .Where(p => p.Data.Length > 0 || p.Verdict is not null)
            .OrderBy(p => Rank(p.Verdict?.Category))
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Panel(p.Name, p.Data, p.Verdict))
            .ToImmutableArray();

        ImmutableArray<FigureKey> key =
        [
            .. new[] { ScalingCategory.ScalingIssue, ScalingCategory.PossibleIssue, ScalingCategory.SizeIndependent }
                .Select(c => new FigureKey(ShowText.Category(c), ShowTheme.CategoryColor(c))),
        ];
        var sizes = campaign.Sizes;
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Wall time against nodes: {panels.Length} benchmarks, {sizes.Length} sizes ({string.Join(", ", sizes)} nodes)");
        return new FigureGrid(title, Math.Max(1, columns), panels, key);
    }

    /// <summary>One panel: repetitions, median and model curve, in the colour of the verdict's category.</summary>
    public static PlotModel Panel(string benchmark, IReadOnlyList<Observation> observations, ScalingVerdict? verdict)
    {
        var color = ShowTheme.CategoryColor(verdict?.Category);
        var subtitle = verdict is null ? "no verdict" : $"{ShowText.Category(verdict.Category)} · {ShowText.Growth(verdict.Growth)}";
        var model = ShowTheme.NewModel(benchmark, subtitle);
        model.TitleFontSize = 12;
        model.SubtitleFontSize = 10;
        model.DefaultFontSize = 9;
        model.SubtitleColor = color;
        model.Padding = new OxyThickness(4, 10, 10, 4);
        model.PlotAreaBackground = OxyColor.FromAColor(28, color);
        model.PlotAreaBorderColor = color;
        model.IsLegendVisible = false;

        var summary = Observations.Summarise(observations);
        var ticks = summary.Select(s => s.Nodes).DefaultIfEmpty(1).ToArray();
        model.Axes.Add(new TickedLogAxis(ticks, maxLabels: 6) { Position = AxisPosition.Bottom, LabelFormatter = ShowText.Nodes, FontSize = 9 });
        var values = observations.Select(o => o.Value).Where(v => v > 0).ToArray();
        var logY = values.Length > 0 && values.Max() / values.Min() > 20;
        var y = ScalingPlot.YAxis(logY, "s", 9);
        model.Axes.Add(y);

        if (verdict is not null && summary.Length > 0)
        {
            var curve = ScalingPlot.Curve(verdict.Fit.Model, [.. summary.Select(s => s.Nodes)], ticks, 24);
            if (curve is not null) model.Series.Add(ScalingPlot.Line(ScalingPlot.ModelTitle, curve.Value.Measured, color, LineStyle.Solid, logY, 2));
        }
        var points = new ScatterSeries { Title = ScalingPlot.RepetitionsTitle, MarkerType = MarkerType.Circle, MarkerSize = 2.2, MarkerFill = OxyColor.FromAColor(140, ShowTheme.Ink) };
        foreach (var o in observations.Where(o => !logY || o.Value > 0)) points.Points.Add(new ScatterPoint(o.Nodes, o.Value));
        model.Series.Add(points);
        model.Series.Add(ScalingPlot.Line(ScalingPlot.MedianTitle, [.. summary.Select(s => new DataPoint(s.Nodes, s.Median))], ShowTheme.Ink, LineStyle.Solid, logY, 1));
        return model;
    }

    private static int Rank(ScalingCategory? category) => category switch
    {
        ScalingCategory.ScalingIssue => 0,
        ScalingCategory.PossibleIssue => 1,
        ScalingCategory.SizeIndependent => 2,
        _ => 3,
    };
}
