using System.Globalization;
using System.Text.Json.Nodes;

namespace OsuScale.Collect.Tests.Simulation;

/// <summary>One simulated pod: Pending, then Running while it replays its log, then Succeeded or Failed.</summary>
internal sealed class FakePod(string name, string owner, string ns, string container, PodScenario scenario)
{
    private readonly object _gate = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _cut;
    private string _phase = "Pending";
    private bool _deleting;

    public string Name { get; } = name;
    public string Owner { get; } = owner;
    public string Namespace { get; } = ns;
    public string Container { get; } = container;
    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    public string Phase { get { lock (_gate) return _phase; } }
    public bool Finished => Phase is "Succeeded" or "Failed";
    public bool Gone { get; private set; }

    public IReadOnlyList<string> Lines { get { lock (_gate) return [.. _lines]; } }

    /// <summary>True once, when a follow stream reaches the cut line.</summary>
    public bool TryCut(int sent)
    {
        lock (_gate)
        {
            if (_cut || scenario.CutAfterLine is not { } at || sent < at) return false;
            _cut = true;
        }
        if (scenario.VanishOnCut) Vanish();
        return true;
    }

    public async Task RunAsync(CancellationToken token, Action onVanish)
    {
        _onVanish = onVanish;
        try
        {
            if (scenario.NeverScheduled) return;
            await Task.Delay(scenario.StartDelay, token);
            Set(() => _phase = "Running");
            foreach (var line in scenario.Log)
            {
                if (Gone) return;
                Set(() => _lines.Add(line));
                await Task.Delay(scenario.LineDelay, token);
            }
            if (!scenario.Interactive) Set(() => _phase = scenario.Fails ? "Failed" : "Succeeded");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Action _onVanish = () => { };

    public void Vanish()
    {
        Gone = true;
        _onVanish();
        Set(() => { });
    }

    public void Delete(TimeSpan delay, Action remove)
    {
        lock (_gate) _deleting = true;
        _ = Task.Delay(delay).ContinueWith(_ =>
        {
            Gone = true;
            remove();
            Set(() => { });
        }, TaskScheduler.Default);
    }

    public Task WaitForChangeAsync(CancellationToken token)
    {
        Task wait;
        lock (_gate) wait = _changed.Task;
        return wait.WaitAsync(TimeSpan.FromMilliseconds(200), token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private void Set(Action change)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            change();
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }

    public JsonObject ToJson()
    {
        string phase;
        bool deleting;
        lock (_gate) { phase = _phase; deleting = _deleting; }
        var metadata = new JsonObject
        {
            ["name"] = Name, ["namespace"] = Namespace, ["uid"] = Guid.NewGuid().ToString(),
            ["creationTimestamp"] = Created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["labels"] = new JsonObject { ["jobset.sigs.k8s.io/jobset-name"] = Owner, ["jobset.sigs.k8s.io/replicatedjob-name"] = Container == "launcher" ? "l" : "w" },
        };
        if (deleting) metadata["deletionTimestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var status = new JsonObject { ["phase"] = phase };
        JsonObject state = phase switch
        {
            "Pending" => new JsonObject { ["waiting"] = new JsonObject { ["reason"] = "ContainerCreating" } },
            "Running" => new JsonObject { ["running"] = new JsonObject { ["startedAt"] = Created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) } },
            _ => new JsonObject { ["terminated"] = new JsonObject { ["exitCode"] = phase == "Failed" ? 1 : 0, ["reason"] = phase == "Failed" ? "Error" : "Completed" } },
        };
        if (scenario.NeverScheduled)
        {
            status["conditions"] = new JsonArray(new JsonObject
            {
                ["type"] = "PodScheduled", ["status"] = "False", ["reason"] = "Unschedulable",
                ["message"] = "0/4 nodes are available: 4 Insufficient cpu.",
            });
        }
        else
        {
            status["containerStatuses"] = new JsonArray(new JsonObject { ["name"] = Container, ["ready"] = phase == "Running", ["state"] = state });
        }
        return new JsonObject
        {
            ["kind"] = "Pod", ["apiVersion"] = "v1", ["metadata"] = metadata,
            ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = Container, ["image"] = "ghcr.io/converged-computing/metric-osu-benchmark:latest" }) },
            ["status"] = status,
        };
    }
}
