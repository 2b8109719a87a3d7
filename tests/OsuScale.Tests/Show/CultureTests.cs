using System.Globalization;
using OsuScale.Cli;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Show;

/// <summary>
/// Every text the exporters write — report.md, report.html, the SVG figures, verdicts.csv, series-verdicts.csv,
/// verdicts.json, times.csv, results.csv — and the verdict table on stdout are the same bytes under the invariant
/// culture and under comma-decimal cultures (de-DE: 1.234,5; ru-RU: 1 234,5 with a non-breaking space), as
/// BenchmarkDotNet verifies its exporters. The snapshot tests compare the invariant output with the stored files.
/// </summary>
public sealed class CultureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("osu-scale-culture-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    public void The_tests_run_with_real_cultures_not_invariant_globalization(string name)
    {
        // With InvariantGlobalization on, de-DE would not exist (or would format like the invariant culture).
        Assert.Equal(",", CultureInfo.GetCultureInfo(name).NumberFormat.NumberDecimalSeparator);
        using var _ = new CultureScope(name);
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ru-RU")]
    public void The_report_folder_and_the_verdict_table_are_the_same_bytes_under_a_comma_decimal_culture(string name)
    {
        var invariant = Report("invariant", "");
        var comma = Report(name, name);

        Assert.Equal(invariant.Out, comma.Out);
        var files = Files(invariant.Folder);
        Assert.Contains("report.md", files.Keys);
        Assert.Contains("verdicts.json", files.Keys);
        Assert.Contains(files.Keys, f => f.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Equal(files.Keys.Order(), Files(comma.Folder).Keys.Order());
        foreach (var (file, text) in Files(comma.Folder))
            Assert.True(files[file] == text, $"{file} differs under {name}");
    }

    private (string Folder, string Out) Report(string label, string culture)
    {
        var output = Path.Combine(folder, label);
        var table = Path.Combine(folder, label + "-analyze");
        using var _ = new CultureScope(culture);
        var report = CliRun.Run("report", RepoData.Path("example"), "-o", output, "--format", "svg");
        Assert.True(report.Exit == ExitCodes.Ok, report.ToString());
        var analyze = CliRun.Run("analyze", RepoData.Path("example"), "-o", table, "--wide");
        Assert.True(analyze.Exit == ExitCodes.Ok, analyze.ToString());
        // The last line names the output folder, which differs between the two runs.
        return (output, string.Join("\n", analyze.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n')[..^1]));
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".md" or ".html" or ".svg" or ".csv" or ".json")
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
}
