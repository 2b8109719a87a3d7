using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Data.Analysis;
using OsuScale.Benchmarks;
using OsuScale.IO;

namespace OsuScale.Campaigns;

/// <summary>
/// The tidy tables of a campaign, as <see cref="DataFrame"/>s for analysis and as CSV (invariant culture):
/// <c>times.csv</c> (one row per execution) and <c>results.csv</c> (one row per OSU value).
/// </summary>
public static class CampaignTables
{
    /// <summary>The columns of <see cref="Times"/> and <c>times.csv</c>.</summary>
    public static IReadOnlyList<string> TimesColumns { get; } =
        ["benchmark", "nodes", "processes", "iteration", "wall_seconds", "user_seconds", "sys_seconds", "status", "source"];

    /// <summary>The columns of <see cref="Results"/> and <c>results.csv</c>.</summary>
    public static IReadOnlyList<string> ResultsColumns { get; } =
        ["benchmark", "nodes", "iteration", "message_size_bytes", "metric", "value", "unit"];

    /// <summary>
    /// One row per execution (every status, so that incomplete and failed runs stay visible): benchmark, nodes,
    /// processes, iteration, wall/user/sys seconds (null when missing), status (<see cref="ExecutionStatusText.ToName"/>) and source (<c>file:line</c>).
    /// </summary>
    public static DataFrame Times(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var benchmark = new StringDataFrameColumn("benchmark");
        var nodes = new Int32DataFrameColumn("nodes");
        var processes = new Int32DataFrameColumn("processes");
        var iteration = new Int32DataFrameColumn("iteration");
        var wall = new DoubleDataFrameColumn("wall_seconds");
        var user = new DoubleDataFrameColumn("user_seconds");
        var sys = new DoubleDataFrameColumn("sys_seconds");
        var status = new StringDataFrameColumn("status");
        var source = new StringDataFrameColumn("source");
        foreach (var e in campaign.Executions)
        {
            benchmark.Append(e.Benchmark);
            nodes.Append(e.Nodes);
            processes.Append(e.Processes);
            iteration.Append(e.Iteration);
            wall.Append(e.WallSeconds);
            user.Append(e.UserSeconds);
            sys.Append(e.SysSeconds);
            status.Append(e.Status.ToName());
            source.Append(e.Source.ToString());
        }
        return new DataFrame(benchmark, nodes, processes, iteration, wall, user, sys, status, source);
    }

    /// <summary>
    /// One row per value of every OSU table (long format): benchmark, nodes, iteration, message size in bytes (null for
    /// tables without sizes: barrier, osu_init), normalised metric, value and unit symbol. Repeated executions are left
    /// out (their first execution is the one analysed); incomplete and failed ones keep the rows they printed. When OMB 7
    /// printed one table per datatype, the metrics of the second and later tables are suffixed with the datatype
    /// (<c>latency:MPI_FLOAT</c>).
    /// </summary>
    public static DataFrame Results(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var benchmark = new StringDataFrameColumn("benchmark");
        var nodes = new Int32DataFrameColumn("nodes");
        var iteration = new Int32DataFrameColumn("iteration");
        var size = new Int64DataFrameColumn("message_size_bytes");
        var metric = new StringDataFrameColumn("metric");
        var value = new DoubleDataFrameColumn("value");
        var unit = new StringDataFrameColumn("unit");
        foreach (var r in ResultRows(campaign))
        {
            benchmark.Append(r.Benchmark);
            nodes.Append(r.Nodes);
            iteration.Append(r.Iteration);
            size.Append(r.Size);
            metric.Append(r.Metric);
            value.Append(r.Value);
            unit.Append(r.Unit);
        }
        return new DataFrame(benchmark, nodes, iteration, size, metric, value, unit);
    }

    /// <summary>Writes <c>times.csv</c> (the rows of <see cref="Times"/>) with CsvHelper, invariant culture, empty cells for nulls.</summary>
    public static void WriteTimesCsv(Campaign campaign, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        using var csv = NewWriter(writer);
        foreach (var h in TimesColumns) csv.WriteField(h);
        csv.NextRecord();
        foreach (var e in campaign.Executions)
        {
            csv.WriteField(e.Benchmark);
            csv.WriteField(Text(e.Nodes));
            csv.WriteField(Text(e.Processes));
            csv.WriteField(Text(e.Iteration));
            csv.WriteField(Text(e.WallSeconds));
            csv.WriteField(Text(e.UserSeconds));
            csv.WriteField(Text(e.SysSeconds));
            csv.WriteField(e.Status.ToName());
            csv.WriteField(e.Source.ToString());
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>Writes <c>results.csv</c> (the rows of <see cref="Results"/>) with CsvHelper, invariant culture, empty cells for nulls.</summary>
    public static void WriteResultsCsv(Campaign campaign, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        using var csv = NewWriter(writer);
        WriteResults(csv, ResultRows(campaign));
    }

    /// <summary>
    /// Writes <c>times.csv</c> and <c>results.csv</c> into <paramref name="folder"/> (created if needed, files replaced),
    /// and, when <paramref name="perBenchmark"/> is true, one <c>results/&lt;benchmark&gt;.csv</c> per benchmark whose file
    /// name is made safe with <see cref="SafePath"/> (benchmark names come from the logs). Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteFolder(Campaign campaign, string folder, bool perBenchmark = false)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var times = SafePath.Combine(folder, "times", ".csv");
        using (var w = new StreamWriter(times, append: false)) WriteTimesCsv(campaign, w);
        written.Add(times);
        var results = SafePath.Combine(folder, "results", ".csv");
        using (var w = new StreamWriter(results, append: false)) WriteResultsCsv(campaign, w);
        written.Add(results);
        if (perBenchmark)
        {
            var sub = SafePath.Combine(folder, "results");
            Directory.CreateDirectory(sub);
            foreach (var group in ResultRows(campaign).GroupBy(r => SafePath.FileName(r.Benchmark), StringComparer.Ordinal))
            {
                var path = SafePath.Combine(sub, group.Key, ".csv");
                using var w = new StreamWriter(path, append: false);
                using var csv = NewWriter(w);
                WriteResults(csv, group);
                written.Add(path);
            }
        }
        return written;
    }

    private static void WriteResults(CsvWriter csv, IEnumerable<ResultRow> rows)
    {
        foreach (var h in ResultsColumns) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Benchmark);
            csv.WriteField(Text(r.Nodes));
            csv.WriteField(Text(r.Iteration));
            csv.WriteField(r.Size is null ? "" : r.Size.Value.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Metric);
            csv.WriteField(Text(r.Value));
            csv.WriteField(r.Unit);
            csv.NextRecord();
        }
        csv.Flush();
    }

    private readonly record struct ResultRow(string Benchmark, int? Nodes, int Iteration, long? Size, string Metric, double Value, string Unit);

    private static IEnumerable<ResultRow> ResultRows(Campaign campaign)
    {
        foreach (var e in campaign.Executions)
        {
            if (e.Status == ExecutionStatus.Repeated || e.Output is null) continue;
            for (var t = 0; t < e.Output.Tables.Length; t++)
            {
                var table = e.Output.Tables[t];
                // OMB 7 can print one table per datatype: the first keeps the plain metric names, later ones are
                // suffixed with their datatype (latency:MPI_FLOAT) so that keys stay unique.
                var suffix = t > 0 && table.Datatype is not null ? ":" + table.Datatype : "";
                foreach (var row in table.Rows)
                {
                    for (var c = 0; c < table.Columns.Length && c < row.Values.Length; c++)
                    {
                        var column = table.Columns[c];
                        yield return new ResultRow(e.Benchmark, e.Nodes, e.Iteration, row.MessageSizeBytes, column.Metric + suffix, row.Values[c], column.Unit.Symbol());
                    }
                }
            }
        }
    }

    private static CsvWriter NewWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new CsvWriter(writer, CsvFormat.Writer(), leaveOpen: true);
    }

    private static string Text(int? v) => v is null ? "" : v.Value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double? v) => v is null ? "" : v.Value.ToString("R", CultureInfo.InvariantCulture);
}
