using OsuScale.Ingest;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Show.Browser;

/// <summary>
/// The report opened as a user opens it: report.html in headless Chromium at 1400 × 900. The answer (the summary
/// table, steepest benchmark first) must be on the first screen, every image must decode, nothing may log an error,
/// every table-of-contents link must land on an element and a 22-benchmark campaign must stay under 10,000 px.
/// A screenshot of the first screen is kept in <c>tests/OsuScale.Tests/TestResults/browser/</c> (or
/// <c>$OSU_SCALE_TEST_ARTEFACTS</c>).
/// </summary>
public class ReportInBrowserTests(ITestOutputHelper output)
{
    /// <summary>The page height a 22-benchmark campaign must stay under (issue 10: it was 33,400 px).</summary>
    private const double MaxPageHeight = 10_000;

    [BrowserFact]
    public async Task The_kubecon_run1_report_answers_on_the_first_screen()
    {
        var (page, analysis) = await OpenReport(RepoData.KubeconRun1, "kubecon-run1");
        AssertAnswersOnFirstScreen(page, analysis);
        // The users' notes single out osu_allgather as the benchmark that does not scale (exponent 1.78).
        Assert.Contains("osu_allgather", page.SummaryFirstColumn.Take(3));
    }

    [BrowserFact]
    public async Task The_example_report_answers_on_the_first_screen()
    {
        var (page, analysis) = await OpenReport(RepoData.Path("example"), "example");
        AssertAnswersOnFirstScreen(page, analysis);
    }

    [BrowserFact]
    public async Task The_checks_notice_a_broken_page()
    {
        // Proof that the assertions above can fail: a page with each fault the browser test looks for.
        var folder = Directory.CreateTempSubdirectory("osu-scale-broken-page-").FullName;
        try
        {
            var html = Path.Combine(folder, "report.html");
            File.WriteAllText(html, """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head><body>
                <nav id="contents"><a href="#summary">Summary</a><a href="#nowhere">Nowhere</a></nav>
                <table><tr><td>a table before the summary</td></tr></table>
                <div style="height:1200px"></div>
                <section id="summary"><table><tbody><tr><td>osu_x</td></tr></tbody></table></section>
                <img alt="broken figure" src="data:image/png;base64,AAAA">
                <div style="height:12000px"></div>
                <script>console.error("boom");</script>
                </body></html>
                """);
            await using var session = await HeadlessChromium.LaunchAsync();
            var page = await ReportPage.OpenAsync(session.Browser, html, Path.Combine(folder, "first-screen.png"));

            Assert.Equal(["broken figure"], page.BrokenImages.ToArray());
            Assert.Contains(page.ConsoleErrors, e => e.Contains("boom", StringComparison.Ordinal));
            Assert.False(page.SummaryIsFirstTable);
            Assert.False(page.SummaryOnFirstScreen);
            Assert.Equal(["#nowhere"], page.UnresolvedTocLinks.ToArray());
            Assert.True(page.PageHeight > MaxPageHeight);
            Assert.Equal(["osu_x"], page.SummaryFirstColumn.ToArray());
            AssertScreenshot(page.Screenshot);
        }
        finally
        {
            HeadlessChromium.TryDelete(folder);
        }
    }

    private void AssertAnswersOnFirstScreen(ReportPage page, CampaignAnalysis analysis)
    {
        output.WriteLine($"page height {page.PageHeight} px, summary table {page.SummaryTable}, {page.ImageCount} images, {page.TocLinks.Length} contents links; screenshot {page.Screenshot}");
        Assert.True(page.ImageCount > 0, "the report has no image");
        Assert.Empty(page.BrokenImages);
        Assert.Empty(page.ConsoleErrors);
        Assert.True(page.SummaryIsFirstTable, "the summary table is not the first table of the page");
        Assert.True(page.SummaryOnFirstScreen, $"the summary table {page.SummaryTable} is not inside the first {ReportPage.ViewportWidth} × {ReportPage.ViewportHeight} screen");
        Assert.True(page.TocLinks.Length >= 5, $"the table of contents has {page.TocLinks.Length} links");
        Assert.Empty(page.UnresolvedTocLinks);
        Assert.True(page.PageHeight < MaxPageHeight, $"the page is {page.PageHeight} px tall");

        // Every benchmark with a verdict is a row; the steepest scaling issue is among the first rows.
        Assert.Equal(analysis.Verdicts.Select(v => v.Benchmark).Order(StringComparer.Ordinal), page.SummaryFirstColumn.Order(StringComparer.Ordinal));
        var steepest = analysis.Verdicts.Where(v => v.Category == ScalingCategory.ScalingIssue).MaxBy(v => v.Exponent.Value);
        if (steepest is not null) Assert.Contains(steepest.Benchmark, page.SummaryFirstColumn.Take(3));
        AssertScreenshot(page.Screenshot);
    }

    private static void AssertScreenshot(string path)
    {
        using var image = SkiaSharp.SKBitmap.Decode(path);
        Assert.NotNull(image);
        Assert.Equal((ReportPage.ViewportWidth, ReportPage.ViewportHeight), (image.Width, image.Height));
    }

    private static async Task<(ReportPage Page, CampaignAnalysis Analysis)> OpenReport(string input, string name)
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-browser-" + name + "-").FullName;
        try
        {
            var campaign = CampaignReader.Read([input]);
            var largest = campaign.Sizes[^1];
            var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [2.0 * largest, 4.0 * largest] });
            var report = ReportBuilder.Build(campaign, analysis, new ReportOptions(Synthetic: SyntheticCampaign.Detect([input])));
            ReportFolder.Write(report, campaign, folder, [FigureFormat.Png]);

            await using var session = await HeadlessChromium.LaunchAsync();
            var page = await ReportPage.OpenAsync(session.Browser, Path.Combine(folder, ReportFolder.HtmlFile),
                Path.Combine(Artefacts, $"report-first-screen-{name}.png"));
            return (page, analysis);
        }
        finally
        {
            HeadlessChromium.TryDelete(folder);
        }
    }

    /// <summary>Where screenshots are kept: <c>$OSU_SCALE_TEST_ARTEFACTS</c>, else <c>TestResults/browser</c> beside the test project.</summary>
    private static string Artefacts
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("OSU_SCALE_TEST_ARTEFACTS");
            if (!string.IsNullOrEmpty(configured)) return configured;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "OsuScale.Tests.csproj"))) return Path.Combine(dir.FullName, "TestResults", "browser");
            return Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
        }
    }
}
