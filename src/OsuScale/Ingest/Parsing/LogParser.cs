using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>What one log (a file, a text, one SDK JSON iteration) yielded.</summary>
internal sealed record LogResult(IReadOnlyList<Execution> Executions, LogMetadata Metadata, IReadOnlyList<ParseDiagnostic> Diagnostics);

/// <summary>
/// The line-by-line state machine that turns one log into executions. Feed it every line with its number, take the
/// executions that are ready (<see cref="TakeReady"/>) as you go, then call <see cref="Finish"/> for the rest.
/// A section becomes an execution as soon as it closes when the log has already told its node count (metadata or
/// preamble, as metrics-operator logs do at the top); otherwise sections wait for the end of the log, where the
/// launch commands, the file name and the options are consulted. Memory held is the open section and the waiting
/// ones, never the text.
/// </summary>
internal sealed partial class LogParser
{
    private const int MaxMetadataChars = 1 << 20;

    private readonly string _file;
    private readonly ReadOptions _options;
    private readonly int? _iterationOverride;
    private readonly List<SectionBuilder> _waiting = [];
    private readonly List<Execution> _ready = [];
    private readonly Dictionary<(string, int), SourceLocation> _firstComplete = [];
    private LogMetadata? _metadataSnapshot;
    private readonly (int? Nodes, int? Iteration) _hints;
    private int? _maxLaunchNodes;
    private readonly List<KeyValuePair<string, string>> _pendingSettings = [];
    private readonly List<ParseDiagnostic> _diagnostics = [];
    private int _droppedDiagnostics;
    private SectionBuilder? _current;

    // Preamble and metadata.
    private int? _tasksPerNode, _totalTasks, _nodesFromPreamble, _pods;
    private string? _metricName, _rawJson;
    private ImmutableArray<string> _commands = [];
    private ImmutableDictionary<string, string> _metricOptions = ImmutableDictionary<string, string>.Empty;
    private readonly List<string> _hosts = [];
    private HostMode _hostMode;
    private StringBuilder? _metadata;
    private int _metadataLine;
    private int? _runIteration;
    private bool _anyFooter;
    private int _lastContentLine, _previousContentLine;

    private enum HostMode { None, Main, Pairs }

    /// <param name="file">The label used in source locations.</param>
    /// <param name="hintPath">The path whose file name may carry <c>size-N</c> / <c>-iter-N</c>.</param>
    /// <param name="options">Read options.</param>
    /// <param name="iterationOverride">A fixed iteration (SDK JSON numbers its iterations), or null.</param>
    public LogParser(string file, string hintPath, ReadOptions options, int? iterationOverride = null)
    {
        _file = file;
        _options = options;
        _iterationOverride = iterationOverride;
        _hints = Lines.FileNameHints(hintPath);
    }

    public void Feed(string raw, int lineNo)
    {
        var line = Lines.StripPrefix(raw);
        if (_metadata is not null)
        {
            var m = line.AsSpan().Trim();
            if (m.StartsWith("METADATA END", StringComparison.Ordinal))
            {
                EndMetadata();
                return;
            }
            if (m.StartsWith("METRICS OPERATOR", StringComparison.Ordinal) || m.StartsWith("# OSU", StringComparison.Ordinal) || m.StartsWith("time ", StringComparison.Ordinal))
            {
                // The END line is missing: the log has moved on. Close the block and read this line normally.
                Note(new SourceLocation(_file, _metadataLine), "METADATA START without METADATA END");
                EndMetadata();
            }
            else if (_metadata.Length + line.Length < MaxMetadataChars)
            {
                _metadata.Append('\n').Append(line);
                return;
            }
            else
            {
                Note(new SourceLocation(_file, _metadataLine), "the METADATA block is larger than 1 MiB; ignored");
                _metadata = null;
                return;
            }
        }

        var span = line.AsSpan().Trim();
        if (span.Length == 0)
        {
            _hostMode = HostMode.None;
            return;
        }
        _previousContentLine = _lastContentLine;
        _lastContentLine = lineNo;
        if (_current is not null) _current.LastLine = lineNo;

        // Fast path for the bulk of a log: a row of the open table, parsed from the span without allocating tokens.
        if (_hostMode == HostMode.None && Lines.MayStartRow(span[0]) && _current is { Closed: false, Current: { } open }
            && TryFastRow(span, open, lineNo))
            return;

        var t = span.Length == line.Length ? line : span.ToString();
        var at = new SourceLocation(_file, lineNo);

        if (t[0] == 'M')
        {
            if (t.StartsWith("METRICS OPERATOR", StringComparison.Ordinal))
            {
                _hostMode = HostMode.None;
                if (t.Contains("TIMEPOINT", StringComparison.Ordinal)) StartNew(at);
                else if (t.Contains("COLLECTION END", StringComparison.Ordinal)) Close();
                return;
            }
            if (t.StartsWith("METADATA START", StringComparison.Ordinal))
            {
                _hostMode = HostMode.None;
                _metadata = new StringBuilder(t["METADATA START".Length..]);
                _metadataLine = lineNo;
                return;
            }
        }

        if (_hostMode != HostMode.None)
        {
            if (HostLine().IsMatch(t))
            {
                if (_hostMode == HostMode.Main && _hosts.Count < 100_000)
                {
                    _hosts.Add(t);
                    _metadataSnapshot = null;
                }
                return;
            }
            _hostMode = HostMode.None;
        }

        if (Lines.Footer(t) is { } footer)
        {
            Footer(footer.Field, footer.Seconds, at, t);
            return;
        }

        if (t[0] == '#')
        {
            Comment(t, at);
            return;
        }

        if (t.Contains("osu_", StringComparison.Ordinal) && LaunchCommand.TryParse(t) is { } launch)
        {
            Launch(launch, at);
            return;
        }

        if (Lines.Init(t) is { } init)
        {
            Init(init, at);
            return;
        }

        if (Lines.Hello(t) is { } hello)
        {
            Hello(hello, at);
            return;
        }

        if (Lines.RowTokens(t) is { } tokens)
        {
            Row(tokens, at, t);
            return;
        }

        if (char.IsAsciiLetter(t[0]) && t.Contains("  ", StringComparison.Ordinal) || t.EndsWith(')'))
        {
            if (CachedHeader(t, 0) is { } header)
            {
                Header(header.HasSize, header.Columns, at);
                return;
            }
        }

        if (Lines.Failure(t) is { } failure)
        {
            if (_current is not null) _current.Fail(failure, at);
            else Note(at, $"{failure} outside any benchmark section", t);
            return;
        }

        Preamble(t, at);
    }

    /// <summary>Notes that line <paramref name="lineNo"/> was longer than the reader keeps and was cut.</summary>
    public void NoteCut(int lineNo, int maxChars) =>
        Note(new SourceLocation(_file, lineNo), string.Create(CultureInfo.InvariantCulture, $"a line longer than {maxChars} characters; the rest of it was skipped"));

    /// <summary>True when executions are ready to be taken.</summary>
    public bool HasReady => _ready.Count > 0;

    /// <summary>The executions completed since the last call, in log order.</summary>
    public Execution[] TakeReady()
    {
        var ready = _ready.ToArray();
        _ready.Clear();
        return ready;
    }

    /// <summary>Ends the log: closes the open section, resolves the waiting ones and returns what was not taken yet.</summary>
    public LogResult Finish()
    {
        if (_metadata is not null)
        {
            Note(new SourceLocation(_file, _metadataLine), "METADATA START without METADATA END");
            EndMetadata();
        }
        if (_current is not null) _current.AtEndOfFile = true;
        Close();
        var nodes = EarlyNodes ?? (_hosts.Count > 0 ? (int?)_hosts.Count : null) ?? _maxLaunchNodes ?? _hints.Nodes ?? _options.Nodes;
        foreach (var w in _waiting) Emit(w, nodes);
        _waiting.Clear();
        if (_droppedDiagnostics > 0)
            _diagnostics.Add(new ParseDiagnostic(new SourceLocation(_file, 0), string.Create(CultureInfo.InvariantCulture, $"{_droppedDiagnostics} more notes not kept")));
        return new LogResult(TakeReady(), Metadata, _diagnostics);
    }

    /// <summary>Applies an SDK JSON iteration's <c>metadata</c> object when the log itself had none.</summary>
    public void ApplyMetadata(JsonElement metadata, SourceLocation at)
    {
        if (_rawJson is not null || metadata.ValueKind != JsonValueKind.Object) return;
        ReadMetadata(metadata, metadata.GetRawText(), at);
    }

    /// <summary>Uses the MetricSet's <c>spec.pods</c> of an SDK JSON iteration when neither the log nor its metadata gave a pod count.</summary>
    public void ApplySpecPods(int pods)
    {
        if (_pods is not null) return;
        _pods = pods;
        _metadataSnapshot = null;
    }

    // ---- line handlers -------------------------------------------------------------------------------------

    private void Footer(char field, double seconds, SourceLocation at, string raw)
    {
        if (_current is null)
        {
            Note(at, "a time footer outside any benchmark section", raw);
            return;
        }
        switch (field)
        {
            case 'r':
                if (_current.Real is not null)
                {
                    Note(at, "a second time footer in one section; the first is kept", raw);
                    return;
                }
                _current.Real = seconds;
                _anyFooter = true;
                break;
            case 'u': _current.User ??= seconds; break;
            default: _current.Sys ??= seconds; break;
        }
    }

    private void Comment(string t, SourceLocation at)
    {
        if (CachedTitle(t) is { } title)
        {
            if (_current is null || _current.Title is not null || _current.HasResult || _current.Closed) StartNew(at);
            var s = _current!;
            s.Title = title.Title;
            s.TitleName = title.Name;
            s.Version = title.Version;
            s.TitleBenchmark = title.Benchmark;
            if (s.Launch is null) s.Start = at;
            TakePendingSettings(s);
            return;
        }

        if (CachedHeader(t, 1) is { } header)
        {
            Header(header.HasSize, header.Columns, at);
            return;
        }

        if (Lines.Datatype(t) is { } datatype)
        {
            if (_current is null || _current.Closed) StartNew(at);
            var s = _current!;
            AddSetting(s.Settings, new("Datatype", datatype));
            if (s.Current is { Rows.Count: 0, Datatype: null } table) table.Datatype = datatype;
            else s.PendingDatatype = datatype;
            return;
        }

        var settings = Lines.Settings(t);
        if (_current is not null && !_current.Closed && (_current.Launch is not null || !_current.HasResult))
        {
            foreach (var kv in settings) AddSetting(_current.Settings, kv);
        }
        else
        {
            foreach (var kv in settings) AddSetting(_pendingSettings, kv);
        }
    }

    // A log repeats the same few titles and headers many times: remember what each parsed to (bounded).
    private readonly Dictionary<string, (bool HasSize, OsuColumn[] Columns)?> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Title, string Name, string? Version, BenchmarkInfo? Benchmark)?> _titles = new(StringComparer.Ordinal);

    private (bool HasSize, OsuColumn[] Columns)? CachedHeader(string t, int skip)
    {
        if (_headers.TryGetValue(t, out var known)) return known;
        var header = ColumnVocabulary.Header(t.AsSpan(skip));
        if (_headers.Count < 256) _headers[t] = header;
        return header;
    }

    private (string Title, string Name, string? Version, BenchmarkInfo? Benchmark)? CachedTitle(string t)
    {
        if (_titles.TryGetValue(t, out var known)) return known;
        (string, string, string?, BenchmarkInfo?)? title = Lines.Title(t) is { } x ? (x.Title, x.Name, x.Version, Lines.FromTitle(x.Name)) : null;
        if (_titles.Count < 256) _titles[t] = title;
        return title;
    }

    private void Header(bool hasSize, OsuColumn[] columns, SourceLocation at)
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
        s.Tables.Add(new TableBuilder(columns, hasSize, s.PendingDatatype));
        s.PendingDatatype = null;
    }

    private static bool LoopsOverDatatypes(string? version) =>
        version is not null && Version.TryParse(version.Contains('.') ? version : version + ".0", out var v) && v >= new Version(7, 1);

    private void Row(string[] tokens, SourceLocation at, string raw)
    {
        var s = _current;
        if (s?.Current is not { } table || s.Closed)
        {
            Note(at, "numbers outside any table", raw);
            return;
        }
        if (tokens.Length != table.Width)
        {
            Note(at, string.Create(CultureInfo.InvariantCulture, $"a row with {tokens.Length} values under a header of {table.Width} columns; skipped"), raw);
            return;
        }
        long? size = null;
        var first = 0;
        if (table.HasSize)
        {
            if (!long.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
            {
                Note(at, "a row whose message size is not a whole number; skipped", raw);
                return;
            }
            size = bytes;
            first = 1;
        }
        if (s.PendingDatatype is not null && table.Rows.Count > 0)
        {
            table = new TableBuilder(table.Columns, table.HasSize, s.PendingDatatype);
            s.Tables.Add(table);
            s.PendingDatatype = null;
        }
        var values = ImmutableArray.CreateBuilder<double>(tokens.Length - first);
        for (var k = first; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token == "Pass") values.Add(1);
            else if (token == "Fail")
            {
                values.Add(0);
                s.Fail(size is null ? "validation failed" : string.Create(CultureInfo.InvariantCulture, $"validation failed at message size {size}"), at);
            }
            else
            {
                Lines.TryNumber(token, out var v);
                values.Add(v);
            }
        }
        table.Rows.Add(new OsuRow(size, values.MoveToImmutable(), at.Line));
    }

    /// <summary>Adds a well-formed row of the open table; false (nothing done) when the line is anything else.</summary>
    private bool TryFastRow(ReadOnlySpan<char> line, TableBuilder table, int lineNo)
    {
        Span<Range> tokens = stackalloc Range[table.Width + 1];
        var count = line.SplitAny(tokens, " \t", StringSplitOptions.RemoveEmptyEntries);
        if (count != table.Width) return false;
        long? size = null;
        var first = 0;
        if (table.HasSize)
        {
            if (!long.TryParse(line[tokens[0]], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)) return false;
            size = bytes;
            first = 1;
        }
        var values = new double[count - first];
        var failed = false;
        for (var k = first; k < count; k++)
        {
            var token = line[tokens[k]];
            if (token.SequenceEqual("Pass")) values[k - first] = 1;
            else if (token.SequenceEqual("Fail")) failed = true;
            else if (!Lines.TryNumber(token, out values[k - first])) return false;
        }
        var s = _current!;
        if (s.PendingDatatype is not null && table.Rows.Count > 0)
        {
            table = new TableBuilder(table.Columns, table.HasSize, s.PendingDatatype);
            s.Tables.Add(table);
            s.PendingDatatype = null;
        }
        if (failed)
            s.Fail(size is null ? "validation failed" : string.Create(CultureInfo.InvariantCulture, $"validation failed at message size {size}"), new SourceLocation(_file, lineNo));
        table.Rows.Add(new OsuRow(size, ImmutableCollectionsMarshal.AsImmutableArray(values), lineNo));
        return true;
    }

    private void Launch(LaunchCommand launch, SourceLocation at)
    {
        if (_current is null || _current.Launch is not null || _current.HasOsuContent || _current.Closed) StartNew(at);
        _current!.Launch = launch;
        _current.Start = at;
    }

    private void Init((int Processes, double Min, double Max, double Avg) init, SourceLocation at)
    {
        if (_current is null || _current.Closed || _current.HasResult) StartNew(at);
        var s = _current!;
        var columns = new[]
        {
            new OsuColumn("avg", Metrics.InitTime, MetricUnit.Milliseconds),
            new OsuColumn("min", Metrics.MinInitTime, MetricUnit.Milliseconds),
            new OsuColumn("max", Metrics.MaxInitTime, MetricUnit.Milliseconds),
        };
        var table = new TableBuilder(columns, false, null);
        table.Rows.Add(new OsuRow(null, [init.Avg, init.Min, init.Max], at.Line));
        s.Tables.Add(table);
        s.OutputProcesses = init.Processes;
    }

    private void Hello(int processes, SourceLocation at)
    {
        if (_current is null || _current.Closed || _current.HasResult) StartNew(at);
        _current!.Hello = true;
        _current.OutputProcesses = processes;
    }

    private void Preamble(string t, SourceLocation at)
    {
        Match m;
        if (t.StartsWith("Number of ", StringComparison.Ordinal))
        {
            _metadataSnapshot = null;
            if ((m = TasksPerNode().Match(t)).Success) _tasksPerNode = Int(m.Groups[1].Value);
            else if ((m = TasksTotal().Match(t)).Success)
            {
                _nodesFromPreamble ??= Int(m.Groups[1].Value);
                _totalTasks = Int(m.Groups[2].Value);
            }
            else if ((m = NodesLine().Match(t)).Success) _nodesFromPreamble ??= Int(m.Groups[1].Value);
            return;
        }
        if (t == "Hostlist")
        {
            _hostMode = _hosts.Count == 0 ? HostMode.Main : HostMode.Pairs;
            return;
        }
        if (t.StartsWith("Hostlist ", StringComparison.Ordinal))
        {
            _hostMode = HostMode.Pairs;
            return;
        }
        if ((m = StartRun().Match(t)).Success) _runIteration = Int(m.Groups[1].Value);
    }

    // ---- sections ------------------------------------------------------------------------------------------

    private void StartNew(SourceLocation at)
    {
        // The line that opens the next section is not part of this one.
        if (_current is not null && _current.LastLine >= at.Line) _current.LastLine = _previousContentLine;
        Close();
        _current = new SectionBuilder(at, _runIteration) { LastLine = at.Line };
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
            if (s.Launch?.Nodes is { } n) _maxLaunchNodes = Math.Max(_maxLaunchNodes ?? 0, n);
            if (EarlyNodes is { } nodes)
            {
                FlushWaiting(nodes);
                Emit(s, nodes);
            }
            else _waiting.Add(s);
        }
        else if (s.Real is not null) Note(s.Start, "a timed section that names no OSU benchmark; ignored");
        else if (s.Failure is not null) Note(s.FailureAt, $"{s.Failure} outside any benchmark section");
    }

    /// <summary>The node count once the metadata or the preamble has told it.</summary>
    private int? EarlyNodes => _pods ?? _nodesFromPreamble;

    private void FlushWaiting(int nodes)
    {
        foreach (var w in _waiting) Emit(w, nodes);
        _waiting.Clear();
    }

    private static void AddSetting(List<KeyValuePair<string, string>> settings, KeyValuePair<string, string> kv)
    {
        if (settings.Count < 64 && !settings.Exists(x => x.Key == kv.Key)) settings.Add(kv);
    }

    // ---- metadata ------------------------------------------------------------------------------------------

    private void EndMetadata()
    {
        var text = _metadata!.ToString().Trim();
        _metadata = null;
        var at = new SourceLocation(_file, _metadataLine);
        if (_rawJson is not null)
        {
            Note(at, "a second METADATA block; the first is kept");
            return;
        }
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            ReadMetadata(doc.RootElement, text, at);
        }
        catch (JsonException e)
        {
            Note(at, $"the METADATA block is not valid JSON ({e.Message})");
        }
    }

    private void ReadMetadata(JsonElement root, string raw, SourceLocation at)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Note(at, "the METADATA block is not a JSON object");
            return;
        }
        _rawJson = raw;
        _metadataSnapshot = null;
        if (root.TryGetProperty("pods", out var pods) && pods.ValueKind == JsonValueKind.Number && pods.TryGetInt32(out var p) && p > 0) _pods = p;
        if (root.TryGetProperty("metricName", out var name) && name.ValueKind == JsonValueKind.String) _metricName = name.GetString();
        if (root.TryGetProperty("metricOptions", out var opts) && opts.ValueKind == JsonValueKind.Object)
        {
            var b = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var prop in opts.EnumerateObject())
                b[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() ?? "" : prop.Value.GetRawText();
            _metricOptions = b.ToImmutable();
        }
        if (root.TryGetProperty("metricListOptions", out var list) && list.ValueKind == JsonValueKind.Object
            && list.TryGetProperty("commands", out var commands) && commands.ValueKind == JsonValueKind.Array)
        {
            _commands = [.. commands.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)];
        }
    }

    // ---- result --------------------------------------------------------------------------------------------

    private LogMetadata Metadata => _metadataSnapshot ??= new LogMetadata(_pods, _tasksPerNode, _totalTasks, _nodesFromPreamble,
        _metricName, _commands, _metricOptions, [.. _hosts], _rawJson);

    private bool TimedLog => _anyFooter || _metricOptions.TryGetValue("timed", out var timed) && timed.Equals("true", StringComparison.OrdinalIgnoreCase);

    private void Emit(SectionBuilder s, int? nodes)
    {
        var name = s.Launch?.Benchmark ?? s.TitleBenchmark?.Name ?? (s.TitleName is not null ? Lines.NameFromTitle(s.TitleName) : "unknown");
        var info = BenchmarkCatalog.Find(name) ?? BenchmarkCatalog.Unknown(name);
        var output = s.HasOsuContent
            ? new OsuOutput(info, s.Title, s.Version, ToDictionary(s.Settings), [.. s.Tables.Select(t => t.Build())], s.OutputProcesses)
            : null;
        var processes = s.Launch?.Processes ?? s.OutputProcesses ?? (info.IsPair ? 2 : _totalTasks);
        var iteration = _iterationOverride ?? s.RunIteration ?? _hints.Iteration ?? _options.Iteration ?? 1;
        var (status, detail) = StatusOf(s, TimedLog);
        if (status == ExecutionStatus.Complete)
        {
            // The first complete copy of a benchmark and iteration in a log is the one analysed; later ones are kept as repeats.
            if (_firstComplete.TryGetValue((name, iteration), out var original))
                (status, detail) = (ExecutionStatus.Repeated, $"repeats the execution at {original}");
            else _firstComplete[(name, iteration)] = s.Start;
        }
        _ready.Add(new Execution(name, nodes, processes, iteration, s.Real, s.User, s.Sys, output, status, detail,
            s.Start, s.Launch?.Text, s.Launch?.Launcher, Metadata));
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

    private void Note(SourceLocation at, string message, string? raw = null)
    {
        if (_diagnostics.Count >= _options.MaxDiagnosticsPerFile)
        {
            _droppedDiagnostics++;
            return;
        }
        _diagnostics.Add(new ParseDiagnostic(at, message, raw is { Length: > 200 } ? raw[..200] + "…" : raw));
    }

    private static int? Int(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? (int?)v : null;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,252}$")]
    private static partial Regex HostLine();

    [GeneratedRegex(@"^Number of tasks \(nproc on one node\) is (\d{1,9})")]
    private static partial Regex TasksPerNode();

    [GeneratedRegex(@"^Number of tasks total \(across (\d{1,9}) nodes\) is (\d{1,9})")]
    private static partial Regex TasksTotal();

    [GeneratedRegex(@"^Number of nodes:\s*(\d{1,9})")]
    private static partial Regex NodesLine();

    [GeneratedRegex(@"^Start run (\d{1,9}) of (\d{1,9})")]
    private static partial Regex StartRun();
}
