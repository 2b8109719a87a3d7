using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>Faults while the log streams: a cut stream, the overall timeout, Ctrl-C, a launcher that never ends.</summary>
public sealed class StreamFaultTests : FaultTestBase
{
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
    public async Task The_overall_timeout_stops_the_run_keeps_the_partial_log_and_resumes()
    {
        // Size 4's launcher prints a line every 400 ms (about 15 s in all), so the 5 s limit falls inside its step.
        await using var sandbox = await StartWithFault(s => s with { LineDelay = TimeSpan.FromMilliseconds(400) }, faulty: "osu-scale-s4-i1");

        var error = await RunExpectingFailure(sandbox, sandbox.Runner(timeout: TimeSpan.FromSeconds(5)));

        Assert.Equal(RunEnd.TimedOut, error.End);
        Assert.Matches(@"^size 4 iteration 1 \(osu-scale-s4-i1\): [a-z ]+: timed out: the run's --timeout of 5s was reached; \d+ log lines kept in size-4.log; MetricSet osu-scale-s4-i1 deleted$", error.Message);
        var kept = File.Exists(sandbox.File("size-4.log")) ? sandbox.Lines("size-4.log") : [];
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
    public async Task A_launcher_with_interactive_logging_completes_at_the_collection_end_line()
    {
        await using var sandbox = await StartWithFault(s => s with { Interactive = true });

        var manifest = await sandbox.Runner().StartAsync(Settings);

        Assert.Equal(StepState.Completed, manifest.State);
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Empty(sandbox.Server.PodNames);
    }
}
