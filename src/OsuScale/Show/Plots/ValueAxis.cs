using OxyPlot;
using OxyPlot.Axes;

namespace OsuScale.Show.Plots;

/// <summary>
/// The value (y) axis of the figures: its range is decided from what must be seen (the measurements, the model over the
/// measured range, the predicted values), never stretched by an interval that runs away (a prediction band of
/// [0 s, 4170 h]), and what lies beyond it is clipped. A logarithmic axis says so in its title and has its ticks at
/// 1–2–5 values inside the range, so that even a narrow range (28 s to 33 s) is labelled.
/// </summary>
internal static class ValueAxis
{
    /// <summary>The suffix of the title of a logarithmic value axis.</summary>
    public const string LogSuffix = ", log scale";

    /// <summary>How far (as a factor on a log axis, a fraction of the span on a linear one) intervals may widen the range of the values that must be seen.</summary>
    private const double Slack = 2;

    /// <summary>The title of a value axis: the quantity with its unit, marked when the axis is logarithmic.</summary>
    public static string Title(string quantity, bool log) => log ? quantity + LogSuffix : quantity;

    /// <summary>
    /// The range to show: every value of <paramref name="core"/> (finite; positive on a log axis), widened by
    /// <paramref name="extras"/> (intervals) by at most ×2 on a log axis or the core's span on a linear one, plus a margin.
    /// A single value (or none) gets a range around it.
    /// </summary>
    public static (double Min, double Max) Range(IEnumerable<double> core, IEnumerable<double> extras, bool log)
    {
        var values = core.Where(v => double.IsFinite(v) && (!log || v > 0)).ToArray();
        if (values.Length == 0) return log ? (0.1, 10) : (0, 1);
        var (lo, hi) = (values.Min(), values.Max());
        var more = extras.Where(v => double.IsFinite(v) && (!log || v > 0)).ToArray();
        if (log)
        {
            if (more.Length > 0) (lo, hi) = (Math.Max(Math.Min(lo, more.Min()), lo / Slack), Math.Min(Math.Max(hi, more.Max()), hi * Slack));
            if (hi / lo < 1.5)
            {
                var mid = Math.Sqrt(lo * hi);
                (lo, hi) = (mid / 1.25, mid * 1.25);
            }
            var margin = Math.Pow(hi / lo, 0.05);
            return (lo / margin, hi * margin);
        }
        var span = hi - lo;
        if (more.Length > 0)
        {
            var allowed = Math.Max(span, 0.25 * Math.Max(Math.Abs(lo), Math.Abs(hi)));
            (lo, hi) = (Math.Max(Math.Min(lo, more.Min()), lo - allowed), Math.Min(Math.Max(hi, more.Max()), hi + allowed));
            span = hi - lo;
        }
        if (span <= 0)
        {
            var half = lo == 0 ? 1 : Math.Abs(lo) * 0.25;
            return (lo - half, hi + half);
        }
        return (lo - 0.06 * span, hi + 0.08 * span);
    }

    /// <summary>A value axis over <paramref name="range"/>, logarithmic or linear, with the theme's grid and number format.</summary>
    public static Axis Create(bool log, string quantity, (double Min, double Max) range, double fontSize = ShowTheme.FontSize)
    {
        Axis axis = log
            ? new TickedLogAxis(LogTicks(range.Min, range.Max), maxLabels: 6) { Base = 10 }
            : new LinearAxis { MajorGridlineStyle = LineStyle.Solid, MajorGridlineColor = ShowTheme.Grid };
        axis.Position = AxisPosition.Left;
        axis.Title = Title(quantity, log);
        axis.FontSize = fontSize;
        axis.LabelFormatter = ShowText.AxisNumber;
        axis.Minimum = range.Min;
        axis.Maximum = range.Max;
        axis.MinimumPadding = 0;
        axis.MaximumPadding = 0;
        return axis;
    }

    /// <summary>
    /// Ticks of a log axis from <paramref name="min"/> to <paramref name="max"/>: the powers of ten inside when there
    /// are four or more, else the 1–2–5 values inside, or 1…9 × 10^k
    /// when those are fewer than two, or the two ends rounded to two significant digits when even those are fewer than two.
    /// </summary>
    public static IReadOnlyList<double> LogTicks(double min, double max)
    {
        if (!(min > 0) || !(max > min)) return min > 0 ? [min] : [1];
        List<double> Candidates(double[] mantissas)
        {
            var ticks = new List<double>();
            for (var k = (int)Math.Floor(Math.Log10(min)) - 1; k <= (int)Math.Ceiling(Math.Log10(max)); k++)
                foreach (var m in mantissas)
                {
                    var t = Round(m * Math.Pow(10, k));
                    if (t >= min && t <= max) ticks.Add(t);
                }
            return ticks;
        }
        var decades = Candidates([1]);
        if (decades.Count >= 4) return decades; // wide ranges: powers of ten only, so labels read 10, 100, 1,000
        var coarse = Candidates([1, 2, 5]);
        if (coarse.Count >= 2) return coarse;
        var fine = Candidates([1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9]);
        if (fine.Count >= 2) return fine;
        var ends = new[] { RoundUp(min), RoundDown(max) }.Where(t => t >= min && t <= max).Distinct().ToList();
        return ends.Count > 0 ? ends : [Math.Sqrt(min * max)];
    }

    /// <summary>Clips a value to a range (for intervals and bands drawn on an axis with a fixed range).</summary>
    public static double Clip(double value, (double Min, double Max) range) => Math.Clamp(value, range.Min, range.Max);

    private static double Round(double v) => double.Parse(v.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static double RoundUp(double v)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(v)) - 1);
        return Round(Math.Ceiling(v / step) * step);
    }

    private static double RoundDown(double v)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(v)) - 1);
        return Round(Math.Floor(v / step) * step);
    }
}
