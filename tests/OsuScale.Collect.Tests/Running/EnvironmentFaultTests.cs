using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Running;

/// <summary>Faults around the run: kubectl missing, the cluster unreachable, a folder that already holds a campaign.</summary>
public sealed class EnvironmentFaultTests : FaultTestBase
{
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
    public async Task A_folder_that_holds_a_campaign_is_not_overwritten()
    {
        await using var sandbox = await Sandbox.StartAsync(Benchmarks);
        await sandbox.Runner().StartAsync(Settings);
        var before = File.ReadAllText(sandbox.File("run-manifest.json"));

        var error = await Assert.ThrowsAsync<CampaignRunException>(() => sandbox.Runner().StartAsync(Settings));

        Assert.Contains("already holds a campaign; continue it with --resume", error.Message);
        Assert.Equal(before, File.ReadAllText(sandbox.File("run-manifest.json")));
    }

    [Fact]
    public async Task A_folder_with_logs_from_an_earlier_hand_made_run_is_not_overwritten()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-old-").FullName;
        File.WriteAllText(Path.Combine(folder, "size-8.log"), "collected by hand\n");
        var runner = new CampaignRunner(new KubectlClient(new KubectlOptions("/nonexistent/kubectl")), new RunOptions(folder));

        var error = await Assert.ThrowsAsync<CampaignRunException>(() => runner.StartAsync(Settings));

        Assert.Equal($"{Path.Combine(folder, "size-8.log")}: this folder already holds logs that a new campaign would overwrite; choose another folder", error.Message);
        Assert.Equal("collected by hand\n", File.ReadAllText(Path.Combine(folder, "size-8.log")));
        Assert.False(File.Exists(Path.Combine(folder, RunManifest.FileName)));
        Directory.Delete(folder, true);
    }
}
