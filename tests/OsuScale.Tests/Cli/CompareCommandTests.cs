using OsuScale.Cli;
using OsuScale.Cli.Commands;
using OsuScale.Compare;
using OsuScale.Simulation;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

/// <summary>The <c>compare</c> verb, invoked in process with redirected output.</summary>
[Trait("Category", "Cli")]
public sealed class CompareCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cli-compare-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static CliRun.Result Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Kubecon_run1_against_itself_writes_the_folder_and_answers_noise()
    {
        var target = Path.Combine(folder, "self");

        var (exit, stdout, stderr) = Run("compare", RepoData.KubeconRun1, RepoData.KubeconRun1, "-o", target, "--format", "png");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", stderr);
        Assert.StartsWith("Noise: none of the 22 benchmarks changed beyond the ±10% threshold.", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "comparison.md", "comparison.html", "comparison.csv", "scaling-comparison.csv", "plots/ratio-map.png" })
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        var header = File.ReadLines(Path.Combine(target, "comparison.csv")).First().Split(',');
        Assert.Equal(["benchmark", "series", "nodes", "baseline_median", "candidate_median", "ratio", "ratio_low", "ratio_high", "q_value", "verdict"], header.Take(10));
        var scaling = File.ReadLines(Path.Combine(target, "scaling-comparison.csv")).First().Split(',');
        Assert.Equal(["benchmark", "baseline_exponent", "candidate_exponent", "difference_low", "difference_high", "change"], scaling.Take(6));
        Assert.All(File.ReadLines(Path.Combine(target, "scaling-comparison.csv")).Skip(1), line => Assert.Contains(",none,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_slower_cluster_is_found_from_two_simulated_folders_with_a_custom_threshold()
    {
        var spec = SimulationSpec.Example([4, 8, 16, 32], repetitions: 1, noise: 0.03, seed: 4);
        var slower = spec with { Seed = 5, Benchmarks = [.. spec.Benchmarks.Select(b => b with { BaseSeconds = 1.5 * b.BaseSeconds, BaseLatencyMicroseconds = 1.5 * b.BaseLatencyMicroseconds })] };
        CampaignSimulator.Write(spec, Path.Combine(folder, "a"));
        CampaignSimulator.Write(slower, Path.Combine(folder, "b"));

        var (exit, stdout, _) = Run("compare", Path.Combine(folder, "a"), Path.Combine(folder, "b"), "-o", Path.Combine(folder, "out"), "--threshold", "20%", "--fdr", "0.01", "--format", "svg", "--no-series");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("The cluster: ", stdout, StringComparison.Ordinal);
        Assert.Contains("practical threshold ±20%, false-discovery rate 1%", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("@", File.ReadAllText(Path.Combine(folder, "out", "comparison.csv")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "out", "plots", "compare-osu_allgather.svg")));
    }

    [Theory]
    [InlineData("--threshold", "ten", "--threshold 'ten' is not a number or a percentage")]
    [InlineData("--threshold", "-5%", "--threshold -5% is out of range")]
    [InlineData("--fdr", "0", "--fdr 0 is out of range")]
    [InlineData("--format", "gif", "gif")]
    public void Bad_options_are_usage_errors(string option, string value, string message)
    {
        var (exit, _, stderr) = Run("compare", RepoData.KubeconRun1, RepoData.KubeconRun1, "-o", Path.Combine(folder, "x"), option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analyze_folder_is_refused_with_a_clear_message()
    {
        var analyzed = Path.Combine(folder, "analyzed");
        Assert.Equal(ExitCodes.Ok, Run("analyze", RepoData.KubeconRun1, "-o", analyzed).Exit);

        var (exit, _, stderr) = Run("compare", analyzed, RepoData.KubeconRun1, "-o", Path.Combine(folder, "y"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("is an 'analyze' output folder", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_an_input_error_naming_it()
    {
        var (exit, _, stderr) = Run("compare", Path.Combine(folder, "nope"), RepoData.KubeconRun1, "-o", Path.Combine(folder, "z"));

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("nope", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10%", 0.1)]
    [InlineData("12.5 %", 0.125)]
    [InlineData("0.05", 0.05)]
    public void Fractions_are_read_as_percentages_or_fractions(string text, double expected)
    {
        Assert.Equal(expected, CompareCommand.Fraction(text, "--threshold", 0, 10), 12);
    }
}
