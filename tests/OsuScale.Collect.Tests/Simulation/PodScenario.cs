namespace OsuScale.Collect.Tests.Simulation;

/// <summary>What the simulated cluster does with one applied MetricSet: the launcher's log and the faults to inject.</summary>
/// <param name="Log">The launcher's log lines, replayed one by one.</param>
public sealed record PodScenario(IReadOnlyList<string> Log)
{
    /// <summary>The pause between two log lines.</summary>
    public TimeSpan LineDelay { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>How long the launcher stays Pending before it runs.</summary>
    public TimeSpan StartDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Refuse the create with this HTTP status (422 Invalid, 500 …) instead of creating anything.</summary>
    public int? RejectWith { get; init; }

    /// <summary>The launcher stays Pending forever (unschedulable).</summary>
    public bool NeverScheduled { get; init; }

    /// <summary>The launcher ends Failed (exit code 1) after its log, instead of Succeeded.</summary>
    public bool Fails { get; init; }

    /// <summary>Every follow stream is cut (connection aborted) once it has sent this many lines in total, once.</summary>
    public int? CutAfterLine { get; init; }

    /// <summary>When the stream is cut, the launcher pod disappears too (the node was lost).</summary>
    public bool VanishOnCut { get; init; }

    /// <summary>The launcher keeps running after its log (metrics-operator <c>logging.interactive: true</c>).</summary>
    public bool Interactive { get; init; }
}
