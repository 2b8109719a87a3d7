using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Running;
using OsuScale.Collect.Tests.Simulation;

namespace OsuScale.Collect.Tests.Support;

/// <summary>
/// One test's world: a temporary folder, a simulated API server, a kubeconfig pointing at it, and runner options with
/// short poll intervals so a campaign of a few sizes runs in seconds.
/// </summary>
internal sealed class Sandbox : IAsyncDisposable
{
    private Sandbox(string root, FakeKubernetes server, string kubeconfig)
    {
        Root = root;
        Server = server;
        Kubeconfig = kubeconfig;
    }

    /// <summary>The temporary folder.</summary>
    public string Root { get; }

    /// <summary>The campaign folder (<c>Root/campaign</c>).</summary>
    public string Output => Path.Combine(Root, "campaign");

    /// <summary>The simulated API server.</summary>
    public FakeKubernetes Server { get; }

    /// <summary>The kubeconfig that points at it.</summary>
    public string Kubeconfig { get; }

    /// <summary>Starts a server whose MetricSets behave as <paramref name="scenarios"/> says (name, pods, attempt).</summary>
    public static async Task<Sandbox> StartAsync(Func<string, int, int, PodScenario> scenarios)
    {
        var root = Path.Combine(Path.GetTempPath(), "osu-scale-collect-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var server = await FakeKubernetes.StartAsync(scenarios);
        return new Sandbox(root, server, server.WriteKubeconfig(root));
    }

    /// <summary>Every MetricSet replays a synthetic log of its size for <paramref name="commands"/>.</summary>
    public static Task<Sandbox> StartAsync(params string[] commands) =>
        StartAsync((_, pods, _) => new PodScenario(SyntheticLog.Lines(pods, commands)));

    /// <summary>A kubectl client for the server.</summary>
    public KubectlClient Kubectl() => new(KubectlOptionsFor());

    /// <summary>The kubectl options for the server.</summary>
    public KubectlOptions KubectlOptionsFor() =>
        new(TestKubectl.Require(), Kubeconfig: Kubeconfig, Namespace: "default", RequestTimeout: TimeSpan.FromSeconds(10));

    /// <summary>
    /// Runner options with fast polling. The limits are generous because a loaded CI machine can take a second per
    /// kubectl call; the test of an unscheduled pod passes its own short <paramref name="scheduleTimeout"/>.
    /// </summary>
    public RunOptions Options(bool keep = false, TimeSpan? timeout = null, TimeSpan? scheduleTimeout = null) => new(Output, keep, timeout)
    {
        PollInterval = TimeSpan.FromMilliseconds(50),
        ScheduleTimeout = scheduleTimeout ?? TimeSpan.FromSeconds(30),
        DeleteTimeout = TimeSpan.FromSeconds(30),
        CleanupTimeout = TimeSpan.FromSeconds(30),
        MaxReattach = 3,
    };

    /// <summary>A runner for the server.</summary>
    public CampaignRunner Runner(bool keep = false, TimeSpan? timeout = null, IRunObserver? observer = null, TimeSpan? scheduleTimeout = null) =>
        new(Kubectl(), Options(keep, timeout, scheduleTimeout), observer);

    /// <summary>A file of the campaign folder.</summary>
    public string File(string relative) => Path.Combine(Output, relative);

    /// <summary>The lines of a campaign file.</summary>
    public string[] Lines(string relative) => System.IO.File.ReadAllLines(File(relative));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a kubectl still closing; the temp folder is cleaned by the OS */ }
    }
}
