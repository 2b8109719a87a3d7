using System.Collections.Immutable;
using OsuScale.Benchmarks;

namespace OsuScale.Campaigns;

/// <summary>What one OSU benchmark printed: its title, settings and tables.</summary>
/// <param name="Benchmark">The benchmark, from the title or the launch command (an unknown one is described by <see cref="BenchmarkCatalog.Unknown"/>).</param>
/// <param name="Title">The title line without the leading <c>#</c>, or null when the output had none.</param>
/// <param name="Version">The OMB version from the title (<c>5.8</c>), or null.</param>
/// <param name="Settings">The comment lines above the table as key/value pairs (e.g. <c>Window creation</c> → <c>MPI_Win_create</c>, <c>pairs</c> → <c>4</c>).</param>
/// <param name="Tables">The tables (usually one; several when OMB 7 loops over datatypes).</param>
/// <param name="Processes">The process count the benchmark reported itself (osu_init <c>nprocs</c>, osu_hello), or null.</param>
public sealed record OsuOutput(
    BenchmarkInfo Benchmark,
    string? Title,
    string? Version,
    ImmutableDictionary<string, string> Settings,
    ImmutableArray<OsuTable> Tables,
    int? Processes)
{
    /// <summary>All rows of all tables.</summary>
    public IEnumerable<(OsuTable Table, OsuRow Row)> AllRows =>
        Tables.SelectMany(t => t.Rows.Select(r => (t, r)));
}
