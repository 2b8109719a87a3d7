using System.Globalization;
using OsuScale.Benchmarks;
using OsuScale.Model;

namespace OsuScale.Show;

/// <summary>How figures and reports spell units, sizes, categories and growths (invariant culture throughout).</summary>
public static class ShowText
{
    /// <summary>The short unit symbol: <c>µs</c>, <c>ms</c>, <c>s</c>, <c>MB/s</c>, <c>messages/s</c>, <c>%</c>, <c>B</c>, or empty.</summary>
    public static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Microseconds => "µs",
        MetricUnit.Milliseconds => "ms",
        MetricUnit.Seconds => "s",
        MetricUnit.MegabytesPerSecond => "MB/s",
        MetricUnit.MessagesPerSecond => "messages/s",
        MetricUnit.Percent => "%",
        MetricUnit.Bytes => "B",
        _ => "",
    };

    /// <summary>A metric name for people: <c>latency</c> → <c>Latency</c>, <c>message_rate</c> → <c>Message rate</c>.</summary>
    public static string MetricName(string metric)
    {
        if (string.IsNullOrEmpty(metric)) return "Value";
        var words = metric.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A y-axis title with unit and direction, e.g. <c>Latency (µs), lower is better</c>.</summary>
    public static string AxisTitle(string metric, MetricUnit unit, MetricDirection direction)
    {
        var symbol = Unit(unit);
        var name = symbol.Length == 0 ? MetricName(metric) : $"{MetricName(metric)} ({symbol})";
        return $"{name}, {(direction == MetricDirection.LowerIsBetter ? "lower" : "higher")} is better";
    }

    /// <summary>A message size in binary units: <c>0 B</c>, <c>1 B</c>, <c>512 B</c>, <c>1 KiB</c>, <c>4 MiB</c>, <c>1.5 KiB</c>.</summary>
    public static string Bytes(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var value = bytes;
        var u = 0;
        while (Math.Abs(value) >= 1024 && u < units.Length - 1)
        {
            value /= 1024;
            u++;
        }
        return value.ToString("0.##", CultureInfo.InvariantCulture) + " " + units[u];
    }

    /// <summary>
    /// A number as printed on a value axis: plain with thousands separators below ten thousand (<c>0.5</c>, <c>120</c>,
    /// <c>3,000</c>), with an SI suffix above (<c>30k</c>, <c>1M</c>, <c>2.5M</c>), so that every tick of a log axis
    /// spanning 1 to 10⁷ reads alike; scientific only for very small values (<c>5e-4</c>). Values are rounded to six
    /// significant digits first, so that a tick computed as 999,999.99… prints as <c>1M</c>.
    /// </summary>
    public static string AxisNumber(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value == 0 ? "0" : value.ToString(CultureInfo.InvariantCulture);
        var abs = Math.Abs(value);
        var magnitude = Math.Floor(Math.Log10(abs));
        var rounded = Math.Round(value / Math.Pow(10, magnitude - 5)) * Math.Pow(10, magnitude - 5);
        abs = Math.Abs(rounded);
        if (abs < 1e-3) return rounded.ToString("0.##e0", CultureInfo.InvariantCulture);
        if (abs < 1e4) return rounded.ToString("#,##0.####", CultureInfo.InvariantCulture);
        var (scale, suffix) = abs >= 1e12 ? (1e12, "T") : abs >= 1e9 ? (1e9, "G") : abs >= 1e6 ? (1e6, "M") : (1e3, "k");
        return (rounded / scale).ToString("0.##", CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A node count as printed on axes: <c>4</c>, <c>128</c>, <c>1.5</c>.</summary>
    public static string Nodes(double nodes) => nodes.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The category as users write it: <c>size-independent</c>, <c>possible-issue</c>, <c>scaling-issue</c>.</summary>
    public static string Category(ScalingCategory category) => category switch
    {
        ScalingCategory.SizeIndependent => "size-independent",
        ScalingCategory.PossibleIssue => "possible-issue",
        ScalingCategory.ScalingIssue => "scaling-issue",
        _ => category.ToString().ToLowerInvariant(),
    };

    /// <summary>The growth in lower case: <c>flat</c>, <c>logarithmic</c>, …</summary>
    public static string Growth(Growth growth) => growth.ToString().ToLowerInvariant();

    /// <summary>The confidence in lower case: <c>low</c>, <c>medium</c>, <c>high</c>.</summary>
    public static string Confidence(Confidence confidence) => confidence.ToString().ToLowerInvariant();

    /// <summary>A number with 3 significant digits, invariant culture (<c>NaN</c> shown as an en dash).</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "–" : value.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>A duration in seconds for people: <c>0.52 s</c>, <c>12.3 s</c>, <c>4.1 min</c>, <c>2.3 h</c>.</summary>
    public static string Duration(double seconds)
    {
        if (double.IsNaN(seconds)) return "–";
        if (Math.Abs(seconds) < 120) return seconds.ToString("G3", CultureInfo.InvariantCulture) + " s";
        if (Math.Abs(seconds) < 7200) return (seconds / 60).ToString("0.#", CultureInfo.InvariantCulture) + " min";
        return (seconds / 3600).ToString("0.#", CultureInfo.InvariantCulture) + " h";
    }

    /// <summary>The one-line verdict: <c>scaling-issue · linear · 12.3 + 0.52·N</c>.</summary>
    public static string VerdictLine(ScalingVerdict verdict) =>
        $"{Category(verdict.Category)} · {Growth(verdict.Growth)} · T(N) = {verdict.Fit.Model.Formula}";
}
