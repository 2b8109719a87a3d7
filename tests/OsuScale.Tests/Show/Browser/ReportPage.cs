using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using PuppeteerSharp;

namespace OsuScale.Tests.Show.Browser;

/// <summary>What a real browser shows of a report page, measured after it has loaded at a given viewport.</summary>
/// <param name="BrokenImages">The alternative text of every image that did not decode (no natural width).</param>
/// <param name="ImageCount">How many images the page has.</param>
/// <param name="ConsoleErrors">Console errors and uncaught page errors, as the browser printed them.</param>
/// <param name="SummaryIsFirstTable">True when the summary table is the first table of the page.</param>
/// <param name="SummaryTable">The summary table's box in page pixels (null when there is none).</param>
/// <param name="SummaryFirstColumn">The first cell of each summary row, in order.</param>
/// <param name="TocLinks">The table of contents' in-page links (<c>#id</c>).</param>
/// <param name="UnresolvedTocLinks">Those whose id no element of the page has.</param>
/// <param name="PageHeight">The height of the whole page in pixels.</param>
/// <param name="Screenshot">Where the screenshot of the first screen was written.</param>
internal sealed record ReportPage(
    ImmutableArray<string> BrokenImages,
    int ImageCount,
    ImmutableArray<string> ConsoleErrors,
    bool SummaryIsFirstTable,
    PageBox? SummaryTable,
    ImmutableArray<string> SummaryFirstColumn,
    ImmutableArray<string> TocLinks,
    ImmutableArray<string> UnresolvedTocLinks,
    double PageHeight,
    string Screenshot)
{
    /// <summary>The first screen a user sees.</summary>
    public const int ViewportWidth = 1400;

    /// <summary>The first screen a user sees.</summary>
    public const int ViewportHeight = 900;

    /// <summary>The CSS selector of the summary table.</summary>
    public const string SummarySelector = "#summary table";

    /// <summary>The CSS selector of the table of contents' links.</summary>
    public const string TocSelector = "nav#contents a";

    /// <summary>True when the summary table lies wholly inside the first <see cref="ViewportWidth"/> × <see cref="ViewportHeight"/> screen.</summary>
    public bool SummaryOnFirstScreen => SummaryTable is { } box
        && box.Left >= 0 && box.Top >= 0 && box.Right <= ViewportWidth && box.Bottom <= ViewportHeight && box.Height > 0;

    /// <summary>Opens <paramref name="html"/> in <paramref name="browser"/> at the first-screen viewport, measures it and saves the first screen to <paramref name="screenshot"/>.</summary>
    public static async Task<ReportPage> OpenAsync(IBrowser browser, string html, string screenshot)
    {
        await using var page = await browser.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error) errors.Enqueue($"console: {e.Message.Text} ({e.Message.Location?.URL}:{e.Message.Location?.LineNumber})");
        };
        page.PageError += (_, e) => errors.Enqueue("page error: " + e.Message);
        page.RequestFailed += (_, e) => errors.Enqueue($"request failed: {Shorten(e.Request.Url)} ({e.Request.FailureText})");
        await page.SetViewportAsync(new ViewPortOptions { Width = ViewportWidth, Height = ViewportHeight });
        await page.GoToAsync(new Uri(Path.GetFullPath(html)).AbsoluteUri, new NavigationOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = 120_000,
        });

        var json = await page.EvaluateExpressionAsync<string>(MeasureScript);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(screenshot))!);
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { Type = ScreenshotType.Png, FullPage = false });

        var m = JsonSerializer.Deserialize<Measured>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return new ReportPage(
            [.. m.Broken], m.Images, [.. errors], m.SummaryFirst, m.Summary, [.. m.SummaryRows],
            [.. m.Toc], [.. m.Unresolved], m.Height, screenshot);
    }

    private static string Shorten(string url) => url.Length > 80 ? url[..80] + "…" : url;

    // Runs in the page: everything is measured after layout, in CSS pixels relative to the top of the page.
    private const string MeasureScript = """
        (() => {
          const images = [...document.images];
          const broken = images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.alt || i.src.slice(0, 60));
          const summary = document.querySelector('#summary table');
          const box = summary ? summary.getBoundingClientRect() : null;
          const toc = [...document.querySelectorAll('nav#contents a')].map(a => a.getAttribute('href') || '');
          const unresolved = toc.filter(h => !h.startsWith('#') || !document.getElementById(decodeURIComponent(h.slice(1))));
          const rows = summary ? [...summary.querySelectorAll('tbody tr')].map(r => (r.cells[0] ? r.cells[0].textContent : '').trim()) : [];
          return JSON.stringify({
            broken, images: images.length,
            summaryFirst: !!summary && document.querySelector('table') === summary,
            summary: box ? { left: box.left + scrollX, top: box.top + scrollY, right: box.right + scrollX, bottom: box.bottom + scrollY, height: box.height } : null,
            summaryRows: rows, toc, unresolved,
            height: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
          });
        })()
        """;

    private sealed record Measured(string[] Broken, int Images, bool SummaryFirst, PageBox? Summary, string[] SummaryRows, string[] Toc, string[] Unresolved, double Height);
}

/// <summary>A box on the page, in CSS pixels from the top left of the page.</summary>
internal sealed record PageBox(double Left, double Top, double Right, double Bottom, double Height);
