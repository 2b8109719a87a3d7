using OsuScale.Cli;
using OsuScale.Cli.Commands;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

[Trait("Category", "Cli")]
public class ReportCommandTests
{
    private static CliRun.Result Run(params string[] args) => CliRun.Run(args);

    [Theory]
    [InlineData("128,256", new[] { 128.0, 256.0 })]
    [InlineData(" 96 , 96,3", new[] { 96.0, 3.0 })]
    [InlineData("none", new double[0])]
    [InlineData(null, null)]   // not given: the library's default (the next two doublings of the largest size)
    public void Predict_sizes_are_parsed_into_the_settings(string? list, double[]? expected)
    {
        string[] args = list is null ? ["report", "x.log"] : ["report", "x.log", "--predict", list];
        var settings = Assert.IsType<ReportSettings>(CliApp.Settings(args));
        Assert.Equal(expected, settings.PredictAt?.ToArray());
    }

    [Theory]
    [InlineData("--predict", "12x", "--predict: '12x' is not a node count (expected positive whole numbers such as 128,256)")]
    [InlineData("--predict", "-4", "--predict: '-4' is not a node count (expected positive whole numbers such as 128,256)")]
    [InlineData("--format", "png,jpeg", "format 'jpeg' is not known; valid formats: png, svg")]
    public void Bad_options_are_usage_errors_with_one_clear_line(string option, string value, string message)
    {
        var (exit, _, err) = Run("report", "whatever.log", option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"osu-scale: error: {message}\n{OsuScale.Cli.Infrastructure.ErrorBoundary.Hint}", err.TrimEnd().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_input_is_one_line_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-report-cli-").FullName;
        try
        {
            var (exit, _, err) = Run("report", Path.Combine(folder, "nope.log"), "-o", Path.Combine(folder, "out"));

            Assert.Equal(ExitCodes.InputError, exit);
            // Progress lines may come first (stderr); the error is one line naming the file, and the last.
            var lines = err.ReplaceLineEndings("\n").TrimEnd().Split('\n');
            Assert.StartsWith("osu-scale: error: ", lines[^1]);
            Assert.Contains("nope.log", lines[^1]);
            Assert.Single(lines, l => l.StartsWith("osu-scale: error: ", StringComparison.Ordinal));
            Assert.DoesNotContain("   at ", err);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void On_kubecon_run1_it_writes_the_whole_folder()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-report-cli-").FullName;
        try
        {
            var run = RepoData.KubeconRun1;
            var (exit, stdout, _) = Run("report", run, "-o", folder, "--predict", "128,256", "--format", "png",
                "--times-log", Path.Combine(run, "times.log"));

            Assert.Equal(ExitCodes.Ok, exit);
            foreach (var file in new[] { "report.md", "report.html", "verdicts.csv", "verdicts.json", "times.csv", "results.csv", "plots/overview.png", "plots/growth-map.png", "plots/scaling-osu_allgather.png" })
                Assert.True(File.Exists(Path.Combine(folder, file)), file);
            Assert.Empty(Directory.GetFiles(Path.Combine(folder, "plots"), "*.svg"));
            Assert.Contains("22 benchmark(s)", stdout);
            var md = File.ReadAllText(Path.Combine(folder, "report.md"));
            Assert.Contains("## times.log", md);
            Assert.Contains("| Predicted at 128 nodes \\[95 %\\] | Predicted at 256 nodes \\[95 %\\] |", md);
            Assert.Contains("| 256 | predicted |", md); // the cost per size
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
