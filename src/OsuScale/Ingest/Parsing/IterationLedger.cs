using System.Globalization;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Keeps iteration numbers unique per benchmark and size across the files of one read. A campaign split over several
/// files per size (each numbering its runs from 1, with no <c>-iter-N</c> in its name) would otherwise give two
/// executions the same (benchmark, size, iteration), so that a times.log derived from it could not be checked against
/// it. The first file keeps its numbers; a later file's clashing number becomes the next free one for that benchmark
/// and size, the same for every execution of that file with that number, with a note.
/// </summary>
internal sealed class IterationLedger(Notes notes)
{
    private readonly Dictionary<(string Benchmark, int Nodes), Dictionary<int, (int File, int Original)>> _used = [];
    private readonly Dictionary<(string, int, int), int> _thisFile = [];
    private readonly List<string> _files = [];

    public void StartFile(string path)
    {
        _files.Add(path);
        _thisFile.Clear();
    }

    public Execution Number(Execution e)
    {
        if (e.Nodes is not { } nodes) return e;
        var file = _files.Count - 1;
        if (_thisFile.TryGetValue((e.Benchmark, nodes, e.Iteration), out var mapped))
            return mapped == e.Iteration ? e : e with { Iteration = mapped };
        if (!_used.TryGetValue((e.Benchmark, nodes), out var used)) _used[(e.Benchmark, nodes)] = used = [];
        var target = e.Iteration;
        if (used.TryGetValue(target, out var owner) && owner != (file, e.Iteration))
        {
            target = used.Keys.Max() + 1;
            notes.Info(e.Source, "iteration-renumbered", string.Create(CultureInfo.InvariantCulture,
                $"{e.Benchmark} at {nodes} nodes, iteration {e.Iteration}, is also in {_files[owner.File]}; numbered {target} here"));
        }
        used[target] = (file, e.Iteration);
        _thisFile[(e.Benchmark, nodes, e.Iteration)] = target;
        return target == e.Iteration ? e : e with { Iteration = target };
    }
}
