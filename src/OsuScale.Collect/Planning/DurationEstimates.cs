using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace OsuScale.Collect.Planning;

/// <summary>
/// Expected wall time of each benchmark at each node count, taken from a previous campaign's analysis
/// (<c>--estimate-from DIR</c> reads <c>DIR/verdicts.json</c> written by <c>osu-scale analyze</c>).
/// </summary>
/// <remarks>
/// The contract read from <c>verdicts.json</c> is deliberately small and read leniently (property names in any case):
/// the <c>verdicts</c> array of the object that <c>osu-scale analyze</c> writes (or a bare array), of objects each with <c>benchmark</c> (string), optionally <c>series</c> (only <c>wall_seconds</c>, or no
/// series, is used), <c>predictions</c> (an array of <c>{ nodes, value }</c>, value in seconds) and optionally
/// <c>summary</c> (an array of <c>{ nodes, median }</c>, the measured medians). A measured median wins over a prediction
/// at the same size. Between two known sizes the time is interpolated on log-log axes; outside them it is unknown.
/// Objects that do not fit are skipped and counted.
/// </remarks>
internal sealed class DurationEstimates
{
    private readonly ImmutableDictionary<string, ImmutableSortedDictionary<double, double>> _seconds;

    private DurationEstimates(ImmutableDictionary<string, ImmutableSortedDictionary<double, double>> seconds, string source, int skipped)
    {
        _seconds = seconds;
        Source = source;
        Skipped = skipped;
    }

    /// <summary>No estimates.</summary>
    public static DurationEstimates None { get; } = new(ImmutableDictionary<string, ImmutableSortedDictionary<double, double>>.Empty, "", 0);

    /// <summary>Where the estimates came from.</summary>
    public string Source { get; }

    /// <summary>How many entries of the file could not be used.</summary>
    public int Skipped { get; }

    /// <summary>The benchmarks with estimates.</summary>
    public IEnumerable<string> Benchmarks => _seconds.Keys.Order(StringComparer.Ordinal);

    /// <summary>True when nothing is known.</summary>
    public bool IsEmpty => _seconds.IsEmpty;

    /// <summary>Reads <c>folder/verdicts.json</c> (or the file itself when a file is given).</summary>
    /// <exception cref="FormatException">The file is missing or is not a JSON array.</exception>
    public static DurationEstimates Load(string folderOrFile)
    {
        var path = Directory.Exists(folderOrFile) ? Path.Combine(folderOrFile, "verdicts.json") : folderOrFile;
        if (!File.Exists(path)) throw new FormatException($"{path}: not found; --estimate-from needs the folder of 'osu-scale analyze -o DIR'");
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
    }

    /// <summary>Parses the text of a <c>verdicts.json</c>.</summary>
    /// <exception cref="FormatException">The text is not a JSON array.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static DurationEstimates Parse(string json, string source = "(text)")
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && Property(root, "verdicts") is { ValueKind: JsonValueKind.Array } inner) root = inner;
        if (root.ValueKind != JsonValueKind.Array) throw new FormatException($"{source}: expected a JSON array of verdicts");
        var table = new Dictionary<string, SortedDictionary<double, (double Seconds, bool Measured)>>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var verdict in root.EnumerateArray())
        {
            var benchmark = Property(verdict, "benchmark") is { ValueKind: JsonValueKind.String } b ? b.GetString() : null;
            var series = Property(verdict, "series") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
            if (string.IsNullOrEmpty(benchmark) || (series is not null && series != "wall_seconds")) { skipped++; continue; }
            var points = table.TryGetValue(benchmark, out var existing) ? existing : table[benchmark] = new();
            var used = 0;
            foreach (var (nodes, seconds) in Points(verdict, "predictions", "value"))
            {
                if (!points.TryGetValue(nodes, out var known) || !known.Measured) points[nodes] = (seconds, false);
                used++;
            }
            foreach (var (nodes, seconds) in Points(verdict, "summary", "median"))
            {
                points[nodes] = (seconds, true);
                used++;
            }
            if (used == 0) skipped++;
        }
        var result = table.Where(kv => kv.Value.Count > 0).ToImmutableDictionary(
            kv => kv.Key, kv => kv.Value.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Seconds), StringComparer.Ordinal);
        return new DurationEstimates(result, source, skipped);
    }

    /// <summary>The expected wall time of <paramref name="benchmark"/> on <paramref name="nodes"/> nodes, or null when unknown.</summary>
    public TimeSpan? Of(string benchmark, int nodes)
    {
        if (!_seconds.TryGetValue(benchmark, out var points)) return null;
        if (points.TryGetValue(nodes, out var exact)) return TimeSpan.FromSeconds(exact);
        var below = points.Where(p => p.Key < nodes).Select(p => (KeyValuePair<double, double>?)p).LastOrDefault();
        var above = points.Where(p => p.Key > nodes).Select(p => (KeyValuePair<double, double>?)p).FirstOrDefault();
        if (below is not { } lo || above is not { } hi || lo.Value <= 0 || hi.Value <= 0) return null;
        var t = (Math.Log(nodes) - Math.Log(lo.Key)) / (Math.Log(hi.Key) - Math.Log(lo.Key));
        return TimeSpan.FromSeconds(Math.Exp(Math.Log(lo.Value) + t * (Math.Log(hi.Value) - Math.Log(lo.Value))));
    }

    /// <summary>
    /// The expected wall time of one MetricSet: the sum over <paramref name="commands"/> (all known benchmarks when empty)
    /// at <paramref name="nodes"/>, with how many of them were known.
    /// </summary>
    public StepEstimate ForStep(int nodes, IReadOnlyCollection<string> commands)
    {
        var list = commands.Count > 0 ? commands : [.. Benchmarks];
        var known = list.Select(c => Of(c, nodes)).Where(t => t is not null).Select(t => t!.Value).ToList();
        return new StepEstimate(known.Count == 0 ? null : known.Aggregate(TimeSpan.Zero, (a, b) => a + b), known.Count, list.Count);
    }

    private static IEnumerable<(double Nodes, double Seconds)> Points(JsonElement verdict, string arrayName, string valueName)
    {
        if (Property(verdict, arrayName) is not { ValueKind: JsonValueKind.Array } array) yield break;
        foreach (var point in array.EnumerateArray())
            if (Number(Property(point, "nodes")) is { } nodes && Number(Property(point, valueName)) is { } seconds
                && nodes > 0 && seconds >= 0 && double.IsFinite(seconds))
                yield return (nodes, seconds);
    }

    private static double? Number(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        _ => null,
    };

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }
}

/// <summary>The expected wall time of one MetricSet.</summary>
/// <param name="Duration">The sum of the known benchmarks' times, or null when none is known.</param>
/// <param name="Known">How many of the benchmarks had an estimate.</param>
/// <param name="Total">How many benchmarks the MetricSet runs.</param>
internal sealed record StepEstimate(TimeSpan? Duration, int Known, int Total)
{
    /// <summary>True when every benchmark had an estimate.</summary>
    public bool Complete => Duration is not null && Known == Total;
}
