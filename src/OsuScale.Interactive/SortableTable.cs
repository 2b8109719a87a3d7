using System.Globalization;
using System.Net;
using System.Text;

namespace OsuScale.Interactive;

/// <summary>
/// An HTML table whose columns sort when their header is clicked (again for the reverse order): numeric columns by the
/// number behind the text (<see cref="HtmlCell.SortKey"/>), the others by text. A row may carry a colour, drawn as a bar
/// on its left edge. The sorting script is small, defined once per page, and optional: without scripts (an untrusted
/// Jupyter notebook, a static export) the table is an ordinary table. An output starts with <see cref="Preamble"/> once,
/// however many tables it holds.
/// </summary>
internal sealed class SortableTable(IReadOnlyList<string> header)
{
    /// <summary>The style and the sorting script of the tables, written once at the start of an output.</summary>
    public const string Preamble = Style + Script;

    private const string Script =
        "<script>window.osuScaleSort=window.osuScaleSort||function(th){" +
        "var body=th.closest('table').tBodies[0],i=th.cellIndex,up=th.getAttribute('data-order')!=='up';" +
        "Array.prototype.forEach.call(th.parentNode.cells,function(c){c.removeAttribute('data-order');});" +
        "th.setAttribute('data-order',up?'up':'down');" +
        "var key=function(r){var c=r.cells[i];return c.hasAttribute('data-sort')?parseFloat(c.getAttribute('data-sort')):c.textContent;};" +
        "Array.prototype.slice.call(body.rows).sort(function(a,b){var x=key(a),y=key(b);" +
        "var d=typeof x==='number'&&typeof y==='number'?x-y:String(x).localeCompare(String(y));return up?d:-d;})" +
        ".forEach(function(r){body.appendChild(r);});};</script>";

    private const string Style =
        "<style>table.osu-scale{border-collapse:collapse;font-size:13px}" +
        "table.osu-scale th{cursor:pointer;text-align:left;border-bottom:2px solid #444;padding:3px 8px;white-space:nowrap}" +
        "table.osu-scale th[data-order=up]::after{content:' \\25B2'}table.osu-scale th[data-order=down]::after{content:' \\25BC'}" +
        "table.osu-scale td{padding:3px 8px;border-bottom:1px solid #ddd;vertical-align:top}" +
        "table.osu-scale td.num{text-align:right;white-space:nowrap}table.osu-scale td.prose{min-width:28em}" +
        "table.osu-scale .swatch{display:inline-block;width:.75em;height:.75em;border-radius:50%;margin-right:.4em;vertical-align:baseline}</style>";

    private readonly List<(IReadOnlyList<HtmlCell> Cells, string? Colour)> _rows = [];

    /// <summary>The number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; <paramref name="colour"/> (<c>#RRGGBB</c>) draws a bar on its left edge.</summary>
    public void Add(IReadOnlyList<HtmlCell> cells, string? colour = null)
    {
        if (cells.Count != header.Count)
            throw new ArgumentException($"a row of {cells.Count} cells in a table of {header.Count} columns", nameof(cells));
        _rows.Add((cells, colour));
    }

    /// <summary>The table (after <see cref="Preamble"/>).</summary>
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"osu-scale\"><thead><tr>");
        foreach (var h in header)
            html.Append("<th onclick=\"osuScaleSort(this)\" title=\"sort\">").Append(Encode(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var (cells, colour) in _rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                html.Append("<td");
                if (cell.SortKey is { } key)
                    html.Append(" class=\"num\" data-sort=\"").Append(SortText(key)).Append('"');
                else if (cell.Prose)
                    html.Append(" class=\"prose\"");
                if (i == 0 && colour is not null)
                    html.Append(" style=\"border-left:5px solid ").Append(colour).Append('"');
                html.Append('>');
                if (cell.Swatch is not null)
                    html.Append("<span class=\"swatch\" style=\"background:").Append(cell.Swatch).Append("\"></span>");
                html.Append(Encode(cell.Text)).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>HTML-encoded text.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    // NaN and infinities sort as the largest value.
    private static string SortText(double key) =>
        double.IsFinite(key) ? key.ToString("R", CultureInfo.InvariantCulture) : "1e308";
}
