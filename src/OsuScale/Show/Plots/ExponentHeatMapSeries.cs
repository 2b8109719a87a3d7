using System.Globalization;
using OxyPlot.Series;

namespace OsuScale.Show.Plots;

/// <summary>
/// The growth map's heat map: cells are labelled with one decimal, empty where there is no value (not <c>NaN</c>),
/// and never <c>-0.0</c>.
/// </summary>
internal sealed class ExponentHeatMapSeries : HeatMapSeries
{
    /// <summary>The label of a cell value: <c>1.2</c>, <c>0.0</c>, or empty for a missing value.</summary>
    public static string Label(double value)
    {
        if (!double.IsFinite(value)) return "";
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>How the cell (value, column, row) is written (<see cref="Label"/> of the value by default).</summary>
    public Func<double, int, int, string> Formatter { get; init; } = (v, _, _) => Label(v);

    /// <inheritdoc/>
    protected override string GetLabel(double v, int i, int j) => Formatter(v, i, j);
}
