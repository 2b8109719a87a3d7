using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Ingest;

/// <summary>
/// Plain OSU Micro-Benchmarks output, one test per line class and format variant of the field guide
/// (shared/omb-output-formats.md). Snippets are written in the layouts OMB 5.x–7.x print (same spacing).
/// </summary>
public class OsuOutputFormatTests
{
    private static Campaign Parse(string text, string source = "<text>", ReadOptions? options = null) =>
        CampaignReader.ReadText(text, source, options);

    private static Execution Single(string text) => Assert.Single(Parse(text).Executions);

    [Fact]
    public void A_5x_latency_table_has_title_version_header_and_rows()
    {
        var e = Single("""
            # OSU MPI Latency Test v5.8
            # Size          Latency (us)
            0                       1.57
            1                       1.60
            4194304               517.86
            """);
        Assert.Equal("osu_latency", e.Benchmark);
        Assert.Equal("5.8", e.Output!.Version);
        Assert.Equal("OSU MPI Latency Test v5.8", e.Output.Title);
        var table = Assert.Single(e.Output.Tables);
        var column = Assert.Single(table.Columns);
        Assert.Equal((Metrics.Latency, MetricUnit.Microseconds, "Latency (us)"), (column.Metric, column.Unit, column.Header));
        Assert.Equal([0L, 1L, 4194304L], table.Rows.Select(r => r.MessageSizeBytes!.Value));
        Assert.Equal(517.86, table.Rows[2].Values[0]);
        Assert.Equal(5, table.Rows[2].Line);
        Assert.Equal(ExecutionStatus.Complete, e.Status);
        Assert.Null(e.WallSeconds); // plain output has no time footer, so it is not "complete" for times.log
        Assert.False(e.IsComplete);
    }

    [Theory]
    [InlineData("# OSU MPI-CUDA All-to-All Personalized Exchange Latency Test v7.5", "osu_alltoall", "7.5")]
    [InlineData("# OSU MPI-ROCM Allreduce Latency Test v7.4", "osu_allreduce", "7.4")]
    [InlineData("# OSU MPI_Get-CUDA Bandwidth Test v7.4", "osu_get_bw", "7.4")]
    [InlineData("# OSU MPI_Get_accumulate latency Test v5.8", "osu_get_acc_latency", "5.8")]
    [InlineData("# OSU MPI Non-Blocking Broadcast Test v5.6.2", "osu_ibcast", "5.6.2")]
    [InlineData("# OSU MPI Multiple Bandwidth / Message Rate Test v6.1", "osu_mbw_mr", "6.1")]
    [InlineData("# OSU MPI Multi-threaded Latency Test v5.8", "osu_latency_mt", "5.8")]
    [InlineData("# OSU NCCL-CUDA Allreduce Latency Test v7.5", "osu_allreduce", "7.5")]
    [InlineData("    # OSU MPI Bandwidth Test", "osu_bw", null)]
    public void Titles_name_the_benchmark_whatever_the_accelerator_tag_case_or_version(string title, string benchmark, string? version)
    {
        var e = Single(title + "\n# Size      Bandwidth (MB/s)\n1                       0.50\n");
        Assert.Equal(benchmark, e.Benchmark);
        Assert.Equal(version, e.Output!.Version);
    }

    [Fact]
    public void An_unknown_title_keeps_a_name_made_from_it()
    {
        var e = Single("# OSU MPI Frobnicate Widgets Test v9.0\n# Size          Latency (us)\n1    2.00\n");
        Assert.Equal("osu_frobnicate_widgets", e.Benchmark);
        Assert.Null(BenchmarkCatalog.Find(e.Benchmark));
    }

    [Fact]
    public void A_header_without_a_title_opens_an_untitled_section_each_time()
    {
        // xccl pt2pt prints only the buffer line and the header (field guide §2).
        var c = Parse("""
            # Send Buffer on DEVICE (D) and Receive Buffer on DEVICE (D)
            # Size      Bandwidth (MB/s)
            1                       0.50
            2                       1.00
            # Size      Bandwidth (MB/s)
            1                       0.70
            """);
        Assert.Equal(2, c.Executions.Length);
        Assert.All(c.Executions, e => Assert.Equal("unknown", e.Benchmark));
        Assert.Equal("DEVICE (D)", c.Executions[0].Output!.Settings["Send Buffer"]);
        Assert.Equal(2, c.Executions[0].Output!.Tables[0].Rows.Length);
        Assert.Single(c.Executions[1].Output!.Tables[0].Rows);
    }

    [Fact]
    public void Full_statistics_header_has_min_max_and_iterations()
    {
        var e = Single("""

            # OSU MPI Allreduce Latency Test v6.1
            # Size       Avg Latency(us)   Min Latency(us)   Max Latency(us)  Iterations
            4                       2.31              1.98              2.80        1000
            8                       2.40              2.01              2.95        1000
            """);
        var t = Assert.Single(e.Output!.Tables);
        Assert.Equal([Metrics.Latency, Metrics.MinLatency, Metrics.MaxLatency, Metrics.Iterations], t.Columns.Select(c => c.Metric));
        Assert.Equal(MetricUnit.None, t.Columns[3].Unit);
        Assert.Equal([2.40, 2.01, 2.95, 1000], t.Rows[1].Values.ToArray());
    }

    [Fact]
    public void Validation_column_reads_pass_as_1_and_fail_marks_the_execution_failed()
    {
        var pass = Single("""
            # OSU MPI Allgather Latency Test v5.9
            # Size       Avg Latency(us)        Validation
            1                       3.20              Pass
            """);
        Assert.Equal(1.0, pass.Output!.Tables[0].Rows[0].Values[1]);
        Assert.Equal(Metrics.Validation, pass.Output.Tables[0].Columns[1].Metric);
        Assert.Equal(ExecutionStatus.Complete, pass.Status);

        var fail = Single("""
            # OSU MPI Allgather Latency Test v7.4
            # Size       Avg Latency(us)        Validation
            1                       3.20              Pass
            2                       3.40              Fail
            DATA VALIDATION ERROR: osu_allgather exited with status 1 on message size 2.
            """);
        Assert.Equal(ExecutionStatus.Failed, fail.Status);
        Assert.Contains("validation failed at message size 2 at <text>:4", fail.Detail);
        Assert.Equal(2, fail.Output!.Tables[0].Rows.Length);
    }

    [Fact]
    public void Tail_percentile_columns_are_named_by_percentile()
    {
        var e = Single("""
            # OSU MPI Latency Test v7.4
            # Datatype: MPI_CHAR.
            # Size       Avg Latency(us)        Validation  P50 Tail Lat(us)  P99 Tail Lat(us)
            1                       1.50              Pass              1.40              2.90
            """);
        var t = e.Output!.Tables[0];
        Assert.Equal(["latency", "validation", "p50_tail_latency", "p99_tail_latency"], t.Columns.Select(c => c.Metric));
        Assert.Equal("MPI_CHAR", t.Datatype);
    }

    [Fact]
    public void Message_rate_table_keeps_both_units()
    {
        var e = Single("""
            # OSU MPI Multiple Bandwidth / Message Rate Test v5.8
            # [ pairs: 4 ] [ window size: 64 ]
            # Size                  MB/s        Messages/s
            1                       2.19        2191512.59
            4194304              9489.40           2262.43
            """);
        var t = e.Output!.Tables[0];
        Assert.Equal([(Metrics.Bandwidth, MetricUnit.MegabytesPerSecond), (Metrics.MessageRate, MetricUnit.MessagesPerSecond)],
            t.Columns.Select(c => (c.Metric, c.Unit)));
        Assert.Equal("4", e.Output.Settings["pairs"]);
        Assert.Equal("64", e.Output.Settings["window size"]);
    }

    [Fact]
    public void Non_blocking_barrier_of_5x_has_a_header_without_hash_and_no_size()
    {
        var e = Single("""

            # OSU MPI Non-blocking Barrier Latency Test v5.8
            # Overall = Coll. Init + Compute + MPI_Test + MPI_Wait

                   Overall(us)       Compute(us)    Pure Comm.(us)        Overlap(%)
                      21761.71          13900.35          11279.26             30.30
            """);
        Assert.Equal("osu_ibarrier", e.Benchmark);
        var t = e.Output!.Tables[0];
        Assert.Equal(MetricUnit.Percent, t.Columns[3].Unit);
        Assert.Null(t.Rows[0].MessageSizeBytes);
        Assert.Equal(30.30, t.Rows[0].Values[3]);
    }

    [Fact]
    public void Non_blocking_full_statistics_columns_are_all_known()
    {
        var e = Single("""
            # OSU MPI Non-blocking Allreduce Latency Test v5.8
            # Overall = Coll. Init + Compute + MPI_Test + MPI_Wait

            # Size           Overall(us)       Compute(us)    Coll. Init(us)      MPI_Test(us)      MPI_Wait(us)    Pure Comm.(us)     Min Comm.(us)     Max Comm.(us)        Overlap(%)
            4                      10.00              5.00              1.00              0.50              3.00              4.00              3.50              4.50             50.00
            """);
        Assert.Equal(["overall", "compute", "coll_init", "mpi_test", "mpi_wait", "pure_comm", "min_comm", "max_comm", "overlap"],
            e.Output!.Tables[0].Columns.Select(c => c.Metric));
    }

    [Fact]
    public void Barrier_is_a_single_unlabelled_value()
    {
        var e = Single("""

            # OSU MPI Barrier Latency Test v5.8
            # Avg Latency(us)
                     11899.85
            """);
        var row = Assert.Single(e.Output!.AllRows).Row;
        Assert.Null(row.MessageSizeBytes);
        Assert.Equal(11899.85, row.Values[0]);
    }

    [Fact]
    public void Osu_init_is_a_one_row_table_in_milliseconds_with_its_process_count()
    {
        var e = Single("# OSU MPI Init Test v5.8\nnprocs: 8, min: 302 ms, max: 314 ms, avg: 306 ms\n");
        var t = Assert.Single(e.Output!.Tables);
        Assert.Equal([Metrics.InitTime, Metrics.MinInitTime, Metrics.MaxInitTime], t.Columns.Select(c => c.Metric));
        Assert.All(t.Columns, c => Assert.Equal(MetricUnit.Milliseconds, c.Unit));
        Assert.Equal([306.0, 302.0, 314.0], t.Rows[0].Values.ToArray());
        Assert.Equal(8, e.Output.Processes);
        Assert.Equal(8, e.Processes);
    }

    [Fact]
    public void Osu_hello_gives_its_process_count()
    {
        var e = Single("# OSU MPI Hello World Test v5.8\nThis is a test with 16 processes\n");
        Assert.Equal("osu_hello", e.Benchmark);
        Assert.Equal(16, e.Output!.Processes);
        Assert.Empty(e.Output.Tables);
        Assert.Equal(ExecutionStatus.Complete, e.Status);
    }

    [Fact]
    public void Datatype_before_the_header_in_74_and_several_datatype_tables()
    {
        var e = Single("""

            # OSU MPI Allreduce Latency Test v7.4
            # Datatype: MPI_INT.
            # Size       Avg Latency(us)
            4                       2.00
            8                       2.10

            # Datatype: MPI_FLOAT.
            # Size       Avg Latency(us)
            4                       2.20
            """);
        Assert.Equal(2, e.Output!.Tables.Length);
        Assert.Equal(["MPI_INT", "MPI_FLOAT"], e.Output.Tables.Select(t => t.Datatype));
        Assert.Equal([2, 1], e.Output.Tables.Select(t => t.Rows.Length));
    }

    [Fact]
    public void Datatype_after_the_header_in_71_to_73()
    {
        var e = Single("""
            # OSU MPI Latency Test v7.2
            # Size          Latency (us)
            # Datatype: MPI_CHAR.
            1                       1.50
            """);
        Assert.Equal("MPI_CHAR", Assert.Single(e.Output!.Tables).Datatype);
        Assert.Equal("MPI_CHAR", e.Output.Settings["Datatype"]);
    }

    [Fact]
    public void Noise_between_rows_is_skipped_without_ending_the_table()
    {
        var e = Single("""
            # OSU MPI Allreduce Latency Test v7.3
            [node1:12345] SET UCX_NET_DEVICES=mlx5_0:1
            # Size       Avg Latency(us)
             coll_ucc_alltoall.c:70 - mca_coll_ucc_alltoall() running ucc alltoall
            4                       2.00
             [node:903 :0] ucc_coll.c:255 UCC_COLL INFO coll_init: Allreduce
            ./osu_allreduce: /usr/lib/aarch64-linux-gnu/libnl-3.so.200: no version information available (required by x)
            Warning: OMB could not identify the local rank of the process.
                     This can lead to multiple processes using the same GPU.
            8                       2.10
            16   2.2 extra
            """);
        var rows = Assert.Single(e.Output!.Tables).Rows;
        Assert.Equal([4L, 8L], rows.Select(r => r.MessageSizeBytes!.Value));
        Assert.Equal(ExecutionStatus.Complete, e.Status);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_values_is_noted_not_kept()
    {
        var c = Parse("# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\n2   1.0   3.0\n");
        Assert.Single(c.Executions[0].Output!.Tables[0].Rows);
        var d = Assert.Single(c.Diagnostics);
        Assert.Equal(new SourceLocation("<text>", 4), d.Location);
        Assert.Contains("2 columns", d.Message);
    }

    [Fact]
    public void Back_to_back_benchmarks_split_on_titles_and_comment_lines_before_a_title_go_to_the_next()
    {
        // osu_latency_mt prints its thread counts before its title (field guide §3).
        var c = Parse("""
            # OSU MPI Latency Test v5.8
            # Size          Latency (us)
            0                       1.57
            # Number of Sender threads: 1 
            # Number of Receiver threads: 2
            # OSU MPI Multi-threaded Latency Test v5.8
            # Size          Latency (us)
            0                       3.10
            # OSU MPI Bandwidth Test v5.8
            # Size      Bandwidth (MB/s)
            1                       0.50
            """);
        Assert.Equal(["osu_latency", "osu_latency_mt", "osu_bw"], c.Executions.Select(e => e.Benchmark));
        Assert.Empty(c.Executions[0].Output!.Settings);
        Assert.Equal("1", c.Executions[1].Output!.Settings["Number of Sender threads"]);
        Assert.Equal(new SourceLocation("<text>", 6), c.Executions[1].Source);
    }

    [Fact]
    public void Window_and_synchronization_settings_of_one_sided_tests_are_kept()
    {
        var e = Single("""
            # OSU MPI_Put Bandwidth Test v5.8
            # Window creation: MPI_Win_allocate
            # Synchronization: MPI_Win_flush
            # Size      Bandwidth (MB/s)
            1                       0.50
            """);
        Assert.Equal("MPI_Win_allocate", e.Output!.Settings["Window creation"]);
        Assert.Equal("MPI_Win_flush", e.Output.Settings["Synchronization"]);
    }

    [Fact]
    public void Huge_sizes_and_values_and_nan_are_read_as_numbers()
    {
        var e = Single("# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1073741824   39515070.50\n2147483648   -nan\n");
        var rows = e.Output!.Tables[0].Rows;
        Assert.Equal(2147483648L, rows[1].MessageSizeBytes);
        Assert.True(double.IsNaN(rows[1].Values[0]));
        Assert.Equal(39515070.50, rows[0].Values[0]);
    }

    [Fact]
    public void A_crash_after_the_header_is_a_failed_execution_with_its_line()
    {
        var e = Single("""
            # OSU MPI Allreduce Latency Test v7.5
            # Size       Avg Latency(us)
            [nid006549:12345] *** Process received signal ***
            [nid006549:12345] Signal: Segmentation fault (11)
            srun: error: nid006549: task 0: Segmentation fault (core dumped)
            """);
        Assert.Equal(ExecutionStatus.Failed, e.Status);
        Assert.Equal("a process received a signal at <text>:3; 0 rows kept", e.Detail);
    }

    [Theory]
    [InlineData("This test requires exactly two processes")]
    [InlineData("mpirun noticed that process rank 0 with PID 0 on node x exited on signal 9 (Killed).")]
    [InlineData("0.037s: flux-shell[1]: ERROR: plugin 'x': failed")]
    [InlineData("===   BAD TERMINATION OF ONE OF YOUR APPLICATION PROCESSES")]
    public void Launcher_and_benchmark_errors_fail_the_section(string line)
    {
        var e = Single($"# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\n{line}\n");
        Assert.Equal(ExecutionStatus.Failed, e.Status);
        Assert.Contains("<text>:4", e.Detail);
        Assert.Single(e.Output!.AllRows);
    }

    [Fact]
    public void Garbage_lines_that_start_with_numbers_are_not_rows()
    {
        var c = Parse("0.037s: nothing\n12 apples\n# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1.5.6   1\n1   1.0\n");
        Assert.Single(c.Executions[0].Output!.Tables[0].Rows);
    }
}
