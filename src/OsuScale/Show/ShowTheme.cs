using OsuScale.Model;
using OxyPlot;
using OxyPlot.Legends;

namespace OsuScale.Show;

/// <summary>
/// The one place where the look of every OsuScale figure is decided: the font, its sizes, the colours of the three
/// verdict categories (Okabe–Ito, readable by colour-blind people) and the palette for series such as node counts.
/// </summary>
public static class ShowTheme
{
    /// <summary>The font family written into SVG files; PNGs always use the DejaVu Sans embedded in the library.</summary>
    public const string FontFamily = "DejaVu Sans";

    /// <summary>The size of tick labels, legends and axis titles.</summary>
    public const double FontSize = 11;

    /// <summary>The size of a figure's title.</summary>
    public const double TitleFontSize = 14;

    /// <summary>The size of a figure's subtitle (the verdict line).</summary>
    public const double SubtitleFontSize = 11;

    /// <summary>The default width of an exported figure, in pixels (SVG user units).</summary>
    public const int Width = 900;

    /// <summary>The default height of an exported figure, in pixels (SVG user units).</summary>
    public const int Height = 560;

    /// <summary>The colour of text, axes and measured points.</summary>
    public static OxyColor Ink { get; } = OxyColor.FromRgb(0x22, 0x22, 0x22);

    /// <summary>The colour of measured repetitions and their intervals.</summary>
    public static OxyColor Measured { get; } = OxyColor.FromRgb(0x00, 0x72, 0xB2);

    /// <summary>The colour used when there is no verdict.</summary>
    public static OxyColor Neutral { get; } = OxyColor.FromRgb(0x77, 0x77, 0x77);

    /// <summary>The colour of grid lines.</summary>
    public static OxyColor Grid { get; } = OxyColor.FromRgb(0xE4, 0xE4, 0xE4);

    /// <summary>The qualitative palette for series that are not categories (one colour per node count).</summary>
    public static IReadOnlyList<OxyColor> Series { get; } =
    [
        OxyColor.FromRgb(0x00, 0x72, 0xB2), // blue
        OxyColor.FromRgb(0xE6, 0x9F, 0x00), // orange
        OxyColor.FromRgb(0x00, 0x9E, 0x73), // bluish green
        OxyColor.FromRgb(0xCC, 0x79, 0xA7), // reddish purple
        OxyColor.FromRgb(0x56, 0xB4, 0xE9), // sky blue
        OxyColor.FromRgb(0xD5, 0x5E, 0x00), // vermillion
        OxyColor.FromRgb(0x00, 0x00, 0x00), // black
        OxyColor.FromRgb(0x99, 0x99, 0x33), // olive
    ];

    /// <summary>The colour of a verdict category: green, orange, vermillion.</summary>
    public static OxyColor CategoryColor(ScalingCategory category) => category switch
    {
        ScalingCategory.SizeIndependent => OxyColor.FromRgb(0x00, 0x9E, 0x73),
        ScalingCategory.PossibleIssue => OxyColor.FromRgb(0xE6, 0x9F, 0x00),
        ScalingCategory.ScalingIssue => OxyColor.FromRgb(0xD5, 0x5E, 0x00),
        _ => Neutral,
    };

    /// <summary>The colour of a verdict category, or <see cref="Neutral"/> when there is none.</summary>
    public static OxyColor CategoryColor(ScalingCategory? category) => category is { } c ? CategoryColor(c) : Neutral;

    /// <summary>The <paramref name="index"/>-th colour of <see cref="Series"/>, cycling.</summary>
    public static OxyColor SeriesColor(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];

    /// <summary>A new plot model with the theme's fonts, colours and margins applied.</summary>
    public static PlotModel NewModel(string title, string? subtitle = null)
    {
        var model = new PlotModel
        {
            Title = title,
            Subtitle = subtitle,
            DefaultFont = FontFamily,
            DefaultFontSize = FontSize,
            TitleFontSize = TitleFontSize,
            SubtitleFontSize = SubtitleFontSize,
            TitleFontWeight = FontWeights.Bold,
            TextColor = Ink,
            TitleColor = Ink,
            SubtitleColor = Ink,
            PlotAreaBorderColor = OxyColor.FromRgb(0xAA, 0xAA, 0xAA),
            PlotAreaBorderThickness = new OxyThickness(1),
            Background = OxyColors.White,
            Padding = new OxyThickness(8),
        };
        return model;
    }

    /// <summary>Adds the theme's legend (inside the plot area, top left, on a translucent white box).</summary>
    public static Legend AddLegend(PlotModel model, LegendPosition position = LegendPosition.TopLeft)
    {
        var legend = new Legend
        {
            LegendPosition = position,
            LegendPlacement = LegendPlacement.Inside,
            LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
            LegendBorder = OxyColor.FromRgb(0xCC, 0xCC, 0xCC),
            LegendFontSize = FontSize - 1,
            LegendFont = FontFamily,
        };
        model.Legends.Add(legend);
        return legend;
    }
}
