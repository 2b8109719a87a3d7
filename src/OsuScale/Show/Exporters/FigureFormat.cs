namespace OsuScale.Show.Exporters;

/// <summary>The image formats figures are written in.</summary>
public enum FigureFormat
{
    /// <summary>PNG through OxyPlot.SkiaSharp, with the embedded DejaVu Sans.</summary>
    Png,

    /// <summary>SVG through OxyPlot's own <see cref="OxyPlot.SvgRenderContext"/>, text measured with the embedded DejaVu Sans.</summary>
    Svg,
}

/// <summary>Parsing and naming of <see cref="FigureFormat"/>.</summary>
public static class FigureFormats
{
    /// <summary>The file extension with its dot: <c>.png</c>, <c>.svg</c>.</summary>
    public static string Extension(this FigureFormat format) => format == FigureFormat.Svg ? ".svg" : ".png";

    /// <summary>Parses a comma-separated list such as <c>png,svg</c> (case-insensitive, duplicates removed).</summary>
    /// <exception cref="FormatException">A name is neither <c>png</c> nor <c>svg</c>; the message lists the valid choices.</exception>
    public static IReadOnlyList<FigureFormat> Parse(string list)
    {
        var result = new List<FigureFormat>();
        foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var format = part.ToLowerInvariant() switch
            {
                "png" => FigureFormat.Png,
                "svg" => FigureFormat.Svg,
                _ => throw new FormatException($"format '{part}' is not known; valid formats: png, svg"),
            };
            if (!result.Contains(format)) result.Add(format);
        }
        if (result.Count == 0) throw new FormatException("no image format given; valid formats: png, svg");
        return result;
    }
}
