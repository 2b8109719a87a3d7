using System.Collections.Immutable;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Show.Plots;

/// <summary>The primary metric of one benchmark at one node count, per message size, over its repetitions.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Complete">False when some of the executions behind it were cut short (their printed rows are kept).</param>
/// <param name="Points">Per message size (ascending): the median, minimum and maximum over repetitions, and their count.</param>
public sealed record MessageSizeSeries(int Nodes, bool Complete, ImmutableArray<MessageSizePoint> Points);

/// <summary>The repetitions of a metric at one message size, summarised.</summary>
/// <param name="Bytes">The message size in bytes.</param>
/// <param name="Count">How many repetitions.</param>
/// <param name="Median">Their median.</param>
/// <param name="Low">Their minimum.</param>
/// <param name="High">Their maximum.</param>
public sealed record MessageSizePoint(long Bytes, int Count, double Median, double Low, double High);

/// <summary>The message-size data of one benchmark: which metric, its unit and direction, and one series per node count.</summary>
/// <param name="Benchmark">The benchmark.</param>
/// <param name="Metric">The normalised metric shown (the benchmark's primary metric).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Direction">Whether lower or higher is better.</param>
/// <param name="Series">One series per node count, ascending.</param>
public sealed record MessageSizeData(string Benchmark, string Metric, MetricUnit Unit, MetricDirection Direction, ImmutableArray<MessageSizeSeries> Series)
{
    /// <summary>
    /// Collects the primary metric of <paramref name="benchmark"/> per message size from its complete and incomplete
    /// executions (an incomplete execution's printed rows are real measurements). Rows without a message size, and
    /// message size 0 (which has no place on a logarithmic axis), are left out. Returns null when nothing remains.
    /// </summary>
    public static MessageSizeData? From(Campaign campaign, string benchmark)
    {
        var executions = campaign.Of(benchmark)
            .Where(e => e.Nodes is not null && e.Output is not null && e.Status is ExecutionStatus.Complete or ExecutionStatus.Incomplete)
            .ToList();
        if (executions.Count == 0) return null;

        var info = executions[0].Output!.Benchmark;
        string? metric = info.PrimaryMetric;
        MetricUnit unit = info.PrimaryUnit;
        var values = new List<(int Nodes, bool Complete, long Bytes, double Value)>();
        foreach (var e in executions)
        {
            var table = PickTable(e.Output!, ref metric, ref unit);
            if (table is null) continue;
            var column = table.IndexOf(metric!);
            foreach (var row in table.Rows)
            {
                if (row.MessageSizeBytes is not { } bytes || bytes <= 0 || column >= row.Values.Length) continue;
                var v = row.Values[column];
                if (double.IsFinite(v)) values.Add((e.Nodes!.Value, e.IsComplete, bytes, v));
            }
        }
        if (values.Count == 0 || metric is null) return null;

        var series = values.GroupBy(v => v.Nodes).OrderBy(g => g.Key).Select(g => new MessageSizeSeries(
            g.Key,
            g.All(v => v.Complete),
            [.. g.GroupBy(v => v.Bytes).OrderBy(b => b.Key).Select(b =>
            {
                var sorted = b.Select(v => v.Value).Order().ToArray();
                return new MessageSizePoint(b.Key, sorted.Length, Observations.Median(sorted), sorted[0], sorted[^1]);
            })]));
        return new MessageSizeData(benchmark, metric, unit, info.Direction, [.. series]);
    }

    private static OsuTable? PickTable(OsuOutput output, ref string? metric, ref MetricUnit unit)
    {
        foreach (var table in output.Tables)
        {
            if (metric is not null && table.IndexOf(metric) >= 0)
            {
                unit = table.Columns[table.IndexOf(metric)].Unit;
                return table;
            }
        }
        // A benchmark the catalog does not know: its first column, if the table has sizes.
        var first = output.Tables.FirstOrDefault(t => t.Columns.Length > 0 && t.Rows.Any(r => r.MessageSizeBytes is not null));
        if (first is null || metric is not null && first.IndexOf(metric) < 0 && output.Benchmark.PrimaryMetric is not null) return null;
        metric = first.Columns[0].Metric;
        unit = first.Columns[0].Unit;
        return first;
    }
}
