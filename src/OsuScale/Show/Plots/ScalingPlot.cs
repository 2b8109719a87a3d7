using System.Globalization;
using OsuScale.Campaigns;
using OsuScale.Model;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The scaling plot of one benchmark: wall time against node count on a log2 axis labelled with the node counts
/// measured (and asked for), every repetition as a point, the min–max interval when there are several, the median
/// line, the selected model's curve (dashed where it extrapolates) and the verdict in the subtitle.
/// </summary>
/// <remarks>A pure function of its inputs: it builds a <see cref="PlotModel"/> and does no IO.</remarks>
public static class ScalingPlot
{
    /// <summary>Title of the series of individual repetitions.</summary>
    public const string RepetitionsTitle = "repetitions";
    /// <summary>Title of the min–max interval series.</summary>
    public const string IntervalTitle = "min–max";
    /// <summary>Title of the median line.</summary>
    public const string MedianTitle = "median";
    /// <summary>Title of the model curve over the measured range.</summary>
    public const string ModelTitle = "model";
    /// <summary>Title of the model curve beyond the measured range.</summary>
    public const string ExtrapolatedTitle = "model, extrapolated";
    /// <summary>Title of the predicted values at the sizes asked for.</summary>
    public const string PredictedTitle = "predicted";
    /// <summary>Title of the model's prediction band.</summary>
    public const string BandTitle = "prediction band";
    /// <summary>Title of the outlier markers.</summary>
    public const string OutliersTitle = "outliers";
    /// <summary>The quantity and unit on the value axis (followed by <c>, log scale</c> when the axis is logarithmic).</summary>
    public const string WallTimeTitle = "Wall time (s)";

    /// <summary>Builds the scaling plot of <paramref name="benchmark"/> from the campaign's wall times.</summary>
    public static PlotModel Build(Campaign campaign, string benchmark, ScalingVerdict? verdict, ScalingPlotOptions? options = null) =>
        Build(benchmark, Observations.WallTimes(campaign, benchmark), verdict, options);

    /// <summary>Builds the scaling plot from observations (node count, repetition, wall seconds) and the verdict, if any.</summary>
    public static PlotModel Build(string benchmark, IReadOnlyList<Observation> observations, ScalingVerdict? verdict, ScalingPlotOptions? options = null)
    {
        options ??= ScalingPlotOptions.Default;
        var model = ShowTheme.NewModel(benchmark, verdict is null ? "no verdict" : Subtitle(verdict));
        if (verdict is not null) model.SubtitleColor = ShowTheme.CategoryColor(verdict.Category);

        var summary = Observations.Summarise(observations);
        var measured = summary.Select(s => s.Nodes).ToArray();
        var predictions = verdict?.Predictions.IsDefault == false ? verdict.Predictions : [];
        var ticks = measured.Concat(predictions.Select(p => p.Nodes)).Where(n => n > 0).Distinct().Order().ToArray();
        if (ticks.Length == 0) ticks = [1];

        var curve = verdict is null || measured.Length == 0 ? null : Curve(verdict.Fit.Model, measured, ticks, options.CurvePoints);
        // What must be seen decides the axis (measurements, the model where it was measured, the predicted values);
        // the extrapolated curve, the band and the intervals may widen it a little and are clipped beyond.
        var core = observations.Select(o => o.Value)
            .Concat(predictions.Select(p => p.Value))
            .Concat(curve is null ? [] : curve.Value.Measured.Select(p => p.Y))
            .Where(double.IsFinite).ToArray();
        var extras = predictions.SelectMany(p => new[] { p.Low, p.High })
            .Concat(curve is null ? [] : curve.Value.Extrapolated.Select(p => p.Y)).ToArray();
        var positive = core.Where(v => v > 0).ToArray();
        var logY = positive.Length > 0 && positive.Max() / positive.Min() > options.LogThreshold;
        var range = ValueAxis.Range(core, extras, logY);

        model.Axes.Add(new TickedLogAxis(ticks)
        {
            Position = AxisPosition.Bottom,
            Title = "Nodes",
            LabelFormatter = ShowText.Nodes,
        });
        model.Axes.Add(ValueAxis.Create(logY, WallTimeTitle, range));

        // The band and the model first, so that the data is drawn over them.
        if (curve is not null && options.ShowBand)
        {
            var band = Band(verdict!.Fit, ticks[0], ticks[^1], options, logY, range);
            if (band.Points.Count > 1)
            {
                band.Fill = OxyColor.FromAColor(45, ShowTheme.CategoryColor(verdict.Category));
                model.Series.Add(band);
            }
        }
        if (curve is not null)
        {
            var color = ShowTheme.CategoryColor(verdict!.Category);
            model.Series.Add(Line(ModelTitle, curve.Value.Measured, color, LineStyle.Solid, logY, 2));
            if (curve.Value.Extrapolated.Count > 0)
                model.Series.Add(Line(ExtrapolatedTitle, curve.Value.Extrapolated, color, LineStyle.Dash, logY, 2));
        }

        if (summary.Any(s => s.Count > 1))
        {
            var interval = new HighLowSeries { Title = IntervalTitle, Color = ShowTheme.Measured, StrokeThickness = 1.5, TickLength = 4 };
            foreach (var s in summary.Where(s => s.Count > 1)) interval.Items.Add(new HighLowItem(s.Nodes, s.High, s.Low));
            model.Series.Add(interval);
        }

        var points = new ScatterSeries
        {
            Title = RepetitionsTitle,
            MarkerType = MarkerType.Circle,
            MarkerSize = 3.5,
            MarkerFill = OxyColor.FromAColor(150, ShowTheme.Measured),
            MarkerStroke = OxyColors.Undefined,
        };
        points.Points.AddRange(Jitter.Points(observations.Where(o => double.IsFinite(o.Value) && (!logY || o.Value > 0))));
        model.Series.Add(points);

        model.Series.Add(Line(MedianTitle, [.. summary.Select(s => new DataPoint(s.Nodes, s.Median))], ShowTheme.Ink, LineStyle.Solid, logY, 1.2, MarkerType.Diamond));

        if (verdict is not null && !verdict.Outliers.IsDefaultOrEmpty)
        {
            var outliers = new ScatterSeries
            {
                Title = OutliersTitle,
                MarkerType = MarkerType.Cross,
                MarkerSize = 6,
                MarkerStroke = ShowTheme.CategoryColor(ScalingCategory.ScalingIssue),
                MarkerStrokeThickness = 1.5,
            };
            foreach (var o in verdict.Outliers) outliers.Points.Add(new ScatterPoint(o.Nodes, o.Value));
            model.Series.Add(outliers);
        }

        if (predictions.Length > 0)
        {
            var color = ShowTheme.CategoryColor(verdict!.Category);
            var interval = new HighLowSeries { Title = "prediction interval", Color = color, LineStyle = LineStyle.Dash, StrokeThickness = 1.5, TickLength = 5 };
            var predicted = new ScatterSeries { Title = PredictedTitle, MarkerType = MarkerType.Square, MarkerSize = 4.5, MarkerFill = OxyColors.White, MarkerStroke = color, MarkerStrokeThickness = 1.5 };
            foreach (var p in predictions.Where(p => double.IsFinite(p.Value)))
            {
                if (double.IsFinite(p.Low) && double.IsFinite(p.High)) interval.Items.Add(new HighLowItem(p.Nodes, ValueAxis.Clip(p.High, range), ValueAxis.Clip(p.Low, range)));
                if (!logY || p.Value > 0) predicted.Points.Add(new ScatterPoint(p.Nodes, p.Value));
            }
            if (interval.Items.Count > 0) model.Series.Add(interval);
            model.Series.Add(predicted);
        }

        if (verdict?.Jump is { } jump)
        {
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = Math.Sqrt(jump.AfterNodes * jump.AtNodes),
                Color = ShowTheme.CategoryColor(verdict.Category),
                LineStyle = LineStyle.Dot,
                StrokeThickness = 1.5,
                Text = string.Create(CultureInfo.InvariantCulture, $"{jump.Kind} ×{jump.Ratio:0.#}"),
                TextColor = ShowTheme.Ink,
                FontSize = ShowTheme.FontSize - 1,
            });
        }

        ShowTheme.AddLegend(model);
        return model;
    }

    /// <summary>The subtitle: the verdict line and its evidence (exponent with interval, points, confidence).</summary>
    public static string Subtitle(ScalingVerdict verdict) =>
        ShowText.VerdictLine(verdict) + "\n" + string.Create(CultureInfo.InvariantCulture,
            $"exponent {ShowText.Number(verdict.Exponent.Value)} [{ShowText.Number(verdict.Exponent.Low)}, {ShowText.Number(verdict.Exponent.High)}], {verdict.Points} sizes, {verdict.Repetitions} runs, noise {verdict.Noise * 100:0.#} %, confidence {ShowText.Confidence(verdict.Confidence)}");

    /// <summary>
    /// The prediction band of the fit from <paramref name="from"/> to <paramref name="to"/> nodes, clipped to the value
    /// axis' <paramref name="range"/> (points where it is undefined are skipped).
    /// </summary>
    internal static AreaSeries Band(FitResult fit, double from, double to, ScalingPlotOptions options, bool positiveOnly, (double Min, double Max) range)
    {
        var band = new AreaSeries
        {
            Title = string.Create(CultureInfo.InvariantCulture, $"{options.BandLevel * 100:0} % {BandTitle}"),
            Color = OxyColors.Transparent,
            Color2 = OxyColors.Transparent,
            StrokeThickness = 0,
        };
        foreach (var n in Observations.LogGrid(from, to, 2 * options.CurvePoints))
        {
            var p = fit.Predict(n, options.BandLevel);
            if (!double.IsFinite(p.Low) || !double.IsFinite(p.High) || positiveOnly && p.High <= 0) continue;
            band.Points.Add(new DataPoint(n, ValueAxis.Clip(p.High, range)));
            band.Points2.Add(new DataPoint(n, ValueAxis.Clip(p.Low, range)));
        }
        return band;
    }


    internal static LineSeries Line(string title, IReadOnlyList<DataPoint> points, OxyColor color, LineStyle style, bool positiveOnly, double thickness, MarkerType marker = MarkerType.None)
    {
        var line = new LineSeries
        {
            Title = title,
            Color = color,
            LineStyle = style,
            StrokeThickness = thickness,
            MarkerType = marker,
            MarkerSize = 3,
            MarkerFill = color,
        };
        // An undefined point is kept: it breaks the line (two extrapolated segments in one series).
        foreach (var p in points.Where(p => !p.IsDefined() || (double.IsFinite(p.Y) && (!positiveOnly || p.Y > 0)))) line.Points.Add(p);
        return line;
    }

    internal static (IReadOnlyList<DataPoint> Measured, IReadOnlyList<DataPoint> Extrapolated)? Curve(
        ScalingModel fitted, IReadOnlyList<double> measured, IReadOnlyList<double> ticks, int count)
    {
        var lo = measured.Min();
        var hi = measured.Max();
        var inside = Observations.LogGrid(lo, hi, count).Select(n => new DataPoint(n, fitted.Evaluate(n))).ToList();
        var outside = new List<DataPoint>();
        if (ticks[^1] > hi)
            outside.AddRange(Observations.LogGrid(hi, ticks[^1], count).Select(n => new DataPoint(n, fitted.Evaluate(n))));
        if (ticks[0] < lo)
        {
            // Below the measured range: a separate segment, joined by a break (NaN) to keep one series.
            if (outside.Count > 0) outside.Add(DataPoint.Undefined);
            outside.AddRange(Observations.LogGrid(ticks[0], lo, count).Select(n => new DataPoint(n, fitted.Evaluate(n))));
        }
        return (inside, outside);
    }
}
