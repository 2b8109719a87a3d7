using OsuScale.Show.Plots;
using OsuScale.Show.Rendering;
using OxyPlot;
using SkiaSharp;

namespace OsuScale.Show.Exporters;

/// <summary>
/// Writes figures as PNG with SkiaSharp (the OxyPlot.SkiaSharp renderer for shapes, the embedded DejaVu Sans for text).
/// The output depends only on the figure and the size: the PNG encoder writes no time stamp.
/// </summary>
public static class PngFigureExporter
{
    /// <summary>Writes <paramref name="model"/> as a PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static void Export(PlotModel model, Stream stream, int width, int height) =>
        Export(stream, width, height, model.Background, rc => FigureRenderer.Render(rc, model, width, height));

    /// <summary>Writes the grid as a PNG of <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static void Export(FigureGrid grid, Stream stream, int width, int height) =>
        Export(stream, width, height, OxyColors.White, rc => FigureRenderer.Render(rc, grid, width, height));

    /// <summary>The PNG bytes of <paramref name="model"/>.</summary>
    public static byte[] ToBytes(PlotModel model, int width, int height)
    {
        using var memory = new MemoryStream();
        Export(model, memory, width, height);
        return memory.ToArray();
    }

    /// <summary>The PNG bytes of the grid.</summary>
    public static byte[] ToBytes(FigureGrid grid, int width, int height)
    {
        using var memory = new MemoryStream();
        Export(grid, memory, width, height);
        return memory.ToArray();
    }

    private static void Export(Stream stream, int width, int height, OxyColor background, Action<IRenderContext> render)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        using (var rc = new EmbeddedFontRenderContext(canvas))
        {
            var bg = background.IsVisible() ? background : OxyColors.White;
            canvas.Clear(new SKColor(bg.R, bg.G, bg.B, bg.A));
            render(rc);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        data.SaveTo(stream);
    }
}
