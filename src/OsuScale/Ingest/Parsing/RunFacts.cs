using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// What a log says about the run as a whole, gathered as the lines go by: the preamble (tasks, nodes, host list),
/// the <c>METADATA</c> block, <c>Start run N of M</c>, the launch commands' node counts, the file name's hints and the
/// read options. It answers the questions a section cannot answer alone: how many nodes, which iteration, whether
/// the run was timed, and the <see cref="LogMetadata"/> every execution carries.
/// </summary>
internal sealed class RunFacts
{
    private const int MaxMetadataChars = 1 << 20;
    private const int MaxHosts = 100_000;

    private readonly string _file;
    private readonly ReadOptions _options;
    private readonly int? _iterationOverride;
    private readonly (int? Nodes, int? Iteration) _hints;
    private readonly Notes _notes;
    private int? _tasksPerNode, _totalTasks, _nodesFromPreamble, _pods, _maxLaunchNodes;
    private string? _metricName, _rawJson;
    private ImmutableArray<string> _commands = [];
    private ImmutableDictionary<string, string> _metricOptions = ImmutableDictionary<string, string>.Empty;
    private readonly List<string> _hosts = [];
    private LogMetadata? _snapshot;
    private StringBuilder? _metadata;
    private int _metadataLine;
    private bool _anyFooter;

    public RunFacts(string file, string hintPath, ReadOptions options, int? iterationOverride, Notes notes)
    {
        _file = file;
        _options = options;
        _iterationOverride = iterationOverride;
        _hints = Lines.FileNameHints(hintPath);
        _notes = notes;
    }

    /// <summary>The iteration of the latest <c>Start run N of M</c>, or null.</summary>
    public int? RunIteration { get; private set; }

    /// <summary>True while the lines of a host list are being read (<see cref="HostListIsMain"/> tells which one).</summary>
    public bool InHostList { get; private set; }

    private bool HostListIsMain { get; set; }

    /// <summary>True inside a <c>METADATA START … METADATA END</c> block.</summary>
    public bool InMetadata => _metadata is not null;

    /// <summary>The node count once the metadata or the preamble has told it (sections can then be emitted as they close).</summary>
    public int? EarlyNodes => _pods ?? _nodesFromPreamble;

    /// <summary>The node count at the end of the log: what the log said, else its host list, launch commands, file name, options.</summary>
    public int? FinalNodes => EarlyNodes ?? (_hosts.Count > 0 ? (int?)_hosts.Count : null) ?? _maxLaunchNodes ?? _hints.Nodes ?? _options.Nodes;

    /// <summary>The total task count of the preamble (the process count of a collective without a launch command).</summary>
    public int? TotalTasks => _totalTasks;

    /// <summary>True when a time footer was seen or the metadata says the run was <c>timed</c>.</summary>
    public bool TimedLog => _anyFooter || _metricOptions.TryGetValue("timed", out var timed) && timed.Equals("true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The iteration of a section that started after <paramref name="runIteration"/>'s wrapper.</summary>
    public int IterationOf(int? runIteration) => _iterationOverride ?? runIteration ?? _hints.Iteration ?? _options.Iteration ?? 1;

    /// <summary>What the log said about its run, so far.</summary>
    public LogMetadata Metadata => _snapshot ??= new LogMetadata(_pods, _tasksPerNode, _totalTasks, _nodesFromPreamble,
        _metricName, _commands, _metricOptions, [.. _hosts], _rawJson);

    public void FooterSeen() => _anyFooter = true;

    public void LaunchNodes(int nodes) => _maxLaunchNodes = Math.Max(_maxLaunchNodes ?? 0, nodes);

    public void EndHostList() => InHostList = false;

    /// <summary>Takes a preamble line; false when it is not one.</summary>
    public bool Take(in ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.TasksPerNode:
                _tasksPerNode = Positive(line.Number);
                break;
            case LineKind.TasksTotal:
                _nodesFromPreamble ??= Positive(line.Number);
                _totalTasks = Positive(line.Number2);
                break;
            case LineKind.NodesLine:
                _nodesFromPreamble ??= Positive(line.Number);
                break;
            case LineKind.Hostlist:
                InHostList = true;
                HostListIsMain = _hosts.Count == 0;
                return true;
            case LineKind.OtherHostlist:
                InHostList = true;
                HostListIsMain = false;
                return true;
            case LineKind.Host:
                if (HostListIsMain && _hosts.Count < MaxHosts) _hosts.Add(line.Text!);
                break;
            case LineKind.StartRun:
                RunIteration = Positive(line.Number);
                return true;
            default:
                return false;
        }
        _snapshot = null;
        return true;
    }

    // ---- the METADATA block ------------------------------------------------------------------------------------

    public void StartMetadata(string firstPart, int lineNo)
    {
        InHostList = false;
        _metadata = new StringBuilder(firstPart);
        _metadataLine = lineNo;
    }

    /// <summary>
    /// A line inside the METADATA block: true when it was taken (kept or the END marker); false when the block
    /// lacks its END and this line belongs to the log again (the block is closed first).
    /// </summary>
    public bool TakeMetadataLine(ReadOnlySpan<char> line)
    {
        var m = line.Trim();
        if (m.StartsWith("METADATA END", StringComparison.Ordinal))
        {
            EndMetadata();
            return true;
        }
        if (m.StartsWith("METRICS OPERATOR", StringComparison.Ordinal) || m.StartsWith("# OSU", StringComparison.Ordinal) || m.StartsWith("time ", StringComparison.Ordinal))
        {
            // The END line is missing: the log has moved on. Close the block and read this line normally.
            MissingEnd();
            return false;
        }
        if (_metadata!.Length + line.Length < MaxMetadataChars)
        {
            _metadata.Append('\n').Append(line);
            return true;
        }
        _notes.Problem(new SourceLocation(_file, _metadataLine), "metadata-size", "the METADATA block is larger than 1 MiB; ignored");
        _metadata = null;
        return true;
    }

    /// <summary>Closes a METADATA block still open at the end of the log.</summary>
    public void EndOfLog()
    {
        if (_metadata is not null) MissingEnd();
    }

    private void MissingEnd()
    {
        _notes.Problem(new SourceLocation(_file, _metadataLine), "metadata-end", "METADATA START without METADATA END");
        EndMetadata();
    }

    private void EndMetadata()
    {
        var text = _metadata!.ToString().Trim();
        _metadata = null;
        var at = new SourceLocation(_file, _metadataLine);
        if (_rawJson is not null)
        {
            _notes.Problem(at, "metadata-twice", "a second METADATA block; the first is kept");
            return;
        }
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            ReadMetadata(doc.RootElement, text, at);
        }
        catch (JsonException e)
        {
            _notes.Problem(at, "metadata-json", $"the METADATA block is not valid JSON ({e.Message})");
        }
    }

    /// <summary>Applies an SDK JSON iteration's <c>metadata</c> object when the log itself had none.</summary>
    public void ApplyMetadata(JsonElement metadata, SourceLocation at)
    {
        if (_rawJson is not null || metadata.ValueKind != JsonValueKind.Object) return;
        ReadMetadata(metadata, metadata.GetRawText(), at);
    }

    /// <summary>Uses the MetricSet's <c>spec.pods</c> of an SDK JSON iteration when neither the log nor its metadata gave a pod count.</summary>
    public void ApplySpecPods(int pods)
    {
        if (_pods is not null) return;
        _pods = pods;
        _snapshot = null;
    }

    private void ReadMetadata(JsonElement root, string raw, SourceLocation at)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _notes.Problem(at, "metadata-json", "the METADATA block is not a JSON object");
            return;
        }
        _rawJson = raw;
        _snapshot = null;
        if (root.TryGetProperty("pods", out var pods) && pods.ValueKind == JsonValueKind.Number && pods.TryGetInt32(out var p) && p > 0) _pods = p;
        if (root.TryGetProperty("metricName", out var name) && name.ValueKind == JsonValueKind.String) _metricName = name.GetString();
        if (root.TryGetProperty("metricOptions", out var opts) && opts.ValueKind == JsonValueKind.Object)
        {
            var b = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var prop in opts.EnumerateObject())
                b[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() ?? "" : prop.Value.GetRawText();
            _metricOptions = b.ToImmutable();
        }
        if (root.TryGetProperty("metricListOptions", out var list) && list.ValueKind == JsonValueKind.Object
            && list.TryGetProperty("commands", out var commands) && commands.ValueKind == JsonValueKind.Array)
        {
            _commands = [.. commands.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)];
        }
    }

    private static int? Positive(int n) => n > 0 ? n : null;
}
