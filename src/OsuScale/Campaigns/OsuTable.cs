using System.Collections.Immutable;

namespace OsuScale.Campaigns;

/// <summary>A table of OSU results: a header and its rows (a section can hold several, one per datatype).</summary>
/// <param name="Columns">The value columns, without the <c>Size</c> column.</param>
/// <param name="Rows">The rows, in printed order.</param>
/// <param name="Datatype">The <c># Datatype:</c> the table was measured with (7.1+), or null.</param>
public sealed record OsuTable(ImmutableArray<OsuColumn> Columns, ImmutableArray<OsuRow> Rows, string? Datatype)
{
    /// <summary>The index of the column with the given normalised metric, or -1.</summary>
    public int IndexOf(string metric)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Metric == metric) return i;
        }
        return -1;
    }
}
