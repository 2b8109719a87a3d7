using System.Globalization;
using OsuScale.Model;

namespace OsuScale.Show.Report;

/// <summary>The text of the summary and cost tables, shared by the Markdown and HTML exporters (unescaped).</summary>
public static class SummaryCells
{
    /// <summary>The header of the summary table: the measured column names the largest size, one predicted column per size.</summary>
    public static IReadOnlyList<string> Header(ReportSummary summary) =>
    [
        "Benchmark", "Category", "Growth", "Exponent [95 % CI]",
        summary.LargestMeasured > 0 ? string.Create(CultureInfo.InvariantCulture, $"Measured at {summary.LargestMeasured} nodes") : "Measured",
        .. summary.PredictedSizes.Select(n => $"Predicted at {ShowText.Nodes(n)} nodes [95 %]"),
        "Confidence",
    ];

    /// <summary>One row of the summary table (the benchmark's name first).</summary>
    public static IReadOnlyList<string> Row(SummaryRow row, ReportSummary summary)
    {
        var v = row.Verdict;
        var measured = row.Measured is not { } m ? "–"
            : m.Nodes == summary.LargestMeasured ? ShowText.Duration(m.Median)
            : $"{ShowText.Duration(m.Median)} (at {ShowText.Nodes(m.Nodes)})";
        return
        [
            row.Benchmark,
            ShowText.Category(v.Category),
            ShowText.Growth(v.Growth),
            $"{Exponent(v.Exponent.Value)} [{Exponent(v.Exponent.Low)}, {Exponent(v.Exponent.High)}]",
            measured,
            .. row.Predicted.Select(p => p is null ? "–" : DurationInterval(p.Value, p.Low, p.High)),
            Confidence(v),
        ];
    }

    /// <summary>An exponent with two decimals and a true minus sign, so the column lines up: <c>1.78</c>, <c>0.02</c>, <c>−0.16</c>.</summary>
    public static string Exponent(double value)
    {
        if (!double.IsFinite(value)) return "–";
        var rounded = Math.Round(value, 2);
        return rounded == 0 ? "0.00" : rounded.ToString("0.00", CultureInfo.InvariantCulture).Replace('-', '\u2212');
    }

    /// <summary>The prediction's confidence as shown: the verdict's, with the number of sizes when it rests on fewer than three.</summary>
    public static string Confidence(ScalingVerdict verdict) =>
        verdict.Points < 3
            ? string.Create(CultureInfo.InvariantCulture, $"{ShowText.Confidence(verdict.Confidence)} ({verdict.Points} size{(verdict.Points == 1 ? "" : "s")})")
            : ShowText.Confidence(verdict.Confidence);

    /// <summary>The header of the cost table.</summary>
    public static IReadOnlyList<string> CostHeader { get; } = ["Nodes", "", "Wall time of one pass", "Node-hours of one pass", "Dominated by"];

    /// <summary>One row of the cost table.</summary>
    public static IReadOnlyList<string> CostRow(CostRow row) =>
    [
        ShowText.Nodes(row.Nodes),
        row.Measured ? "measured" : "predicted",
        row.Measured ? ShowText.Duration(row.WallSeconds) : DurationInterval(row.WallSeconds, row.Low, row.High),
        row.Measured ? NodeHours(row.NodeHours) : $"{NodeHours(row.NodeHours)} [{NodeHours(row.Nodes * row.Low / 3600)}, {NodeHours(row.Nodes * row.High / 3600)}]",
        string.Join(", ", row.Dominant.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Benchmark} {d.Share * 100:0} %"))),
    ];

    /// <summary>
    /// A duration with its interval in one unit, the unit of the value: <c>2.2 min [1.9, 2.5]</c>, <c>13.1 h [10.9, 15.7]</c>
    /// (never <c>2.2 min [115.5 s, 2.5 min]</c>).
    /// </summary>
    public static string DurationInterval(double seconds, double low, double high)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high)) return ShowText.Duration(seconds);
        var (scale, unit, format) = Math.Abs(seconds) < 120 ? (1.0, "s", "G3") : Math.Abs(seconds) < 7200 ? (60.0, "min", "0.#") : (3600.0, "h", "0.#");
        string F(double v) => (v / scale).ToString(format, CultureInfo.InvariantCulture);
        return $"{F(seconds)} {unit} [{F(Math.Max(0, low))}, {F(high)}]";
    }

    /// <summary>Node-hours, three significant digits with thousands separators: <c>0.81</c>, <c>915</c>, <c>1,830</c>.</summary>
    public static string NodeHours(double hours) =>
        !double.IsFinite(hours) ? "–" : hours >= 1000 ? Math.Round(hours).ToString("#,##0", CultureInfo.InvariantCulture) : hours.ToString("G3", CultureInfo.InvariantCulture);
}
