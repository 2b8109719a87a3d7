using System.Globalization;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Where the readers report what they noticed: tolerated problems (a row that does not fit its header, a damaged
/// line) and facts a user should know (a file read once though given twice). One instance serves a whole read, so
/// that each kind of note is capped across all files (<see cref="ReadOptions.MaxNotesPerKind"/>) with one closing
/// note counting the rest; in strict mode (<see cref="ReadOptions.Strict"/>) the first problem throws instead.
/// </summary>
internal sealed class Notes(ReadOptions options, Action<ParseDiagnostic>? sink)
{
    private readonly Dictionary<string, (int Count, ParseDiagnostic First)> _kinds = new(StringComparer.Ordinal);

    /// <summary>A tolerated problem: thrown as <see cref="OsuParseException"/> in strict mode, noted otherwise.</summary>
    /// <param name="at">Where.</param>
    /// <param name="kind">A stable key of the kind of problem (the cap counts per key).</param>
    /// <param name="message">What, in one sentence.</param>
    /// <param name="raw">The raw line, when there is one (cut at 200 characters).</param>
    public void Problem(SourceLocation at, string kind, string message, string? raw = null)
    {
        if (options.Strict) throw new OsuParseException(at, $"{message} (strict reading)", raw);
        Add(kind, new ParseDiagnostic(at, message, Cut(raw)));
    }

    /// <summary>A fact for the user that is not a problem with the input (never thrown).</summary>
    public void Info(SourceLocation at, string kind, string message) => Add(kind, new ParseDiagnostic(at, message));

    /// <summary>Emits one note per kind that went over the cap, saying how many were not shown.</summary>
    public void Flush()
    {
        foreach (var (_, (count, first)) in _kinds)
        {
            var dropped = count - options.MaxNotesPerKind;
            if (dropped <= 0) continue;
            sink?.Invoke(new ParseDiagnostic(new SourceLocation(first.Location.File, 0),
                string.Create(CultureInfo.InvariantCulture, $"{dropped} more note(s) like the first one were not shown: {first.Message}")));
        }
        _kinds.Clear();
    }

    private void Add(string kind, ParseDiagnostic note)
    {
        var count = _kinds.TryGetValue(kind, out var seen) ? seen.Count + 1 : 1;
        _kinds[kind] = (count, count == 1 ? note : seen.First);
        if (count <= options.MaxNotesPerKind) sink?.Invoke(note);
    }

    private static string? Cut(string? raw) => raw is { Length: > 200 } ? raw[..200] + "…" : raw;
}
