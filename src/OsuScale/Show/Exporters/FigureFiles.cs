using OsuScale.IO;
using OsuScale.Show.Plots;
using OxyPlot;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes figures into a folder, one file per format, named from a sanitised name (<see cref="SafePath"/>), so that a
/// benchmark name read from a log can never place a file outside the folder. Existing files are replaced whole.
/// </summary>
public static class FigureFiles
{
    /// <summary>Writes <paramref name="model"/> as <c>folder/name.png</c> and/or <c>.svg</c>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(PlotModel model, string folder, string name, IEnumerable<FigureFormat> formats, int width = ShowTheme.Width, int height = ShowTheme.Height) =>
        Write(folder, name, formats, (format, stream) =>
        {
            if (format == FigureFormat.Svg) SvgFigureExporter.Export(model, stream, width, height);
            else PngFigureExporter.Export(model, stream, width, height);
        });

    /// <summary>Writes the grid as <c>folder/name.png</c> and/or <c>.svg</c> at its preferred size; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(FigureGrid grid, string folder, string name, IEnumerable<FigureFormat> formats) =>
        Write(folder, name, formats, (format, stream) =>
        {
            if (format == FigureFormat.Svg) SvgFigureExporter.Export(grid, stream, grid.PreferredWidth, grid.PreferredHeight);
            else PngFigureExporter.Export(grid, stream, grid.PreferredWidth, grid.PreferredHeight);
        });

    private static List<string> Write(string folder, string name, IEnumerable<FigureFormat> formats, Action<FigureFormat, Stream> export)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var format in formats.Distinct())
        {
            var path = SafePath.Combine(folder, name, format.Extension());
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
                export(format, stream);
            written.Add(path);
        }
        return written;
    }
}
