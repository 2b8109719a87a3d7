namespace OsuScale.Campaigns;

/// <summary>How one benchmark execution ended, as far as its log tells.</summary>
public enum ExecutionStatus
{
    /// <summary>The benchmark printed its output and its <c>time</c> footer.</summary>
    Complete,

    /// <summary>The log ends inside the section (the run was stopped): rows already printed are kept, there is no wall time.</summary>
    Incomplete,

    /// <summary>The section has a <c>time</c> footer but the benchmark printed no table or result.</summary>
    NoTable,

    /// <summary>The launcher or the benchmark reported an error (mpirun error, signal, validation failure).</summary>
    Failed,

    /// <summary>A second execution of the same benchmark, size and iteration in the same log; kept but not the one analysed.</summary>
    Repeated,
}
