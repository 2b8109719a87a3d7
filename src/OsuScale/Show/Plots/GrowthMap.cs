using System.Globalization;
using OsuScale.Benchmarks;
using OsuScale.Model;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The growth map: a heat map of the growth exponent (log-log slope over node count) of latency, one row per
/// benchmark and one column per message size, so that one sees where in the message-size range scaling breaks down.
/// A diverging palette centres white on 0 (flat); red is growth, blue is a latency that falls with size. Cells
/// without a verdict are grey.
/// </summary>
public static class GrowthMap
{
    /// <summary>
    /// The time-like metrics shown: <c>latency</c>, <c>overall</c> (non-blocking collectives) and the inverse of a
    /// rate (<c>inverse_bandwidth</c>: time per byte), so that for every row a positive exponent means "worse with N".
    /// </summary>
    public static bool IsTimeLike(string metric) =>
        metric is Metrics.Latency or Metrics.Overall || metric.StartsWith("inverse_", StringComparison.Ordinal);

    /// <summary>The colour of a cell without a verdict.</summary>
    public static OxyColor MissingColor { get; } = OxyColor.FromRgb(0xDD, 0xDD, 0xDD);

    /// <summary>Splits a series name such as <c>latency@1048576</c> into metric and message size; null for other names (<c>wall_seconds</c>).</summary>
    public static (string Metric, long Bytes)? ParseSeries(string series)
    {
        var at = series.LastIndexOf('@');
        if (at <= 0 || !long.TryParse(series.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)) return null;
        return (series[..at], bytes);
    }

    /// <summary>The cells of the map: benchmarks (rows, steepest mean growth first, then by first appearance), message sizes (columns, ascending) and exponents (NaN where missing).</summary>
    public static (IReadOnlyList<string> Benchmarks, IReadOnlyList<long> Sizes, double[,] Exponents) Cells(IEnumerable<ScalingVerdict> seriesVerdicts)
    {
        var cells = seriesVerdicts
            .Select(v => (v.Benchmark, Series: ParseSeries(v.Series), v.Exponent.Value))
            .Where(c => c.Series is { } s && IsTimeLike(s.Metric) && s.Bytes > 0)
            .Select(c => (c.Benchmark, c.Series!.Value.Bytes, c.Value))
            .ToList();
        var benchmarks = cells.GroupBy(c => c.Benchmark, StringComparer.Ordinal)
            .Select((g, index) => (g.Key, index, Mean: g.Select(c => c.Value).Where(double.IsFinite).DefaultIfEmpty(double.NegativeInfinity).Average()))
            .OrderByDescending(g => g.Mean).ThenBy(g => g.index)
            .Select(g => g.Key).ToList();
        var sizes = cells.Select(c => c.Bytes).Distinct().Order().ToList();
        var data = new double[sizes.Count, benchmarks.Count];
        for (var x = 0; x < sizes.Count; x++)
            for (var y = 0; y < benchmarks.Count; y++)
                data[x, y] = double.NaN;
        foreach (var (benchmark, bytes, value) in cells)
            data[sizes.IndexOf(bytes), benchmarks.IndexOf(benchmark)] = value;
        return (benchmarks, sizes, data);
    }

    /// <summary>Builds the map from the per-(benchmark, metric@size) verdicts of an analysis.</summary>
    public static PlotModel Build(IEnumerable<ScalingVerdict> seriesVerdicts)
    {
        var (benchmarks, sizes, data) = Cells(seriesVerdicts);
        var model = ShowTheme.NewModel("Growth exponent of latency over node count",
            "log-log slope per benchmark and message size: 0 flat, 1 linear in N (bandwidths as time per byte); grey: no data");

        if (benchmarks.Count == 0 || sizes.Count == 0)
        {
            model.Subtitle = "no message-size verdicts of a latency-like metric to show";
            return model;
        }

        var finite = data.Cast<double>().Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(1).Max();
        var limit = Math.Clamp(Math.Ceiling(finite * 2) / 2, 0.5, 3);

        model.Axes.Add(new LinearColorAxis
        {
            Position = AxisPosition.Right,
            Palette = OxyPalettes.BlueWhiteRed(201),
            Minimum = -limit,
            Maximum = limit,
            HighColor = OxyColor.FromRgb(0x67, 0x00, 0x0D),
            LowColor = OxyColor.FromRgb(0x05, 0x30, 0x61),
            InvalidNumberColor = MissingColor,
            Title = "exponent",
            MajorGridlineStyle = LineStyle.None,
        });
        var sizeLabels = sizes.Select(s => ShowText.Bytes(s)).ToList();
        var x = new CategoryAxis
        {
            Position = AxisPosition.Bottom,
            Title = "Message size",
            Angle = sizeLabels.Count > 10 ? -45 : 0,
            MajorStep = sizeLabels.Count > 16 ? 2 : 1, // every other size labelled when there are many (1 B, 4 B, … 4 MiB)
            GapWidth = 0,
            IsTickCentered = false,
            MajorGridlineStyle = LineStyle.None,
        };
        x.Labels.AddRange(sizeLabels);
        model.Axes.Add(x);
        var y = new CategoryAxis
        {
            Position = AxisPosition.Left,
            GapWidth = 0,
            IsTickCentered = false,
            StartPosition = 1,   // the first benchmark at the top
            EndPosition = 0,
            MajorGridlineStyle = LineStyle.None,
        };
        y.Labels.AddRange(benchmarks);
        model.Axes.Add(y);

        // Cell labels at about 10 px in a default-size figure (a 730 × 440 px plot area), smaller when cells are narrow.
        var fontPx = Math.Min(10, 0.45 * 730 / Math.Max(1, sizes.Count));
        var labelFraction = fontPx / (440.0 / Math.Max(1, benchmarks.Count));
        model.Series.Add(new ExponentHeatMapSeries
        {
            Title = "growth exponent",
            X0 = 0,
            X1 = Math.Max(0, sizes.Count - 1),
            Y0 = 0,
            Y1 = Math.Max(0, benchmarks.Count - 1),
            Data = data,
            Interpolate = false,
            RenderMethod = HeatMapRenderMethod.Rectangles,
            CoordinateDefinition = HeatMapCoordinateDefinition.Center,
            LabelFormatString = "0.0",
            LabelFontSize = fontPx >= 6 ? Math.Min(0.6, labelFraction) : 0, // values in the cells only while legible
        });
        return model;
    }
}
