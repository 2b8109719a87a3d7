using OsuScale.Campaigns;

namespace OsuScale.Ingest;

/// <summary>
/// The one error type the parsers throw: the input cannot be read at all (a missing file, a JSON document that is
/// not a metrics-operator export, a times.log without its header). It names the file, the line and the raw line.
/// Damaged sections inside a readable log are not errors: they become executions with a status.
/// </summary>
public sealed class OsuParseException : Exception
{
    /// <summary>Creates the exception for a location, with the offending raw line when there is one.</summary>
    public OsuParseException(SourceLocation location, string message, string? rawLine = null, Exception? inner = null)
        : base(Format(location, message, rawLine), inner)
    {
        Location = location;
        RawLine = rawLine;
        Reason = message;
    }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The raw text of the offending line, when there is one.</summary>
    public string? RawLine { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }

    private static string Format(SourceLocation location, string message, string? rawLine)
    {
        if (rawLine is null) return $"{location}: {message}";
        var shown = rawLine.Length > 120 ? rawLine[..120] + "…" : rawLine;
        return $"{location}: {message}: '{shown}'";
    }
}
