using System.Globalization;
using OsuScale.Campaigns;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The message-size plot of one benchmark: its primary metric (latency, bandwidth, message rate) against message size
/// on a log2 axis labelled in binary units (1 B … 4 MiB), one line per node count (the median of the repetitions) with
/// a min–max band when there are repetitions, and the metric's unit and direction on the y axis.
/// </summary>
public static class MessageSizePlot
{
    /// <summary>The title of the line of a node count, e.g. <c>8 nodes</c> (<c>64 nodes (incomplete)</c>).</summary>
    public static string SeriesTitle(MessageSizeSeries series) =>
        string.Create(CultureInfo.InvariantCulture, $"{series.Nodes} node{(series.Nodes == 1 ? "" : "s")}{(series.Complete ? "" : " (incomplete)")}");

    /// <summary>True when the benchmark has a table with message sizes to plot.</summary>
    public static bool CanBuild(Campaign campaign, string benchmark) => MessageSizeData.From(campaign, benchmark) is not null;

    /// <summary>Builds the plot of <paramref name="benchmark"/>, or returns null when it has no message sizes (osu_barrier, osu_init).</summary>
    public static PlotModel? Build(Campaign campaign, string benchmark) =>
        MessageSizeData.From(campaign, benchmark) is { } data ? Build(data) : null;

    /// <summary>Builds the plot from collected data.</summary>
    public static PlotModel Build(MessageSizeData data)
    {
        var repetitions = data.Series.SelectMany(s => s.Points).Select(p => p.Count).DefaultIfEmpty(0).Max();
        var subtitle = repetitions > 1
            ? string.Create(CultureInfo.InvariantCulture, $"median of up to {repetitions} repetitions per size; band: min–max")
            : "one run per size";
        var model = ShowTheme.NewModel(data.Benchmark + " by message size", subtitle);

        var sizes = data.Series.SelectMany(s => s.Points).Select(p => (double)p.Bytes).Distinct().Order().ToArray();
        model.Axes.Add(new TickedLogAxis(sizes)
        {
            Position = AxisPosition.Bottom,
            Title = "Message size",
            LabelFormatter = ShowText.Bytes,
        });

        var values = data.Series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Low, p.High }).Where(v => v > 0).ToArray();
        var logY = values.Length > 0 && values.Max() / values.Min() > 20;
        var medians = data.Series.SelectMany(s => s.Points).Select(p => p.Median);
        model.Axes.Add(ValueAxis.Create(logY, ShowText.AxisTitle(data.Metric, data.Unit, data.Direction),
            ValueAxis.Range(medians, data.Series.SelectMany(s => s.Points).SelectMany(p => new[] { p.Low, p.High }), logY)));

        for (var i = 0; i < data.Series.Length; i++)
        {
            var series = data.Series[i];
            var color = ShowTheme.SeriesColor(i);
            var points = series.Points.Where(p => !logY || p.Low > 0).ToList();
            if (points.Any(p => p.Count > 1))
            {
                var band = new AreaSeries
                {
                    Title = SeriesTitle(series) + " min–max",
                    Color = OxyColors.Transparent,
                    Color2 = OxyColors.Transparent,
                    Fill = OxyColor.FromAColor(50, color),
                    RenderInLegend = false,
                };
                foreach (var p in points)
                {
                    band.Points.Add(new DataPoint(p.Bytes, p.High));
                    band.Points2.Add(new DataPoint(p.Bytes, p.Low));
                }
                model.Series.Add(band);
            }
            var line = ScalingPlot.Line(SeriesTitle(series), [.. points.Select(p => new DataPoint(p.Bytes, p.Median))],
                color, series.Complete ? LineStyle.Solid : LineStyle.Dash, logY, 1.8, MarkerType.Circle);
            line.MarkerSize = 2.5;
            model.Series.Add(line);
        }

        ShowTheme.AddLegend(model);
        return model;
    }
}
