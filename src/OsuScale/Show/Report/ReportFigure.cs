using OsuScale.Show.Plots;
using OxyPlot;

namespace OsuScale.Show.Report;

/// <summary>
/// A figure of the report: either a plot model or a grid, the sanitised file name it is written under (without
/// extension, inside <c>plots/</c>), its caption and size.
/// </summary>
public sealed class ReportFigure
{
    private ReportFigure(string fileName, string caption, PlotModel? plot, FigureGrid? grid, int width, int height)
    {
        FileName = fileName;
        Caption = caption;
        Plot = plot;
        Grid = grid;
        Width = width;
        Height = height;
    }

    /// <summary>The file name without extension (already sanitised and unique within the report).</summary>
    public string FileName { get; }

    /// <summary>What the figure shows, in one line (also its alternative text).</summary>
    public string Caption { get; }

    /// <summary>The plot, for single plots.</summary>
    public PlotModel? Plot { get; }

    /// <summary>The grid, for the overview.</summary>
    public FigureGrid? Grid { get; }

    /// <summary>The width in pixels.</summary>
    public int Width { get; }

    /// <summary>The height in pixels.</summary>
    public int Height { get; }

    /// <summary>A figure of one plot.</summary>
    public static ReportFigure Of(PlotModel plot, string fileName, string caption, int width = ShowTheme.Width, int height = ShowTheme.Height) =>
        new(fileName, caption, plot, null, width, height);

    /// <summary>A figure of a grid of panels, at the grid's preferred size.</summary>
    public static ReportFigure Of(FigureGrid grid, string fileName, string caption) =>
        new(fileName, caption, null, grid, grid.PreferredWidth, grid.PreferredHeight);

    /// <summary>The path relative to the report folder, with forward slashes: <c>plots/scaling-osu_bw.png</c>.</summary>
    public string RelativePath(Exporters.FigureFormat format) => "plots/" + FileName + Exporters.FigureFormats.Extension(format);
}
