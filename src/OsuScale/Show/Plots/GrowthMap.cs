using System.Globalization;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Model;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The growth map: a heat map of the growth exponent (log-log slope over node count), one row per benchmark, a first
/// column for the wall time (so benchmarks without message sizes, osu_barrier or osu_init, have their row too) and one
/// column per message size of the latency, so that one sees where in the message-size range scaling breaks down.
/// A diverging palette centres white on 0 (flat); red is always worse with N (rates are shown as time per byte, and
/// per pair for point-to-point benchmarks run over all ranks), blue better. Cells without a verdict are grey.
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

    /// <summary>The label of the wall-time column (the benchmark's whole run, for every benchmark, with or without message sizes).</summary>
    public const string WallTimeColumn = "wall time";

    /// <summary>The suffix of a row whose aggregate rate was turned into a rate per pair.</summary>
    public const string PerPairSuffix = " (per pair)";

    /// <summary>
    /// The cells of the map: benchmarks (rows, steepest wall-time growth first, then steepest mean growth over message
    /// sizes, then by first appearance), message sizes (columns, ascending; 0 stands for the wall-time column when
    /// <paramref name="wallVerdicts"/> are given) and exponents (NaN where missing). Every benchmark with a wall-time
    /// verdict has a row, also those without message sizes (osu_barrier, osu_init).
    /// </summary>
    /// <param name="seriesVerdicts">The per-(metric@message size) verdicts.</param>
    /// <param name="wallVerdicts">The wall-time verdicts, shown as the first column; none when null.</param>
    /// <param name="perPair">Exponent shifts per benchmark that turn an aggregate rate into a rate per pair (<see cref="PerPairShifts"/>).</param>
    public static (IReadOnlyList<string> Benchmarks, IReadOnlyList<long> Sizes, double[,] Exponents) Cells(
        IEnumerable<ScalingVerdict> seriesVerdicts, IEnumerable<ScalingVerdict>? wallVerdicts = null, IReadOnlyDictionary<string, double>? perPair = null)
    {
        var cells = seriesVerdicts
            .Select(v => (v.Benchmark, Series: ParseSeries(v.Series), v.Exponent.Value))
            .Where(c => c.Series is { } s && IsTimeLike(s.Metric) && s.Bytes > 0)
            .Select(c => (c.Benchmark, c.Series!.Value.Bytes, Value: c.Value + (perPair?.GetValueOrDefault(c.Benchmark) ?? 0)))
            .ToList();
        var walls = wallVerdicts?.GroupBy(v => v.Benchmark, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Exponent.Value, StringComparer.Ordinal);
        if (walls is not null) cells.AddRange(walls.Select(w => (w.Key, 0L, w.Value)));
        var benchmarks = cells.GroupBy(c => c.Benchmark, StringComparer.Ordinal)
            .Select((g, index) => (g.Key, index,
                Wall: walls?.GetValueOrDefault(g.Key, double.NegativeInfinity) ?? 0,
                Mean: g.Where(c => c.Bytes > 0).Select(c => c.Value).Where(double.IsFinite).DefaultIfEmpty(double.NegativeInfinity).Average()))
            .OrderByDescending(g => double.IsNaN(g.Wall) ? double.NegativeInfinity : g.Wall).ThenByDescending(g => g.Mean).ThenBy(g => g.index)
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

    /// <summary>
    /// The exponent shift that shows a point-to-point benchmark run over all ranks (osu_mbw_mr) per pair: its
    /// bandwidth is summed over processes/2 pairs, so with the process count growing like N^c the aggregate's inverse
    /// falls like N^−c although each pair is as fast as before. Adding c (the log-log slope of the process count over
    /// the node count) gives the exponent of the time per byte of one pair, so that blue never means "more pairs".
    /// </summary>
    public static IReadOnlyDictionary<string, double> PerPairShifts(Campaign campaign)
    {
        var shifts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var benchmark in campaign.Benchmarks)
        {
            if (BenchmarkCatalog.Find(benchmark) is not { Family: BenchmarkFamily.PointToPoint, IsPair: false, Direction: MetricDirection.HigherIsBetter }) continue;
            var sizes = campaign.Of(benchmark)
                .Where(e => e.Nodes is > 0 && e.Processes is > 0)
                .GroupBy(e => e.Nodes!.Value)
                .Select(g => (X: Math.Log2(g.Key), Y: Math.Log2(g.Select(e => e.Processes!.Value).Order().ElementAt(g.Count() / 2))))
                .ToList();
            if (sizes.Count < 2) continue;
            var (mx, my) = (sizes.Average(p => p.X), sizes.Average(p => p.Y));
            var sxx = sizes.Sum(p => (p.X - mx) * (p.X - mx));
            if (sxx <= 0) continue;
            var slope = sizes.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
            if (Math.Abs(slope) >= 0.05) shifts[benchmark] = slope;
        }
        return shifts;
    }

    /// <summary>Builds the map from the per-(benchmark, metric@size) verdicts of an analysis (no wall-time column).</summary>
    public static PlotModel Build(IEnumerable<ScalingVerdict> seriesVerdicts) => Build(seriesVerdicts, null, null);

    /// <summary>
    /// Builds the map: a wall-time column for every benchmark with a wall-time verdict (<paramref name="wallVerdicts"/>),
    /// then one column per message size; rates of point-to-point benchmarks run over all ranks shown per pair when
    /// <paramref name="campaign"/> tells the process counts.
    /// </summary>
    public static PlotModel Build(IEnumerable<ScalingVerdict> seriesVerdicts, IEnumerable<ScalingVerdict>? wallVerdicts, Campaign? campaign)
    {
        var perPair = campaign is null ? new Dictionary<string, double>() : PerPairShifts(campaign);
        var (benchmarks, sizes, data) = Cells(seriesVerdicts, wallVerdicts, perPair);
        var wallColumn = wallVerdicts is not null;
        var model = ShowTheme.NewModel(wallColumn ? "Growth exponent over node count: wall time, and latency by message size" : "Growth exponent of latency over node count",
            "log-log slope: 0 flat, 1 linear in N; red is worse with N in every cell (bandwidths as time per byte); grey: no data");

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
        var sizeLabels = sizes.Select(s => wallColumn && s == 0 ? WallTimeColumn : ShowText.Bytes(s)).ToList();
        var x = new CategoryAxis
        {
            Position = AxisPosition.Bottom,
            Title = "Message size",
            Angle = sizeLabels.Count > 10 ? -45 : 0,
            MajorStep = sizeLabels.Count > 16 ? 2 : 1, // every other column labelled when there are many (wall time, 2 B, 8 B, … 4 MiB)
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
        y.Labels.AddRange(benchmarks.Select(b => perPair.ContainsKey(b) ? b + PerPairSuffix : b));
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
        if (wallColumn && sizes.Count > 1)
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = 0.5, Color = ShowTheme.Ink, StrokeThickness = 2, LineStyle = LineStyle.Solid });
        return model;
    }
}
