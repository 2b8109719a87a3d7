using System.Text.Json;
using OsuScale.Campaigns;
using OsuScale.Cli;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;
using OsuScale.Ingest;

namespace OsuScale.Collect.Tests.Cli;

/// <summary><c>osu-scale run</c> end to end: the real kubectl, the simulated server, and the logs read back by the parser.</summary>
[Trait("Category", "Cli")]
public sealed class RunCommandTests
{
    private static readonly string[] Benchmarks = ["osu_latency", "osu_bw"];

    private static string[] Args(Sandbox sandbox, params string[] more) =>
    [
        "run", "--kubectl", TestKubectl.Require(), "--kubeconfig", sandbox.Kubeconfig, "--namespace", "default",
        "--poll-interval", "50ms", "--schedule-timeout", "30s", .. more,
    ];

    [KubectlFact]
    public async Task Run_sizes_4_8_with_2_iterations_collects_logs_that_the_parser_reads_as_the_expected_executions()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);

        var result = await CliRunner.RunAsync(Args(sandbox, "--sizes", "4,8", "--iterations", "2", "--commands", "osu_latency,osu_bw", "-o", sandbox.Output));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error + result.Output);
        Assert.Contains("campaign complete", result.Output);
        Assert.Contains("osu_bw", result.Error); // progress goes to stderr, the outcome to stdout
        var logs = Directory.GetFiles(sandbox.Output, "*.log").Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal(["size-4-iter-1.log", "size-4-iter-2.log", "size-8-iter-1.log", "size-8-iter-2.log"], logs);

        // The collected logs, unchanged, are what the parser reads (the folder also holds nodes.json and run-manifest.json).
        var campaign = CampaignReader.Read(Directory.GetFiles(sandbox.Output, "size-*.log"));
        var executions = campaign.Executions.Where(e => Benchmarks.Contains(e.Benchmark)).ToList();
        Assert.Equal(8, executions.Count);
        Assert.All(executions, e => Assert.True(e.IsComplete, e.Detail));
        Assert.Equal(
            (from size in new[] { 4, 8 } from iteration in new[] { 1, 2 } from b in Benchmarks select (b, size, iteration)).Order(),
            executions.Select(e => (e.Benchmark, e.Nodes ?? 0, e.Iteration)).Order());
        // SyntheticLog gives benchmark k (0-based) at N nodes a wall time of 10 + k + N/4 seconds.
        Assert.All(executions, e => Assert.Equal(10 + Array.IndexOf(Benchmarks, e.Benchmark) + e.Nodes!.Value * 0.25, e.WallSeconds!.Value, 3));

        // ... and the report is built from them as they are.
        var reportFolder = Path.Combine(sandbox.Root, "report");
        var report = await CliRunner.RunAsync(["report", .. Directory.GetFiles(sandbox.Output, "size-*.log"), "-o", reportFolder]);
        Assert.True(report.ExitCode == ExitCodes.Ok, report.Error);
        var markdown = File.ReadAllText(Path.Combine(reportFolder, "report.md"));
        Assert.Contains("osu_latency", markdown);
        Assert.Contains("osu_bw", markdown);
    }

    [KubectlFact]
    public async Task A_refused_apply_exits_1_with_one_error_line_naming_the_step_and_resume_finishes_the_campaign()
    {
        await using var sandbox = await Sandbox.StartAsync((name, pods, attempt) =>
            new PodScenario(SyntheticLog.Lines(pods, Benchmarks)) { RejectWith = name == "osu-scale-s8-i1" && attempt == 1 ? 422 : null });

        var failed = await CliRunner.RunAsync(Args(sandbox, "--sizes", "4,8", "--commands", "osu_latency,osu_bw", "-o", sandbox.Output));

        Assert.Equal(ExitCodes.Failure, failed.ExitCode);
        // Progress goes to stderr too; the error and the note to resume are its last two lines.
        var lines = failed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^2..];
        Assert.StartsWith("osu-scale: error: size 8 iteration 1 (osu-scale-s8-i1): apply: kubectl apply was refused:", lines[0]);
        Assert.Contains($"continue with: osu-scale run --resume {sandbox.Output}", lines[1]);
        Assert.True(File.Exists(sandbox.File("size-4.log")));

        var plan = await CliRunner.RunAsync(Args(sandbox, "--resume", sandbox.Output, "--dry-run"));
        Assert.Equal(ExitCodes.Ok, plan.ExitCode);
        Assert.Contains("osu-scale-s8-i1.yaml", plan.Output);
        Assert.DoesNotContain("osu-scale-s4-i1.yaml", plan.Output);

        var resumed = await CliRunner.RunAsync(Args(sandbox, "--resume", sandbox.Output));

        Assert.True(resumed.ExitCode == ExitCodes.Ok, resumed.Error);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Equal(StepState.Completed, RunManifest.Load(sandbox.Output).State);
    }

    [KubectlFact]
    public async Task Replaying_the_real_kubecon_logs_collects_them_byte_for_byte()
    {
        var real = OsuScale.Tests.Support.RepoData.KubeconRun1;
        await using var sandbox = await Sandbox.StartAsync((_, pods, _) =>
            new PodScenario(File.ReadAllLines(Path.Combine(real, $"size-{pods}.log"))) { LineDelay = TimeSpan.FromMilliseconds(0.2) });

        var result = await CliRunner.RunAsync(Args(sandbox, "--sizes", "4,8", "--template", Path.Combine(real, "metrics-4.yaml"), "-o", sandbox.Output));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error + result.Output);
        foreach (var size in new[] { 4, 8 })
            Assert.Equal(File.ReadAllLines(Path.Combine(real, $"size-{size}.log")), sandbox.Lines($"size-{size}.log"));
        var original = CampaignReader.Read([Path.Combine(real, "size-4.log"), Path.Combine(real, "size-8.log")]);
        var collected = CampaignReader.Read(Directory.GetFiles(sandbox.Output, "size-*.log").Order(StringComparer.Ordinal));
        Assert.Equal(
            original.Executions.Select(e => (e.Benchmark, e.Nodes, e.Iteration, e.WallSeconds, e.Status)),
            collected.Executions.Select(e => (e.Benchmark, e.Nodes, e.Iteration, e.WallSeconds, e.Status)));
        // The template's v1alpha1 and its 22 commands were kept; name and pods were set per size.
        var created = sandbox.Server.Created["osu-scale-s8-i1"];
        Assert.Equal("flux-framework.org/v1alpha1", created["apiVersion"]!.GetValue<string>());
        Assert.Equal(8, created["spec"]!["pods"]!.GetValue<int>());
        Assert.Equal(22, created["spec"]!["metrics"]![0]!["listOptions"]!["commands"]!.AsArray().Count);
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_without_calling_kubectl_or_writing_anything()
    {
        var folder = Path.Combine(Path.GetTempPath(), "osu-scale-dry-" + Guid.NewGuid().ToString("N")[..8]);

        var result = await CliRunner.RunAsync("run", "--sizes", "4,8", "--iterations", "2", "--commands", "osu_latency,osu_allreduce",
            "--kubectl", "/nonexistent/kubectl", "--context", "gke-osu", "--dry-run", "-o", folder);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.False(Directory.Exists(folder));
        Assert.Contains("osu-scale-s8-i2", result.Output);
        Assert.Contains($"/nonexistent/kubectl --context gke-osu apply --validate=false -f {folder}/manifests/osu-scale-s4-i1.yaml", result.Output);
        Assert.Contains("logs -f osu-scale-s4-i1-l-0-0-xxxxx", result.Output);
        Assert.Contains("apiVersion: flux-framework.org/v1alpha2", result.Output);
        Assert.Contains("timed: \"true\"", result.Output);
        Assert.Contains("Estimated: unknown", result.Output);
    }

    [Fact]
    public async Task Dry_run_with_estimates_from_a_previous_analysis_states_wall_time_and_node_hours()
    {
        var previous = Path.Combine(Path.GetTempPath(), "osu-scale-est-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(previous);
        // 60 s measured at 4 nodes and 240 s predicted at 16: log-log interpolation gives 120 s at 8 nodes.
        File.WriteAllText(Path.Combine(previous, "verdicts.json"), JsonSerializer.Serialize(new[]
        {
            new { benchmark = "osu_allreduce", series = "wall_seconds", summary = new[] { new { nodes = 4, median = 60.0 } }, predictions = new[] { new { nodes = 16, value = 240.0 } } },
        }));

        var result = await CliRunner.RunAsync("run", "--sizes", "4,8", "--commands", "osu_allreduce", "--estimate-from", previous, "--dry-run", "-o", "campaign");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        // 60 s × 4 nodes + 120 s × 8 nodes = 1200 node-seconds = 0.33 node-hours, 3 minutes of wall time.
        Assert.Contains("Estimated: 3m of wall time, 0.33 node-hours", result.Output);
        Directory.Delete(previous, true);
    }

    [Theory]
    [InlineData("--sizes|4,x|-o|d", "--sizes: 'x' is not a node count")]
    [InlineData("--sizes|4,8", "give --sizes and -o DIR (or --resume DIR)")]
    [InlineData("--sizes|4|--timeout|soon|-o|d", "--timeout: 'soon' is not a duration")]
    [InlineData("--sizes|4|--commands|osu_latency;rm -rf /|-o|d", "is not a benchmark name")]
    [InlineData("--sizes|4|--api-version|v2|-o|d", "API version 'v2' is not supported")]
    [InlineData("--sizes|4,4|-o|d", "a size is repeated")]
    [InlineData("--sizes|4|--iterations|0|-o|d", "--iterations: '0' is not a whole number of at least 1")]
    [InlineData("--resume|d|--sizes|4", "--resume takes the campaign's settings")]
    public async Task Wrong_command_lines_exit_2_with_a_message(string args, string message)
    {
        var result = await CliRunner.RunAsync(["run", .. args.Split('|')]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
