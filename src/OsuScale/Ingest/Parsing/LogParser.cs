using System.Text.Json;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Turns one log (a file, a text, one SDK JSON iteration) into executions, line by line: each line is classified
/// (<see cref="LineClassifier"/>), run-wide facts go to <see cref="RunFacts"/>, section lines to
/// <see cref="SectionAssembler"/>. Feed it every line with its number, take the executions that are ready
/// (<see cref="TakeReady"/>) as you go, then call <see cref="Finish"/> for the rest. Lines are spans: nothing keeps
/// the text of a line unless it is one of the rare lines whose text is kept (titles, settings, launch commands).
/// </summary>
internal sealed class LogParser
{
    private readonly string _file;
    private readonly Notes _notes;
    private readonly LineClassifier _classifier = new();
    private readonly RunFacts _facts;
    private readonly SectionAssembler _sections;

    /// <param name="file">The label used in source locations.</param>
    /// <param name="hintPath">The path whose file name may carry <c>size-N</c> / <c>-iter-N</c>.</param>
    /// <param name="options">Read options.</param>
    /// <param name="notes">Where notes go (shared by a whole read).</param>
    /// <param name="iterationOverride">A fixed iteration (SDK JSON numbers its iterations), or null.</param>
    public LogParser(string file, string hintPath, ReadOptions options, Notes notes, int? iterationOverride = null)
    {
        _file = file;
        _notes = notes;
        _facts = new RunFacts(file, hintPath, options, iterationOverride, notes);
        _sections = new SectionAssembler(file, _facts, notes);
    }

    public void Feed(ReadOnlySpan<char> raw, int lineNo)
    {
        var line = Lines.StripPrefix(raw);
        if (_facts.InMetadata && _facts.TakeMetadataLine(line)) return;

        var span = line.Trim();
        if (span.Length == 0)
        {
            _facts.EndHostList();
            return;
        }
        _sections.ContentLine(lineNo);

        // The bulk of a log: a row of the open table, read from the span.
        var row = RowOutcome.NotARow;
        if (!_facts.InHostList && Lines.MayStartRow(span[0]) && _sections.HasOpenTable)
        {
            row = _sections.AddRow(span, lineNo);
            if (row == RowOutcome.Added) return;
        }

        var c = _classifier.Classify(span, _facts.InHostList);
        if (c.Kind != LineKind.Host) _facts.EndHostList();
        var at = new SourceLocation(_file, lineNo);
        switch (c.Kind)
        {
            case LineKind.Timepoint: _sections.Timepoint(at); break;
            case LineKind.CollectionEnd: _sections.CollectionEnd(); break;
            case LineKind.OperatorMarker: break;
            case LineKind.MetadataStart: _facts.StartMetadata(c.Text!, lineNo); break;
            case LineKind.Footer: _sections.Footer(c.FooterField, c.Seconds, at, span); break;
            case LineKind.Title: _sections.Title(c.Title!, at); break;
            case LineKind.Header: _sections.Header(c.Header!, at); break;
            case LineKind.Datatype: _sections.Datatype(c.Text!, at); break;
            case LineKind.Comment: _sections.Settings(c.Settings!); break;
            case LineKind.Launch: _sections.Launch(c.Launch!, at); break;
            case LineKind.Init: _sections.Init(c.Number, c.Init, at); break;
            case LineKind.Hello: _sections.Hello(c.Number, at); break;
            case LineKind.Row:
                if (row == RowOutcome.NotARow) row = _sections.AddRow(span, lineNo);
                if (row != RowOutcome.Added) _sections.RowRefused(row, span, at);
                break;
            case LineKind.Failure: _sections.Failure(c.Text!, at, span); break;
            case LineKind.Damaged:
                _notes.Problem(at, "damaged", "a line with NUL bytes or bytes that are not UTF-8; skipped", Printable(span));
                break;
            case LineKind.Other:
                if (_sections.HasOpenTable && char.IsAsciiDigit(span[0]))
                    _notes.Problem(at, "row-unreadable", "a line inside a table that is not a row of numbers; skipped", span.ToString());
                break;
            default:
                _facts.Take(c);
                break;
        }
    }

    /// <summary>Notes that line <paramref name="lineNo"/> was longer than the reader keeps and was cut.</summary>
    public void NoteCut(int lineNo, int maxChars) =>
        _notes.Problem(new SourceLocation(_file, lineNo), "line-cut",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a line longer than {maxChars} characters; the rest of it was skipped"));

    /// <summary>True when executions are ready to be taken.</summary>
    public bool HasReady => _sections.HasReady;

    /// <summary>The executions completed since the last call, in log order.</summary>
    public Execution[] TakeReady() => _sections.TakeReady();

    /// <summary>Ends the log: closes the open section, resolves the waiting ones and returns what was not taken yet.</summary>
    public Execution[] Finish()
    {
        _facts.EndOfLog();
        _sections.EndOfLog();
        return _sections.TakeReady();
    }

    /// <summary>Applies an SDK JSON iteration's <c>metadata</c> object when the log itself had none.</summary>
    public void ApplyMetadata(JsonElement metadata, SourceLocation at) => _facts.ApplyMetadata(metadata, at);

    /// <summary>Uses the MetricSet's <c>spec.pods</c> of an SDK JSON iteration when nothing else gave a pod count.</summary>
    public void ApplySpecPods(int pods) => _facts.ApplySpecPods(pods);

    private static string Printable(ReadOnlySpan<char> span) => span.ToString().Replace('\0', '\u2400');
}
