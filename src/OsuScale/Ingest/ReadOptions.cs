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
/// <param name="MaxNotesPerKind">
/// At most this many notes of one kind are kept per read (a garbage file would otherwise produce one per line); a
/// closing note per kind says how many more there were.
/// </param>
/// <param name="Strict">
/// When true, the first tolerated problem (a row that does not fit its header, a damaged line, a broken METADATA
/// block, …) throws <see cref="OsuParseException"/> with its file, line and raw text instead of becoming a note, as
/// CsvHelper's <c>BadDataFound</c> does. Statuses of executions (incomplete, failed, …) are outcomes of the run,
/// not reading problems, and never throw.
/// </param>
public sealed record ReadOptions(int? Nodes = null, int? Iteration = null, int MaxNotesPerKind = 20, bool Strict = false)
{
    /// <summary>The defaults: no node override, iteration 1, 20 notes per kind, lenient.</summary>
    public static ReadOptions Default { get; } = new();
}
