using System.Text.Json;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Reads a metrics-operator SDK JSON export (a list of iterations, each with <c>data</c> lines, <c>metadata</c> and
/// <c>spec</c>) token by token with <see cref="Utf8JsonReader"/>: each <c>data</c> string goes to the log parser as it
/// is read, so memory holds one line, never the document (only the small <c>metadata</c> and <c>spec</c> objects are
/// read whole). Source locations are <c>file[i]:n</c>: iteration <c>i</c> (1-based), data line <c>n</c>.
/// </summary>
internal static class SdkJsonReader
{
    private const string NotAnExport =
        "not a metrics-operator SDK export: expected a JSON list of iterations ([{\"data\": [...], \"metadata\": {...}, \"spec\": {...}}, ...])";

    /// <summary>The executions of each iteration, one iteration at a time.</summary>
    public static IEnumerable<Execution[]> Read(Stream stream, string path, ReadOptions options, Notes notes)
    {
        using var json = new JsonTokenStream(stream);
        if (!Next(json, path, 0) || json.TokenType != JsonTokenType.StartArray)
            throw new OsuParseException(new SourceLocation(path, 1), NotAnExport);
        var index = 0;
        while (Next(json, path, index) && json.TokenType != JsonTokenType.EndArray)
        {
            index++;
            yield return ReadIteration(json, path, index, options, notes);
        }
    }

    private static Execution[] ReadIteration(JsonTokenStream json, string path, int index, ReadOptions options, Notes notes)
    {
        var label = $"{path}[{index}]";
        if (json.TokenType != JsonTokenType.StartObject)
            throw new OsuParseException(new SourceLocation(label, 0), "not a metrics-operator SDK export: each iteration must be an object with a \"data\" list of log lines");

        var parser = new LogParser(label, path, options, notes, iterationOverride: index);
        byte[]? metadata = null, spec = null;
        var sawData = false;
        while (Next(json, path, index - 1) && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.Chars.SequenceEqual("data"))
            {
                if (!Next(json, path, index - 1) || json.TokenType != JsonTokenType.StartArray) break;
                sawData = true;
                ReadData(json, parser, path, label, index);
            }
            else if (json.Chars.SequenceEqual("metadata")) metadata = Value(json, path, index - 1);
            else if (json.Chars.SequenceEqual("spec")) spec = Value(json, path, index - 1);
            else Value(json, path, index - 1);
        }
        if (!sawData || json.TokenType != JsonTokenType.EndObject)
            throw new OsuParseException(new SourceLocation(label, 0),
                "not a metrics-operator SDK export: each iteration must be an object with a \"data\" list of log lines");

        if (metadata is not null)
        {
            using var doc = Parse(metadata, label);
            parser.ApplyMetadata(doc.RootElement, new SourceLocation(label, 0));
        }
        // The MetricSet itself (spec.spec.pods) is the last word on the cluster size when nothing else said it.
        if (spec is not null)
        {
            using var doc = Parse(spec, label);
            if (doc.RootElement is { ValueKind: JsonValueKind.Object } s
                && s.TryGetProperty("spec", out var inner) && inner.ValueKind == JsonValueKind.Object
                && inner.TryGetProperty("pods", out var pods) && pods.ValueKind == JsonValueKind.Number && pods.TryGetInt32(out var p) && p > 0)
                parser.ApplySpecPods(p);
        }
        return parser.Finish();
    }

    private static void ReadData(JsonTokenStream json, LogParser parser, string path, string label, int index)
    {
        var n = 0;
        while (Next(json, path, index - 1) && json.TokenType != JsonTokenType.EndArray)
        {
            n++;
            if (json.TokenType != JsonTokenType.String)
                throw new OsuParseException(new SourceLocation(label, n), "not a metrics-operator SDK export: a \"data\" entry is not a string");
            var text = json.Chars;
            // A data entry may itself hold several lines.
            while (text.IndexOf('\n') is var cut and >= 0)
            {
                parser.Feed(text[..cut], n);
                text = text[(cut + 1)..];
            }
            parser.Feed(text, n);
        }
    }

    private static bool Next(JsonTokenStream json, string path, int index)
    {
        try
        {
            return json.Read();
        }
        catch (JsonException e)
        {
            throw Invalid(e, path, index);
        }
    }

    private static byte[] Value(JsonTokenStream json, string path, int index)
    {
        try
        {
            return json.ReadValue();
        }
        catch (JsonException e)
        {
            throw Invalid(e, path, index);
        }
    }

    private static OsuParseException Invalid(JsonException e, string path, int index)
    {
        var line = e.LineNumber is { } l ? (int)Math.Min(l + 1, int.MaxValue) : 0;
        return new OsuParseException(new SourceLocation(path, line), $"invalid JSON after {index} iteration(s): {FirstSentence(e.Message)}", null, e);
    }

    private static JsonDocument Parse(byte[] raw, string label)
    {
        try
        {
            return JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new OsuParseException(new SourceLocation(label, 0), $"invalid JSON: {FirstSentence(e.Message)}", null, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
