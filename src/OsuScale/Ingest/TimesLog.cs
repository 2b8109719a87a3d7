using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using OsuScale.Campaigns;

namespace OsuScale.Ingest;

/// <summary>
/// The times.log CSV users keep by hand (<c>METRIC,TIME_SECONDS,SIZE_NODES</c>, optionally <c>ITERATION</c>):
/// read it, write it (so that reading what was written gives the same rows back), derive it from a campaign, and
/// compare a hand-made one with the logs.
/// </summary>
public static class TimesLog
{
    /// <summary>The tolerance of <see cref="Compare"/>: hand-made files round to milliseconds, so half a millisecond.</summary>
    public const double DefaultToleranceSeconds = 0.0005;

    private static readonly string[] Required = ["METRIC", "TIME_SECONDS", "SIZE_NODES"];
    private const string IterationColumn = "ITERATION";

    /// <summary>Reads a times.log file.</summary>
    /// <exception cref="OsuParseException">The file is missing or unreadable, has no times.log header, or a row is malformed (file:line and the raw line).</exception>
    public static IReadOnlyList<TimesLogRow> Read(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return Read(reader, path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), "no such file", null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e);
        }
    }

    /// <summary>Reads times.log text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="OsuParseException">No times.log header, or a malformed row (file:line and the raw line).</exception>
    public static IReadOnlyList<TimesLogRow> Read(TextReader reader, string source = "<times.log>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(reader, config, leaveOpen: true);
        try
        {
            if (!csv.Read()) throw new OsuParseException(new SourceLocation(source, 1), "empty file: expected the header METRIC,TIME_SECONDS,SIZE_NODES[,ITERATION]");
            csv.ReadHeader();
            var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().ToUpperInvariant()).ToArray();
            var index = Required.Select(r => Array.IndexOf(header, r)).ToArray();
            if (index.Any(i => i < 0))
                throw new OsuParseException(new SourceLocation(source, csv.Parser.RawRow), "not a times.log header: expected METRIC,TIME_SECONDS,SIZE_NODES[,ITERATION]", csv.Parser.RawRecord.TrimEnd());
            var iterationIndex = Array.IndexOf(header, IterationColumn);

            var rows = new List<TimesLogRow>();
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var at = new SourceLocation(source, line);
                string Raw() => csv.Parser.RawRecord.TrimEnd('\r', '\n');
                if (csv.Parser.Count < header.Length)
                    throw new OsuParseException(at, $"expected {header.Length} fields, found {csv.Parser.Count}", Raw());
                var metric = csv.GetField(index[0]) ?? "";
                if (metric.Length == 0) throw new OsuParseException(at, "empty METRIC", Raw());
                var timeText = csv.GetField(index[1]) ?? "";
                if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var time))
                    throw new OsuParseException(at, $"TIME_SECONDS '{timeText}' is not a number", Raw());
                var size = PositiveInt(csv.GetField(index[2]), "SIZE_NODES", at, Raw);
                var iteration = iterationIndex >= 0 ? PositiveInt(csv.GetField(iterationIndex), IterationColumn, at, Raw) : 1;
                rows.Add(new TimesLogRow(metric, time, size, iteration, at));
            }
            return rows;
        }
        catch (CsvHelperException e)
        {
            var row = e.Context?.Parser?.RawRow ?? 0;
            throw new OsuParseException(new SourceLocation(source, row), $"malformed CSV: {e.GetType().Name}", e.Context?.Parser?.RawRecord?.TrimEnd(), e);
        }
    }

    /// <summary>
    /// Writes rows as a times.log with the invariant culture and shortest round-trip numbers, so that
    /// <see cref="Read(TextReader, string)"/> gives back equal rows. The <c>ITERATION</c> column is written when
    /// <paramref name="withIteration"/> is true, or, when null, when any row has an iteration other than 1.
    /// </summary>
    /// <exception cref="ArgumentException">A row has an empty metric or a size or iteration below 1 (it could not be read back).</exception>
    public static void Write(IEnumerable<TimesLogRow> rows, TextWriter writer, bool? withIteration = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var list = rows as IReadOnlyList<TimesLogRow> ?? rows.ToList();
        foreach (var r in list)
        {
            if (string.IsNullOrEmpty(r.Metric) || r.SizeNodes < 1 || r.Iteration < 1)
                throw new ArgumentException($"row {r} cannot be written: empty metric, or size or iteration below 1", nameof(rows));
        }
        var iterations = withIteration ?? list.Any(r => r.Iteration != 1);
        using var csv = new CsvWriter(writer, IO.CsvFormat.Writer(), leaveOpen: true);
        foreach (var h in Required) csv.WriteField(h);
        if (iterations) csv.WriteField(IterationColumn);
        csv.NextRecord();
        foreach (var r in list)
        {
            csv.WriteField(r.Metric);
            csv.WriteField(r.TimeSeconds.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(r.SizeNodes.ToString(CultureInfo.InvariantCulture));
            if (iterations) csv.WriteField(r.Iteration.ToString(CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>Writes a times.log file, replacing (truncating) any file already there.</summary>
    public static void Write(IEnumerable<TimesLogRow> rows, string path, bool? withIteration = null)
    {
        using var writer = new StreamWriter(path, append: false);
        Write(rows, writer, withIteration);
    }

    /// <summary>
    /// The times.log rows of a campaign: one per complete execution with a node count, in campaign order, the
    /// source being the log section it came from.
    /// </summary>
    public static IReadOnlyList<TimesLogRow> FromCampaign(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return [.. campaign.Complete.Where(e => e.Nodes is > 0)
            .Select(e => new TimesLogRow(e.Benchmark, e.WallSeconds!.Value, e.Nodes!.Value, e.Iteration, e.Source))];
    }

    /// <summary>
    /// Compares a hand-made times.log with rows derived from the logs, keyed by metric, size and iteration:
    /// rows the hand-made file lacks are <see cref="TimesDifferenceKind.Missing"/>, rows the logs do not support are
    /// <see cref="TimesDifferenceKind.Extra"/> (as is a second hand-made row for the same key), and rows whose times
    /// differ by more than <paramref name="toleranceSeconds"/> are <see cref="TimesDifferenceKind.Different"/>.
    /// </summary>
    public static TimesComparison Compare(IEnumerable<TimesLogRow> handMade, IEnumerable<TimesLogRow> derived, double toleranceSeconds = DefaultToleranceSeconds)
    {
        ArgumentNullException.ThrowIfNull(handMade);
        ArgumentNullException.ThrowIfNull(derived);
        if (!(toleranceSeconds >= 0)) throw new ArgumentOutOfRangeException(nameof(toleranceSeconds), toleranceSeconds, "the tolerance must be zero or more");
        var fromLogs = new Dictionary<(string, int, int), TimesLogRow>();
        var order = new List<TimesLogRow>();
        foreach (var r in derived)
        {
            if (fromLogs.TryAdd(Key(r), r)) order.Add(r);
        }
        var seen = new HashSet<(string, int, int)>();
        var differences = ImmutableArray.CreateBuilder<TimesDifference>();
        var matching = 0;
        foreach (var h in handMade)
        {
            var key = Key(h);
            if (!seen.Add(key) || !fromLogs.TryGetValue(key, out var d))
            {
                differences.Add(new TimesDifference(TimesDifferenceKind.Extra, h.Metric, h.SizeNodes, h.Iteration, h, null, h.Source, null));
                continue;
            }
            if (Agree(h.TimeSeconds, d.TimeSeconds, toleranceSeconds)) matching++;
            else differences.Add(new TimesDifference(TimesDifferenceKind.Different, h.Metric, h.SizeNodes, h.Iteration, h, d, h.Source, d.Source));
        }
        foreach (var d in order)
        {
            if (!seen.Contains(Key(d)))
                differences.Add(new TimesDifference(TimesDifferenceKind.Missing, d.Metric, d.SizeNodes, d.Iteration, null, d, null, d.Source));
        }
        return new TimesComparison(differences.ToImmutable(), matching, toleranceSeconds);
    }

    private static bool Agree(double a, double b, double tolerance) =>
        a.Equals(b) || Math.Abs(a - b) <= tolerance * (1 + 1e-9);

    private static (string, int, int) Key(TimesLogRow r) => (r.Metric, r.SizeNodes, r.Iteration);

    private static int PositiveInt(string? text, string column, SourceLocation at, Func<string> raw)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var v) && v >= 1) return v;
        throw new OsuParseException(at, $"{column} '{text}' is not a whole number of at least 1", raw());
    }
}
