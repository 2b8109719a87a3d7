using System.Globalization;
using OsuScale.Compare;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The ratio map of a comparison: a heat map of the wall-time ratio candidate/baseline, one row per benchmark (largest
/// change first) and one column per node count both campaigns measured. The palette diverges around ×1 (white) on a
/// log2 scale: red is slower, blue faster; each cell is labelled with its ratio, and grey means not measured by both.
/// </summary>
public static class RatioMap
{
    /// <summary>
    /// The cells: benchmarks (rows, largest change first), node counts (columns, ascending), log2 ratios (NaN where
    /// missing) and whether each cell was called faster or slower.
    /// </summary>
    public static (IReadOnlyList<string> Benchmarks, IReadOnlyList<double> Nodes, double[,] Log2Ratios, bool[,] Changed) Cells(CampaignComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var wall = comparison.Cells.Where(c => c.IsWallTime).ToList();
        var effect = comparison.Changes.ToDictionary(c => c.Benchmark, c => c.Effect, StringComparer.Ordinal);
        var benchmarks = wall.Select(c => c.Benchmark).Distinct(StringComparer.Ordinal)
            .Select((b, index) => (b, index))
            .OrderByDescending(x => effect.GetValueOrDefault(x.b)).ThenBy(x => x.index)
            .Select(x => x.b).ToList();
        var nodes = wall.Select(c => c.Nodes).Distinct().Order().ToList();
        var data = new double[nodes.Count, benchmarks.Count];
        for (var x = 0; x < nodes.Count; x++)
            for (var y = 0; y < benchmarks.Count; y++)
                data[x, y] = double.NaN;
        var changed = new bool[nodes.Count, benchmarks.Count];
        foreach (var c in wall)
        {
            data[nodes.IndexOf(c.Nodes), benchmarks.IndexOf(c.Benchmark)] = Math.Log2(c.Ratio.Value);
            changed[nodes.IndexOf(c.Nodes), benchmarks.IndexOf(c.Benchmark)] = c.Verdict is CellVerdict.Faster or CellVerdict.Slower;
        }
        return (benchmarks, nodes, data, changed);
    }

    /// <summary>Builds the map.</summary>
    public static PlotModel Build(CampaignComparison comparison)
    {
        var (benchmarks, nodes, data, changed) = Cells(comparison);
        var model = ShowTheme.NewModel("Wall-time ratio candidate/baseline",
            "per benchmark and node count: white ×1, red slower, blue faster (log scale); * faster or slower beyond the threshold; grey: not measured by both");
        if (benchmarks.Count == 0)
        {
            model.Subtitle = "no wall time measured by both campaigns at the same size";
            return model;
        }
        var finite = data.Cast<double>().Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(1).Max();
        var limit = Math.Clamp(Math.Ceiling(finite), 1, 6);
        model.Axes.Add(new LinearColorAxis
        {
            Position = AxisPosition.Right,
            Palette = OxyPalettes.BlueWhiteRed(201),
            Minimum = -limit,
            Maximum = limit,
            InvalidNumberColor = GrowthMap.MissingColor,
            Title = "log2 ratio",
            MajorGridlineStyle = LineStyle.None,
            LabelFormatter = Label,
        });
        var x = new CategoryAxis { Position = AxisPosition.Bottom, Title = "Nodes", GapWidth = 0, IsTickCentered = false, MajorGridlineStyle = LineStyle.None };
        x.Labels.AddRange(nodes.Select(ShowText.Nodes));
        model.Axes.Add(x);
        var y = new CategoryAxis { Position = AxisPosition.Left, GapWidth = 0, IsTickCentered = false, StartPosition = 1, EndPosition = 0, MajorGridlineStyle = LineStyle.None };
        y.Labels.AddRange(benchmarks);
        model.Axes.Add(y);
        var fontPx = Math.Min(10, 0.3 * 730 / Math.Max(1, nodes.Count));
        model.Series.Add(new ExponentHeatMapSeries
        {
            Title = "wall-time ratio",
            X0 = 0,
            X1 = Math.Max(0, nodes.Count - 1),
            Y0 = 0,
            Y1 = Math.Max(0, benchmarks.Count - 1),
            Data = data,
            Interpolate = false,
            RenderMethod = HeatMapRenderMethod.Rectangles,
            CoordinateDefinition = HeatMapCoordinateDefinition.Center,
            LabelFontSize = Math.Min(0.6, fontPx / (440.0 / benchmarks.Count)),
            Formatter = (v, i, j) => Label(v) + (changed[i, j] ? "*" : ""),
        });
        return model;
    }

    /// <summary>The label of a log2 ratio: <c>×2.0</c>, <c>×0.50</c>, empty when missing.</summary>
    public static string Label(double log2Ratio)
    {
        if (!double.IsFinite(log2Ratio)) return "";
        var ratio = Math.Pow(2, log2Ratio);
        return "×" + ratio.ToString(ratio >= 10 ? "0" : "0.00", CultureInfo.InvariantCulture);
    }
}
