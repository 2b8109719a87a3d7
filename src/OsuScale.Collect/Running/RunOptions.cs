namespace OsuScale.Collect.Running;

/// <summary>How a campaign is run (not stored: a resumed run may use other values).</summary>
/// <param name="OutputDirectory">The campaign folder: logs, manifests, nodes.json and run-manifest.json.</param>
/// <param name="Keep">Leave the MetricSet of a failed step in the cluster for inspection instead of deleting it.</param>
/// <param name="Timeout">The whole run's time limit, or null for none.</param>
internal sealed record RunOptions(string OutputDirectory, bool Keep = false, TimeSpan? Timeout = null)
{
    /// <summary>How long a launcher pod may take to appear and leave <c>Pending</c> (default 30 minutes).</summary>
    public TimeSpan ScheduleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long the pods of a deleted MetricSet may take to go (default 10 minutes).</summary>
    public TimeSpan DeleteTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long cleaning up after a fault or an interruption may take (default 2 minutes).</summary>
    public TimeSpan CleanupTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The pause between two polls of the pods (default 5 seconds; tests use milliseconds).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many re-attachments of a cut log stream in a row may bring no new line before the step fails (default 5).</summary>
    public int MaxReattach { get; init; } = 5;

    /// <summary>How many failed pod listings in a row are tolerated while polling (default 3).</summary>
    public int MaxPollFailures { get; init; } = 3;

    /// <summary>The clock (tests may inject one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
