using OsuScale.Campaigns;
using OsuScale.Cli;
using OsuScale.Ingest;
using OsuScale.Tests.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

/// <summary>The <c>times</c> and <c>tables</c> verbs, invoked in process with redirected output.</summary>
[Trait("Category", "Cli")]
public sealed class IngestCommandsTests : IDisposable
{
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var f in _folders) Directory.Delete(f, recursive: true);
    }

    private static CliRun.Result Run(params string[] args) => CliRun.Run(args);

    private string TempLog(string text, string name = "size-4.log")
    {
        var dir = Directory.CreateTempSubdirectory("cli-").FullName;
        _folders.Add(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Times_writes_a_times_log_to_standard_output()
    {
        var log = TempLog(LauncherLogTests.Log);
        var (exit, stdout, stderr) = Run("times", log);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES\nosu_latency,30.623,4\nosu_allgather,12268.196,4\n", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Times_writes_a_file_replacing_an_old_longer_one()
    {
        var log = TempLog(LauncherLogTests.Log);
        var target = Path.Combine(Path.GetDirectoryName(log)!, "out.log");
        File.WriteAllText(target, new string('z', 50_000));
        var (exit, stdout, _) = Run("times", log, "-o", target);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", stdout);
        Assert.Equal(TimesLog.FromCampaign(CampaignReader.ReadFile(log)), TimesLog.Read(target));
        Assert.DoesNotContain("z", File.ReadAllText(target));
    }

    [Fact]
    public void Times_check_lists_differences_and_exits_4()
    {
        var log = TempLog(LauncherLogTests.Log);
        var hand = Path.Combine(Path.GetDirectoryName(log)!, "times.log");
        File.WriteAllText(hand, "METRIC,TIME_SECONDS,SIZE_NODES\nosu_latency,30.623,4\nosu_allgather,12268,4\nosu_bw,1.0,4\n");
        var (exit, stdout, _) = Run("times", log, "--check", hand);
        Assert.Equal(ExitCodes.Differences, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"{hand}:3: different: osu_allgather at 4 nodes: the times.log says 12268 s, the logs say 12268.196 s ({log}:28)", lines[0]);
        Assert.Equal($"{hand}:4: extra: osu_bw at 4 nodes: the times.log says 1 s, the logs have no complete execution", lines[1]);
        Assert.Equal($"{hand}: 1 row(s) agree, 2 differ (0 missing, 1 extra, 1 different; tolerance 0.0005 s)", lines[2]);
    }

    [Fact]
    public void Times_check_of_an_agreeing_file_exits_0()
    {
        var log = TempLog(LauncherLogTests.Log);
        var hand = Path.Combine(Path.GetDirectoryName(log)!, "times.log");
        File.WriteAllText(hand, "METRIC,TIME_SECONDS,SIZE_NODES\nosu_allgather,12268.196,4\nosu_latency,30.623,4\n");
        Assert.Equal(ExitCodes.Ok, Run("times", log, "--check", hand).Exit);
    }

    [Fact]
    public void Times_check_on_kubecon_reports_the_two_real_disagreements()
    {
        var folder = RepoData.KubeconRun1;
        var (exit, stdout, stderr) = Run("times", folder, "--check", Path.Combine(folder, "times.log"));
        Assert.Equal(ExitCodes.Differences, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("times.log:63: different: osu_multi_lat at 16 nodes: the times.log says 2776 s, the logs say 2776.204 s", lines[0]);
        Assert.Contains("times.log:86: different: osu_allreduce at 8 nodes: the times.log says 480.29 s, the logs say 492.29 s", lines[1]);
        Assert.EndsWith("105 row(s) agree, 2 differ (0 missing, 0 extra, 2 different; tolerance 0.0005 s)", lines[2]);
        Assert.Contains("size-64.log:625: osu_allreduce at 64 nodes is incomplete", stderr);
    }

    [Fact]
    public void A_missing_input_is_one_error_line_and_exit_3()
    {
        var (exit, stdout, stderr) = Run("times", "/no/such/size-4.log");
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal("", stdout);
        Assert.Equal("osu-scale: error: /no/such/size-4.log: no such file or folder\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_malformed_times_log_names_its_line()
    {
        var log = TempLog(LauncherLogTests.Log);
        var hand = Path.Combine(Path.GetDirectoryName(log)!, "times.log");
        File.WriteAllText(hand, "METRIC,TIME_SECONDS,SIZE_NODES\nosu_latency,abc,4\n");
        var (exit, _, stderr) = Run("times", log, "--check", hand);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Equal($"osu-scale: error: {hand}:2: TIME_SECONDS 'abc' is not a number: 'osu_latency,abc,4'", stderr.Trim());
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Tables_writes_both_csv_files()
    {
        var log = TempLog(LauncherLogTests.Log);
        var outDir = Path.Combine(Path.GetDirectoryName(log)!, "tables");
        var (exit, stdout, _) = Run("tables", log, "-o", outDir);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("2 execution(s) (2 complete) from 1 size(s)", stdout);
        Assert.StartsWith("benchmark,nodes,processes,iteration,wall_seconds", File.ReadAllText(Path.Combine(outDir, "times.csv")));
        Assert.Equal(4, File.ReadAllLines(Path.Combine(outDir, "results.csv")).Length);
    }

    [Fact]
    public void Tables_without_output_folder_is_a_usage_error()
    {
        var log = TempLog(LauncherLogTests.Log);
        var (exit, _, stderr) = Run("tables", log);
        Assert.NotEqual(ExitCodes.Ok, exit);
        Assert.Contains("--output", stderr);
    }

    [Fact]
    public void Nodes_option_fills_in_the_size_of_an_anonymous_log()
    {
        var log = TempLog("time mpirun -np 2 ./osu_latency\n# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n1   1.0\nreal 2.5\n", "run.log");
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES\n", Run("times", log).Out);
        Assert.Contains("give --nodes N", Run("times", log).Err);
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES\nosu_latency,2.5,32\n", Run("times", log, "--nodes", "32").Out);
    }

    [Fact]
    public void Help_documents_the_exit_codes()
    {
        var times = Run("times", "--help").Out;
        Assert.Contains("  4    times --check found differences", times);
        Assert.Contains("  3    input or output error", Run("tables", "--help").Out);
        Assert.DoesNotContain("times --check found differences", Run("tables", "--help").Out);
    }

    [Fact]
    public void A_node_count_below_1_is_a_usage_error()
    {
        var log = TempLog(LauncherLogTests.Log);
        var (exit, stdout, stderr) = Run("times", log, "--nodes", "0");
        Assert.NotEqual(ExitCodes.Ok, exit);
        Assert.DoesNotContain("osu_latency,30.623", stdout); // nothing was derived (System.CommandLine shows the help)
        Assert.Contains("--nodes: '0' is not a whole number of at least 1", stderr);
    }

    [Fact]
    public void An_unwritable_output_is_one_error_line_and_exit_3()
    {
        var log = TempLog(LauncherLogTests.Log);
        var (exit, _, stderr) = Run("times", log, "-o", Path.Combine(Path.GetDirectoryName(log)!, "no-such-dir", "t.log"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.StartsWith("osu-scale: error: ", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Times_of_the_json_sample_has_an_iteration_column()
    {
        var (exit, stdout, _) = Run("times", RepoData.Path("metricsoperator-json"));
        Assert.Equal(ExitCodes.Ok, exit);
        // crd-test-metrics-4.json: iteration 1 then 2 of three benchmarks at 4 pods ("real 0m1.531s" is the last one).
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("METRIC,TIME_SECONDS,SIZE_NODES,ITERATION", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Equal("osu_fop_latency,1.531,4,2", lines[^1]);
    }
}
