
namespace OsuScale.Campaigns;

/// <summary>One run of one benchmark at one cluster size: its times, its OSU output and where it was read.</summary>
/// <param name="Benchmark">The benchmark name (<c>osu_allreduce</c>).</param>
/// <param name="Nodes">The cluster size in nodes, or null when nothing in or around the log tells it.</param>
/// <param name="Processes">The MPI process count (<c>-np</c>, <c>nprocs</c>), or null.</param>
/// <param name="Iteration">The 1-based repetition number at this size.</param>
/// <param name="WallSeconds">The <c>real</c> time, or null when the section has no footer.</param>
/// <param name="UserSeconds">The <c>user</c> time, or null.</param>
/// <param name="SysSeconds">The <c>sys</c> time, or null.</param>
/// <param name="Output">The parsed OSU output, or null when the benchmark printed nothing recognisable, and for a <see cref="ExecutionStatus.Repeated"/> execution past the hundredth repeat in one log (its times are kept, its table is not, with a note: a log repeated many times stays small in memory).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Detail">Why it has that status, for a person (empty for complete executions).</param>
/// <param name="Source">The file and the line where the section starts.</param>
/// <param name="Command">The launch command line (<c>time mpirun … osu_allgather</c>), or null.</param>
/// <param name="Launcher">The launcher program (<c>mpirun</c>, <c>srun</c>, <c>jsrun</c>, <c>flux</c>), or null.</param>
/// <param name="Metadata">The metadata of the log it came from.</param>
public sealed record Execution(
    string Benchmark,
    int? Nodes,
    int? Processes,
    int Iteration,
    double? WallSeconds,
    double? UserSeconds,
    double? SysSeconds,
    OsuOutput? Output,
    ExecutionStatus Status,
    string Detail,
    SourceLocation Source,
    string? Command,
    string? Launcher,
    LogMetadata Metadata)
{
    /// <summary>True for executions that ran to the end and have a wall time.</summary>
    public bool IsComplete => Status == ExecutionStatus.Complete && WallSeconds is not null;
}
