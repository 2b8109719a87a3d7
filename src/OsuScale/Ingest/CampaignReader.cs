using System.Text;
using System.Text.RegularExpressions;
using OsuScale.Campaigns;
using OsuScale.Ingest.Parsing;

namespace OsuScale.Ingest;

/// <summary>
/// The parser front door: give it files, folders or text and it finds out what each is (plain OSU output, a
/// metrics-operator launcher log, a metrics-operator SDK JSON export; a times.log is recognised and skipped) and
/// returns every benchmark execution as a <see cref="Campaign"/>, or one by one with the <c>Stream</c> methods.
/// Reading is line by line: memory holds the parsed result, never the text.
/// </summary>
/// <remarks>
/// Damaged sections are never errors: a section cut short, without a table, failed or repeated becomes an
/// <see cref="Execution"/> with a status, a detail and its file:line; tolerated oddities become
/// <see cref="Campaign.Diagnostics"/>. Only input that cannot be read at all throws, and always as
/// <see cref="OsuParseException"/> (a missing file, an unreadable file, JSON that is not an SDK export).
/// </remarks>
public static partial class CampaignReader
{
    /// <summary>The file patterns read from a folder.</summary>
    public static IReadOnlyList<string> FolderPatterns { get; } = ["*.log", "*.txt", "*.out", "*.json"];

    /// <summary>Reads files and folders (a folder contributes its <see cref="FolderPatterns"/> files, in natural name order).</summary>
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
    /// </summary>
    /// <exception cref="OsuParseException">Thrown while enumerating: a path does not exist or cannot be read, or JSON is not an SDK export.</exception>
    public static IEnumerable<Execution> Stream(IEnumerable<string> paths, ReadOptions? options = null, Action<ParseDiagnostic>? onDiagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ReadOptions.Default;
        foreach (var (file, fromFolder) in Expand(paths))
        {
            foreach (var e in StreamFile(file, options, onDiagnostic, fromFolder)) yield return e;
        }
    }

    /// <summary>Reads one file of any supported kind.</summary>
    /// <exception cref="OsuParseException">The file does not exist, cannot be read, or is JSON that is not an SDK export.</exception>
    public static Campaign ReadFile(string path, ReadOptions? options = null)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var executions = StreamFile(path, options ?? ReadOptions.Default, diagnostics.Add).ToList();
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
    /// soon as its section closes, once the log has told its node count. JSON text is read whole, then per iteration.
    /// </summary>
    /// <exception cref="OsuParseException">Thrown while enumerating: JSON that is not an SDK export, or the reader fails.</exception>
    public static IEnumerable<Execution> Stream(TextReader reader, string source = "<text>", ReadOptions? options = null, Action<ParseDiagnostic>? onDiagnostic = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return StreamText(reader, source, options ?? ReadOptions.Default, onDiagnostic);
    }

    private static IEnumerable<Execution> StreamText(TextReader reader, string source, ReadOptions options, Action<ParseDiagnostic>? onDiagnostic)
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
            foreach (var e in FromJson(ms, source, options, onDiagnostic)) yield return e;
            yield break;
        }
        if (line is not null && IsTimesLogHeader(line))
        {
            onDiagnostic?.Invoke(Skipped(source));
            yield break;
        }

        var parser = new LogParser(source, source, options);
        var n = 0;
        foreach (var s in skipped) parser.Feed(s, ++n);
        if (line is not null) Feed(parser, lines, line, ++n);
        foreach (var e in Drain(parser, lines, source, n, onDiagnostic)) yield return e;
    }

    /// <summary>
    /// Feeds the rest of <paramref name="lines"/> to the parser (numbering from <paramref name="linesSoFar"/> + 1),
    /// yielding executions as their sections close, then what the end of the log closes, then its diagnostics.
    /// </summary>
    private static IEnumerable<Execution> Drain(LogParser parser, BoundedLineReader lines, string source, int linesSoFar, Action<ParseDiagnostic>? onDiagnostic)
    {
        var n = linesSoFar;
        string? line;
        while ((line = ReadLine(lines, source)) is not null)
        {
            Feed(parser, lines, line, ++n);
            if (parser.HasReady)
            {
                foreach (var e in parser.TakeReady()) yield return e;
            }
        }
        var result = parser.Finish();
        foreach (var e in result.Executions) yield return e;
        if (onDiagnostic is not null) foreach (var d in result.Diagnostics) onDiagnostic(d);
    }

    /// <summary>What kind of input a file is, from its first bytes.</summary>
    /// <exception cref="OsuParseException">The file does not exist or cannot be read.</exception>
    public static InputKind Detect(string path)
    {
        using var stream = Open(path);
        return Detect(stream, path);
    }

    /// <summary>
    /// The files a list of inputs stands for: files as given, folders expanded to their <see cref="FolderPatterns"/> files
    /// (not recursive) in natural order (<c>size-4</c> before <c>size-16</c>).
    /// </summary>
    /// <exception cref="OsuParseException">A path does not exist, or a folder holds no file to read.</exception>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths) =>
        [.. Expand(paths).Select(f => f.Path)];

    /// <summary>The files to read, each with whether it was found in a folder (rather than named by the user).</summary>
    private static List<(string Path, bool FromFolder)> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<(string Path, bool FromFolder)>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add((path, false));
            else if (Directory.Exists(path))
            {
                List<string> found;
                try
                {
                    found = FolderPatterns.SelectMany(p => Directory.EnumerateFiles(path, p, SearchOption.TopDirectoryOnly))
                        .Distinct(StringComparer.Ordinal)
                        .Order(NaturalComparer.Instance)
                        .ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OsuParseException(new SourceLocation(path, 0), $"cannot list the folder: {e.Message}", null, e);
                }
                if (found.Count == 0)
                    throw new OsuParseException(new SourceLocation(path, 0), $"no log files ({string.Join(", ", FolderPatterns)}) in this folder");
                files.AddRange(found.Select(f => (f, true)));
            }
            else throw new OsuParseException(new SourceLocation(path, 0), "no such file or folder");
        }
        return files;
    }

    private static IEnumerable<Execution> StreamFile(string path, ReadOptions options, Action<ParseDiagnostic>? onDiagnostic, bool fromFolder = false)
    {
        using var stream = Open(path);
        switch (Detect(stream, path))
        {
            case InputKind.MetricsOperatorJson when fromFolder && !StartsAsList(stream, path):
                // A folder of logs often holds other JSON (kubectl get nodes -o json, osu-scale run's run-manifest.json):
                // an SDK export is a list, so a JSON object found in a folder is not ours to read. Named explicitly, it is an error.
                onDiagnostic?.Invoke(new(new SourceLocation(path, 0), "skipped: JSON that is not a metrics-operator SDK export (a list of iterations)"));
                yield break;
            case InputKind.MetricsOperatorJson:
                foreach (var e in FromJson(stream, path, options, onDiagnostic)) yield return e;
                yield break;
            case InputKind.TimesLog:
                onDiagnostic?.Invoke(Skipped(path));
                yield break;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        foreach (var e in Drain(new LogParser(path, path, options), new BoundedLineReader(reader), path, 0, onDiagnostic)) yield return e;
    }

    private static IEnumerable<Execution> FromJson(Stream stream, string path, ReadOptions options, Action<ParseDiagnostic>? onDiagnostic)
    {
        foreach (var result in SdkJsonReader.Read(stream, path, options))
        {
            foreach (var e in result.Executions) yield return e;
            if (onDiagnostic is not null) foreach (var d in result.Diagnostics) onDiagnostic(d);
        }
    }

    private static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), "no such file", null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e);
        }
    }

    private static void Feed(LogParser parser, BoundedLineReader lines, string line, int n)
    {
        if (lines.LastLineWasCut) parser.NoteCut(n, lines.MaxChars);
        parser.Feed(line, n);
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

    private static InputKind Detect(Stream stream, string path)
    {
        var text = PeekStart(stream, path, 4096);
        if (LooksLikeJson(text)) return InputKind.MetricsOperatorJson;
        var firstLine = text.Split('\n', 2)[0];
        return IsTimesLogHeader(firstLine) ? InputKind.TimesLog : InputKind.Log;
    }

    private static bool StartsAsList(Stream stream, string path) => PeekStart(stream, path, 256).StartsWith('[');

    /// <summary>The first bytes of a stream as text without leading blanks or BOM; the stream is left where it was.</summary>
    private static string PeekStart(Stream stream, string path, int bytes)
    {
        try
        {
            var start = stream.Position;
            var buffer = new byte[bytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            stream.Position = start;
            return Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        }
        catch (IOException e)
        {
            throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e);
        }
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

    private static ParseDiagnostic Skipped(string label) =>
        new(new SourceLocation(label, 0), "skipped: a times.log CSV, not a log; read it with TimesLog.Read");

    /// <summary>Orders file names with their digit runs compared as numbers.</summary>
    private sealed partial class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            if (x is null || y is null) return string.CompareOrdinal(x, y);
            var a = Digits().Split(x);
            var b = Digits().Split(y);
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                int c;
                if (i % 2 == 1)
                {
                    var ta = a[i].TrimStart('0');
                    var tb = b[i].TrimStart('0');
                    c = ta.Length != tb.Length ? ta.Length.CompareTo(tb.Length) : string.CompareOrdinal(ta, tb);
                }
                else c = string.CompareOrdinal(a[i], b[i]);
                if (c != 0) return c;
            }
            var d = a.Length.CompareTo(b.Length);
            return d != 0 ? d : string.CompareOrdinal(x, y);
        }

        [GeneratedRegex(@"(\d+)")]
        private static partial Regex Digits();
    }
}
