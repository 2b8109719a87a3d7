using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Ingest;

/// <summary>metrics-operator launcher logs: preamble, metadata, timepoints, launch lines, time footers, statuses.</summary>
public class LauncherLogTests
{
    /// <summary>A shortened launcher log in the exact layout of kubecon-run1 (two benchmarks at 4 nodes).</summary>
    internal const string Log = """
        Number of tasks (nproc on one node) is 1
        Number of tasks total (across 4 nodes) is 4
        Sleeping for 60 seconds waiting for network...
        Starting to look for ip addresses...
        Done finding 4 ip addresses
        Hostlist
        10.12.38.3
        10.12.8.3
        10.12.96.3
        10.12.5.4
        Hostlist for Pair to Pair
        10.12.38.3
        10.12.8.3
        METADATA START {"pods":4,"completions":4,"metricName":"network-osu-benchmark","metricOptions":{"timed":"true","tasks":0},"metricListOptions":{"commands":["osu_latency","osu_allgather"]}}
        METADATA END
        METRICS OPERATOR COLLECTION START
        METRICS OPERATOR TIMEPOINT
        time mpirun --hostfile ./hostlist-pairs.txt --allow-run-as-root -np 2 -map-by ppr:1:node /opt/osu-benchmark/build.openmpi/libexec/osu-micro-benchmarks/mpi/pt2pt/osu_latency
        # OSU MPI Latency Test v5.8
        # Size          Latency (us)
        0                      85.20
        1                      85.37

        real	0m30.623s
        user	0m5.012s
        sys	0m24.221s
        METRICS OPERATOR TIMEPOINT
        time mpirun --hostfile ./hostlist.txt --allow-run-as-root -np 4 -map-by ppr:1:node -rank-by core /opt/osu-benchmark/build.openmpi/libexec/osu-micro-benchmarks/mpi/collective/osu_allgather

        # OSU MPI Allgather Latency Test v5.8
        # Size       Avg Latency(us)
        1                     120.50

        real	204m28.196s
        user	1m20.295s
        sys	5m21.884s
        METRICS OPERATOR COLLECTION END
        """;

    private static Campaign Parse(string text, string source = "<text>", ReadOptions? options = null) =>
        CampaignReader.ReadText(text, source, options);

    [Fact]
    public void The_preamble_and_metadata_describe_the_run()
    {
        var c = Parse(Log);
        Assert.Equal(2, c.Executions.Length);
        var m = c.Executions[0].Metadata;
        Assert.Equal((4, 1, 4, 4), (m.Pods!.Value, m.TasksPerNode!.Value, m.TotalTasks!.Value, m.NodesFromPreamble!.Value));
        Assert.Equal(["10.12.38.3", "10.12.8.3", "10.12.96.3", "10.12.5.4"], m.Hosts.ToArray());
        Assert.Equal(["osu_latency", "osu_allgather"], m.Commands.ToArray());
        Assert.Equal("true", m.Options["timed"]);
        Assert.Equal("0", m.Options["tasks"]);
        Assert.Equal("network-osu-benchmark", m.MetricName);
        Assert.StartsWith("{\"pods\":4", m.RawJson);
        Assert.Empty(c.Diagnostics);
    }

    [Fact]
    public void Each_timepoint_is_an_execution_with_its_launch_command_and_times()
    {
        var c = Parse(Log);
        var latency = c.Executions[0];
        Assert.Equal(("osu_latency", 4, 2, 1), (latency.Benchmark, latency.Nodes!.Value, latency.Processes!.Value, latency.Iteration));
        Assert.Equal((30.623, 5.012, 24.221), (latency.WallSeconds!.Value, latency.UserSeconds!.Value, latency.SysSeconds!.Value));
        Assert.Equal("mpirun", latency.Launcher);
        Assert.StartsWith("time mpirun", latency.Command);
        Assert.Equal(new SourceLocation("<text>", 18), latency.Source);
        Assert.True(latency.IsComplete);

        var allgather = c.Executions[1];
        Assert.Equal(4, allgather.Processes);
        // 204 min 28.196 s, as the hand-made times.log of kubecon-run1 wrote it for a 64-node run.
        Assert.Equal(12268.196, allgather.WallSeconds);
    }

    [Fact]
    public void Kubectl_timestamps_and_windows_line_endings_parse_the_same()
    {
        var plain = Parse(Log);
        var stamped = string.Join("\r\n", Log.Split('\n').Select((l, i) => $"2024-05-14T10:{i % 60:00}:01.123456789Z {l.TrimEnd('\r')}"));
        var other = Parse(stamped);
        Assert.Equal(plain.Executions.Length, other.Executions.Length);
        for (var i = 0; i < plain.Executions.Length; i++)
        {
            var (a, b) = (plain.Executions[i], other.Executions[i]);
            Assert.Equal((a.Benchmark, a.Nodes, a.Processes, a.WallSeconds, a.UserSeconds, a.SysSeconds, a.Status, a.Source),
                         (b.Benchmark, b.Nodes, b.Processes, b.WallSeconds, b.UserSeconds, b.SysSeconds, b.Status, b.Source));
            Assert.Equal(a.Output!.AllRows.Select(r => (r.Row.MessageSizeBytes, r.Row.Values[0])), b.Output!.AllRows.Select(r => (r.Row.MessageSizeBytes, r.Row.Values[0])));
            Assert.Equal(a.Metadata.Hosts.ToArray(), b.Metadata.Hosts.ToArray());
            Assert.Equal(a.Metadata.Pods, b.Metadata.Pods);
        }
        Assert.Single(Parse("2024-05-14T10:00:01+02:00 real 1.5\n").Diagnostics);
    }

    [Fact]
    public void Posix_time_footer_right_after_the_last_row()
    {
        var e = Assert.Single(Parse("""
            $ time -p srun -N 2 -n 2 ./osu_latency
            # OSU MPI Latency Test v7.5
            # Size       Avg Latency(us)
            1                       1.50
            real 5.93
            user 0.01
            sys 0.00
            """).Executions);
        Assert.Equal((5.93, 0.01, 0.0), (e.WallSeconds!.Value, e.UserSeconds!.Value, e.SysSeconds!.Value));
        Assert.Equal(("srun", 2, 2), (e.Launcher, e.Nodes!.Value, e.Processes!.Value));
        Assert.True(e.IsComplete);
    }

    [Fact]
    public void A_log_cut_inside_a_section_keeps_its_rows_as_incomplete()
    {
        var cut = Log[..Log.IndexOf("\n\nreal\t204m", StringComparison.Ordinal)];
        var c = Parse(cut, "size-4.log");
        var last = c.Executions[^1];
        Assert.Equal(ExecutionStatus.Incomplete, last.Status);
        Assert.Null(last.WallSeconds);
        Assert.Single(last.Output!.AllRows);
        Assert.Equal("the log ends at line 32 inside the section, before its time footer; 1 row kept", last.Detail);
        Assert.Equal(new SourceLocation("size-4.log", 28), last.Source);
    }

    [Fact]
    public void A_timed_section_without_footer_followed_by_another_is_incomplete()
    {
        var text = Log.Replace("\nreal\t0m30.623s\nuser\t0m5.012s\nsys\t0m24.221s", "", StringComparison.Ordinal);
        var c = Parse(text);
        Assert.Equal(ExecutionStatus.Incomplete, c.Executions[0].Status);
        // The last row is line 22; line 24 opens the next section.
        Assert.Equal("the section stops at line 22 without a time footer; 2 rows kept", c.Executions[0].Detail);
        Assert.True(c.Executions[1].IsComplete);
    }

    [Fact]
    public void A_section_with_a_footer_but_no_rows_is_no_table()
    {
        var c = Parse(Log.Replace("0                      85.20\n1                      85.37\n", "", StringComparison.Ordinal));
        Assert.Equal(ExecutionStatus.NoTable, c.Executions[0].Status);
        Assert.Equal(30.623, c.Executions[0].WallSeconds);
        Assert.False(c.Executions[0].IsComplete);
    }

    [Fact]
    public void An_mpirun_error_fails_the_section_and_names_its_line()
    {
        var text = Log.Replace("1                     120.50\n",
            "1                     120.50\n--------------------------------------------------------------------------\nmpirun noticed that process rank 3 with PID 0 on node x exited on signal 9 (Killed).\n", StringComparison.Ordinal);
        var c = Parse(text, "size-4.log");
        Assert.Equal(ExecutionStatus.Failed, c.Executions[1].Status);
        Assert.Equal("mpirun reported an error at size-4.log:34; 1 row kept", c.Executions[1].Detail);
    }

    [Fact]
    public void A_benchmark_run_twice_in_one_log_keeps_the_later_copy_as_repeated()
    {
        var second = Log[Log.IndexOf("METRICS OPERATOR TIMEPOINT", StringComparison.Ordinal)..Log.IndexOf("METRICS OPERATOR COLLECTION END", StringComparison.Ordinal)];
        var c = Parse(Log.Replace("METRICS OPERATOR COLLECTION END", second + "METRICS OPERATOR COLLECTION END", StringComparison.Ordinal));
        Assert.Equal(4, c.Executions.Length);
        Assert.Equal([ExecutionStatus.Complete, ExecutionStatus.Complete, ExecutionStatus.Repeated, ExecutionStatus.Repeated], c.Executions.Select(e => e.Status));
        Assert.Equal("repeats the execution at <text>:18", c.Executions[2].Detail);
        Assert.Equal(2, c.Complete.Count());
    }

    [Fact]
    public void Start_run_wrappers_number_the_iterations()
    {
        var c = Parse("""
            Start run 1 of 2
            time srun -N 4 -n 4 ./osu_barrier
            # OSU MPI Barrier Latency Test v7.5
            # Avg Latency(us)
                         5.00

            real	0m1.000s
            End run 1 of 2
            Start run 2 of 2
            time srun -N 4 -n 4 ./osu_barrier
            # OSU MPI Barrier Latency Test v7.5
            # Avg Latency(us)
                         6.00

            real	0m1.100s
            """);
        Assert.Equal([1, 2], c.Executions.Select(e => e.Iteration));
        Assert.All(c.Executions, e => Assert.Equal(ExecutionStatus.Complete, e.Status));
    }

    [Fact]
    public void Node_count_falls_back_from_metadata_to_preamble_to_launch_to_file_name_to_option()
    {
        const string body = "time mpirun -np 8 -map-by ppr:2:node ./osu_allreduce\n# OSU MPI Allreduce Latency Test v5.8\n# Size       Avg Latency(us)\n4    1.0\n\nreal\t0m1.0s\n";
        Assert.Equal(16, Nodes("METADATA START {\"pods\":16}\nMETADATA END\nNumber of tasks total (across 12 nodes) is 12\n" + body));
        Assert.Equal(12, Nodes("Number of tasks total (across 12 nodes) is 12\n" + body));
        Assert.Equal(3, Nodes("Hostlist\nnode-a\nnode-b\nnode-c\n\n" + body)); // the host list
        Assert.Equal(4, Nodes(body)); // -np 8 with 2 processes per node
        Assert.Equal(32, Nodes(body.Replace("-map-by ppr:2:node ", "", StringComparison.Ordinal), "size-32.log"));
        Assert.Equal(6, Nodes(body.Replace("-map-by ppr:2:node ", "", StringComparison.Ordinal), "run.log", new ReadOptions(Nodes: 6)));
        Assert.Null(Nodes(body.Replace("-map-by ppr:2:node ", "", StringComparison.Ordinal), "run.log"));

        static int? Nodes(string text, string source = "<text>", ReadOptions? options = null) =>
            Assert.Single(CampaignReader.ReadText(text, source, options).Executions).Nodes;
    }

    [Fact]
    public void The_file_name_gives_size_and_iteration()
    {
        var e = Assert.Single(Parse("# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\n", "logs/size-64-iter-2.log").Executions);
        Assert.Equal((64, 2), (e.Nodes!.Value, e.Iteration));
    }

    [Fact]
    public void A_missing_metadata_end_does_not_swallow_the_log()
    {
        var c = Parse(LauncherLogTests.Log.Replace("METADATA END\n", "", StringComparison.Ordinal));
        Assert.Equal(2, c.Complete.Count());
        Assert.Equal(4, c.Executions[0].Metadata.Pods);
        Assert.Contains(c.Diagnostics, d => d.Message == "METADATA START without METADATA END");
    }

    [Fact]
    public void Invalid_metadata_is_noted_and_the_log_still_parses()
    {
        var c = Parse(Log.Replace("METADATA START {\"pods\":4", "METADATA START {\"pods\":4,,", StringComparison.Ordinal));
        Assert.Equal(2, c.Complete.Count());
        Assert.Equal(4, c.Executions[0].Nodes); // from the preamble
        Assert.Contains(c.Diagnostics, d => d.Location == new SourceLocation("<text>", 14) && d.Message.Contains("not valid JSON"));
    }
}

/// <summary>The two forms of <c>time</c> output and lines that only look like them.</summary>
public class TimeFooterTests
{
    [Theory]
    [InlineData("real\t0m43.910s", 43.910)]
    [InlineData("real\t204m28.196s", 12268.196)]
    [InlineData("real\t1h2m3.5s", 3723.5)]
    [InlineData("real 5.93", 5.93)]
    [InlineData("real  0.00", 0.0)]
    public void Footers_in_bash_and_posix_form(string line, double seconds)
    {
        var e = Assert.Single(CampaignReader.ReadText($"time srun -n 2 osu_latency\n# OSU MPI Latency Test\n# Size  Latency (us)\n1   1.0\n{line}\n").Executions);
        Assert.Equal(seconds, e.WallSeconds);
    }

    [Theory]
    [InlineData("real\t0m30.6")]   // a bash line cut at the end of a log
    [InlineData("real\t0")]
    [InlineData("real time 5")]
    [InlineData("realtime 5.93")]
    public void Cut_or_foreign_lines_are_not_footers(string line)
    {
        var e = Assert.Single(CampaignReader.ReadText($"time srun -n 2 osu_latency\n# OSU MPI Latency Test\n# Size  Latency (us)\n1   1.0\n{line}").Executions);
        Assert.Null(e.WallSeconds);
        Assert.Equal(ExecutionStatus.Incomplete, e.Status);
    }
}
