using SkiaSharp;

namespace OsuScale.Show.Rendering;

/// <summary>
/// The DejaVu Sans typefaces embedded in the library. SkiaSharp's Linux native assets without dependencies have no
/// fontconfig, so asking Skia for a family by name may give a typeface without glyphs; these never depend on the
/// machine's fonts. Licence: <c>Show/Fonts/LICENSE-DejaVu.txt</c> (Bitstream Vera licence, redistribution permitted).
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("OsuScale.Show.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("OsuScale.Show.Fonts.DejaVuSans-Bold.ttf"));

    /// <summary>DejaVu Sans, regular weight.</summary>
    public static SKTypeface Regular => RegularFace.Value;

    /// <summary>DejaVu Sans, bold.</summary>
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>The typeface for an OxyPlot font weight (bold from 600 up).</summary>
    public static SKTypeface ForWeight(double fontWeight) => fontWeight >= 600 ? Bold : Regular;

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font '{resource}' is missing from the OsuScale assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        using var data = SKData.CreateCopy(memory.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font '{resource}' could not be loaded by SkiaSharp.");
    }
}
