using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>How <see cref="SectionAssembler.AddRow"/> dealt with a line of numbers.</summary>
internal enum RowOutcome
{
    /// <summary>The row was added to the open table.</summary>
    Added,
    /// <summary>A token is not a number, <c>Pass</c> or <c>Fail</c>: the line is not a row.</summary>
    NotARow,
    /// <summary>No table is open.</summary>
    NoTable,
    /// <summary>The row has another number of values than the header has columns.</summary>
    WrongWidth,
    /// <summary>The first value of a table with a Size column is not a whole number.</summary>
    BadSize,
}

/// <summary>
/// Builds benchmark sections from classified lines and turns each into an <see cref="Execution"/> when it closes: a
/// new launch command, title or <c>TIMEPOINT</c> opens a section, a <c>real</c> footer or <c>COLLECTION END</c> closes
/// it. A closed section is emitted at once when <see cref="RunFacts.EarlyNodes"/> is known, otherwise it waits for the
/// end of the log. Memory holds the open section and the waiting ones, never the text.
/// </summary>
internal sealed class SectionAssembler(string file, RunFacts facts, Notes notes)
{
    private static readonly OsuColumn[] InitColumns =
    [
        new("avg", Metrics.InitTime, MetricUnit.Milliseconds),
        new("min", Metrics.MinInitTime, MetricUnit.Milliseconds),
        new("max", Metrics.MaxInitTime, MetricUnit.Milliseconds),
    ];

    private readonly List<SectionBuilder> _waiting = [];
    private readonly List<Execution> _ready = [];
    private readonly Dictionary<(string, int), (SourceLocation Start, string Detail)> _firstComplete = [];
    private readonly List<KeyValuePair<string, string>> _pendingSettings = [];
    private SectionBuilder? _current;
    private int _repeats;

    /// <summary>How many repeated executions of one log keep their tables.</summary>
    public const int MaxRepeatsWithTables = 100;
    private int _lastContentLine, _previousContentLine;

    /// <summary>True when a table of an open section takes rows.</summary>
    public bool HasOpenTable => _current is { Closed: false, Current: not null };

    /// <summary>True when a section is open (a failure line belongs to it).</summary>
    public bool HasSection => _current is not null;

    /// <summary>True when executions are ready to be taken.</summary>
    public bool HasReady => _ready.Count > 0;

    /// <summary>Records that line <paramref name="lineNo"/> has content (the extent of the open section).</summary>
    public void ContentLine(int lineNo)
    {
        _previousContentLine = _lastContentLine;
        _lastContentLine = lineNo;
        if (_current is not null) _current.LastLine = lineNo;
    }

    /// <summary>The executions completed since the last call, in log order.</summary>
    public Execution[] TakeReady()
    {
        var ready = _ready.ToArray();
        _ready.Clear();
        return ready;
    }

    // ---- line handlers -------------------------------------------------------------------------------------

    public void Timepoint(SourceLocation at) => StartNew(at);

    public void CollectionEnd() => Close();

    public void Footer(char field, double seconds, SourceLocation at, ReadOnlySpan<char> raw)
    {
        if (_current is null)
        {
            notes.Problem(at, "footer-outside", "a time footer outside any benchmark section", raw.ToString());
            return;
        }
        switch (field)
        {
            case 'r':
                if (_current.Real is not null)
                {
                    notes.Problem(at, "footer-twice", "a second time footer in one section; the first is kept", raw.ToString());
                    return;
                }
                _current.Real = seconds;
                facts.FooterSeen();
                break;
            case 'u': _current.User ??= seconds; break;
            default: _current.Sys ??= seconds; break;
        }
    }

    public void Title(TitleInfo title, SourceLocation at)
    {
        if (_current is null || _current.Title is not null || _current.HasResult || _current.Closed) StartNew(at);
        var s = _current!;
        s.Title = title.Title;
        s.TitleName = title.Name;
        s.Version = title.Version;
        s.TitleBenchmark = title.Benchmark;
        if (s.Launch is null) s.Start = at;
        TakePendingSettings(s);
    }

    public void Datatype(string datatype, SourceLocation at)
    {
        if (_current is null || _current.Closed) StartNew(at);
        var s = _current!;
        AddSetting(s.Settings, new("Datatype", datatype));
        if (s.Current is { Rows.Count: 0, Datatype: null } table) table.Datatype = datatype;
        else s.PendingDatatype = datatype;
    }

    public void Settings(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var target = _current is not null && !_current.Closed && (_current.Launch is not null || !_current.HasResult)
            ? _current.Settings
            : _pendingSettings;
        foreach (var kv in settings) AddSetting(target, kv);
    }

    public void Header(HeaderInfo header, SourceLocation at)
    {
        if (_current is null || _current.Closed) StartNew(at);
        else if (_current.Current is { Rows.Count: > 0 } && _current.PendingDatatype is null && _current.Launch is null && !LoopsOverDatatypes(_current.Version))
            StartNew(at);

        var s = _current!;
        if (s.Current is { Rows.Count: 0 } empty)
        {
            // A repeated header with no rows in between: the later one wins, keeping a datatype already seen.
            s.PendingDatatype ??= empty.Datatype;
            s.Tables.RemoveAt(s.Tables.Count - 1);
        }
        s.Tables.Add(new TableBuilder(header.Columns, header.HasSize, s.PendingDatatype));
        s.PendingDatatype = null;
    }

    private static bool LoopsOverDatatypes(string? version) =>
        version is not null && Version.TryParse(version.Contains('.') ? version : version + ".0", out var v) && v >= new Version(7, 1);

    /// <summary>
    /// Reads a line of numbers straight from the span into the open table (the bulk of a log: no string, no token
    /// array). Nothing is changed unless the result is <see cref="RowOutcome.Added"/>.
    /// </summary>
    public RowOutcome AddRow(ReadOnlySpan<char> line, int lineNo)
    {
        if (_current is not { Closed: false, Current: { } table } s) return Lines.IsRow(line) ? RowOutcome.NoTable : RowOutcome.NotARow;
        Span<Range> tokens = stackalloc Range[table.Width + 1];
        var count = line.SplitAny(tokens, " \t", StringSplitOptions.RemoveEmptyEntries);
        if (count != table.Width) return Lines.IsRow(line) ? RowOutcome.WrongWidth : RowOutcome.NotARow;
        long? size = null;
        var first = 0;
        if (table.HasSize)
        {
            if (!long.TryParse(line[tokens[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
                return Lines.IsRow(line) ? RowOutcome.BadSize : RowOutcome.NotARow;
            size = bytes;
            first = 1;
        }
        var values = new double[count - first];
        var failed = false;
        for (var k = first; k < count; k++)
        {
            var token = line[tokens[k]];
            if (Lines.TryNumber(token, out values[k - first])) continue;
            if (token.SequenceEqual("Pass")) values[k - first] = 1;
            else if (token.SequenceEqual("Fail")) failed = true;
            else return RowOutcome.NotARow;
        }
        if (s.PendingDatatype is not null && table.Rows.Count > 0)
        {
            table = new TableBuilder(table.Columns, table.HasSize, s.PendingDatatype);
            s.Tables.Add(table);
            s.PendingDatatype = null;
        }
        if (failed)
            s.Fail(size is null ? "validation failed" : string.Create(CultureInfo.InvariantCulture, $"validation failed at message size {size}"), new SourceLocation(file, lineNo));
        table.Rows.Add(new OsuRow(size, ImmutableCollectionsMarshal.AsImmutableArray(values), lineNo));
        return RowOutcome.Added;
    }

    /// <summary>Notes why a row was not added.</summary>
    public void RowRefused(RowOutcome outcome, ReadOnlySpan<char> line, SourceLocation at)
    {
        switch (outcome)
        {
            case RowOutcome.NoTable:
                notes.Problem(at, "row-outside", "numbers outside any table", line.ToString());
                break;
            case RowOutcome.WrongWidth:
                var count = CountTokens(line);
                notes.Problem(at, "row-width", string.Create(CultureInfo.InvariantCulture,
                    $"a row with {count} values under a header of {_current!.Current!.Width} columns; skipped"), line.ToString());
                break;
            case RowOutcome.BadSize:
                notes.Problem(at, "row-size", "a row whose message size is not a whole number; skipped", line.ToString());
                break;
        }
    }

    private static int CountTokens(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (Lines.NextToken(ref line).Length > 0) count++;
        return count;
    }

    public void Launch(LaunchCommand launch, SourceLocation at)
    {
        if (_current is null || _current.Launch is not null || _current.HasOsuContent || _current.Closed) StartNew(at);
        _current!.Launch = launch;
        _current.Start = at;
    }

    public void Init(int processes, (double Min, double Max, double Avg) init, SourceLocation at)
    {
        if (_current is null || _current.Closed || _current.HasResult) StartNew(at);
        var s = _current!;
        var table = new TableBuilder(InitColumns, false, null);
        table.Rows.Add(new OsuRow(null, [init.Avg, init.Min, init.Max], at.Line));
        s.Tables.Add(table);
        s.OutputProcesses = processes;
    }

    public void Hello(int processes, SourceLocation at)
    {
        if (_current is null || _current.Closed || _current.HasResult) StartNew(at);
        _current!.Hello = true;
        _current.OutputProcesses = processes;
    }

    public void Failure(string failure, SourceLocation at, ReadOnlySpan<char> raw)
    {
        if (_current is not null) _current.Fail(failure, at);
        else notes.Problem(at, "failure-outside", $"{failure} outside any benchmark section", raw.ToString());
    }

    /// <summary>Ends the log: closes the open section and emits the waiting ones with the node count known at last.</summary>
    public void EndOfLog()
    {
        if (_current is not null) _current.AtEndOfFile = true;
        Close();
        var nodes = facts.FinalNodes;
        foreach (var w in _waiting) Emit(w, nodes);
        _waiting.Clear();
    }

    // ---- sections ------------------------------------------------------------------------------------------

    private void StartNew(SourceLocation at)
    {
        // The line that opens the next section is not part of this one.
        if (_current is not null && _current.LastLine >= at.Line) _current.LastLine = _previousContentLine;
        Close();
        _current = new SectionBuilder(at, facts.RunIteration) { LastLine = at.Line };
        TakePendingSettings(_current);
    }

    private void TakePendingSettings(SectionBuilder s)
    {
        if (_pendingSettings.Count == 0) return;
        s.Settings.InsertRange(0, _pendingSettings);
        _pendingSettings.Clear();
    }

    private void Close()
    {
        var s = _current;
        _current = null;
        if (s is null) return;
        if (s.IsBenchmark)
        {
            if (s.Launch?.Nodes is { } n) facts.LaunchNodes(n);
            if (facts.EarlyNodes is { } nodes)
            {
                foreach (var w in _waiting) Emit(w, nodes);
                _waiting.Clear();
                Emit(s, nodes);
            }
            else _waiting.Add(s);
        }
        else if (s.Real is not null) notes.Problem(s.Start, "timed-nothing", "a timed section that names no OSU benchmark; ignored");
        else if (s.Failure is not null) notes.Problem(s.FailureAt, "failure-outside", $"{s.Failure} outside any benchmark section");
    }

    private static void AddSetting(List<KeyValuePair<string, string>> settings, KeyValuePair<string, string> kv)
    {
        if (settings.Count < 64 && !settings.Exists(x => x.Key == kv.Key)) settings.Add(kv);
    }

    private void Emit(SectionBuilder s, int? nodes)
    {
        var name = s.Launch?.Benchmark ?? s.TitleBenchmark?.Name ?? (s.TitleName is not null ? Lines.NameFromTitle(s.TitleName) : "unknown");
        var info = BenchmarkCatalog.Find(name) ?? BenchmarkCatalog.Unknown(name);
        var processes = s.Launch?.Processes ?? s.OutputProcesses ?? (info.IsPair ? 2 : facts.TotalTasks);
        var iteration = facts.IterationOf(s.RunIteration);
        var (status, detail) = StatusOf(s, facts.TimedLog);
        var keepOutput = s.HasOsuContent;
        if (status == ExecutionStatus.Complete)
        {
            // The first complete copy of a benchmark and iteration in a log is the one analysed; later ones are kept
            // as repeats. Past MaxRepeatsWithTables repeats in one log, a repeat keeps its times but not its table, so
            // that a log repeated many times (a 500 MB concatenation) costs little memory.
            if (_firstComplete.TryGetValue((name, iteration), out var original))
            {
                (status, detail) = (ExecutionStatus.Repeated, original.Detail);
                if (++_repeats > MaxRepeatsWithTables)
                {
                    keepOutput = false;
                    if (_repeats == MaxRepeatsWithTables + 1)
                        notes.Problem(s.Start, "repeats", string.Create(CultureInfo.InvariantCulture,
                            $"more than {MaxRepeatsWithTables} repeated executions in this log; the tables of the later ones are not kept"));
                }
            }
            else _firstComplete[(name, iteration)] = (s.Start, $"repeats the execution at {s.Start}");
        }
        var output = keepOutput
            ? new OsuOutput(info, s.Title, s.Version, ToDictionary(s.Settings), [.. s.Tables.Select(t => t.Build())], s.OutputProcesses)
            : null;
        _ready.Add(new Execution(name, nodes, processes, iteration, s.Real, s.User, s.Sys, output, status, detail,
            s.Start, s.Launch?.Text, s.Launch?.Launcher, facts.Metadata));
    }

    private static (ExecutionStatus, string) StatusOf(SectionBuilder s, bool timedLog)
    {
        var rows = s.RowCount;
        var kept = rows == 1 ? "1 row kept" : string.Create(CultureInfo.InvariantCulture, $"{rows} rows kept");
        if (s.Failure is not null)
            return (ExecutionStatus.Failed, $"{s.Failure} at {s.FailureAt}; {kept}");
        if (s.Real is not null)
            return s.HasResult ? (ExecutionStatus.Complete, "") : (ExecutionStatus.NoTable, "the benchmark printed no table rows before its time footer");
        if (timedLog || s.Launch?.Timed == true)
        {
            var where = s.AtEndOfFile
                ? string.Create(CultureInfo.InvariantCulture, $"the log ends at line {s.LastLine} inside the section, before its time footer")
                : string.Create(CultureInfo.InvariantCulture, $"the section stops at line {s.LastLine} without a time footer");
            return (ExecutionStatus.Incomplete, $"{where}; {kept}");
        }
        return s.HasResult ? (ExecutionStatus.Complete, "") : (ExecutionStatus.NoTable, "the benchmark printed no table rows");
    }

    private static ImmutableDictionary<string, string> ToDictionary(List<KeyValuePair<string, string>> settings)
    {
        var b = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var kv in settings) b.TryAdd(kv.Key, kv.Value);
        return b.ToImmutable();
    }
}
