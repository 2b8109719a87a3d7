using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;
using SkiaSharp;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Exporters;

/// <summary>
/// Compares small renderings of each figure kind with PNGs committed under <c>tests/OsuScale.Tests/Show/Golden/</c>,
/// pixel by pixel with a small tolerance (anti-aliasing may differ slightly between SkiaSharp builds). After an
/// intended visual change, regenerate them with
/// <c>OSU_SCALE_UPDATE_GOLDEN=1 dotnet test tests/OsuScale.Tests --filter "FullyQualifiedName~GoldenImageTests"</c>,
/// look at them, and commit them.
/// </summary>
public class GoldenImageTests
{
    /// <summary>A pixel differs when one channel differs by more than this.</summary>
    private const int ChannelTolerance = 24;

    /// <summary>The share of differing pixels allowed (0.2 %).</summary>
    private const double PixelTolerance = 0.002;

    private const int Width = 480, Height = 300;

    [Theory]
    [MemberData(nameof(ImageExportTests.Figures), MemberType = typeof(ImageExportTests))]
    public void The_figure_looks_as_it_did(string figure)
    {
        var actual = figure == "overview"
            ? PngFigureExporter.ToBytes(OverviewPlot.Build(Campaign(), Verdicts(), columns: 2), 640, 480)
            : PngFigureExporter.ToBytes(ImageExportTests.Build(figure), Width, Height);
        var path = Path.Combine(ShowTestFiles.Golden, figure + ".png");

        if (ShowTestFiles.Update)
        {
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden image {path} is missing; create it with OSU_SCALE_UPDATE_GOLDEN=1");
        using var expected = SKBitmap.Decode(path);
        using var rendered = SKBitmap.Decode(actual);
        Assert.Equal((expected.Width, expected.Height), (rendered.Width, rendered.Height));
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                SKColor a = expected.GetPixel(x, y), b = rendered.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance ||
                    Math.Abs(a.Blue - b.Blue) > ChannelTolerance) differing++;
            }
        }
        var share = differing / (double)(expected.Width * expected.Height);
        Assert.True(share <= PixelTolerance, $"{figure}: {differing} pixels ({share:P2}) differ from {path}");
    }

    [Fact]
    public void The_comparison_notices_a_change()
    {
        // Guards the comparison itself: a different verdict (another colour, another curve) must not pass as the golden.
        var path = Path.Combine(ShowTestFiles.Golden, "scaling.png");
        Assert.True(File.Exists(path), path);
        var changed = ScalingPlot.Build(Campaign(), "osu_allreduce", Verdicts()[0] with { Benchmark = "osu_allreduce" });
        using var expected = SKBitmap.Decode(path);
        using var rendered = SKBitmap.Decode(PngFigureExporter.ToBytes(changed, Width, Height));
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
            for (var x = 0; x < expected.Width; x++)
                if (Math.Abs(expected.GetPixel(x, y).Red - rendered.GetPixel(x, y).Red) > ChannelTolerance) differing++;
        Assert.True(differing / (double)(Width * Height) > PixelTolerance);
    }
}
