using OsuScale.Tests.Support;
using PuppeteerSharp;

namespace OsuScale.Tests.Show.Browser;

/// <summary>
/// The installed Chromium the report's browser tests drive through PuppeteerSharp (no browser download):
/// <c>OSU_SCALE_TEST_CHROMIUM</c> when set, else <c>chromium</c> (Debian's package, installed by <c>.ci/setup</c>) or
/// <c>chromium-browser</c> on PATH. Started headless with the flags that work on a machine without network or GPU and
/// a fresh profile folder each time.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>The browser binary, or null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>The flags Chromium is started with: headless, no sandbox (tests may run as root), nothing that reaches out to the network.</summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb",
    ];

    /// <summary>Starts the browser with a new empty profile folder (deleted when the returned session is disposed).</summary>
    public static async Task<BrowserSession> LaunchAsync()
    {
        var path = Path ?? throw new InvalidOperationException(
            "Chromium is required for the report's browser tests and was not found (CI=true): .ci/setup installs it (Debian package chromium), or set OSU_SCALE_TEST_CHROMIUM");
        var profile = Directory.CreateTempSubdirectory("osu-scale-chromium-").FullName;
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = [.. Flags],
                UserDataDir = profile,
                Timeout = 60_000,
                ProtocolTimeout = 120_000,
            });
            return new BrowserSession(browser, profile);
        }
        catch
        {
            TryDelete(profile);
            throw;
        }
    }

    internal static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS. */ }
        catch (UnauthorizedAccessException) { }
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("OSU_SCALE_TEST_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}

/// <summary>A running browser and its profile folder; disposing closes the browser and removes the folder.</summary>
internal sealed class BrowserSession(IBrowser browser, string profile) : IAsyncDisposable
{
    public IBrowser Browser { get; } = browser;

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        HeadlessChromium.TryDelete(profile);
    }
}

/// <summary>A fact that drives the real Chromium: skipped when it is missing outside CI, run (and so failing) in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when Chromium is missing outside CI.</summary>
    public BrowserFactAttribute([System.Runtime.CompilerServices.CallerFilePath] string? sourceFilePath = null,
        [System.Runtime.CompilerServices.CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (HeadlessChromium.Path is null && !RepoData.InCi) Skip = "chromium not found (set OSU_SCALE_TEST_CHROMIUM or run .ci/setup; required in CI)";
    }
}
