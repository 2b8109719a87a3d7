using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Tests.Support;

namespace OsuScale.Collect.Tests.Kubectl;

/// <summary>kubectl is called with an argument list: what looks like shell syntax reaches it as one plain argument.</summary>
public sealed class KubectlClientTests
{
    [Fact]
    public void Global_options_come_first_and_the_request_timeout_only_where_asked()
    {
        var client = new KubectlClient(new KubectlOptions("kubectl", "ctx", "/k/config", "ns", TimeSpan.FromSeconds(30)));

        Assert.Equal(["--kubeconfig", "/k/config", "--context", "ctx", "--namespace", "ns", "--request-timeout=30s", "get", "pods"], client.Arguments(["get", "pods"]));
        Assert.Equal(["--kubeconfig", "/k/config", "--context", "ctx", "--namespace", "ns", "logs", "-f", "p"], client.Arguments(["logs", "-f", "p"], withRequestTimeout: false));
    }

    [Fact]
    public void A_missing_program_is_named()
    {
        var error = Assert.Throws<KubectlNotFoundException>(() => KubectlClient.Resolve("/no/such/kubectl"));

        Assert.Contains("/no/such/kubectl", error.Message);
    }

    [KubectlFact]
    public async Task Shell_syntax_in_an_argument_is_passed_through_not_interpreted()
    {
        var marker = Path.Combine(Path.GetTempPath(), "osu-scale-injected-" + Guid.NewGuid().ToString("N"));
        var client = new KubectlClient(new KubectlOptions(TestKubectl.Require(), Kubeconfig: "/nonexistent/kubeconfig"));

        var result = await client.RunAsync(["version", "--client", "--output", $"json; touch {marker}"]);

        Assert.False(File.Exists(marker));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--output must be", string.Join(" ", result.Error));
    }

    [KubectlFact]
    public async Task Cancelling_kills_a_streaming_kubectl()
    {
        await using var sandbox = await Sandbox.StartAsync((_, pods, _) =>
            new Simulation.PodScenario(Enumerable.Range(1, 1000).Select(i => $"line {i}").ToArray()) { LineDelay = TimeSpan.FromMilliseconds(50) });
        var kubectl = sandbox.Kubectl();
        File.WriteAllText(Path.Combine(sandbox.Root, "m.yaml"), OsuScale.Collect.MetricSets.MetricSetYaml.Write(
            new OsuScale.Collect.MetricSets.MetricSet("slow", OsuScale.Collect.MetricSets.MetricSet.DefaultApiVersion, 1, [])));
        Assert.True((await kubectl.RunAsync(["apply", "--validate=false", "-f", Path.Combine(sandbox.Root, "m.yaml")])).Succeeded);
        var pod = sandbox.Server.PodNames.Single(p => p.StartsWith("slow-l-0-0-", StringComparison.Ordinal));
        await Task.Delay(500);
        using var cancel = new CancellationTokenSource();
        var lines = 0;

        var started = DateTime.UtcNow;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            kubectl.StreamAsync(["logs", "-f", pod], _ => { if (Interlocked.Increment(ref lines) == 3) cancel.Cancel(); }, cancel.Token));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.InRange(lines, 3, 100);
    }
}
