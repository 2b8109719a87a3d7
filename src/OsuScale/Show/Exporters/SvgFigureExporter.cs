using System.Text;
using OsuScale.Show.Plots;
using OsuScale.Show.Rendering;
using OxyPlot;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes figures as SVG documents with OxyPlot's own <see cref="SvgRenderContext"/>. Text is measured with the
/// embedded DejaVu Sans, so the layout is the PNG's; the SVG names the font family <c>DejaVu Sans</c> (viewers without it
/// substitute a sans-serif font). The output depends only on the figure and the size.
/// </summary>
public static class SvgFigureExporter
{
    /// <summary>Writes <paramref name="model"/> as an SVG document of <paramref name="width"/> × <paramref name="height"/> user units.</summary>
    public static void Export(PlotModel model, Stream stream, int width, int height) =>
        Export(stream, width, height, model.Background, rc => FigureRenderer.Render(rc, model, width, height));

    /// <summary>Writes the grid as an SVG document.</summary>
    public static void Export(FigureGrid grid, Stream stream, int width, int height) =>
        Export(stream, width, height, OxyColors.White, rc => FigureRenderer.Render(rc, grid, width, height));

    /// <summary>The SVG text of <paramref name="model"/> (without the byte order mark the file has).</summary>
    public static string ToText(PlotModel model, int width, int height)
    {
        using var memory = new MemoryStream();
        Export(model, memory, width, height);
        return Decode(memory);
    }

    /// <summary>The SVG text of the grid.</summary>
    public static string ToText(FigureGrid grid, int width, int height)
    {
        using var memory = new MemoryStream();
        Export(grid, memory, width, height);
        return Decode(memory);
    }

    // The file starts with a UTF-8 byte order mark; the text does not.
    private static string Decode(MemoryStream memory)
    {
        memory.Position = 0;
        using var reader = new StreamReader(memory, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static void Export(Stream stream, int width, int height, OxyColor background, Action<IRenderContext> render)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        using var measurer = new EmbeddedFontRenderContext(null);
        using var rc = new SvgRenderContext(stream, width, height, isDocument: true, measurer, background.IsVisible() ? background : OxyColors.White, useVerticalTextAlignmentWorkaround: true);
        render(rc);
        rc.Complete();
        rc.Flush();
    }
}
