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
    /// Builds the overview of every benchmark of <paramref name="campaign"/> that has wall times at two sizes or more
    /// (<see cref="HasSomethingToDraw"/>). <paramref name="verdicts"/> are the wall-time verdicts (one per benchmark);
    /// benchmarks without one are grey. Every panel has a logarithmic time axis.
    /// </summary>
    public static FigureGrid Build(Campaign campaign, IEnumerable<ScalingVerdict> verdicts, int columns = DefaultColumns)
    {
        var byBenchmark = verdicts.GroupBy(v => v.Benchmark, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var panels = campaign.Benchmarks
            .Select(b => (Name: b, Verdict: byBenchmark.GetValueOrDefault(b), Data: Observations.WallTimes(campaign, b)))
            .Where(p => HasSomethingToDraw(p.Data))
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
            $"Wall time against nodes, both axes logarithmic: {panels.Length} benchmarks, {sizes.Length} sizes{(sizes.Length > 0 ? $" ({sizes[0]}–{sizes[^1]} nodes)" : "")}");
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
        // Every panel has the same kind of axes (log-log), so that curves compare across panels: a straight line is a
        // power law whose slope is the exponent, whatever the panel.
        var curve = verdict is not null && summary.Length > 0 ? ScalingPlot.Curve(verdict.Fit.Model, [.. summary.Select(s => s.Nodes)], ticks, 24) : null;
        var range = ValueAxis.Range(observations.Select(o => o.Value), curve is null ? [] : curve.Value.Measured.Select(p => p.Y), log: true);
        model.Axes.Add(ValueAxis.Create(log: true, ScalingPlot.WallTimeTitle, range, 9));

        if (curve is not null) model.Series.Add(ScalingPlot.Line(ScalingPlot.ModelTitle, curve.Value.Measured, color, LineStyle.Solid, true, 2));
        var points = new ScatterSeries { Title = ScalingPlot.RepetitionsTitle, MarkerType = MarkerType.Circle, MarkerSize = 2.2, MarkerFill = OxyColor.FromAColor(140, ShowTheme.Ink) };
        points.Points.AddRange(Jitter.Points(observations.Where(o => o.Value > 0)));
        model.Series.Add(points);
        model.Series.Add(ScalingPlot.Line(ScalingPlot.MedianTitle, [.. summary.Select(s => new DataPoint(s.Nodes, s.Median))], ShowTheme.Ink, LineStyle.Solid, true, 1));
        return model;
    }

    /// <summary>
    /// True when a panel would show something: positive wall times at two sizes or more (a single size has no trend to
    /// show, and a benchmark without wall times would be an empty frame).
    /// </summary>
    public static bool HasSomethingToDraw(IEnumerable<Observation> observations) =>
        observations.Where(o => o.Value > 0 && double.IsFinite(o.Value)).Select(o => o.Nodes).Distinct().Skip(1).Any();

    private static int Rank(ScalingCategory? category) => category switch
    {
        ScalingCategory.ScalingIssue => 0,
        ScalingCategory.PossibleIssue => 1,
        ScalingCategory.SizeIndependent => 2,
        _ => 3,
    };
}
