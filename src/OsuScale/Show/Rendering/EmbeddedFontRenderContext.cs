using OxyPlot;
using OxyPlot.SkiaSharp;
using SkiaSharp;

namespace OsuScale.Show.Rendering;

/// <summary>
/// An OxyPlot render context that draws shapes through OxyPlot.SkiaSharp's <see cref="SkiaRenderContext"/> and text
/// with the embedded DejaVu Sans (<see cref="EmbeddedFonts"/>).
/// </summary>
/// <remarks>
/// OxyPlot.SkiaSharp 2.2 looks typefaces up by family name with <c>SKTypeface.FromFamilyName</c> in a private method;
/// without fontconfig that lookup can return a typeface with no glyphs, so text would vanish or be measured wrongly.
/// This decorator takes over <see cref="DrawText"/> and <see cref="MeasureText"/> and delegates everything else. Used
/// without a canvas it is the text measurer of the SVG exporter, so SVG layout matches PNG layout.
/// </remarks>
internal sealed class EmbeddedFontRenderContext : IRenderContext, IDisposable
{
    private readonly SkiaRenderContext inner;
    private readonly SKPaint textPaint = new() { IsAntialias = true, SubpixelText = true, LcdRenderText = false };

    /// <summary>Creates a context drawing on <paramref name="canvas"/> (null for a context that only measures text).</summary>
    /// <param name="canvas">The canvas, or null.</param>
    /// <param name="dpiScale">The scale from OxyPlot units to pixels (1 = 96 dpi).</param>
    public EmbeddedFontRenderContext(SKCanvas? canvas, float dpiScale = 1)
    {
        inner = new SkiaRenderContext { RenderTarget = RenderTarget.PixelGraphic, DpiScale = dpiScale, UseTextShaping = false };
        if (canvas is not null) inner.SkCanvas = canvas;
        DpiScale = dpiScale;
    }

    /// <summary>The scale from OxyPlot units to pixels.</summary>
    public float DpiScale { get; }

    private SKCanvas Canvas => inner.SkCanvas ?? throw new InvalidOperationException("This render context only measures text: it has no canvas.");

    /// <inheritdoc/>
    public bool RendersToScreen => false;

    /// <inheritdoc/>
    public int ClipCount => inner.ClipCount;

    /// <inheritdoc/>
    public void CleanUp() => inner.CleanUp();

    /// <inheritdoc/>
    public void DrawEllipse(OxyRect extents, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode) =>
        inner.DrawEllipse(extents, fill, stroke, thickness, edgeRenderingMode);

    /// <inheritdoc/>
    public void DrawEllipses(IList<OxyRect> extents, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode) =>
        inner.DrawEllipses(extents, fill, stroke, thickness, edgeRenderingMode);

    /// <inheritdoc/>
    public void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        inner.DrawLine(points, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    /// <inheritdoc/>
    public void DrawLineSegments(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        inner.DrawLineSegments(points, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    /// <inheritdoc/>
    public void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        inner.DrawPolygon(points, fill, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    /// <inheritdoc/>
    public void DrawPolygons(IList<IList<ScreenPoint>> polygons, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter) =>
        inner.DrawPolygons(polygons, fill, stroke, thickness, edgeRenderingMode, dashArray, lineJoin);

    /// <inheritdoc/>
    public void DrawRectangle(OxyRect rectangle, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode) =>
        inner.DrawRectangle(rectangle, fill, stroke, thickness, edgeRenderingMode);

    /// <inheritdoc/>
    public void DrawRectangles(IList<OxyRect> rectangles, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode) =>
        inner.DrawRectangles(rectangles, fill, stroke, thickness, edgeRenderingMode);

    /// <inheritdoc/>
    public void DrawImage(OxyImage source, double srcX, double srcY, double srcWidth, double srcHeight, double destX, double destY, double destWidth, double destHeight, double opacity, bool interpolate) =>
        inner.DrawImage(source, srcX, srcY, srcWidth, srcHeight, destX, destY, destWidth, destHeight, opacity, interpolate);

    /// <inheritdoc/>
    public void PushClip(OxyRect clippingRectangle) => inner.PushClip(clippingRectangle);

    /// <inheritdoc/>
    public void PopClip() => inner.PopClip();

    /// <inheritdoc/>
    public void SetToolTip(string text)
    {
        // Static images have no tool tips.
    }

    /// <inheritdoc/>
    public void DrawText(ScreenPoint p, string text, OxyColor fill, string? fontFamily = null, double fontSize = 10, double fontWeight = 400,
        double rotation = 0, HorizontalAlignment horizontalAlignment = HorizontalAlignment.Left,
        VerticalAlignment verticalAlignment = VerticalAlignment.Top, OxySize? maxSize = null)
    {
        if (string.IsNullOrEmpty(text) || !fill.IsVisible()) return;
        var paint = Paint(fontSize, fontWeight);
        paint.Color = new SKColor(fill.R, fill.G, fill.B, fill.A);
        var lines = SplitLines(text);
        var lineHeight = paint.GetFontMetrics(out var metrics);
        float y = verticalAlignment switch
        {
            VerticalAlignment.Top => -metrics.Ascent,
            VerticalAlignment.Middle => -(metrics.Ascent + metrics.Descent + lineHeight * (lines.Length - 1)) / 2,
            _ => -metrics.Descent - lineHeight * (lines.Length - 1),
        };

        var canvas = Canvas;
        using var restore = new SKAutoCanvasRestore(canvas);
        canvas.Translate((float)p.X * DpiScale, (float)p.Y * DpiScale);
        canvas.RotateDegrees((float)rotation);
        foreach (var line in lines)
        {
            var width = paint.MeasureText(line);
            float x = horizontalAlignment switch
            {
                HorizontalAlignment.Left => 0,
                HorizontalAlignment.Center => -width / 2,
                _ => -width,
            };
            canvas.DrawText(line, x, y, paint);
            y += lineHeight;
        }
    }

    /// <inheritdoc/>
    public OxySize MeasureText(string text, string? fontFamily = null, double fontSize = 10, double fontWeight = 500)
    {
        if (string.IsNullOrEmpty(text)) return new OxySize(0, 0);
        var paint = Paint(fontSize, fontWeight);
        var lines = SplitLines(text);
        var height = paint.GetFontMetrics(out _) * lines.Length;
        var width = lines.Max(line => paint.MeasureText(line));
        return new OxySize(width / DpiScale, height / DpiScale);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        textPaint.Dispose();
        inner.Dispose();
    }

    private SKPaint Paint(double fontSize, double fontWeight)
    {
        textPaint.Typeface = EmbeddedFonts.ForWeight(fontWeight);
        textPaint.TextSize = (float)fontSize * DpiScale;
        return textPaint;
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
