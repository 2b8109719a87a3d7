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

    [KubectlFact]
    public async Task The_cluster_receives_the_metricset_kubectl_sent_with_pods_commands_and_timed_on_the_version_asked_for()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);

        await sandbox.Runner().StartAsync(new CampaignSettings([16], 1, [.. Benchmarks], ApiVersion: "v1alpha1"));

        var created = sandbox.Server.Created["osu-scale-s16-i1"];
        Assert.Equal("flux-framework.org/v1alpha1", created["apiVersion"]!.GetValue<string>());
        Assert.Equal(16, created["spec"]!["pods"]!.GetValue<int>());
        var metric = created["spec"]!["metrics"]![0]!;
        Assert.Equal("network-osu-benchmark", metric["name"]!.GetValue<string>());
        Assert.Equal(Benchmarks, metric["listOptions"]!["commands"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("true", metric["options"]!["timed"]!.GetValue<string>());
        Assert.Contains(sandbox.Server.Requests, r => r.StartsWith("POST /apis/flux-framework.org/v1alpha1/namespaces/default/metricsets", StringComparison.Ordinal));
    }

    [KubectlFact]
    public async Task Every_step_is_recorded_with_its_pod_line_count_and_times()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);

        var manifest = await sandbox.Runner().StartAsync(Settings(1, 4));

        var step = Assert.Single(manifest.Steps);
        Assert.Equal((StepState.Completed, 1, SyntheticLog.Lines(4, Benchmarks).Count), (step.State, step.Attempts, (int)step.Lines));
        Assert.StartsWith("osu-scale-s4-i1-l-0-0-", step.Pod);
        Assert.True(step.StartedAt <= step.EndedAt);
        Assert.True(manifest.NodesSaved);
        Assert.Equal(manifest.Steps.ToArray(), RunManifest.Load(sandbox.Output).Steps.ToArray());
    }
}
