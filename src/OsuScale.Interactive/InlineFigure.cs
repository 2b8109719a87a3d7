using System.Globalization;
using System.Text.RegularExpressions;
using OsuScale.Show;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;
using OsuScale.Show.Report;
using OxyPlot;

namespace OsuScale.Interactive;

/// <summary>
/// Figures as SVG elements that can sit inside a notebook's HTML output: the SVG document of
/// <see cref="SvgFigureExporter"/> without its XML declaration, its clip-path ids made unique to the figure. A notebook
/// page holds many figures, and ids are page-wide: with the exporter's <c>clipPath1</c>, <c>clipPath2</c>, … in every
/// figure, each later figure would be clipped by the first one's rectangles.
/// </summary>
internal static partial class InlineFigure
{
    private static int _figures;

    /// <summary>A plot at the theme's default size.</summary>
    public static string Svg(PlotModel model) => Inline(SvgFigureExporter.ToText(model, ShowTheme.Width, ShowTheme.Height));

    /// <summary>A grid at its preferred size (each panel at its default size).</summary>
    public static string Svg(FigureGrid grid) => Inline(SvgFigureExporter.ToText(grid, grid.PreferredWidth, grid.PreferredHeight));

    /// <summary>A report figure at its size, its caption under it.</summary>
    public static string Svg(ReportFigure figure)
    {
        var svg = figure.Grid is { } grid
            ? SvgFigureExporter.ToText(grid, figure.Width, figure.Height)
            : SvgFigureExporter.ToText(figure.Plot!, figure.Width, figure.Height);
        return "<figure>" + Inline(svg) + "<figcaption>" + SortableTable.Encode(figure.Caption) + "</figcaption></figure>";
    }

    /// <summary>The <c>&lt;svg&gt;</c> element of an SVG document, its ids prefixed with one unique to this call.</summary>
    public static string Inline(string document)
    {
        var start = document.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException("not an SVG document", nameof(document));
        var prefix = "osu-scale-" + Interlocked.Increment(ref _figures).ToString(CultureInfo.InvariantCulture) + "-";
        return Ids().Replace(document[start..], m => m.Groups[1].Value + prefix + m.Groups[2].Value);
    }

    // id="clipPath3" and url(#clipPath3): the only ids OxyPlot's SVG writer emits.
    [GeneratedRegex("(id=\"|url\\(#)(clipPath\\d+)")]
    private static partial Regex Ids();
}
