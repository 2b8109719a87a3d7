using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using YamlDotNet.Serialization;

namespace OsuScale.Collect.Tests.Simulation;

/// <summary>
/// A small Kubernetes API server on 127.0.0.1 (a random free port) that the real kubectl talks to: version and discovery,
/// MetricSets (create, get, patch, delete), pods (list, get, log with follow) and nodes. Applying a MetricSet starts a
/// simulated launcher pod that replays a log line by line; the scenario chosen per MetricSet injects faults.
/// </summary>
public sealed class FakeKubernetes : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<string, int, int, PodScenario> _scenarios;
    private readonly ConcurrentDictionary<string, JsonObject> _metricSets = new();
    private readonly ConcurrentDictionary<string, FakePod> _pods = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _resourceVersion = 1000;

    private FakeKubernetes(WebApplication app, Func<string, int, int, PodScenario> scenarios)
    {
        _app = app;
        _scenarios = scenarios;
    }

    /// <summary>The server's base address (<c>http://127.0.0.1:PORT</c>).</summary>
    public string Url { get; private set; } = "";

    /// <summary>Every request as <c>METHOD path?query</c>, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The API versions of flux-framework.org that the server serves.</summary>
    public static readonly string[] FluxVersions = ["v1alpha2", "v1alpha1"];

    /// <summary>The number of simulated nodes <c>kubectl get nodes</c> lists.</summary>
    public int NodeCount { get; init; } = 4;

    /// <summary>How long deleted pods linger (terminating) before they are gone.</summary>
    public TimeSpan DeleteDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The MetricSets currently stored, by name.</summary>
    public IReadOnlyCollection<string> MetricSetNames => [.. _metricSets.Keys];

    /// <summary>The pods currently present, by name.</summary>
    public IReadOnlyCollection<string> PodNames => [.. _pods.Keys];

    /// <summary>The bodies of the MetricSets as they were created, by name (last create wins).</summary>
    public ConcurrentDictionary<string, JsonObject> Created { get; } = new();

    /// <summary>
    /// Starts a server. <paramref name="scenarios"/> chooses, for a created MetricSet's name, pod count and attempt
    /// (1 for the first create of that name), what its launcher does.
    /// </summary>
    public static async Task<FakeKubernetes> StartAsync(Func<string, int, int, PodScenario> scenarios)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeKubernetes(app, scenarios);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Urls.Single().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    /// <summary>Writes a kubeconfig that points at this server (plain HTTP, no credentials) and returns its path.</summary>
    public string WriteKubeconfig(string folder) => WriteKubeconfig(folder, Url);

    /// <summary>Writes a kubeconfig pointing at <paramref name="url"/>.</summary>
    public static string WriteKubeconfig(string folder, string url)
    {
        var config = new Dictionary<string, object>
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Config",
            ["clusters"] = new[] { new Dictionary<string, object> { ["name"] = "sim", ["cluster"] = new Dictionary<string, object> { ["server"] = url } } },
            ["contexts"] = new[] { new Dictionary<string, object> { ["name"] = "sim", ["context"] = new Dictionary<string, object> { ["cluster"] = "sim", ["user"] = "sim", ["namespace"] = "default" } } },
            ["current-context"] = "sim",
            ["users"] = new[] { new Dictionary<string, object> { ["name"] = "sim", ["user"] = new Dictionary<string, object>() } },
        };
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "kubeconfig");
        File.WriteAllText(path, new SerializerBuilder().Build().Serialize(config));
        return path;
    }

    /// <summary>An address on 127.0.0.1 where nothing listens (a cluster that is down).</summary>
    public static string UnreachableUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        Requests.Enqueue($"{request.Method} {path}{request.QueryString}");
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        try
        {
            switch (segments)
            {
                case ["version"]:
                    await Json(context, 200, new JsonObject { ["major"] = "1", ["minor"] = "32", ["gitVersion"] = "v1.32.0-osu-scale-sim", ["platform"] = "linux/amd64" });
                    return;
                case ["api"]:
                    await Json(context, 200, new JsonObject
                    {
                        ["kind"] = "APIVersions", ["versions"] = new JsonArray("v1"),
                        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = Url.Replace("http://", "") }),
                    });
                    return;
                case ["apis"]:
                    await Json(context, 200, GroupList());
                    return;
                case ["api", "v1"]:
                    await Json(context, 200, CoreResources());
                    return;
                case ["apis", "flux-framework.org"]:
                    await Json(context, 200, ((JsonArray)GroupList()["groups"]!)[0]!.DeepClone());
                    return;
                case ["apis", "flux-framework.org", var version] when FluxVersions.Contains(version):
                    await Json(context, 200, FluxResources(version));
                    return;
                case ["api", "v1", "nodes"]:
                    await Json(context, 200, NodeList());
                    return;
                case ["api", "v1", "namespaces", var ns, "pods"] when request.Method == "GET":
                    await Json(context, 200, PodList(ns));
                    return;
                case ["api", "v1", "namespaces", _, "pods", var name] when request.Method == "GET":
                    if (_pods.TryGetValue(name, out var pod)) await Json(context, 200, pod.ToJson());
                    else await Status(context, 404, "NotFound", $"pods \"{name}\" not found");
                    return;
                case ["api", "v1", "namespaces", _, "pods", var name, "log"] when request.Method == "GET":
                    await LogAsync(context, name);
                    return;
                case ["apis", "flux-framework.org", var version, "namespaces", var ns, "metricsets"] when request.Method == "POST":
                    await CreateMetricSetAsync(context, version, ns);
                    return;
                case ["apis", "flux-framework.org", _, "namespaces", _, "metricsets", var name]:
                    await MetricSetAsync(context, name);
                    return;
                default:
                    await Status(context, 404, "NotFound", $"the server could not find the requested resource ({request.Method} {path})");
                    return;
            }
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    private async Task CreateMetricSetAsync(HttpContext context, string version, string ns)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject
                   ?? throw new InvalidOperationException("no body");
        var metadata = body["metadata"] as JsonObject ?? new JsonObject();
        var name = metadata["name"]?.GetValue<string>() ?? "";
        if (_metricSets.ContainsKey(name))
        {
            await Status(context, 409, "AlreadyExists", $"metricsets.flux-framework.org \"{name}\" already exists");
            return;
        }
        var pods = body["spec"]?["pods"]?.GetValue<int>() ?? 1;
        var attempt = _attempts.AddOrUpdate(name, 1, (_, n) => n + 1);
        var scenario = _scenarios(name, pods, attempt);
        if (scenario.RejectWith is { } code)
        {
            await Status(context, code, code == 422 ? "Invalid" : "InternalError",
                code == 422
                    ? $"MetricSet.flux-framework.org \"{name}\" is invalid: spec.pods: Invalid value: {pods}: simulated refusal"
                    : "Internal error occurred: simulated failure of the metrics-operator webhook");
            return;
        }
        if (context.Request.Query["dryRun"].Count == 0)
        {
            metadata["namespace"] = ns;
            metadata["uid"] = Guid.NewGuid().ToString();
            metadata["resourceVersion"] = Interlocked.Increment(ref _resourceVersion).ToString(System.Globalization.CultureInfo.InvariantCulture);
            metadata["creationTimestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
            metadata["generation"] = 1;
            body["metadata"] = metadata;
            _metricSets[name] = body;
            Created[name] = (JsonObject)body.DeepClone();
            StartPods(name, ns, pods, scenario);
        }
        await Json(context, 201, body);
    }

    private async Task MetricSetAsync(HttpContext context, string name)
    {
        switch (context.Request.Method)
        {
            case "GET" when _metricSets.TryGetValue(name, out var found):
                await Json(context, 200, found);
                return;
            case "PATCH" when _metricSets.TryGetValue(name, out var patched):
                await Json(context, 200, patched);
                return;
            case "DELETE" when _metricSets.TryRemove(name, out var deleted):
                foreach (var pod in _pods.Values.Where(p => p.Owner == name)) pod.Delete(DeleteDelay, () => _pods.TryRemove(pod.Name, out _));
                await Json(context, 200, deleted);
                return;
            default:
                await Status(context, 404, "NotFound", $"metricsets.flux-framework.org \"{name}\" not found");
                return;
        }
    }

    private void StartPods(string name, string ns, int count, PodScenario scenario)
    {
        var launcher = new FakePod($"{name}-l-0-0-{Suffix()}", name, ns, "launcher", scenario);
        _pods[launcher.Name] = launcher;
        for (var i = 0; i < Math.Max(0, count - 1); i++)
        {
            var worker = new FakePod($"{name}-w-0-{i}-{Suffix()}", name, ns, "worker", scenario with { Log = [], Fails = false, CutAfterLine = null, Interactive = true });
            _pods[worker.Name] = worker;
            _ = worker.RunAsync(_stopping.Token, () => { });
        }
        _ = launcher.RunAsync(_stopping.Token, () => _pods.TryRemove(launcher.Name, out _));
    }

    private async Task LogAsync(HttpContext context, string name)
    {
        if (!_pods.TryGetValue(name, out var pod))
        {
            await Status(context, 404, "NotFound", $"pods \"{name}\" not found");
            return;
        }
        if (pod.Phase == "Pending")
        {
            await Status(context, 400, "BadRequest", $"container \"{pod.Container}\" in pod \"{name}\" is waiting to start: ContainerCreating");
            return;
        }
        var follow = context.Request.Query["follow"] == "true";
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain";
        var token = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token).Token;
        var sent = 0;
        while (true)
        {
            var available = pod.Lines;
            while (sent < available.Count)
            {
                if (follow && pod.TryCut(sent))
                {
                    // Let the client read what was sent, then drop the connection like a lost kubelet or proxy.
                    await context.Response.Body.FlushAsync(token);
                    await Task.Delay(200, token);
                    context.Abort();
                    return;
                }
                await context.Response.WriteAsync(available[sent] + "\n", token);
                sent++;
            }
            await context.Response.Body.FlushAsync(token);
            if (!follow || pod.Gone || (pod.Finished && sent >= pod.Lines.Count)) return;
            await pod.WaitForChangeAsync(token);
        }
    }

    private static string Suffix() => new(Enumerable.Range(0, 5).Select(_ => "bcdfghjklmnpqrstvwxz2456789"[Random.Shared.Next(27)]).ToArray());

    private JsonObject PodList(string ns) => new()
    {
        ["kind"] = "PodList", ["apiVersion"] = "v1", ["metadata"] = new JsonObject { ["resourceVersion"] = _resourceVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ["items"] = new JsonArray([.. _pods.Values.Where(p => p.Namespace == ns).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (JsonNode)p.ToJson())]),
    };

    private JsonObject NodeList() => new()
    {
        ["kind"] = "NodeList", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(),
        ["items"] = new JsonArray([.. Enumerable.Range(1, NodeCount).Select(i => (JsonNode)new JsonObject
        {
            ["kind"] = "Node", ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = $"sim-node-{i}", ["uid"] = $"00000000-0000-0000-0000-{i:D12}", ["creationTimestamp"] = "2026-01-01T00:00:00Z",
                ["labels"] = new JsonObject { ["kubernetes.io/hostname"] = $"sim-node-{i}", ["node.kubernetes.io/instance-type"] = "c2d-standard-2" },
            },
            ["status"] = new JsonObject
            {
                ["capacity"] = new JsonObject { ["cpu"] = "2", ["memory"] = "8Gi" },
                ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "True" }),
            },
        })]),
    };

    private static JsonObject GroupList()
    {
        var versions = new JsonArray([.. FluxVersions.Select(v => (JsonNode)new JsonObject { ["groupVersion"] = $"flux-framework.org/{v}", ["version"] = v })]);
        return new JsonObject
        {
            ["kind"] = "APIGroupList", ["apiVersion"] = "v1",
            ["groups"] = new JsonArray(new JsonObject
            {
                ["name"] = "flux-framework.org", ["versions"] = versions,
                ["preferredVersion"] = new JsonObject { ["groupVersion"] = "flux-framework.org/v1alpha2", ["version"] = "v1alpha2" },
            }),
        };
    }

    private static JsonObject CoreResources() => new()
    {
        ["kind"] = "APIResourceList", ["groupVersion"] = "v1",
        ["resources"] = new JsonArray(
            Resource("pods", "pod", "Pod", true, ["create", "delete", "get", "list", "patch", "update", "watch"], "po"),
            Resource("pods/log", "", "Pod", true, ["get"], null),
            Resource("nodes", "node", "Node", false, ["get", "list", "watch"], "no"),
            Resource("namespaces", "namespace", "Namespace", false, ["get", "list"], "ns")),
    };

    private static JsonObject FluxResources(string version) => new()
    {
        ["kind"] = "APIResourceList", ["apiVersion"] = "v1", ["groupVersion"] = $"flux-framework.org/{version}",
        ["resources"] = new JsonArray(Resource("metricsets", "metricset", "MetricSet", true,
            ["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"], null)),
    };

    private static JsonObject Resource(string name, string singular, string kind, bool namespaced, string[] verbs, string? shortName)
    {
        var resource = new JsonObject
        {
            ["name"] = name, ["singularName"] = singular, ["namespaced"] = namespaced, ["kind"] = kind,
            ["verbs"] = new JsonArray([.. verbs.Select(v => (JsonNode)JsonValue.Create(v))]),
        };
        if (shortName is not null) resource["shortNames"] = new JsonArray(shortName);
        return resource;
    }

    private static Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8);
    }

    private static Task Status(HttpContext context, int code, string reason, string message) =>
        Json(context, code, new JsonObject
        {
            ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Failure",
            ["message"] = message, ["reason"] = reason, ["code"] = code,
        });
}
