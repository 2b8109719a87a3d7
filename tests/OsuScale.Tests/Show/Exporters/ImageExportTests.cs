using System.Xml.Linq;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;
using OsuScale.Show.Rendering;
using OxyPlot;
using SkiaSharp;
using static OsuScale.Tests.Show.ShowFixtures;

namespace OsuScale.Tests.Show.Exporters;

public class ImageExportTests
{
    private static PlotModel Scaling() => ScalingPlot.Build(Campaign(), "osu_allgather", Verdicts()[0]);

    [Theory]
    [InlineData(640, 400)]
    [InlineData(1201, 333)]
    public void A_PNG_is_a_decodable_image_of_the_requested_size(int width, int height)
    {
        var bytes = PngFigureExporter.ToBytes(Scaling(), width, height);

        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public void A_PNG_has_text_drawn_with_the_embedded_font()
    {
        // The title band (above the plot area) is white except for the title and subtitle glyphs: count dark pixels there.
        var model = ScalingPlot.Build(Campaign(), "osu_allgather", null);
        using var bitmap = SKBitmap.Decode(PngFigureExporter.ToBytes(model, 600, 400));
        var dark = 0;
        for (var y = 0; y < 30; y++)
            for (var x = 0; x < 600; x++)
                if (bitmap.GetPixel(x, y).Red < 128) dark++;
        Assert.InRange(dark, 50, 5000);
    }

    [Fact]
    public void Text_is_measured_with_the_embedded_font()
    {
        using var rc = new EmbeddedFontRenderContext(null);
        var narrow = rc.MeasureText("iiii", "DejaVu Sans", 12);
        var wide = rc.MeasureText("WWWW", "DejaVu Sans", 12);
        var twoLines = rc.MeasureText("WWWW\nWWWW", "DejaVu Sans", 12);

        Assert.True(wide.Width > 2 * narrow.Width, $"{wide.Width} vs {narrow.Width}");
        Assert.Equal(2 * wide.Height, twoLines.Height, 6);
        Assert.InRange(wide.Height, 12, 16); // DejaVu Sans line spacing is about 1.16 em
    }

    [Fact]
    public void An_SVG_is_an_XML_document_of_the_requested_size()
    {
        var text = SvgFigureExporter.ToText(Scaling(), 640, 400);

        var doc = XDocument.Parse(text);
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Equal(svg + "svg", doc.Root!.Name);
        Assert.Equal("640", doc.Root.Attribute("width")!.Value);
        Assert.Equal("400", doc.Root.Attribute("height")!.Value);
        Assert.Contains(doc.Descendants(svg + "text"), t => t.Value == "osu_allgather");
        Assert.Contains("DejaVu Sans", text);
    }

    [Fact]
    public void The_overview_grid_exports_to_both_formats_at_its_size()
    {
        var grid = OverviewPlot.Build(Campaign(), Verdicts());

        using var bitmap = SKBitmap.Decode(PngFigureExporter.ToBytes(grid, grid.PreferredWidth, grid.PreferredHeight));
        Assert.Equal((1200, 266), (bitmap.Width, bitmap.Height));
        var doc = XDocument.Parse(SvgFigureExporter.ToText(grid, grid.PreferredWidth, grid.PreferredHeight));
        var texts = doc.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value).ToList();
        Assert.Contains("osu_latency", texts);
        Assert.Contains("scaling-issue", texts);
    }

    public static TheoryData<string> Figures => new() { "scaling", "message-size", "overview", "growth-map" };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Rendering_twice_gives_the_same_bytes(string figure)
    {
        // Built afresh each time: the same input must give the same file, PNG and SVG alike.
        byte[] Png() => figure == "overview"
            ? PngFigureExporter.ToBytes(OverviewPlot.Build(Campaign(), Verdicts()), 900, 400)
            : PngFigureExporter.ToBytes(Build(figure), 500, 320);
        string Svg() => figure == "overview"
            ? SvgFigureExporter.ToText(OverviewPlot.Build(Campaign(), Verdicts()), 900, 400)
            : SvgFigureExporter.ToText(Build(figure), 500, 320);

        Assert.Equal(Png(), Png());
        Assert.Equal(Svg(), Svg());
    }

    [Fact]
    public void Figure_files_are_named_from_a_sanitised_name_inside_the_folder()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-show-").FullName;
        try
        {
            var written = FigureFiles.Write(Scaling(), Path.Combine(folder, "plots"), "../../etc/osu_evil benchmark", [FigureFormat.Png, FigureFormat.Svg], 320, 200);

            Assert.Equal(2, written.Count);
            Assert.All(written, p => Assert.StartsWith(Path.Combine(folder, "plots") + Path.DirectorySeparatorChar, p));
            // SafePath: separators and spaces become '_', leading dots go.
            Assert.Equal(["_.._etc_osu_evil_benchmark.png", "_.._etc_osu_evil_benchmark.svg"], written.Select(Path.GetFileName));
            Assert.All(written, p => Assert.True(new FileInfo(p).Length > 100));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Writing_again_replaces_a_longer_older_file_whole()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-show-").FullName;
        try
        {
            var path = Path.Combine(folder, "f.png");
            File.WriteAllBytes(path, new byte[5_000_000]);
            FigureFiles.Write(Scaling(), folder, "f", [FigureFormat.Png], 320, 200);

            using var bitmap = SKBitmap.Decode(path);
            Assert.Equal(320, bitmap.Width);
            Assert.True(new FileInfo(path).Length < 5_000_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("png", new[] { FigureFormat.Png })]
    [InlineData("SVG, png,svg", new[] { FigureFormat.Svg, FigureFormat.Png })]
    public void Format_lists_are_parsed(string list, FigureFormat[] expected) => Assert.Equal(expected, FigureFormats.Parse(list));

    [Fact]
    public void An_unknown_format_names_the_valid_ones()
    {
        var error = Assert.Throws<FormatException>(() => FigureFormats.Parse("png,jpeg"));
        Assert.Equal("format 'jpeg' is not known; valid formats: png, svg", error.Message);
    }

    internal static PlotModel Build(string figure) => figure switch
    {
        "scaling" => ScalingPlot.Build(Campaign(), "osu_allreduce", Verdicts()[3]),
        "message-size" => MessageSizePlot.Build(Campaign(), "osu_allgather")!,
        "growth-map" => GrowthMap.Build(SeriesVerdicts()),
        _ => throw new ArgumentOutOfRangeException(nameof(figure)),
    };
}
