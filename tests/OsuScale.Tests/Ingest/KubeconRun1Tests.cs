using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>
/// Acceptance facts on the real campaign <c>data/kubecon-run1</c> (five launcher logs, 4 to 64 nodes,
/// OMB 5.8 under the metrics-operator). Expected values were read off the logs by hand (grep/awk on the files).
/// </summary>
public class KubeconRun1Tests
{
    private static readonly Lazy<Campaign> Campaign = new(() => CampaignReader.Read([RepoData.KubeconRun1]));

    [Fact]
    public void Has_107_complete_executions_and_one_incomplete_allreduce_at_64_nodes()
    {
        var c = Campaign.Value;
        Assert.Equal(107, c.Executions.Count(e => e.IsComplete));
        var notComplete = Assert.Single(c.Executions, e => !e.IsComplete);
        Assert.Equal(ExecutionStatus.Incomplete, notComplete.Status);
        Assert.Equal("osu_allreduce", notComplete.Benchmark);
        Assert.Equal(64, notComplete.Nodes);
        // size-64.log ends with the title, the header and one row "4  257460.91" (lines 626-629).
        var row = Assert.Single(notComplete.Output!.AllRows).Row;
        Assert.Equal(4, row.MessageSizeBytes);
        Assert.Equal(257460.91, row.Values[0]);
        Assert.EndsWith("size-64.log", notComplete.Source.File);
        Assert.Contains("ends at line 629", notComplete.Detail);
    }

    [Fact]
    public void Osu_latency_at_8_nodes_has_24_rows_from_0_to_4_MiB()
    {
        var latency = Assert.Single(Campaign.Value.Executions, e => e.Benchmark == "osu_latency" && e.Nodes == 8);
        var rows = latency.Output!.AllRows.Select(r => r.Row).ToList();
        Assert.Equal(24, rows.Count);
        Assert.Equal(0, rows[0].MessageSizeBytes);
        Assert.Equal(4194304, rows[^1].MessageSizeBytes);
        Assert.Equal(Enumerable.Range(0, 23).Select(i => (long?)(1L << i)).Prepend(0), rows.Select(r => r.MessageSizeBytes));
        Assert.Equal(32.157, latency.WallSeconds);
        Assert.Equal(2, latency.Processes);
    }

    [Fact]
    public void Every_size_has_the_node_count_of_its_metadata_and_processes_follow_the_launch_command()
    {
        var c = Campaign.Value;
        Assert.Equal([4, 8, 16, 32, 64], c.Sizes.ToArray());
        foreach (var e in c.Executions)
        {
            var info = OsuScale.Benchmarks.BenchmarkCatalog.Find(e.Benchmark)!;
            Assert.Equal(info.IsPair ? 2 : e.Nodes, e.Processes);
            Assert.Equal(e.Nodes, e.Metadata.Pods);
            Assert.Equal(1, e.Iteration);
            Assert.Equal("mpirun", e.Launcher);
        }
    }

    [Fact]
    public void The_22_benchmarks_are_all_recognised()
    {
        var names = Campaign.Value.Benchmarks;
        Assert.Equal(22, names.Length);
        Assert.All(names, n => Assert.NotNull(OsuScale.Benchmarks.BenchmarkCatalog.Find(n)));
    }

    [Fact]
    public void Multi_lat_at_16_nodes_took_46_minutes_16_204_seconds()
    {
        // size-16.log line 543: "real	46m16.204s".
        var e = Assert.Single(Campaign.Value.Executions, x => x.Benchmark == "osu_multi_lat" && x.Nodes == 16);
        Assert.Equal(2776.204, e.WallSeconds);
        Assert.Equal(7 * 60 + 59.624, e.UserSeconds!.Value, 9);
    }

    [Fact]
    public void Special_outputs_are_tables_or_process_counts()
    {
        var c = Campaign.Value;
        var init = Assert.Single(c.Executions, e => e.Benchmark == "osu_init" && e.Nodes == 8);
        // size-8.log: "nprocs: 8, min: 302 ms, max: 314 ms, avg: 306 ms".
        var t = Assert.Single(init.Output!.Tables);
        Assert.Equal([306.0, 302.0, 314.0], t.Rows[0].Values.ToArray());
        Assert.Equal(8, init.Output.Processes);
        Assert.Equal(0, t.IndexOf(OsuScale.Benchmarks.Metrics.InitTime));

        var hello = Assert.Single(c.Executions, e => e.Benchmark == "osu_hello" && e.Nodes == 8);
        Assert.Equal(8, hello.Output!.Processes);
        Assert.True(hello.IsComplete);

        var barrier = Assert.Single(c.Executions, e => e.Benchmark == "osu_barrier" && e.Nodes == 8);
        var row = Assert.Single(barrier.Output!.AllRows).Row;
        Assert.Null(row.MessageSizeBytes);
        Assert.Equal(11899.85, row.Values[0]);

        var ibarrier = Assert.Single(c.Executions, e => e.Benchmark == "osu_ibarrier" && e.Nodes == 8);
        Assert.Equal(["overall", "compute", "pure_comm", "overlap"], ibarrier.Output!.Tables[0].Columns.Select(x => x.Metric));
        Assert.Equal([21761.71, 13900.35, 11279.26, 30.30], ibarrier.Output.Tables[0].Rows[0].Values.ToArray());

        var mbw = Assert.Single(c.Executions, e => e.Benchmark == "osu_mbw_mr" && e.Nodes == 8);
        Assert.Equal("4", mbw.Output!.Settings["pairs"]);
        Assert.Equal("64", mbw.Output.Settings["window size"]);
        var mt = Assert.Single(c.Executions, e => e.Benchmark == "osu_latency_mt" && e.Nodes == 8);
        Assert.Equal("2", mt.Output!.Settings["Number of Receiver threads"]);
    }

    [Fact]
    public void The_metadata_lists_the_commands_and_hosts()
    {
        var e = Campaign.Value.Executions.First(x => x.Nodes == 8);
        Assert.Equal(8, e.Metadata.Hosts.Length);
        Assert.Equal("10.12.28.20", e.Metadata.Hosts[0]);
        Assert.Equal(22, e.Metadata.Commands.Length);
        Assert.Equal("true", e.Metadata.Options["timed"]);
        Assert.Equal(1, e.Metadata.TasksPerNode);
        Assert.Equal(8, e.Metadata.TotalTasks);
        Assert.Equal("network-osu-benchmark", e.Metadata.MetricName);
    }

    [Fact]
    public void Times_log_in_the_folder_is_skipped_with_a_note()
    {
        Assert.Contains(Campaign.Value.Diagnostics, d => d.Location.File.EndsWith("times.log") && d.Message.StartsWith("skipped"));
    }
}
