using System.Text.Json.Serialization;

namespace OsuScale.Collect.Running;

/// <summary>Where one step of a campaign stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepState>))]
internal enum StepState
{
    /// <summary>Not started.</summary>
    [JsonStringEnumMemberName("pending")] Pending,

    /// <summary>Started and not ended (a run that was killed leaves its step here; resume runs it again).</summary>
    [JsonStringEnumMemberName("running")] Running,

    /// <summary>The launcher finished and its log is complete.</summary>
    [JsonStringEnumMemberName("completed")] Completed,

    /// <summary>Ended by a fault, a timeout or an interruption; the message says which and in which phase.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}
