using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OsuScale.Campaigns;
using OsuScale.Ingest.Parsing;

namespace OsuScale.Ingest;

/// <summary>
/// The parser front door: give it files, folders, standard input (<c>-</c>), streams or text and it finds out what
/// each is (plain OSU output, a metrics-operator launcher log, a metrics-operator SDK JSON export, any of them
/// gzip-compressed; a times.log is recognised and skipped) and returns every benchmark execution as a
/// <see cref="Campaign"/>, or one by one with the <c>Stream</c> methods. Reading is line by line: memory holds the
/// parsed result, never the text.
/// </summary>
/// <remarks>
/// Damaged sections are never errors: a section cut short, without a table, failed or repeated becomes an
/// <see cref="Execution"/> with a status, a detail and its file:line; tolerated oddities become
/// <see cref="Campaign.Diagnostics"/> (capped per kind, see <see cref="ReadOptions.MaxNotesPerKind"/>), or, with
/// <see cref="ReadOptions.Strict"/>, the first one throws. Input that cannot be read at all throws, always as
/// <see cref="OsuParseException"/>: a missing file, an empty, binary or non-gzip compressed input, JSON that is not
/// an SDK export. The same file given twice (by path or by content) is read once, with a note.
/// </remarks>
public static partial class CampaignReader
{
    /// <summary>The file patterns read from a folder.</summary>
    public static IReadOnlyList<string> FolderPatterns { get; } = ["*.log", "*.txt", "*.out", "*.json", "*.log.gz", "*.txt.gz", "*.out.gz", "*.json.gz"];

    /// <summary>Reads files and folders (a folder contributes its <see cref="FolderPatterns"/> files, in natural name order); <c>-</c> is standard input.</summary>
    /// <exception cref="OsuParseException">A path does not exist, a folder holds no log, or a file cannot be read.</exception>
    public static Campaign Read(IEnumerable<string> paths, ReadOptions? options = null)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var executions = Stream(paths, options, diagnostics.Add).ToList();
        return new Campaign([.. executions], [.. diagnostics]);
    }

    /// <summary>
    /// Reads files and folders lazily: each execution is returned as soon as its section of the log is closed (for
    /// logs that state their node count up front, as metrics-operator logs do), so a consumer that does not keep them
    /// reads a campaign of any size in constant memory. Diagnostics go to <paramref name="onDiagnostic"/>.
    /// Iteration numbers are unique per benchmark and size across files: a campaign split over several files per
    /// size, each numbering from 1, gets the next free numbers for the later files (with a note).
    /// </summary>
    /// <exception cref="OsuParseException">Thrown while enumerating: a path does not exist or cannot be read, or JSON is not an SDK export.</exception>
    public static IEnumerable<Execution> Stream(IEnumerable<string> paths, ReadOptions? options = null, Action<ParseDiagnostic>? onDiagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ReadOptions.Default;
        var notes = new Notes(options, onDiagnostic);
        var files = InputFiles.Expand(paths, notes);
        var ledger = new IterationLedger(notes);
        for (var i = 0; i < files.Count; i++)
        {
            ledger.StartFile(files[i].Path);
            foreach (var e in StreamFile(files[i].Path, options, notes, files[i].FromFolder)) yield return ledger.Number(e);
        }
        notes.Flush();
    }

    /// <summary>Reads one file of any supported kind (<c>-</c> is standard input).</summary>
    /// <exception cref="OsuParseException">The file does not exist, cannot be read, is empty, binary, or JSON that is not an SDK export.</exception>
    public static Campaign ReadFile(string path, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        var diagnostics = new List<ParseDiagnostic>();
        var notes = new Notes(options, diagnostics.Add);
        var executions = StreamFile(path, options, notes).ToList();
        notes.Flush();
        return new Campaign([.. executions], [.. diagnostics]);
    }

    /// <summary>Reads text held in memory; <paramref name="source"/> names it in locations and may carry <c>size-N</c>.</summary>
    /// <exception cref="OsuParseException">The text is JSON that is not an SDK export.</exception>
    public static Campaign ReadText(string text, string source = "<text>", ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(new StringReader(text), source, options);
    }

    /// <summary>Reads from a reader (a pipe, a network stream); <paramref name="source"/> names it in locations.</summary>
    /// <exception cref="OsuParseException">The text is JSON that is not an SDK export, or the reader fails.</exception>
    public static Campaign Read(TextReader reader, string source = "<text>", ReadOptions? options = null)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var executions = Stream(reader, source, options, diagnostics.Add).ToList();
        return new Campaign([.. executions], [.. diagnostics]);
    }

    /// <summary>
    /// Reads from a reader lazily (for example <c>kubectl logs -f</c> as it arrives): each execution is returned as
    /// soon as its section closes, once the log has told its node count. JSON is read token by token.
    /// </summary>
    /// <exception cref="OsuParseException">Thrown while enumerating: JSON that is not an SDK export, or the reader fails.</exception>
    public static IEnumerable<Execution> Stream(TextReader reader, string source = "<text>", ReadOptions? options = null, Action<ParseDiagnostic>? onDiagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        options ??= ReadOptions.Default;
        return WithNotes(new Notes(options, onDiagnostic), notes => StreamText(reader, source, options, notes));
    }

    /// <summary>
    /// Reads bytes from a stream lazily (a pipe, standard input, a download; it need not seek); gzip is read through.
    /// The stream is left open.
    /// </summary>
    /// <exception cref="OsuParseException">Thrown while enumerating: empty, binary or non-gzip compressed input, JSON that is not an SDK export, or the stream fails.</exception>
    public static IEnumerable<Execution> Stream(Stream stream, string source = "<stream>", ReadOptions? options = null, Action<ParseDiagnostic>? onDiagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        options ??= ReadOptions.Default;
        return WithNotes(new Notes(options, onDiagnostic), notes => StreamOpened(InputSource.Inspect(stream, source, leaveOpen: true), source, options, notes, fromFolder: false));
    }

    private static IEnumerable<Execution> WithNotes(Notes notes, Func<Notes, IEnumerable<Execution>> read)
    {
        foreach (var e in read(notes)) yield return e;
        notes.Flush();
    }

    private static IEnumerable<Execution> StreamText(TextReader reader, string source, ReadOptions options, Notes notes)
    {
        // Decide on the first non-blank line.
        var lines = new BoundedLineReader(reader);
        var skipped = new List<string>();
        string? line;
        while ((line = ReadLine(lines, source)) is not null && line.Trim().Length == 0) skipped.Add(line);
        if (line is not null && LooksLikeJson(line.TrimStart('\uFEFF', ' ', '\t')))
        {
            var rest = lines.ReadToEnd();
            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', skipped) + "\n" + line + "\n" + rest);
            using var ms = new MemoryStream(bytes);
            foreach (var e in FromJson(ms, source, options, notes)) yield return e;
            yield break;
        }
        if (line is not null && IsTimesLogHeader(line))
        {
            Skipped(notes, source);
            yield break;
        }

        var parser = new LogParser(source, source, options, notes);
        var n = 0;
        foreach (var s in skipped) parser.Feed(s, ++n);
        if (line is not null)
        {
            if (lines.LastLineWasCut) parser.NoteCut(n + 1, lines.MaxChars);
            parser.Feed(line, ++n);
        }
        foreach (var e in Drain(parser, lines, source, n)) yield return e;
    }

    /// <summary>
    /// Feeds the rest of <paramref name="lines"/> to the parser (numbering from <paramref name="linesSoFar"/> + 1),
    /// yielding executions as their sections close, then what the end of the log closes.
    /// </summary>
    private static IEnumerable<Execution> Drain(LogParser parser, BoundedLineReader lines, string source, int linesSoFar)
    {
        var n = linesSoFar;
        while (FeedUntilReady(parser, lines, source, ref n))
        {
            foreach (var e in parser.TakeReady()) yield return e;
        }
        foreach (var e in parser.Finish()) yield return e;
    }

    /// <summary>Feeds lines until executions are ready (true) or the input ends (false).</summary>
    private static bool FeedUntilReady(LogParser parser, BoundedLineReader lines, string source, ref int n)
    {
        try
        {
            while (lines.TryReadLine(out var line))
            {
                n++;
                if (lines.LastLineWasCut) parser.NoteCut(n, lines.MaxChars);
                parser.Feed(line, n);
                if (parser.HasReady) return true;
            }
            return false;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new OsuParseException(new SourceLocation(source, n), $"cannot read: {e.Message}", null, e);
        }
    }

    /// <summary>What kind of input a file is, from its first bytes.</summary>
    /// <exception cref="OsuParseException">The file does not exist, cannot be read, is empty, binary or compressed other than with gzip.</exception>
    public static InputKind Detect(string path)
    {
        using var opened = InputSource.Open(path);
        return KindOf(opened.Head);
    }

    /// <summary>
    /// The files a list of inputs stands for: files as given, folders expanded to their <see cref="FolderPatterns"/> files
    /// (not recursive) in natural order (<c>size-4</c> before <c>size-16</c>); a file given twice (by path or content) once.
    /// </summary>
    /// <exception cref="OsuParseException">A path does not exist, or a folder holds no file to read.</exception>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths) =>
        [.. InputFiles.Expand(paths, new Notes(ReadOptions.Default, null)).Select(f => f.Path)];

    private static IEnumerable<Execution> StreamFile(string path, ReadOptions options, Notes notes, bool fromFolder = false) =>
        StreamOpened(InputSource.Open(path), path, options, notes, fromFolder);

    private static IEnumerable<Execution> StreamOpened(InputSource.Opened opened, string path, ReadOptions options, Notes notes, bool fromFolder)
    {
        using var _ = opened;
        switch (KindOf(opened.Head))
        {
            case InputKind.MetricsOperatorJson when fromFolder && !opened.Head.StartsWith('['):
                // A folder of logs often holds other JSON (kubectl get nodes -o json, osu-scale run's run-manifest.json):
                // an SDK export is a list, so a JSON object found in a folder is not ours to read. Named explicitly, it is an error.
                notes.Info(new SourceLocation(path, 0), "skipped-json", "skipped: JSON that is not a metrics-operator SDK export (a list of iterations)");
                yield break;
            case InputKind.MetricsOperatorJson:
                foreach (var e in FromJson(opened.Stream, path, options, notes)) yield return e;
                yield break;
            case InputKind.TimesLog:
                Skipped(notes, path);
                yield break;
        }

        using var reader = new StreamReader(opened.Stream, opened.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        foreach (var e in Drain(new LogParser(path, path, options, notes), new BoundedLineReader(reader), path, 0)) yield return e;
    }

    private static IEnumerable<Execution> FromJson(Stream stream, string path, ReadOptions options, Notes notes)
    {
        foreach (var executions in SdkJsonReader.Read(stream, path, options, notes))
        {
            foreach (var e in executions) yield return e;
        }
    }

    private static string? ReadLine(BoundedLineReader reader, string source)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (IOException e)
        {
            throw new OsuParseException(new SourceLocation(source, 0), $"cannot read: {e.Message}", null, e);
        }
    }

    private static InputKind KindOf(string head)
    {
        if (LooksLikeJson(head)) return InputKind.MetricsOperatorJson;
        var firstLine = head.Split('\n', 2)[0];
        return IsTimesLogHeader(firstLine) ? InputKind.TimesLog : InputKind.Log;
    }

    private static bool LooksLikeJson(string start)
    {
        if (start.Length == 0) return false;
        if (start[0] == '{') return true;
        if (start[0] != '[') return false;
        var rest = start.AsSpan(1).TrimStart(" \t\r\n");
        return rest.Length == 0 || rest[0] is '{' or ']' or '"';
    }

    private static bool IsTimesLogHeader(string line) =>
        Lines.StripPrefix(line).Trim().StartsWith("METRIC,TIME_SECONDS", StringComparison.OrdinalIgnoreCase);

    private static void Skipped(Notes notes, string label) =>
        notes.Info(new SourceLocation(label, 0), "skipped-times-log", "skipped: a times.log CSV, not a log; read it with TimesLog.Read");
}
