namespace OsuScale.Collect.Running;

/// <summary>One MetricSet of a campaign (one size, one iteration) and how far it got.</summary>
/// <param name="Size">The cluster size (pods).</param>
/// <param name="Iteration">The 1-based repetition at that size.</param>
/// <param name="Name">The MetricSet's name (<c>osu-scale-s64-i2</c>).</param>
/// <param name="Manifest">The MetricSet YAML, relative to the output folder (<c>manifests/osu-scale-s64-i2.yaml</c>).</param>
/// <param name="Log">The launcher log, relative to the output folder (<c>size-64.log</c>, <c>size-64-iter-2.log</c>).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Phase">The phase it is in or ended in (<c>apply</c>, <c>wait for launcher pod</c>, <c>stream log</c>, …).</param>
/// <param name="Message">What happened, for a person (empty while all is well).</param>
/// <param name="Pod">The launcher pod, once found.</param>
/// <param name="Lines">The log lines collected.</param>
/// <param name="Attempts">How many times it was started.</param>
/// <param name="Reattached">How many times the log stream was re-attached after a cut.</param>
/// <param name="StartedAt">When the last attempt started.</param>
/// <param name="EndedAt">When the last attempt ended.</param>
internal sealed record RunStep(
    int Size,
    int Iteration,
    string Name,
    string Manifest,
    string Log,
    StepState State = StepState.Pending,
    string Phase = "",
    string Message = "",
    string? Pod = null,
    long Lines = 0,
    int Attempts = 0,
    int Reattached = 0,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null)
{
    /// <summary>The step as a person names it: <c>size 64 iteration 2 (osu-scale-s64-i2)</c>.</summary>
    public string Title => FormattableString.Invariant($"size {Size} iteration {Iteration} ({Name})");
}
