using System.Collections.Immutable;
using OxyPlot.Axes;

namespace OsuScale.Show.Plots;

/// <summary>
/// A base-2 logarithmic axis whose major ticks are exactly the given values (the node counts measured, the message
/// sizes printed), labelled by <see cref="Axis.LabelFormatter"/>. When there are more ticks than fit, every other
/// label is kept (the ticks stay), so labels never overlap.
/// </summary>
internal sealed class TickedLogAxis : LogarithmicAxis
{
    /// <summary>Creates the axis with its ticks (positive values; others are ignored).</summary>
    /// <param name="ticks">The values to tick and label.</param>
    /// <param name="maxLabels">The most labels shown; beyond that only every k-th tick is labelled.</param>
    public TickedLogAxis(IEnumerable<double> ticks, int maxLabels = 12)
    {
        Base = 2;
        Ticks = [.. ticks.Where(t => t > 0 && double.IsFinite(t)).Distinct().Order()];
        MaxLabels = Math.Max(1, maxLabels);
        MinorTickSize = 0;
        MajorGridlineStyle = OxyPlot.LineStyle.Solid;
        MajorGridlineColor = ShowTheme.Grid;
        if (Ticks.Length > 0)
        {
            // Half a step of padding each side in log2 space, so points at the ends are not on the frame.
            Minimum = Ticks[0] / Math.Sqrt(2);
            Maximum = Ticks[^1] * Math.Sqrt(2);
        }
    }

    /// <summary>The tick values, ascending.</summary>
    public ImmutableArray<double> Ticks { get; }

    /// <summary>The most labels shown.</summary>
    public int MaxLabels { get; }

    /// <summary>The values that get a label (every k-th tick, always including the first).</summary>
    public ImmutableArray<double> LabelledTicks
    {
        get
        {
            if (Ticks.Length <= MaxLabels) return Ticks;
            var step = (int)Math.Ceiling(Ticks.Length / (double)MaxLabels);
            return [.. Ticks.Where((_, i) => i % step == 0)];
        }
    }

    /// <inheritdoc/>
    public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
    {
        var lo = Math.Min(ActualMinimum, ActualMaximum);
        var hi = Math.Max(ActualMinimum, ActualMaximum);
        majorTickValues = [.. Ticks.Where(t => t >= lo && t <= hi)];
        majorLabelValues = [.. LabelledTicks.Where(t => t >= lo && t <= hi)];
        minorTickValues = [];
    }
}
