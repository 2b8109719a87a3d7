using System.Collections.Immutable;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>The runner against the real kubectl and the simulated API server: the happy path.</summary>
public sealed class CampaignRunnerTests
{
    private static readonly string[] Benchmarks = ["osu_latency", "osu_bw"];

    private static CampaignSettings Settings(int iterations, params int[] sizes) =>
        new([.. sizes], iterations, [.. Benchmarks]);

    [KubectlFact]
    public async Task A_campaign_collects_one_log_per_size_and_iteration_as_the_launcher_printed_it()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);
        var manifest = await sandbox.Runner().StartAsync(Settings(2, 4, 8));

        Assert.Equal(StepState.Completed, manifest.State);
        Assert.All(manifest.Steps, s => Assert.Equal(StepState.Completed, s.State));
        foreach (var (size, iteration) in new[] { (4, 1), (4, 2), (8, 1), (8, 2) })
            Assert.Equal(SyntheticLog.Lines(size, Benchmarks), sandbox.Lines($"size-{size}-iter-{iteration}.log"));
        Assert.Empty(sandbox.Server.MetricSetNames);
        Assert.Empty(sandbox.Server.PodNames);
        Assert.Contains("sim-node-1", File.ReadAllText(sandbox.File("nodes.json")));
        Assert.True(File.Exists(sandbox.File("manifests/osu-scale-s8-i2.yaml")));
    }
}
