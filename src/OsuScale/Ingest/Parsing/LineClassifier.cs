using System.Globalization;
using System.Text.RegularExpressions;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>The classes of a log line (see docs/ingest.md, "What is recognised").</summary>
internal enum LineKind
{
    /// <summary>Anything else: launcher, loader and UCX noise. Ignored.</summary>
    Other,
    /// <summary><c>METRICS OPERATOR TIMEPOINT</c>: a new section starts.</summary>
    Timepoint,
    /// <summary><c>METRICS OPERATOR COLLECTION END</c>: the open section ends.</summary>
    CollectionEnd,
    /// <summary>Another <c>METRICS OPERATOR</c> marker (<c>COLLECTION START</c>).</summary>
    OperatorMarker,
    /// <summary><c>METADATA START {json…</c>.</summary>
    MetadataStart,
    /// <summary>A host name inside a <c>Hostlist</c> block.</summary>
    Host,
    /// <summary>A <c>time</c> footer (<c>real</c>, <c>user</c>, <c>sys</c>).</summary>
    Footer,
    /// <summary>An OSU title (<c># OSU MPI Latency Test v5.8</c>).</summary>
    Title,
    /// <summary>A table header (<c># Size  Latency (us)</c>, with or without <c>#</c>).</summary>
    Header,
    /// <summary><c># Datatype: MPI_CHAR.</c></summary>
    Datatype,
    /// <summary>Another comment line: settings above a table.</summary>
    Comment,
    /// <summary>A launch command (<c>time mpirun … osu_bw</c>).</summary>
    Launch,
    /// <summary>osu_init's <c>nprocs: 8, min: …</c> line.</summary>
    Init,
    /// <summary>osu_hello's <c>This is a test with N processes</c>.</summary>
    Hello,
    /// <summary>A row of numbers (and <c>Pass</c>/<c>Fail</c>).</summary>
    Row,
    /// <summary>A line saying the launcher or the benchmark failed.</summary>
    Failure,
    /// <summary><c>Number of tasks (nproc on one node) is N</c>.</summary>
    TasksPerNode,
    /// <summary><c>Number of tasks total (across N nodes) is M</c>.</summary>
    TasksTotal,
    /// <summary><c>Number of nodes: N</c>.</summary>
    NodesLine,
    /// <summary><c>Hostlist</c>: the main host list follows.</summary>
    Hostlist,
    /// <summary><c>Hostlist for Pair to Pair</c> and the like: a host list that does not count nodes.</summary>
    OtherHostlist,
    /// <summary><c>Start run N of M</c>.</summary>
    StartRun,
    /// <summary>A line holding NUL bytes or undecodable bytes (U+FFFD): damaged, never trusted.</summary>
    Damaged,
}

/// <summary>A classified line: its kind and what it says. Only the rare kinds carry text.</summary>
internal readonly record struct ClassifiedLine(LineKind Kind)
{
    public string? Text { get; init; }
    public int Number { get; init; }
    public int Number2 { get; init; }
    public char FooterField { get; init; }
    public double Seconds { get; init; }
    public TitleInfo? Title { get; init; }
    public HeaderInfo? Header { get; init; }
    public LaunchCommand? Launch { get; init; }
    public (double Min, double Max, double Avg) Init { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>>? Settings { get; init; }
}

/// <summary>A parsed OSU title.</summary>
internal sealed record TitleInfo(string Title, string Name, string? Version, BenchmarkInfo? Benchmark);

/// <summary>A parsed table header.</summary>
internal sealed record HeaderInfo(bool HasSize, OsuColumn[] Columns);

/// <summary>
/// Tells what a trimmed line of a log is, from the line alone (plus whether a host list is open). A pure function
/// of its input but for two bounded caches: a log repeats the same few titles and headers many times.
/// Table rows are not handled here on the hot path: <see cref="SectionAssembler.AddRow"/> reads them straight
/// from the span when a table is open; this class recognises rows only to report the ones that do not fit.
/// </summary>
internal sealed partial class LineClassifier
{
    private const int CacheSize = 256;
    private readonly Dictionary<string, HeaderInfo?> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TitleInfo?> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LaunchCommand?> _launches = new(StringComparer.Ordinal);

    /// <summary>Classifies a non-empty trimmed line.</summary>
    /// <param name="line">The line, trimmed, without timestamp prefix.</param>
    /// <param name="inHostList">True when the previous content lines were a host list.</param>
    public ClassifiedLine Classify(ReadOnlySpan<char> line, bool inHostList)
    {
        if (line.IndexOfAny('\0', '\uFFFD') >= 0) return new(LineKind.Damaged);

        if (line[0] == 'M')
        {
            if (line.StartsWith("METRICS OPERATOR", StringComparison.Ordinal))
            {
                if (line.Contains("TIMEPOINT", StringComparison.Ordinal)) return new(LineKind.Timepoint);
                return new(line.Contains("COLLECTION END", StringComparison.Ordinal) ? LineKind.CollectionEnd : LineKind.OperatorMarker);
            }
            if (line.StartsWith("METADATA START", StringComparison.Ordinal))
                return new(LineKind.MetadataStart) { Text = line["METADATA START".Length..].ToString() };
        }

        if (inHostList && HostLine().IsMatch(line)) return new(LineKind.Host) { Text = line.ToString() };

        if (Lines.Footer(line) is { } footer) return new(LineKind.Footer) { FooterField = footer.Field, Seconds = footer.Seconds };

        if (line[0] == '#') return Comment(line);

        if (line.Contains("osu_", StringComparison.Ordinal) && CachedLaunch(line) is { } launch)
            return new(LineKind.Launch) { Launch = launch };

        if (line.StartsWith("nprocs:", StringComparison.Ordinal) && Lines.Init(line.ToString()) is { } init)
            return new(LineKind.Init) { Number = init.Processes, Init = (init.Min, init.Max, init.Avg) };

        if (line.StartsWith("This is a test with", StringComparison.Ordinal) && Lines.Hello(line.ToString()) is { } hello)
            return new(LineKind.Hello) { Number = hello };

        if (Lines.IsRow(line)) return new(LineKind.Row);

        if ((char.IsAsciiLetter(line[0]) && line.Contains("  ", StringComparison.Ordinal) || line[^1] == ')')
            && CachedHeader(line, 0) is { } header)
            return new(LineKind.Header) { Header = header };

        if (Lines.Failure(line) is { } failure) return new(LineKind.Failure) { Text = failure };

        return Preamble(line);
    }

    private ClassifiedLine Comment(ReadOnlySpan<char> line)
    {
        var text = line.ToString();
        if (CachedTitle(text) is { } title) return new(LineKind.Title) { Title = title };
        if (CachedHeader(line, 1) is { } header) return new(LineKind.Header) { Header = header };
        if (Lines.Datatype(line) is { } datatype) return new(LineKind.Datatype) { Text = datatype };
        return new(LineKind.Comment) { Settings = [.. Lines.Settings(text)] };
    }

    private static ClassifiedLine Preamble(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("Number of ", StringComparison.Ordinal))
        {
            var t = line.ToString();
            Match m;
            if ((m = TasksPerNode().Match(t)).Success) return new(LineKind.TasksPerNode) { Number = Int(m.Groups[1].Value) };
            if ((m = TasksTotal().Match(t)).Success) return new(LineKind.TasksTotal) { Number = Int(m.Groups[1].Value), Number2 = Int(m.Groups[2].Value) };
            if ((m = NodesLine().Match(t)).Success) return new(LineKind.NodesLine) { Number = Int(m.Groups[1].Value) };
            return new(LineKind.Other);
        }
        if (line.SequenceEqual("Hostlist")) return new(LineKind.Hostlist);
        if (line.StartsWith("Hostlist ", StringComparison.Ordinal)) return new(LineKind.OtherHostlist);
        if (line.StartsWith("Start run ", StringComparison.Ordinal))
        {
            var m = StartRun().Match(line.ToString());
            if (m.Success) return new(LineKind.StartRun) { Number = Int(m.Groups[1].Value) };
        }
        return new(LineKind.Other);
    }

    private HeaderInfo? CachedHeader(ReadOnlySpan<char> line, int skip) =>
        Cached(_headers, line, text => ColumnVocabulary.Header(text.AsSpan(skip)) is { } h ? new HeaderInfo(h.HasSize, h.Columns) : null);

    /// <summary>A log launches the same few commands again and again: one <see cref="LaunchCommand"/> (and one string) for each.</summary>
    private LaunchCommand? CachedLaunch(ReadOnlySpan<char> line) => Cached(_launches, line, LaunchCommand.TryParse);

    private TitleInfo? CachedTitle(string line) =>
        Cached(_titles, line, text => Lines.Title(text) is { } x ? new TitleInfo(x.Title, x.Name, x.Version, Lines.FromTitle(x.Name)) : null);

    /// <summary>What <paramref name="make"/> gives for a line, remembered for the first <see cref="CacheSize"/> distinct lines.</summary>
    private static T Cached<T>(Dictionary<string, T> cache, ReadOnlySpan<char> line, Func<string, T> make)
    {
#if NET9_0_OR_GREATER
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(line, out var known)) return known;
        var text = line.ToString();
#else
        var text = line.ToString();
        if (cache.TryGetValue(text, out var known)) return known;
#endif
        var value = make(text);
        if (cache.Count < CacheSize) cache[text] = value;
        return value;
    }

    /// <summary>A positive whole number, or 0 when it is not one (too large, zero).</summary>
    private static int Int(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 0;

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
