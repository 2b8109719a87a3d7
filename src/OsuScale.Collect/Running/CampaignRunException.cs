namespace OsuScale.Collect.Running;

/// <summary>How a campaign run that did not complete ended.</summary>
internal enum RunEnd
{
    /// <summary>A fault: kubectl missing or failing, the cluster unreachable, a pod not scheduled or failed, a cut stream.</summary>
    Failed,

    /// <summary>The <c>--timeout</c> was reached.</summary>
    TimedOut,

    /// <summary>Interrupted (Ctrl-C).</summary>
    Interrupted,
}

/// <summary>
/// A campaign run stopped before the end. The message names the step and the phase; the logs collected so far are on disk
/// and the run manifest says where to resume.
/// </summary>
/// <param name="message">What happened, naming the step and the phase.</param>
/// <param name="end">How it ended.</param>
/// <param name="manifest">The run manifest as saved.</param>
internal sealed class CampaignRunException(string message, RunEnd end, RunManifest? manifest) : Exception(message)
{
    /// <summary>How it ended.</summary>
    public RunEnd End { get; } = end;

    /// <summary>The run manifest as saved (null when the run stopped before it could be written).</summary>
    public RunManifest? Manifest { get; } = manifest;
}

/// <summary>A fault inside a step (the runner adds the step and the phase to the message).</summary>
internal sealed class StepFault(string message) : Exception(message);
