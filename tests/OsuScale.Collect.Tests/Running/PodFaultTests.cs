using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>Faults of the MetricSet and its pods: apply refused, the launcher failing or never scheduled, --keep.</summary>
public sealed class PodFaultTests : FaultTestBase
{
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
    public async Task A_pod_that_is_never_scheduled_times_out_with_the_schedulers_reason_and_resumes()
    {
        await using var sandbox = await StartWithFault(s => s with { NeverScheduled = true });

        var error = await RunExpectingFailure(sandbox, sandbox.Runner(scheduleTimeout: TimeSpan.FromSeconds(2)));

        Assert.StartsWith("size 8 iteration 1 (osu-scale-s8-i1): wait for launcher pod: launcher pod osu-scale-s8-i1-l-0-0-", error.Message);
        Assert.Contains("did not start within 2s: still Pending (Unschedulable: 0/4 nodes are available: 4 Insufficient cpu.)", error.Message);
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
}
