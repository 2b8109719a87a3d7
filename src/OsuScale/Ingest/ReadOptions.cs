namespace OsuScale.Ingest;

/// <summary>How <see cref="CampaignReader"/> reads logs. Every member has a sensible default; change one with <c>with</c>.</summary>
/// <param name="Nodes">
/// The cluster size to assume when nothing in or around a log tells it (no metadata, no preamble, no launch command
/// with a node count, no <c>size-N</c> in the file name). Null leaves such executions without a node count.
/// </param>
/// <param name="Iteration">
/// The repetition number to give executions whose file name has no <c>-iter-N</c> part and whose log has no
/// <c>Start run N of M</c> wrapper; 1 when null.
/// </param>
/// <param name="MaxDiagnosticsPerFile">
/// At most this many tolerated-problem notes are kept per file (a garbage file would otherwise produce one per line);
/// a final note says how many more were dropped.
/// </param>
public sealed record ReadOptions(int? Nodes = null, int? Iteration = null, int MaxDiagnosticsPerFile = 200)
{
    /// <summary>The defaults: no node override, iteration 1, 200 diagnostics per file.</summary>
    public static ReadOptions Default { get; } = new();
}
