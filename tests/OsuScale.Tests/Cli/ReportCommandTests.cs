using System.CommandLine;
using OsuScale.Cli;
using OsuScale.Cli.Commands;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

public class ReportCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("128,256", new[] { 128.0, 256.0 })]
    [InlineData(" 96 , 96,3", new[] { 96.0, 3.0 })]
    [InlineData("none", new double[0])]
    [InlineData(null, new[] { 128.0, 256.0 })]   // default: the next two doublings of the largest size (64 below)
    public void Predict_sizes_are_parsed(string? list, double[] expected)
    {
        var campaign = OsuScale.Ingest.CampaignReader.ReadText(
            "# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n0    1.5\n\nreal\t0m1.000s\n", "size-64.log");
        Assert.Equal(expected, NumberLists.Predictions(list, campaign));
    }

    [Theory]
    [InlineData("--predict", "12x", "--predict: '12x' is not a node count (expected positive whole numbers such as 128,256)")]
    [InlineData("--predict", "-4", "--predict: '-4' is not a node count (expected positive whole numbers such as 128,256)")]
    [InlineData("--format", "png,jpeg", "format 'jpeg' is not known; valid formats: png, svg")]
    public void Bad_options_are_usage_errors_with_one_clear_line(string option, string value, string message)
    {
        var (exit, _, err) = Run("report", "whatever.log", option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"osu-scale: error: {message}", err.TrimEnd());
    }

    [Fact]
    public void A_missing_input_is_one_line_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("osu-scale-report-cli-").FullName;
        try
        {
            var (exit, _, err) = Run("report", Path.Combine(folder, "nope.log"), "-o", Path.Combine(folder, "out"));

            Assert.Equal(ExitCodes.InputError, exit);
            Assert.StartsWith("osu-scale: error: ", err);
            Assert.Contains("nope.log", err);
            Assert.Single(err.TrimEnd().Split('\n'));
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
