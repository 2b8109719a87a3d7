using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>A table being filled: its header and the rows read so far.</summary>
internal sealed class TableBuilder(OsuColumn[] columns, bool hasSize, string? datatype)
{
    public OsuColumn[] Columns { get; } = columns;
    public bool HasSize { get; } = hasSize;
    public string? Datatype { get; set; } = datatype;
    public List<OsuRow> Rows { get; } = [];
    public int Width => Columns.Length + (HasSize ? 1 : 0);
    public OsuTable Build() => new([.. Columns], [.. Rows], Datatype);
}

/// <summary>One benchmark section of a log while it is being read.</summary>
internal sealed class SectionBuilder(SourceLocation start, int? runIteration)
{
    public SourceLocation Start { get; set; } = start;
    public int? RunIteration { get; } = runIteration;
    public LaunchCommand? Launch { get; set; }
    public string? Title { get; set; }
    public string? TitleName { get; set; }
    public string? Version { get; set; }
    public BenchmarkInfo? TitleBenchmark { get; set; }
    public List<KeyValuePair<string, string>> Settings { get; } = [];
    public List<TableBuilder> Tables { get; } = [];
    public string? PendingDatatype { get; set; }
    public int? OutputProcesses { get; set; }
    public bool Hello { get; set; }
    public double? Real { get; set; }
    public double? User { get; set; }
    public double? Sys { get; set; }
    public string? Failure { get; private set; }
    public SourceLocation FailureAt { get; private set; }
    public int LastLine { get; set; }
    public bool AtEndOfFile { get; set; }

    public TableBuilder? Current => Tables.Count > 0 ? Tables[^1] : null;
    public int RowCount => Tables.Sum(t => t.Rows.Count);
    public bool HasRows => Tables.Exists(t => t.Rows.Count > 0);
    public bool HasResult => HasRows || Hello;
    public bool HasOsuContent => Title is not null || Tables.Count > 0 || Hello || OutputProcesses is not null;
    public bool Closed => Real is not null;

    /// <summary>True when the section names or shows a benchmark (so it becomes an execution).</summary>
    public bool IsBenchmark => Launch is not null || HasOsuContent;

    public void Fail(string reason, SourceLocation at)
    {
        if (Failure is not null) return;
        Failure = reason;
        FailureAt = at;
    }
}
