using OsuScale.Show.Plots;
using OxyPlot;

namespace OsuScale.Show.Rendering;

/// <summary>Draws a <see cref="PlotModel"/> or a <see cref="FigureGrid"/> onto any OxyPlot render context (PNG or SVG).</summary>
internal static class FigureRenderer
{
    /// <summary>Lays out and renders a plot model into the rectangle (0, 0, width, height).</summary>
    public static void Render(IRenderContext rc, PlotModel model, double width, double height)
    {
        ((IPlotModel)model).Update(true);
        ((IPlotModel)model).Render(rc, new OxyRect(0, 0, width, height));
    }

    /// <summary>Renders the grid: a white background, the title and colour key, then every panel in its cell.</summary>
    public static void Render(IRenderContext rc, FigureGrid grid, double width, double height)
    {
        rc.DrawRectangle(new OxyRect(0, 0, width, height), OxyColors.White, OxyColors.Undefined, 0, EdgeRenderingMode.PreferSpeed);
        // The title shrinks to fit a narrow figure rather than running off its edges.
        var titleSize = ShowTheme.TitleFontSize;
        var titleWidth = rc.MeasureText(grid.Title, ShowTheme.FontFamily, titleSize, FontWeights.Bold).Width;
        if (titleWidth > width - 16 && titleWidth > 0) titleSize = Math.Max(8, titleSize * (width - 16) / titleWidth);
        rc.DrawText(new ScreenPoint(width / 2, 8), grid.Title, ShowTheme.Ink, ShowTheme.FontFamily, titleSize, FontWeights.Bold,
            0, HorizontalAlignment.Center, VerticalAlignment.Top);

        // The key, centred on one line under the title: a swatch then its label, per entry.
        const double swatch = 12, gap = 6, spacing = 22;
        var sizes = grid.Key.Select(k => rc.MeasureText(k.Label, ShowTheme.FontFamily, ShowTheme.FontSize, FontWeights.Normal)).ToList();
        var total = sizes.Sum(s => swatch + gap + s.Width) + spacing * Math.Max(0, grid.Key.Length - 1);
        var x = (width - total) / 2;
        const double y = 34;
        for (var i = 0; i < grid.Key.Length; i++)
        {
            rc.DrawRectangle(new OxyRect(x, y - swatch / 2, swatch, swatch), grid.Key[i].Color, OxyColors.Undefined, 0, EdgeRenderingMode.PreferSharpness);
            x += swatch + gap;
            rc.DrawText(new ScreenPoint(x, y), grid.Key[i].Label, ShowTheme.Ink, ShowTheme.FontFamily, ShowTheme.FontSize, FontWeights.Normal,
                0, HorizontalAlignment.Left, VerticalAlignment.Middle);
            x += sizes[i].Width + spacing;
        }

        for (var i = 0; i < grid.Panels.Length; i++)
        {
            var panel = grid.Panels[i];
            ((IPlotModel)panel).Update(true);
            ((IPlotModel)panel).Render(rc, grid.PanelRect(i, width, height));
        }
    }
}
