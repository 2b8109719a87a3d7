using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace OsuScale.Collect.Kubectl;

/// <summary>What the runner needs to know about one pod, read from <c>kubectl get pods -o json</c>.</summary>
/// <param name="Name">The pod name.</param>
/// <param name="Phase"><c>Pending</c>, <c>Running</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Unknown</c>.</param>
/// <param name="CreatedAt">The creation time, when given.</param>
/// <param name="Deleting">True when the pod has a deletion timestamp.</param>
/// <param name="Reason">Why it is where it is: the unschedulable condition, the container's waiting or terminated reason; empty when nothing is said.</param>
/// <param name="ExitCode">The first container's exit code once it terminated.</param>
internal sealed record PodStatus(string Name, string Phase, DateTimeOffset? CreatedAt, bool Deleting, string Reason, int? ExitCode)
{
    /// <summary>True for <c>Succeeded</c> and <c>Failed</c>.</summary>
    public bool IsFinished => Phase is "Succeeded" or "Failed";

    /// <summary>Reads the pods of a <c>PodList</c> (or a single <c>Pod</c>) in JSON.</summary>
    /// <exception cref="FormatException">Not JSON, or not a pod list.</exception>
    public static ImmutableArray<PodStatus> ParseList(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("expected a JSON object from kubectl get pods");
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
                return [.. items.EnumerateArray().Select(Parse)];
            if (Str(root, "kind") == "Pod") return [Parse(root)];
            throw new FormatException("expected a PodList from kubectl get pods");
        }
        catch (JsonException e)
        {
            throw new FormatException("kubectl get pods did not print JSON: " + e.Message, e);
        }
    }

    private static PodStatus Parse(JsonElement pod)
    {
        var metadata = pod.TryGetProperty("metadata", out var m) ? m : default;
        var status = pod.TryGetProperty("status", out var s) ? s : default;
        var created = DateTimeOffset.TryParse(Str(metadata, "creationTimestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var c)
            ? c : (DateTimeOffset?)null;
        var reasons = new List<string>();
        int? exit = null;
        if (status.ValueKind == JsonValueKind.Object)
        {
            if (status.TryGetProperty("conditions", out var conditions) && conditions.ValueKind == JsonValueKind.Array)
                foreach (var condition in conditions.EnumerateArray())
                    if (Str(condition, "type") == "PodScheduled" && Str(condition, "status") == "False")
                        reasons.Add(Join(Str(condition, "reason"), Str(condition, "message")));
            if (status.TryGetProperty("containerStatuses", out var containers) && containers.ValueKind == JsonValueKind.Array)
                foreach (var container in containers.EnumerateArray())
                {
                    if (!container.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.Object) continue;
                    if (state.TryGetProperty("waiting", out var waiting))
                        reasons.Add(Join(Str(waiting, "reason"), Str(waiting, "message")));
                    if (state.TryGetProperty("terminated", out var terminated))
                    {
                        reasons.Add(Join(Str(terminated, "reason"), Str(terminated, "message")));
                        if (exit is null && terminated.TryGetProperty("exitCode", out var code) && code.TryGetInt32(out var e)) exit = e;
                    }
                }
            if (reasons.Count == 0) reasons.Add(Join(Str(status, "reason"), Str(status, "message")));
        }
        return new PodStatus(
            Str(metadata, "name"),
            Str(status, "phase") is { Length: > 0 } phase ? phase : "Unknown",
            created,
            metadata.ValueKind == JsonValueKind.Object && metadata.TryGetProperty("deletionTimestamp", out var d) && d.ValueKind == JsonValueKind.String,
            string.Join("; ", reasons.Where(r => r.Length > 0)),
            exit);
    }

    private static string Join(string reason, string message) =>
        reason.Length > 0 && message.Length > 0 ? reason + ": " + message : reason + message;

    private static string Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() ?? "" : "";
}
