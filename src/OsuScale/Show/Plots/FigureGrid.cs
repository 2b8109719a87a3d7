using System.Collections.Immutable;
using OxyPlot;

namespace OsuScale.Show.Plots;

/// <summary>
/// A figure made of small plots laid out in a grid, with a title and a colour key. OxyPlot has no subplots, so the
/// overview is a list of ordinary <see cref="PlotModel"/>s that the exporters render side by side into one image
/// (each panel rendered into its own rectangle of the same render context, PNG or SVG alike). Each panel stays a normal
/// plot model that a notebook can also show alone.
/// </summary>
/// <param name="Title">The figure's title.</param>
/// <param name="Columns">How many panels per row.</param>
/// <param name="Panels">The panels, row by row.</param>
/// <param name="Key">The colour key shown under the title (label and colour).</param>
public sealed record FigureGrid(string Title, int Columns, ImmutableArray<PlotModel> Panels, ImmutableArray<FigureKey> Key)
{
    /// <summary>The height of the title and key band, in pixels.</summary>
    public const double HeaderHeight = 56;

    /// <summary>The default size of one panel, in pixels.</summary>
    public static OxySize PanelSize { get; } = new(300, 210);

    /// <summary>The number of rows.</summary>
    public int Rows => Panels.Length == 0 ? 0 : (Panels.Length + Columns - 1) / Columns;

    /// <summary>A width that gives each panel its default size.</summary>
    public int PreferredWidth => (int)(Math.Max(1, Math.Min(Columns, Panels.Length)) * PanelSize.Width);

    /// <summary>A height that gives each panel its default size.</summary>
    public int PreferredHeight => (int)(HeaderHeight + Math.Max(1, Rows) * PanelSize.Height);

    /// <summary>The rectangle of panel <paramref name="index"/> in a figure of the given size.</summary>
    public OxyRect PanelRect(int index, double width, double height)
    {
        var columns = Math.Max(1, Math.Min(Columns, Panels.Length));
        var cellWidth = width / columns;
        var cellHeight = (height - HeaderHeight) / Math.Max(1, Rows);
        return new OxyRect(index % columns * cellWidth, HeaderHeight + index / columns * cellHeight, cellWidth, cellHeight);
    }
}

/// <summary>One entry of a figure's colour key.</summary>
/// <param name="Label">What the colour means.</param>
/// <param name="Color">The colour.</param>
public sealed record FigureKey(string Label, OxyColor Color);
