using System.Text;
using System.Text.RegularExpressions;
using OsuScale.Campaigns;
using OsuScale.Ingest.Parsing;

namespace OsuScale.Ingest;

/// <summary>
/// The parser front door: give it files, folders or text and it finds out what each is (plain OSU output, a
/// metrics-operator launcher log, a metrics-operator SDK JSON export; a times.log is recognised and skipped) and
/// returns every benchmark execution as a <see cref="Campaign"/>. Reading is line by line: memory holds the parsed
/// result, not the text.
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
        options ??= ReadOptions.Default;
        var parts = new List<Campaign>();
        foreach (var file in ExpandInputs(paths)) parts.Add(ReadFile(file, options));
        return Campaign.Merge(parts);
    }

    /// <summary>Reads one file of any supported kind.</summary>
    /// <exception cref="OsuParseException">The file does not exist, cannot be read, or is JSON that is not an SDK export.</exception>
    public static Campaign ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return ReadStream(stream, path, path, options);
        }
        catch (FileNotFoundException) { throw new OsuParseException(new SourceLocation(path, 0), "no such file"); }
        catch (DirectoryNotFoundException) { throw new OsuParseException(new SourceLocation(path, 0), "no such file"); }
        catch (UnauthorizedAccessException e) { throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e); }
        catch (IOException e) { throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e); }
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
        ArgumentNullException.ThrowIfNull(reader);
        options ??= ReadOptions.Default;
        try
        {
            // Decide on the first non-blank line; JSON read from a TextReader is re-encoded (streams go through ReadFile).
            var skipped = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) is not null && line.Trim().Length == 0) skipped.Add(line);
            if (line is not null && LooksLikeJson(line.TrimStart('\uFEFF', ' ', '\t')))
            {
                var rest = reader.ReadToEnd();
                var bytes = Encoding.UTF8.GetBytes(string.Join('\n', skipped) + "\n" + line + "\n" + rest);
                using var ms = new MemoryStream(bytes);
                return FromResults(SdkJsonReader.Read(ms, source, options));
            }
            if (line is not null && IsTimesLogHeader(line))
                return Skipped(source, "a times.log CSV, not a log; read it with TimesLog.Read");

            var parser = new LogParser(source, source, options);
            var n = 0;
            foreach (var s in skipped) parser.Feed(s, ++n);
            if (line is not null)
            {
                parser.Feed(line, ++n);
                while ((line = reader.ReadLine()) is not null) parser.Feed(line, ++n);
            }
            return FromResults([parser.Finish()]);
        }
        catch (IOException e) { throw new OsuParseException(new SourceLocation(source, 0), $"cannot read: {e.Message}", null, e); }
    }

    /// <summary>What kind of input a file is, from its first bytes.</summary>
    /// <exception cref="OsuParseException">The file does not exist or cannot be read.</exception>
    public static InputKind Detect(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Detect(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read: {e.Message}", null, e);
        }
    }

    /// <summary>
    /// The files a list of inputs stands for: files as given, folders expanded to their <see cref="FolderPatterns"/> files
    /// (not recursive) in natural order (<c>size-4</c> before <c>size-16</c>).
    /// </summary>
    /// <exception cref="OsuParseException">A path does not exist, or a folder holds no file to read.</exception>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
            {
                var found = FolderPatterns.SelectMany(p => Directory.EnumerateFiles(path, p, SearchOption.TopDirectoryOnly))
                    .Distinct(StringComparer.Ordinal)
                    .Order(NaturalComparer.Instance)
                    .ToList();
                if (found.Count == 0)
                    throw new OsuParseException(new SourceLocation(path, 0), $"no log files ({string.Join(", ", FolderPatterns)}) in this folder");
                files.AddRange(found);
            }
            else throw new OsuParseException(new SourceLocation(path, 0), "no such file or folder");
        }
        return files;
    }

    private static Campaign ReadStream(Stream stream, string label, string hintPath, ReadOptions options)
    {
        switch (Detect(stream))
        {
            case InputKind.MetricsOperatorJson:
                return FromResults(SdkJsonReader.Read(stream, label, options));
            case InputKind.TimesLog:
                return Skipped(label, "a times.log CSV, not a log; read it with TimesLog.Read");
            default:
                using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true))
                {
                    var parser = new LogParser(label, hintPath, options);
                    var n = 0;
                    string? line;
                    while ((line = reader.ReadLine()) is not null) parser.Feed(line, ++n);
                    return FromResults([parser.Finish()]);
                }
        }
    }

    private static InputKind Detect(Stream stream)
    {
        var start = stream.CanSeek ? stream.Position : 0;
        var buffer = new byte[4096];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (stream.CanSeek) stream.Position = start;
        var text = Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (LooksLikeJson(text)) return InputKind.MetricsOperatorJson;
        var firstLine = text.Split('\n', 2)[0];
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

    private static Campaign Skipped(string label, string why) =>
        new([], [new ParseDiagnostic(new SourceLocation(label, 0), $"skipped: {why}")]);

    private static Campaign FromResults(IEnumerable<LogResult> results)
    {
        var executions = new List<Execution>();
        var diagnostics = new List<ParseDiagnostic>();
        foreach (var r in results)
        {
            executions.AddRange(r.Executions);
            diagnostics.AddRange(r.Diagnostics);
        }
        return new Campaign([.. executions], [.. diagnostics]);
    }

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
