using System.Text.Json;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Reads a metrics-operator SDK JSON export (a list of iterations, each with <c>data</c> lines, <c>metadata</c> and
/// <c>spec</c>) one iteration at a time, so memory holds one iteration's JSON, never the whole document.
/// Source locations are <c>file[i]:n</c>: iteration <c>i</c> (1-based), data line <c>n</c>.
/// </summary>
internal static class SdkJsonReader
{
    public static IEnumerable<LogResult> Read(Stream stream, string path, ReadOptions options)
    {
        var first = FirstByte(stream);
        if (first != '[')
            throw new OsuParseException(new SourceLocation(path, 1),
                "not a metrics-operator SDK export: expected a JSON list of iterations ([{\"data\": [...], \"metadata\": {...}, \"spec\": {...}}, ...])");

        var serializer = new JsonSerializerOptions { MaxDepth = 64 };
        using var e = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, serializer).ToBlockingEnumerable().GetEnumerator();
        var index = 0;
        while (true)
        {
            JsonElement item;
            try
            {
                if (!e.MoveNext()) break;
                item = e.Current;
            }
            catch (JsonException ex)
            {
                var line = ex.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : 0;
                throw new OsuParseException(new SourceLocation(path, line), $"invalid JSON after {index} iteration(s): {FirstSentence(ex.Message)}", null, ex);
            }
            index++;
            yield return ReadIteration(item, path, index, options);
        }
    }

    private static LogResult ReadIteration(JsonElement item, string path, int index, ReadOptions options)
    {
        var label = $"{path}[{index}]";
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new OsuParseException(new SourceLocation(label, 0),
                "not a metrics-operator SDK export: each iteration must be an object with a \"data\" list of log lines");

        var parser = new LogParser(label, path, options, iterationOverride: index);
        var n = 0;
        foreach (var line in data.EnumerateArray())
        {
            n++;
            if (line.ValueKind != JsonValueKind.String)
                throw new OsuParseException(new SourceLocation(label, n), "not a metrics-operator SDK export: a \"data\" entry is not a string");
            var text = line.GetString() ?? "";
            // A data entry may itself hold several lines.
            if (text.AsSpan().IndexOfAny('\n', '\r') < 0) parser.Feed(text, n);
            else foreach (var part in text.Split('\n')) parser.Feed(part, n);
        }
        if (item.TryGetProperty("metadata", out var metadata)) parser.ApplyMetadata(metadata, new SourceLocation(label, 0));
        // The MetricSet itself (spec.spec.pods) is the last word on the cluster size when nothing else said it.
        if (item.TryGetProperty("spec", out var spec) && spec.ValueKind == JsonValueKind.Object
            && spec.TryGetProperty("spec", out var inner) && inner.ValueKind == JsonValueKind.Object
            && inner.TryGetProperty("pods", out var pods) && pods.ValueKind == JsonValueKind.Number && pods.TryGetInt32(out var p) && p > 0)
            parser.ApplySpecPods(p);
        return parser.Finish();
    }

    private static int FirstByte(Stream stream)
    {
        var start = stream.Position;
        int b;
        var count = 0;
        do
        {
            b = stream.ReadByte();
            count++;
        } while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF && count < 4096);
        stream.Position = start;
        return b;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
