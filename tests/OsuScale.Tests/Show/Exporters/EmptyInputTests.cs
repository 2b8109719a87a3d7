using OsuScale.Campaigns;
using OsuScale.Show.Exporters;
using OsuScale.Show.Plots;
using OsuScale.Show.Report;
using SkiaSharp;

namespace OsuScale.Tests.Show.Exporters;

/// <summary>Figures of nothing still render (an empty campaign is a valid input, not a crash).</summary>
public class EmptyInputTests
{
    [Fact]
    public void An_empty_campaign_gives_an_empty_overview_and_a_scaling_plot_without_data()
    {
        var overview = OverviewPlot.Build(Campaign.Empty, []);
        var scaling = ScalingPlot.Build(Campaign.Empty, "osu_bw", null);

        Assert.Empty(overview.Panels);
        using var grid = SKBitmap.Decode(PngFigureExporter.ToBytes(overview, overview.PreferredWidth, overview.PreferredHeight));
        using var plot = SKBitmap.Decode(PngFigureExporter.ToBytes(scaling, 300, 200));
        Assert.Equal((300, 266), (grid.Width, grid.Height));
        Assert.Equal(300, plot.Width);
        Assert.Empty(Assert.Single(scaling.Series.OfType<OxyPlot.Series.ScatterSeries>()).Points);
    }

    [Fact]
    public void An_empty_campaign_gives_a_report_that_says_so()
    {
        var report = ReportBuilder.Build(Campaign.Empty, [], []);
        var md = MarkdownReportExporter.Export(report);

        Assert.Empty(report.AllFigures);
        Assert.Contains("- **Sizes:** none", md);
        Assert.Contains("No verdicts.", md);
        Assert.Contains("Every execution completed.", md);
    }
}
