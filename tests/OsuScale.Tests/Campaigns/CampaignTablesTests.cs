using Microsoft.Data.Analysis;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Campaigns;

/// <summary>The tidy tables: times and results as DataFrames and as CSV.</summary>
public class CampaignTablesTests
{
    private static Campaign Small => CampaignReader.ReadText(LauncherLogTests.Log, "size-4.log");

    [Fact]
    public void Times_has_one_row_per_execution_with_the_documented_columns()
    {
        var df = CampaignTables.Times(Small);
        Assert.Equal(CampaignTables.TimesColumns, df.Columns.Select(c => c.Name));
        Assert.Equal(2, df.Rows.Count);
        Assert.Equal("osu_latency", df["benchmark"][0]);
        Assert.Equal(4, df["nodes"][0]);
        Assert.Equal(2, df["processes"][0]);
        Assert.Equal(30.623, df["wall_seconds"][0]);
        Assert.Equal("complete", df["status"][0]);
        Assert.Equal("size-4.log:18", df["source"][0]);
    }

    [Fact]
    public void Results_is_long_format_with_null_sizes_for_tables_without_sizes()
    {
        var c = CampaignReader.ReadText("""
            # OSU MPI Latency Test v5.8
            # Size          Latency (us)
            0                       1.57
            1                       1.60

            # OSU MPI Barrier Latency Test v5.8
            # Avg Latency(us)
                     11899.85
            """, "size-8.log");
        var df = CampaignTables.Results(c);
        Assert.Equal(CampaignTables.ResultsColumns, df.Columns.Select(col => col.Name));
        Assert.Equal(3, df.Rows.Count);
        Assert.Equal(1L, df["message_size_bytes"][1]);
        Assert.Null(df["message_size_bytes"][2]);
        Assert.Equal("us", df["unit"][2]);
        Assert.Equal(8, df["nodes"][2]);
        Assert.Equal("latency", df["metric"][0]);
    }

    [Fact]
    public void Csv_writers_use_invariant_numbers_empty_nulls_and_lowercase_statuses()
    {
        var cut = LauncherLogTests.Log[..LauncherLogTests.Log.IndexOf("\n\nreal\t204m", StringComparison.Ordinal)];
        var c = CampaignReader.ReadText(cut, "size-4.log");
        var times = new StringWriter();
        CampaignTables.WriteTimesCsv(c, times);
        Assert.Equal("""
            benchmark,nodes,processes,iteration,wall_seconds,user_seconds,sys_seconds,status,source
            osu_latency,4,2,1,30.623,5.012,24.221,complete,size-4.log:18
            osu_allgather,4,4,1,,,,incomplete,size-4.log:28

            """.ReplaceLineEndings("\n"), times.ToString());

        var results = new StringWriter();
        CampaignTables.WriteResultsCsv(c, results);
        Assert.Equal("""
            benchmark,nodes,iteration,message_size_bytes,metric,value,unit
            osu_latency,4,1,0,latency,85.2,us
            osu_latency,4,1,1,latency,85.37,us
            osu_allgather,4,1,1,latency,120.5,us

            """.ReplaceLineEndings("\n"), results.ToString());
    }

    [Fact]
    public void Init_results_are_in_milliseconds_without_a_size()
    {
        var df = CampaignTables.Results(CampaignReader.ReadText("# OSU MPI Init Test v5.8\nnprocs: 8, min: 302 ms, max: 314 ms, avg: 306 ms\n"));
        Assert.Equal(["init_time", "min_init_time", "max_init_time"], ((StringDataFrameColumn)df["metric"]).ToArray());
        Assert.All(((StringDataFrameColumn)df["unit"]).ToArray(), u => Assert.Equal("ms", u));
    }

    [Fact]
    public void Repeated_executions_stay_in_times_but_not_in_results()
    {
        var one = CampaignReader.ReadText(LauncherLogTests.Log);
        var twice = CampaignReader.ReadText(LauncherLogTests.Log.Replace("METRICS OPERATOR COLLECTION END",
            LauncherLogTests.Log[LauncherLogTests.Log.IndexOf("METRICS OPERATOR TIMEPOINT", StringComparison.Ordinal)..], StringComparison.Ordinal));
        Assert.Equal(4, CampaignTables.Times(twice).Rows.Count);
        Assert.Equal(CampaignTables.Results(one).Rows.Count, CampaignTables.Results(twice).Rows.Count);
    }

    [Fact]
    public void Folder_writer_replaces_old_files_and_keeps_benchmark_files_inside()
    {
        var dir = Directory.CreateTempSubdirectory("tables-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "times.csv"), new string('x', 100_000));
            var evil = CampaignReader.ReadText("time mpirun -np 2 ../../etc/osu_passwd\n# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\n");
            var written = CampaignTables.WriteFolder(Campaign.Merge([Small, evil]), dir, perBenchmark: true);
            Assert.All(written, p => Assert.StartsWith(Path.GetFullPath(dir) + Path.DirectorySeparatorChar, Path.GetFullPath(p)));
            Assert.DoesNotContain("xxx", File.ReadAllText(Path.Combine(dir, "times.csv")));
            Assert.True(File.Exists(Path.Combine(dir, "results", "osu_passwd.csv")));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Kubecon_results_have_every_row()
    {
        var c = CampaignReader.Read([RepoData.KubeconRun1]);
        var df = CampaignTables.Results(c);
        // Count by hand: osu_latency at 8 nodes has 24 rows × 1 column (size-8.log); 108 executions in all.
        var latency = df.Filter(((StringDataFrameColumn)df["benchmark"]).ElementwiseEquals("osu_latency"));
        var at8 = latency.Filter(((Int32DataFrameColumn)latency["nodes"]).ElementwiseEquals(8));
        Assert.Equal(24, at8.Rows.Count);
        Assert.Equal(4194304L, at8["message_size_bytes"][23]);
        Assert.Equal(108, CampaignTables.Times(c).Rows.Count);
    }
}

/// <summary>Results of OMB 7 runs that loop over datatypes.</summary>
public class DatatypeResultsTests
{
    [Fact]
    public void Later_datatype_tables_have_suffixed_metrics()
    {
        var c = CampaignReader.ReadText("""
            # OSU MPI Allreduce Latency Test v7.4
            # Datatype: MPI_INT.
            # Size       Avg Latency(us)
            4                       2.00
            # Datatype: MPI_FLOAT.
            # Size       Avg Latency(us)
            4                       2.20
            """);
        var metrics = ((Microsoft.Data.Analysis.StringDataFrameColumn)CampaignTables.Results(c)["metric"]).ToArray();
        Assert.Equal(["latency", "latency:MPI_FLOAT"], metrics);
    }
}
