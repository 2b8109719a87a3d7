using System.Globalization;
using System.Text.RegularExpressions;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>The column names OSU prints in its headers (5.x–7.x), mapped to normalised metrics and units.</summary>
internal static partial class ColumnVocabulary
{
    private static readonly Dictionary<string, (string Metric, MetricUnit Unit)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Latency (us)"] = (Metrics.Latency, MetricUnit.Microseconds),
        ["Latency(us)"] = (Metrics.Latency, MetricUnit.Microseconds),
        ["Avg Latency(us)"] = (Metrics.Latency, MetricUnit.Microseconds),
        ["Avg Latency (us)"] = (Metrics.Latency, MetricUnit.Microseconds),
        ["Min Latency(us)"] = (Metrics.MinLatency, MetricUnit.Microseconds),
        ["Min Latency (us)"] = (Metrics.MinLatency, MetricUnit.Microseconds),
        ["Max Latency(us)"] = (Metrics.MaxLatency, MetricUnit.Microseconds),
        ["Max Latency (us)"] = (Metrics.MaxLatency, MetricUnit.Microseconds),
        ["Iterations"] = (Metrics.Iterations, MetricUnit.None),
        ["Bandwidth (MB/s)"] = (Metrics.Bandwidth, MetricUnit.MegabytesPerSecond),
        ["Bandwidth(MB/s)"] = (Metrics.Bandwidth, MetricUnit.MegabytesPerSecond),
        ["MB/s"] = (Metrics.Bandwidth, MetricUnit.MegabytesPerSecond),
        ["Messages/s"] = (Metrics.MessageRate, MetricUnit.MessagesPerSecond),
        ["Validation"] = (Metrics.Validation, MetricUnit.None),
        ["Overall(us)"] = (Metrics.Overall, MetricUnit.Microseconds),
        ["Compute(us)"] = (Metrics.Compute, MetricUnit.Microseconds),
        ["Coll. Init(us)"] = (Metrics.CollInit, MetricUnit.Microseconds),
        ["MPI_Test(us)"] = (Metrics.MpiTest, MetricUnit.Microseconds),
        ["MPI_Wait(us)"] = (Metrics.MpiWait, MetricUnit.Microseconds),
        ["Pure Comm.(us)"] = (Metrics.PureComm, MetricUnit.Microseconds),
        ["Min Comm.(us)"] = (Metrics.MinComm, MetricUnit.Microseconds),
        ["Max Comm.(us)"] = (Metrics.MaxComm, MetricUnit.Microseconds),
        ["Overlap(%)"] = (Metrics.Overlap, MetricUnit.Percent),
        ["Transmit Size"] = (Metrics.TransmitSize, MetricUnit.Bytes),
    };

    /// <summary>Maps one header token; null when it is not a column name OSU prints.</summary>
    public static OsuColumn? Column(string token)
    {
        if (Known.TryGetValue(token, out var known)) return new OsuColumn(token, known.Metric, known.Unit);
        var tail = Tail().Match(token);
        if (tail.Success && int.TryParse(tail.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
        {
            return tail.Groups[2].Value.Equals("Lat", StringComparison.OrdinalIgnoreCase)
                ? new OsuColumn(token, Metrics.TailLatency(p), MetricUnit.Microseconds)
                : new OsuColumn(token, Metrics.TailBandwidth(p), MetricUnit.MegabytesPerSecond);
        }
        return null;
    }

    /// <summary>
    /// Reads a header line (already stripped of timestamps and the leading <c>#</c>): the columns after an optional
    /// <c>Size</c>, or null when any token is not a column name.
    /// </summary>
    public static (bool HasSize, OsuColumn[] Columns)? Header(ReadOnlySpan<char> text)
    {
        var body = text.Trim();
        if (body.Length == 0 || body.Length > 1000) return null;
        var tokens = new List<string>(6);
        var start = 0;
        foreach (var sep in Spaces().EnumerateMatches(body))
        {
            tokens.Add(body[start..sep.Index].ToString());
            start = sep.Index + sep.Length;
        }
        tokens.Add(body[start..].ToString());

        var hasSize = tokens[0].Equals("Size", StringComparison.OrdinalIgnoreCase);
        var columns = new OsuColumn[tokens.Count - (hasSize ? 1 : 0)];
        for (var k = hasSize ? 1 : 0; k < tokens.Count; k++)
        {
            var column = Column(tokens[k]);
            if (column is null) return null;
            columns[k - (hasSize ? 1 : 0)] = column;
        }
        return columns.Length == 0 ? null : (hasSize, columns);
    }

    [GeneratedRegex(@"^P(\d{1,3}) Tail (Lat|BW)\s*\((?:us|MB/s)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex Spaces();
}
