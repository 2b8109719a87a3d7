using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>
/// Each fault injected through the simulated server ends the run with a message naming the step and the phase, keeps
/// the logs collected so far, cleans up the MetricSet (unless --keep), and leaves a manifest that --resume completes.
/// </summary>
public abstract class FaultTestBase
{
    private protected static readonly string[] Benchmarks = ["osu_latency", "osu_allreduce"];
    private protected static readonly CampaignSettings Settings = new([4, 8], 1, [.. Benchmarks]);

    /// <summary>Size 8's first attempt gets <paramref name="fault"/>; everything else runs normally.</summary>
    private protected static Task<Sandbox> StartWithFault(Func<PodScenario, PodScenario> fault, string faulty = "osu-scale-s8-i1") =>
        Sandbox.StartAsync((name, pods, attempt) =>
        {
            var normal = new PodScenario(SyntheticLog.Lines(pods, Benchmarks));
            return name == faulty && attempt == 1 ? fault(normal) : normal;
        });

    private protected static async Task<CampaignRunException> RunExpectingFailure(Sandbox sandbox, CampaignRunner? runner = null, CancellationToken token = default)
    {
        var error = await Assert.ThrowsAsync<CampaignRunException>(() => (runner ?? sandbox.Runner()).StartAsync(Settings, token));
        var saved = RunManifest.Load(sandbox.Output);
        Assert.Equal(StepState.Failed, saved.State);
        Assert.Equal(error.Message, saved.Message);
        return error;
    }

    /// <summary>Resumes and checks that the campaign is then complete, with both logs whole and nothing left in the cluster.</summary>
    private protected static async Task ResumeCompletes(Sandbox sandbox)
    {
        var manifest = await sandbox.Runner().ResumeAsync();
        Assert.Equal(StepState.Completed, manifest.State);
        Assert.All(manifest.Steps, s => Assert.Equal(StepState.Completed, s.State));
        Assert.Equal(SyntheticLog.Lines(4, Benchmarks), sandbox.Lines("size-4.log"));
        Assert.Equal(SyntheticLog.Lines(8, Benchmarks), sandbox.Lines("size-8.log"));
        Assert.Empty(sandbox.Server.MetricSetNames);
        Assert.Empty(sandbox.Server.PodNames);
    }

    private protected sealed class CancelAfterLines(CancellationTokenSource source, string step, int lines) : IRunObserver
    {
        private int _seen;

        public void LogLine(RunStep current, string line)
        {
            if (current.Name == step && Interlocked.Increment(ref _seen) == lines) source.Cancel();
        }
    }
}
