using System.Globalization;

namespace OsuScale.Collect.Tests.Simulation;

/// <summary>
/// Small launcher logs in the metrics-operator's format (preamble, METADATA, TIMEPOINT sections with a timed mpirun line,
/// an OSU latency table and bash <c>time</c> output), written here so the runner tests need no shared data.
/// </summary>
public static class SyntheticLog
{
    /// <summary>The log of a launcher on <paramref name="nodes"/> nodes running <paramref name="commands"/>.</summary>
    public static IReadOnlyList<string> Lines(int nodes, IReadOnlyList<string> commands, int rows = 4)
    {
        var lines = new List<string>
        {
            "Number of tasks (nproc on one node) is 1",
            $"Number of tasks total (across {nodes} nodes) is {nodes}",
            "Sleeping for 60 seconds waiting for network...",
            $"Done finding {nodes} ip addresses",
            "Hostlist",
        };
        lines.AddRange(Enumerable.Range(1, nodes).Select(i => $"10.12.0.{i}"));
        var list = string.Join(",", commands.Select(c => $"\"{c}\""));
        lines.Add($"METADATA START {{\"pods\":{nodes},\"completions\":{nodes},\"metricName\":\"network-osu-benchmark\",\"metricDescription\":\"point to point MPI benchmarks\",\"metricType\":\"standalone\",\"metricOptions\":{{\"all\":\"false\",\"flags\":\"\",\"sole-tenancy\":\"true\",\"tasks\":0,\"timed\":\"true\"}},\"metricListOptions\":{{\"commands\":[{list}]}}}}");
        lines.Add("METADATA END");
        lines.Add("METRICS OPERATOR COLLECTION START");
        foreach (var (command, index) in commands.Select((c, i) => (c, i)))
        {
            lines.Add("METRICS OPERATOR TIMEPOINT");
            lines.Add($"time mpirun --hostfile ./hostlist-pairs.txt --allow-run-as-root -np 2 -map-by ppr:1:node /opt/osu-benchmark/build.openmpi/libexec/osu-micro-benchmarks/mpi/pt2pt/{command}");
            lines.Add("# OSU MPI Latency Test v5.8");
            lines.Add("# Size          Latency (us)");
            for (var r = 0; r < rows; r++)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{1 << r,-10}{20.5 + r + nodes * 0.01,18:F2}"));
            lines.Add("");
            var seconds = 10 + index + nodes * 0.25;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"real\t0m{seconds:F3}s"));
            lines.Add("user\t0m1.000s");
            lines.Add("sys\t0m2.000s");
        }
        lines.Add("METRICS OPERATOR COLLECTION END");
        return lines;
    }
}
