namespace OsuScale.Campaigns;

/// <summary>The lowercase names of <see cref="ExecutionStatus"/> used in tables and reports.</summary>
public static class ExecutionStatusText
{
    /// <summary><c>complete</c>, <c>incomplete</c>, <c>no_table</c>, <c>failed</c> or <c>repeated</c>.</summary>
    public static string ToName(this ExecutionStatus status) => status switch
    {
        ExecutionStatus.Complete => "complete",
        ExecutionStatus.Incomplete => "incomplete",
        ExecutionStatus.NoTable => "no_table",
        ExecutionStatus.Failed => "failed",
        ExecutionStatus.Repeated => "repeated",
        _ => status.ToString().ToLowerInvariant(),
    };
}
