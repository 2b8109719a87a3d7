using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>
/// Each fault injected through the simulated server ends the run with a message naming the step and the phase, keeps
/// the logs collected so far, cleans up the MetricSet (unless --keep), and leaves a manifest that --resume completes.
/// </summary>
public sealed class FaultTests
{
    private static readonly string[] Benchmarks = ["osu_latency", "osu_allreduce"];
    private static readonly CampaignSettings Settings = new([4, 8], 1, [.. Benchmarks]);

    /// <summary>Size 8's first attempt gets <paramref name="fault"/>; everything else runs normally.</summary>
    private static Task<Sandbox> StartWithFault(Func<PodScenario, PodScenario> fault, string faulty = "osu-scale-s8-i1") =>
        Sandbox.StartAsync((name, pods, attempt) =>
        {
            var normal = new PodScenario(SyntheticLog.Lines(pods, Benchmarks));
            return name == faulty && attempt == 1 ? fault(normal) : normal;
        });

    private static async Task<CampaignRunException> RunExpectingFailure(Sandbox sandbox, CampaignRunner? runner = null, CancellationToken token = default)
    {
        var error = await Assert.ThrowsAsync<CampaignRunException>(() => (runner ?? sandbox.Runner()).StartAsync(Settings, token));
        var saved = RunManifest.Load(sandbox.Output);
        Assert.Equal(StepState.Failed, saved.State);
        Assert.Equal(error.Message, saved.Message);
        return error;
    }

    /// <summary>Resumes and checks that the campaign is then complete, with both logs whole and nothing left in the cluster.</summary>
    private static async Task ResumeCompletes(Sandbox sandbox)
    {
        var manifest = await sandbox.Runner().ResumeAsync();
        Assert.Equal(StepState.Completed, manifest.State);
        Assert.All(manifest.Steps, s => Assert.Equal(StepState.Completed, s.State));
        Assert.Equal(SyntheticLog.Lines(4, Benchmarks), sandbox.Lines("size-4.log"));
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Empty(sandbox.Server.MetricSetNames);
        Assert.Empty(sandbox.Server.PodNames);
    }

    [KubectlFact]
    public async Task Apply_refused_names_the_step_keeps_the_finished_size_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { RejectWith = 422 });

        var error = await RunExpectingFailure(sandbox);

        Assert.Equal(RunEnd.Failed, error.End);
        Assert.StartsWith("size 8 iteration 1 (osu-scale-s8-i1): apply: kubectl apply was refused:", error.Message);
        Assert.Contains("is invalid", error.Message);
        Assert.Equal(SyntheticLog.Lines(4, Benchmarks), sandbox.Lines("size-4.log"));
        var steps = RunManifest.Load(sandbox.Output).Steps;
        Assert.Equal([StepState.Completed, StepState.Failed], steps.Select(s => s.State));
        await ResumeCompletes(sandbox);
        Assert.Equal(2, RunManifest.Load(sandbox.Output).Steps[1].Attempts);
    }

    [KubectlFact]
    public async Task Server_error_on_apply_is_reported_with_kubectls_message()
    {
        await using var sandbox = await StartWithFault(s => s with { RejectWith = 500 }, faulty: "osu-scale-s4-i1");

        var error = await RunExpectingFailure(sandbox);

        Assert.StartsWith("size 4 iteration 1 (osu-scale-s4-i1): apply:", error.Message);
        Assert.Contains("simulated failure of the metrics-operator webhook", error.Message);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task A_failed_launcher_pod_keeps_its_log_is_deleted_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { Fails = true });

        var error = await RunExpectingFailure(sandbox);

        Assert.StartsWith("size 8 iteration 1 (osu-scale-s8-i1): stream log: launcher pod osu-scale-s8-i1-l-0-0-", error.Message);
        Assert.Contains("failed with exit code 1", error.Message);
        Assert.Contains("MetricSet osu-scale-s8-i1 deleted", error.Message);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Empty(sandbox.Server.MetricSetNames);

        await ResumeCompletes(sandbox);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("attempts/size-8.log.attempt-1"));
    }

    [KubectlFact]
    public async Task A_cut_stream_while_the_pod_runs_is_reattached_without_losing_or_repeating_lines()
    {
        await using var sandbox = await StartWithFault(s => s with { CutAfterLine = 20, LineDelay = TimeSpan.FromMilliseconds(5) });

        var manifest = await sandbox.Runner().StartAsync(Settings);

        Assert.Equal(StepState.Completed, manifest.State);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        // The cut stream was followed by a second read (a re-attached follow, or a final read once the pod had ended).
        Assert.True(sandbox.Server.Requests.Count(r => r.Contains("/pods/osu-scale-s8-i1-l-0-0-", StringComparison.Ordinal) && r.Contains("/log", StringComparison.Ordinal)) >= 2);
    }

    [KubectlFact]
    public async Task A_cut_stream_whose_pod_is_gone_keeps_the_lines_so_far_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { CutAfterLine = 20, VanishOnCut = true, LineDelay = TimeSpan.FromMilliseconds(5) });

        var error = await RunExpectingFailure(sandbox);

        // The server aborts the connection after 20 lines; lines still in flight may be lost, as with a real cut.
        var match = System.Text.RegularExpressions.Regex.Match(error.Message,
            @"^size 8 iteration 1 \(osu-scale-s8-i1\): stream log: log stream cut after (\d+) lines: launcher pod osu-scale-s8-i1-l-0-0-\w+ is gone");
        Assert.True(match.Success, error.Message);
        var kept = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(kept, 1, 20);
        Assert.Contains($"{kept} log lines kept in size-8.log", error.Message);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks).Take(kept), sandbox.Lines("size-8.log"));

        await ResumeCompletes(sandbox);
        Assert.Equal(kept, sandbox.Lines("attempts/size-8.log.attempt-1").Length);
    }

    [KubectlFact]
    public async Task A_pod_that_is_never_scheduled_times_out_with_the_schedulers_reason_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { NeverScheduled = true });

        var error = await RunExpectingFailure(sandbox);

        Assert.StartsWith("size 8 iteration 1 (osu-scale-s8-i1): wait for launcher pod: launcher pod osu-scale-s8-i1-l-0-0-", error.Message);
        Assert.Contains("did not start within 3s: still Pending (Unschedulable: 0/4 nodes are available: 4 Insufficient cpu.)", error.Message);
        Assert.Contains("0 log lines kept", error.Message);
        Assert.Empty(sandbox.Server.MetricSetNames);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task With_keep_the_failed_metricset_stays_for_inspection_and_resume_replaces_it()
    {
        await using var sandbox = await StartWithFault(s => s with { Fails = true });

        var error = await RunExpectingFailure(sandbox, sandbox.Runner(keep: true));

        Assert.Contains("MetricSet osu-scale-s8-i1 kept (--keep); delete it with:", error.Message);
        Assert.Contains("osu-scale-s8-i1", sandbox.Server.MetricSetNames);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task The_overall_timeout_stops_the_run_keeps_the_partial_log_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { LineDelay = TimeSpan.FromMilliseconds(200) }, faulty: "osu-scale-s4-i1");

        var error = await RunExpectingFailure(sandbox, sandbox.Runner(timeout: TimeSpan.FromSeconds(3)));

        Assert.Equal(RunEnd.TimedOut, error.End);
        Assert.StartsWith("size 4 iteration 1 (osu-scale-s4-i1): stream log: timed out: the run's --timeout of 3s was reached", error.Message);
        var kept = sandbox.Lines("size-4.log");
        Assert.NotEmpty(kept);
        Assert.Equal(SyntheticLog.Lines(4, Benchmarks).Take(kept.Length), kept);
        Assert.Empty(sandbox.Server.MetricSetNames);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task Ctrl_C_interrupts_the_step_kills_kubectl_cleans_up_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { LineDelay = TimeSpan.FromMilliseconds(100) });
        using var ctrlC = new CancellationTokenSource();
        var observer = new CancelAfterLines(ctrlC, step: "osu-scale-s8-i1", lines: 5);

        var error = await RunExpectingFailure(sandbox, sandbox.Runner(observer: observer), ctrlC.Token);

        Assert.Equal(RunEnd.Interrupted, error.End);
        Assert.StartsWith("size 8 iteration 1 (osu-scale-s8-i1): stream log: interrupted;", error.Message);
        Assert.True(sandbox.Lines("size-8.log").Length >= 5);
        Assert.Empty(sandbox.Server.MetricSetNames);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task A_missing_kubectl_is_named_and_the_campaign_resumes_once_it_is_there()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);
        var missing = new KubectlClient(sandbox.KubectlOptionsFor() with { Path = Path.Combine(sandbox.Root, "no-such-kubectl") });

        var error = await RunExpectingFailure(sandbox, new CampaignRunner(missing, sandbox.Options()));

        Assert.StartsWith("save nodes: kubectl not found at '", error.Message);
        Assert.All(RunManifest.Load(sandbox.Output).Steps, s => Assert.Equal(StepState.Pending, s.State));
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task An_unreachable_cluster_is_reported_before_anything_is_applied_and_resumes()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);
        var down = FakeKubernetes.WriteKubeconfig(Path.Combine(sandbox.Root, "down"), FakeKubernetes.UnreachableUrl());
        var kubectl = new KubectlClient(sandbox.KubectlOptionsFor() with { Kubeconfig = down, RequestTimeout = TimeSpan.FromSeconds(2) });

        var error = await RunExpectingFailure(sandbox, new CampaignRunner(kubectl, sandbox.Options()));

        Assert.StartsWith("save nodes: cannot list the nodes, is the cluster reachable?", error.Message);
        Assert.Contains("refused", error.Message);
        Assert.Empty(sandbox.Server.Created);
        await ResumeCompletes(sandbox);
    }

    [KubectlFact]
    public async Task A_launcher_with_interactive_logging_completes_at_the_collection_end_line()
    {
        await using var sandbox = await StartWithFault(s => s with { Interactive = true });

        var manifest = await sandbox.Runner().StartAsync(Settings);

        Assert.Equal(StepState.Completed, manifest.State);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Empty(sandbox.Server.PodNames);
    }

    [KubectlFact]
    public async Task A_folder_that_holds_a_campaign_is_not_overwritten()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);
        await sandbox.Runner().StartAsync(Settings);
        var before = File.ReadAllText(sandbox.File("run-manifest.json"));

        var error = await Assert.ThrowsAsync<CampaignRunException>(() => sandbox.Runner().StartAsync(Settings));

        Assert.Contains("already holds a campaign; continue it with --resume", error.Message);
        Assert.Equal(before, File.ReadAllText(sandbox.File("run-manifest.json")));
    }

    private sealed class CancelAfterLines(CancellationTokenSource source, string step, int lines) : IRunObserver
    {
        private int _seen;

        public void LogLine(RunStep current, string line)
        {
            if (current.Name == step && Interlocked.Increment(ref _seen) == lines) source.Cancel();
        }
    }
}
